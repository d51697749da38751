/** Where a store's resource stands: nothing asked yet, on its way, there, there but absent, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** Where a store's latest write stands; `conflict`: someone else saved first, and the user's change is kept beside theirs. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

/**
 * Every store's latest write in one shape, whatever its own state calls it (`save`, `add`,
 * `submit`): where it stands, what the user gave that the server has not confirmed yet (kept
 * through errors, timeouts and conflicts; `undefined` when nothing is pending), why it failed, and
 * on a conflict the other person's version (null when unknown, or where a resource has no conflicts).
 * Each store has a function beside it that reads its state this way (`contactWriteState`, …);
 * functions rather than methods, so a bundle that does not use them does not carry them.
 */
export interface WriteState<Pending, Theirs> {
  status: SaveStatus;
  pending: Pending | undefined;
  error: Error | null;
  theirs: Theirs | null;
}

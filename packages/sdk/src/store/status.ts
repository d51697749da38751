/** Where a store's resource stands: nothing asked yet, on its way, there, there but absent, or failed. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** Where a store's latest write stands; `conflict`: someone else saved first, and the user's change is kept beside theirs. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

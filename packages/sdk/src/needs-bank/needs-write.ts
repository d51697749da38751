import { isConflictError } from '../errors/type-guards.js';
import type { Id } from '../schemas/common.js';
import type { SaveStatus } from '../store/status.js';

/** What a needs bank write was: sharing a need, changing one (its words, closing, opening), deciding on a proposal, or proposing. */
export type NeedsBankAction =
  | { kind: 'share'; needId: Id }
  | { kind: 'change'; needId: Id }
  | { kind: 'decide'; needId: Id; proposalId: Id; outcome: 'accepted' | 'declined' }
  | { kind: 'propose'; needId: Id; proposalId: Id };

/**
 * The needs bank's latest write: where it stands, which it was, and why it failed. What the user
 * typed stays in the widget's form until the write is `saved`; sending it again with the same ids
 * is safe (the server answers a repeat with what it stored).
 */
export interface NeedsBankWrite {
  status: SaveStatus;
  action: NeedsBankAction | null;
  error: Error | null;
}

export const idleWrite: NeedsBankWrite = { status: 'idle', action: null, error: null };

/** The write state after a failure: `conflict` when someone else got there first (409/412), else `error`. */
export function failedWrite(action: NeedsBankAction, error: unknown): NeedsBankWrite {
  return { status: isConflictError(error) ? 'conflict' : 'error', action, error: error instanceof Error ? error : new Error(String(error)) };
}

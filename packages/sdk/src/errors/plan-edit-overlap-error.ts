import type { Id } from '../schemas/common.js';

/**
 * Both people changed the same part of the plan (the life goal, or one goal, effort or note):
 * there is no safe automatic merge, so the user's draft stays and the conflict stays visible.
 * A domain error, not a failed call: it carries a `kind` like the SDK's call errors, but no route.
 */
export class PlanEditOverlapError extends Error {
  readonly kind = 'planEditOverlap' as const;
  /** The id of the goal, effort or note both changed, or `lifeGoal` (an {@link Id} is a string, so the type says only `Id`). */
  constructor(readonly targetId: Id) {
    super('Someone else changed the same part of the plan; it cannot be merged automatically');
    this.name = 'PlanEditOverlapError';
  }
}

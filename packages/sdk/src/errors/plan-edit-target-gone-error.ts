import type { Id } from '../schemas/common.js';

/**
 * An edit refers to something that is no longer in the plan (someone else removed it meanwhile).
 * A domain error, not a failed call: it carries a `kind` like the SDK's call errors, but no route.
 */
export class PlanEditTargetGoneError extends Error {
  readonly kind = 'planEditTargetGone' as const;
  constructor(readonly targetId: Id) {
    super('The part of the plan this change was made to is no longer in the plan');
    this.name = 'PlanEditTargetGoneError';
  }
}

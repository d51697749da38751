import type { Id } from '../schemas/common.js';
import type { EffortStatus, Goal, GoalKind, Plan, RevisionChange } from '../schemas/plan.js';
import type { PlanEdit } from './plan-edits.js';

/** The name of the offer an effort instantiates, by the effort's id; undefined when the plan has no such effort (any more). */
export function offerNameOf(plan: Plan, effortId: Id): string | undefined {
  return plan.efforts.find((effort) => effort.id === effortId)?.offer.name;
}

/** A goal's text, by its id; undefined when the plan has no such goal (any more). */
export function goalTextOf(plan: Plan, goalId: Id): string | undefined {
  return plan.goals.find((goal) => goal.id === goalId)?.text;
}

/** Which effort or goal a revision's change was about, by name; '' for the life goal, notes, the comment, or a part since removed. */
export function revisionTargetName(plan: Plan, change: RevisionChange): string {
  if (!change.targetId) return '';
  if (change.target === 'effort') return offerNameOf(plan, change.targetId) ?? '';
  if (change.target === 'goal') return goalTextOf(plan, change.targetId) ?? '';
  return '';
}

/** Goal kinds in the order a plan reads: the young person's education and job, then the community goal every plan must have. */
export const GOAL_ORDER: readonly GoalKind[] = ['education', 'job', 'community', 'coping', 'health', 'housing'];

/** The goals in {@link GOAL_ORDER}; goals of one kind keep their order. */
export function goalsInPlanOrder(goals: readonly Goal[]): Goal[] {
  return [...goals].sort((a, b) => GOAL_ORDER.indexOf(a.kind) - GOAL_ORDER.indexOf(b.kind));
}

/**
 * The status each effort has in the edits not saved yet (the last one wins), by effort id: shown
 * in the status selects until saved or discarded, so a conflict never resets what the user picked.
 */
export function pendingEffortStatuses(drafts: readonly PlanEdit[]): Map<Id, EffortStatus> {
  const statuses = new Map<Id, EffortStatus>();
  for (const edit of drafts) if (edit.kind === 'effortStatus') statuses.set(edit.effortId, edit.status);
  return statuses;
}

/** The young person's comment as they last wrote it: their newest unsaved draft, else the saved comment ('' for none). */
export function commentText(plan: Plan, drafts: readonly PlanEdit[]): string {
  const draft = [...drafts].reverse().find((edit) => edit.kind === 'comment');
  return draft?.kind === 'comment' ? (draft.text ?? '') : (plan.youthComment?.text ?? '');
}

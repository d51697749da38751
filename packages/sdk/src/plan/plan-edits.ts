import type { Id } from '../schemas/common.js';
import type { EffortInput, EffortStatus, GoalInput, LifeGoalInput, NextAction, Plan, PlanNote, PlanUpdate } from '../schemas/plan.js';
import { PlanEditOverlapError } from '../errors/plan-edit-overlap-error.js';
import { PlanEditTargetGoneError } from '../errors/plan-edit-target-gone-error.js';
import { applyPlanUpdate, sameValue } from './apply-plan-update.js';

/**
 * One change a person makes to the plan, kept as what they meant (not as a whole plan), so after
 * a conflict it can be applied again on top of the other person's version without undoing it.
 */
export type PlanEdit =
  /** A professional sets an effort's status (planned, active, paused, completed, stopped). */
  | { kind: 'effortStatus'; effortId: Id; status: EffortStatus }
  /** A professional sets or clears an effort's next action. */
  | { kind: 'nextAction'; effortId: Id; nextAction: NextAction | null }
  /** A professional adds a learning note, a small success or a setback. */
  | { kind: 'note'; note: PlanNote }
  /**
   * A professional adds an effort (`base: null`) or edits one; `base` is the effort as it was
   * when they started, so a re-apply can tell their change from someone else's.
   */
  | { kind: 'effort'; effort: EffortInput; base: EffortInput | null }
  /** A professional adds (`base: null`) or edits a goal; `base` as for efforts. */
  | { kind: 'goal'; goal: GoalInput; base: GoalInput | null }
  /** A professional writes down the life goal, dreams and path in the young person's words. */
  | { kind: 'lifeGoal'; lifeGoal: LifeGoalInput; base: LifeGoalInput }
  /** A whole update built elsewhere; re-applied by a three-way merge against the version it was based on. */
  | { kind: 'update'; base: PlanUpdate; update: PlanUpdate }
  /** The young person sets or removes (`null`) their own comment. */
  | { kind: 'comment'; text: string | null };

// The two ways an edit can fail to apply are domain errors, in ../errors/ with their type guards;
// exported from here too, where they have always been.
export { PlanEditTargetGoneError, PlanEditOverlapError };

/** The editable parts of a plan, as a {@link PlanUpdate} that changes nothing yet. */
export function toPlanUpdate(plan: Plan): PlanUpdate {
  const { text, dreams, path } = plan.lifeGoal;
  return {
    lifeGoal: path === undefined ? { text, dreams: [...dreams] } : { text, dreams: [...dreams], path },
    goals: plan.goals.map(({ changedAt: _changedAt, ...goal }) => ({ ...goal })),
    efforts: plan.efforts.map(({ changedAt: _changedAt, ...effort }) => ({ ...effort, goalIds: [...effort.goalIds] })),
    notes: plan.notes.map((note) => ({ ...note })),
  };
}

function withEffort(plan: Plan, effortId: Id, change: (effort: EffortInput) => EffortInput): PlanUpdate {
  const update = toPlanUpdate(plan);
  if (!update.efforts.some((effort) => effort.id === effortId)) throw new PlanEditTargetGoneError(effortId);
  return { ...update, efforts: update.efforts.map((effort) => (effort.id === effortId ? change(effort) : effort)) };
}

/** The plan's update with one effort's status set. Throws {@link PlanEditTargetGoneError} when the effort is gone. */
export function withEffortStatus(plan: Plan, effortId: Id, status: EffortStatus): PlanUpdate {
  return withEffort(plan, effortId, (effort) => ({ ...effort, status }));
}

/** The plan's update with one effort's next action set or cleared. Throws {@link PlanEditTargetGoneError} when the effort is gone. */
export function withNextAction(plan: Plan, effortId: Id, nextAction: NextAction | null): PlanUpdate {
  return withEffort(plan, effortId, (effort) => ({ ...effort, nextAction }));
}

/** The plan's update with a note added (or replaced, when a note with its id is there already). */
export function withNote(plan: Plan, note: PlanNote): PlanUpdate {
  const update = toPlanUpdate(plan);
  return { ...update, notes: [note, ...update.notes.filter((existing) => existing.id !== note.id)] };
}

/**
 * The plan's update with `item` added (`base: null`) or put in place of the stored one. Refuses,
 * rather than undo someone's change, when the stored item differs from both `base` and `item`
 * ({@link PlanEditOverlapError}) or is gone ({@link PlanEditTargetGoneError}). Adding again what
 * is already there unchanged (a re-applied add that had landed) changes nothing.
 */
function withItem<T extends { id: Id }>(items: readonly T[], item: T, base: T | null): T[] {
  const stored = items.find((candidate) => candidate.id === item.id);
  if (!stored) {
    if (base) throw new PlanEditTargetGoneError(item.id);
    return [...items, item];
  }
  const unchangedByOthers = base ? sameValue(stored, base) : false;
  if (!unchangedByOthers && !sameValue(stored, item)) throw new PlanEditOverlapError(item.id);
  return items.map((candidate) => (candidate.id === item.id ? item : candidate));
}

/** The plan's update with an effort added or edited; see {@link withItem} for when it refuses. */
export function withEffortInput(plan: Plan, effort: EffortInput, base: EffortInput | null): PlanUpdate {
  const update = toPlanUpdate(plan);
  return { ...update, efforts: withItem(update.efforts, effort, base) };
}

/** The plan's update with a goal added or edited; see {@link withItem} for when it refuses. */
export function withGoalInput(plan: Plan, goal: GoalInput, base: GoalInput | null): PlanUpdate {
  const update = toPlanUpdate(plan);
  return { ...update, goals: withItem(update.goals, goal, base) };
}

/** The plan's update with the life goal rewritten, unless someone else rewrote it meanwhile. */
export function withLifeGoalInput(plan: Plan, lifeGoal: LifeGoalInput, base: LifeGoalInput): PlanUpdate {
  const update = toPlanUpdate(plan);
  if (!sameValue(update.lifeGoal, base) && !sameValue(update.lifeGoal, lifeGoal)) throw new PlanEditOverlapError('lifeGoal');
  return { ...update, lifeGoal };
}

/**
 * Three-way merge of whole updates, matched by id: what only I changed is mine, what only they
 * changed is theirs, an item I removed stays removed and one I added is added. Where we both
 * changed the same item, or they removed one I changed, it refuses rather than silently undo
 * someone's change: {@link PlanEditOverlapError}, {@link PlanEditTargetGoneError}.
 */
export function mergePlanUpdates(base: PlanUpdate, mine: PlanUpdate, theirs: PlanUpdate): PlanUpdate {
  const iChangedLifeGoal = !sameValue(mine.lifeGoal, base.lifeGoal);
  if (iChangedLifeGoal && !sameValue(theirs.lifeGoal, base.lifeGoal) && !sameValue(theirs.lifeGoal, mine.lifeGoal)) throw new PlanEditOverlapError('lifeGoal');
  const merged: PlanUpdate = {
    lifeGoal: iChangedLifeGoal ? mine.lifeGoal : theirs.lifeGoal,
    goals: mergeItems(base.goals, mine.goals, theirs.goals),
    efforts: mergeItems(base.efforts, mine.efforts, theirs.efforts),
    notes: mergeItems(base.notes, mine.notes, theirs.notes),
  };
  return mine.reason ? { ...merged, reason: mine.reason } : merged;
}

function mergeItems<T extends { id: Id }>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const mineById = new Map(mine.map((item) => [item.id, item]));
  const theirIds = new Set(theirs.map((item) => item.id));
  for (const item of mine) {
    const before = baseById.get(item.id);
    if (before && !sameValue(item, before) && !theirIds.has(item.id)) throw new PlanEditTargetGoneError(item.id);
  }
  const merged: T[] = [];
  for (const item of theirs) {
    const before = baseById.get(item.id);
    const mineNow = mineById.get(item.id);
    if (before && !mineNow) continue; // I removed it
    const iChanged = Boolean(mineNow && before && !sameValue(mineNow, before));
    if (iChanged && before && !sameValue(item, before) && !sameValue(item, mineNow)) throw new PlanEditOverlapError(item.id);
    merged.push(iChanged ? mineNow! : item);
  }
  for (const item of mine) if (!baseById.has(item.id) && !theirIds.has(item.id)) merged.push(item); // I added it
  return merged;
}

/**
 * What part of the plan an edit is about: an effort, goal or note id, `lifeGoal` or `comment`
 * (typed `Id`: an id is a string, so the type cannot tell the two words from an id).
 */
export function editTarget(edit: PlanEdit): Id | null {
  switch (edit.kind) {
    case 'effortStatus':
    case 'nextAction':
      return edit.effortId;
    case 'note':
      return edit.note.id;
    case 'effort':
      return edit.effort.id;
    case 'goal':
      return edit.goal.id;
    case 'lifeGoal':
      return 'lifeGoal';
    case 'comment':
      return 'comment';
    case 'update':
      return null;
  }
}

/**
 * The edit with its `base` moved to what `plan` holds now, for when the user has seen the other
 * person's version and chosen to save theirs over it. Other kinds merge by themselves.
 */
export function rebaseEdit(edit: PlanEdit, plan: Plan): PlanEdit {
  const now = toPlanUpdate(plan);
  switch (edit.kind) {
    case 'effort':
      return { ...edit, base: edit.base && (now.efforts.find((effort) => effort.id === edit.effort.id) ?? edit.base) };
    case 'goal':
      return { ...edit, base: edit.base && (now.goals.find((goal) => goal.id === edit.goal.id) ?? edit.base) };
    case 'lifeGoal':
      return { ...edit, base: now.lifeGoal };
    default:
      return edit;
  }
}

/** The request an edit becomes on top of `plan`: a plan update, or the young person's comment. */
export function applyPlanEdit(plan: Plan, edit: PlanEdit): { update: PlanUpdate } | { comment: string | null } {
  switch (edit.kind) {
    case 'effortStatus':
      return { update: withEffortStatus(plan, edit.effortId, edit.status) };
    case 'nextAction':
      return { update: withNextAction(plan, edit.effortId, edit.nextAction) };
    case 'note':
      return { update: withNote(plan, edit.note) };
    case 'effort':
      return { update: withEffortInput(plan, edit.effort, edit.base) };
    case 'goal':
      return { update: withGoalInput(plan, edit.goal, edit.base) };
    case 'lifeGoal':
      return { update: withLifeGoalInput(plan, edit.lifeGoal, edit.base) };
    case 'update':
      return { update: mergePlanUpdates(edit.base, edit.update, toPlanUpdate(plan)) };
    case 'comment':
      return { comment: edit.text };
  }
}

/**
 * True when `plan` already holds what `edit` asks for: re-applying it would change nothing. A save
 * whose answer was lost (cut, garbled, timed out) may well have landed; its retry then meets a 412
 * whose `current` is the user's own change, which must not be shown as someone else's.
 */
export function planHoldsEdit(plan: Plan, edit: PlanEdit): boolean {
  let request: ReturnType<typeof applyPlanEdit>;
  try {
    request = applyPlanEdit(plan, edit);
  } catch {
    return false;
  }
  if ('comment' in request) return (plan.youthComment?.text ?? null) === request.comment;
  // Who and when do not matter to whether anything would change.
  return applyPlanUpdate(plan, request.update, { at: '1970-01-01T00:00:00Z', by: { role: 'professional', name: '-' } }).revision === null;
}

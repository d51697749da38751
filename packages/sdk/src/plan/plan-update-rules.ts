import { formatIssuePath } from '../client/issue-paths.js';
import type { FieldProblem } from '../schemas/common.js';
import type { PlanUpdate } from '../schemas/plan.js';

/**
 * Ids that occur more than once in one list of a plan update (goals, efforts or notes), by path
 * and code only. The SDK's `applyPlanUpdate` matches items by id and cannot tell which of two
 * goals with one id the sender meant, so every implementation of the contract refuses such an update with 400 `duplicate_id` before
 * applying it.
 * The same id in two lists is fine: each list has its own ids.
 */
export function duplicateIdProblems(update: PlanUpdate): FieldProblem[] {
  const lists = { goals: update.goals, efforts: update.efforts, notes: update.notes };
  return Object.entries(lists).flatMap(([list, items]) => {
    const seen = new Set<string>();
    return items.flatMap((item, index) => {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        return [];
      }
      return [{ path: formatIssuePath([list, index, 'id']), code: 'duplicate_id' }];
    });
  });
}

/**
 * Goal ids of an effort that name no goal of the same update: an effort works towards the plan's
 * own goals, so every implementation refuses it with 400 `unknown_goal` at
 * `efforts[i].goalIds[j]`. An effort with no goal is allowed (the plan's warnings name it).
 */
export function unknownGoalProblems(update: PlanUpdate): FieldProblem[] {
  const goals = new Set(update.goals.map((goal) => goal.id));
  return update.efforts.flatMap((effort, index) =>
    effort.goalIds.flatMap((goalId, position) =>
      goals.has(goalId) ? [] : [{ path: formatIssuePath(['efforts', index, 'goalIds', position]), code: 'unknown_goal' }],
    ),
  );
}

/** Every rule of a plan update beyond its schema: {@link duplicateIdProblems}, {@link unknownGoalProblems}. */
export function planUpdateProblems(update: PlanUpdate): FieldProblem[] {
  return [...duplicateIdProblems(update), ...unknownGoalProblems(update)];
}

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

import type { AppliedChange, IsoDateTime, Plan } from '@ungeforlob/sdk';
import type { Queryable } from '../db/database.js';
import { appendRevision, findPlan, replacePlanContent, type VersionedPlan } from './plan-queries.js';

/**
 * One edit of a plan: the SDK's `applyPlanUpdate` or `applyCommentUpdate` with the sender's
 * body and author bound, so the server stamps and describes changes exactly as every other
 * implementation of the contract does.
 */
export type PlanEdit = (stored: Plan, at: IsoDateTime) => AppliedChange;

/**
 * How an edit ended. `unchanged` and `stale` send the current plan back without writing
 * anything; `stale` with `current: null` means the course has no plan to edit.
 */
export type PlanEditOutcome =
  | { kind: 'no-course' }
  | { kind: 'saved'; current: VersionedPlan }
  | { kind: 'unchanged'; current: VersionedPlan }
  | { kind: 'stale'; current: VersionedPlan | null };

/**
 * Applies an edit to the plan when `matches` (the sender's If-Match) says the stored version is
 * the one they based it on and, when it changed something, stores it with a new version and its
 * one revision. Run it inside one transaction, so the plan and its revision are kept together or
 * not at all.
 *
 * @param matches - judged on the plan as read here: a staff tag names a version, a young person's
 * tag names their view of it (so a hidden edit committed meanwhile cannot make the two reads differ).
 * @param now - the instant stamped on what changed and on the revision.
 */
export async function savePlanEdit(
  tx: Queryable,
  courseId: string,
  matches: (stored: VersionedPlan) => boolean,
  edit: PlanEdit,
  now: Date,
): Promise<PlanEditOutcome> {
  const lookup = await findPlan(tx, courseId);
  if (!lookup.courseExists) return { kind: 'no-course' };
  const stored = lookup.current;
  // Checked here too, so a stale sender learns it before the edit is worked out; the check that
  // decides between concurrent writers is the one in replacePlanContent's WHERE clause.
  if (!stored || !matches(stored)) return { kind: 'stale', current: stored };

  const { plan, revision } = edit(stored.plan, now.toISOString());
  if (revision === null) return { kind: 'unchanged', current: stored };

  const newVersion = await replacePlanContent(tx, courseId, plan, [stored.version]);
  if (newVersion === null) {
    // Another writer committed after the read above: it won, and this sender gets its plan.
    const after = await findPlan(tx, courseId);
    return { kind: 'stale', current: after.courseExists ? after.current : null };
  }
  // Numbered by the SDK from the revisions read above. No other revision can have been written
  // since: every revision comes with a new version, and the version was still the one read.
  await appendRevision(tx, courseId, revision);

  // Read back rather than echo `plan`, so the answer is what GET serves, checked by the contract.
  const saved = await findPlan(tx, courseId);
  if (!saved.courseExists || !saved.current) throw new Error('a saved plan could not be read back');
  return { kind: 'saved', current: saved.current };
}

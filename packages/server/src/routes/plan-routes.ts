import { applyCommentUpdate, applyPlanUpdate, operations, planUpdateProblems, type Plan } from '@ungeforlob/sdk';
import { Hono, type Context } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { courseIdOf } from '../auth/allow.js';
import { ifMatchNames, shownTo, type Versioned } from '../auth/shown-to.js';
import { planForYouth } from '../auth/youth-view.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { requireIfMatch, staleVersionResponse } from '../http/entity-tag.js';
import { ProblemError, problems } from '../http/problems.js';
import { parseBody, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import { findPlan, type VersionedPlan } from '../plan/plan-queries.js';
import { savePlanEdit, type PlanEdit, type PlanEditOutcome } from '../plan/save-plan-edit.js';

/**
 * `GET` and `PUT /courses/{courseId}/plan`: the young person's one plan, edited whole by a
 * professional; and `PUT /courses/{courseId}/plan/comment`: the young person's own comment on it.
 * Every accepted change appends a revision; both updates need `If-Match` with the plan's ETag.
 * The team's professionals read and edit the plan; the young person reads it and writes the comment.
 */
export function planRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.getPlan, async (c) => {
    const courseId = courseIdOf(c);
    // One statement reads the plan, so it needs no transaction; the audit row is written once the
    // plan has been found fit to send (see recordAudit), and before it is sent.
    const lookup = await findPlan(db, courseId);
    if (lookup.courseExists && lookup.current) await auditRequest(db, c, courseId, 'plan', 'read');
    if (!lookup.courseExists) throw new ProblemError(problems.courseNotFound());
    if (!lookup.current) return c.body(null, 204);
    return planResponse(c, lookup.current);
  });

  serve(app, operations.updatePlan, async (c) => {
    const courseId = courseIdOf(c);
    requireIfMatch(c);
    const update = parseBody(operations.updatePlan.request, await readJsonBody(c));
    const broken = planUpdateProblems(update);
    if (broken.length > 0)
      throw new ProblemError(
        problems.invalidRequest("Each goal, effort and note id may occur once per list, and an effort's goalIds name goals of the plan.", broken),
      );
    const by = c.get('actor').author;
    return answerEdit(c, db, courseId, (stored, at) => applyPlanUpdate(stored, update, { at, by }));
  });

  serve(app, operations.updatePlanComment, async (c) => {
    const courseId = courseIdOf(c);
    requireIfMatch(c);
    const { text } = parseBody(operations.updatePlanComment.request, await readJsonBody(c));
    const by = c.get('actor').author;
    return answerEdit(c, db, courseId, (stored, at) => applyCommentUpdate(stored, text, { at, by }));
  });

  refuseOtherMethods(app, operations.getPlan.route, operations.updatePlanComment.route);

  return app;
}

/**
 * Runs the edit in one transaction with its audit row, and answers with the outcome. The sender's
 * If-Match is judged on the plan as the edit reads it (see `ifMatchNames`); when another writer
 * commits in between and the sender's tag still names the plan after it (a young person's, after
 * an edit they are not shown), the edit is tried again, so that edit cannot show as a 412.
 */
async function answerEdit(c: Context<AppEnv>, db: Database, courseId: string, edit: PlanEdit): Promise<Response> {
  const matches = (stored: VersionedPlan) => ifMatchNames(c, versioned(stored), planForYouth);
  const outcome = await db.transaction(async (tx): Promise<PlanEditOutcome> => {
    let result = await savePlanEdit(tx, courseId, matches, edit, new Date());
    for (let retry = 0; retry < 3 && result.kind === 'stale' && result.current && matches(result.current); retry += 1) {
      result = await savePlanEdit(tx, courseId, matches, edit, new Date());
    }
    // Only a saved edit changed the plan; an unchanged or stale one sends the current plan back,
    // which is a read. Nothing is audited when no personal data was touched.
    if (result.kind === 'saved') await auditRequest(tx, c, courseId, 'plan', 'update');
    else if (result.kind !== 'no-course' && result.current) await auditRequest(tx, c, courseId, 'plan', 'read');
    return result;
  });

  switch (outcome.kind) {
    case 'no-course':
      throw new ProblemError(problems.courseNotFound());
    case 'saved':
    case 'unchanged':
      return planResponse(c, outcome.current);
    case 'stale':
      return staleVersionResponse(c, outcome.current && shownTo(c, versioned(outcome.current), planForYouth), {
        changed: 'The plan changed since the version in If-Match. `current` is the version now stored.',
        gone: 'The course has no plan; read it again.',
      });
  }
}

function planResponse(c: Context<AppEnv>, current: VersionedPlan): Response {
  const { body, etag } = shownTo(c, versioned(current), planForYouth);
  return c.json(body, 200, { ETag: etag });
}

function versioned(current: VersionedPlan): Versioned<Plan> {
  return { version: current.version, resource: current.plan };
}

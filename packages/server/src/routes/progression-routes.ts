import { danishToday, operations, readingProblems, type ProgressionReading, type Rater } from '@ungeforlob/sdk';
import { Hono, type Context } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { courseIdOf } from '../auth/allow.js';
import { forAudience, progressionForYouth } from '../auth/youth-view.js';
import type { Database, Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, problemResponse, problems } from '../http/problems.js';
import { parseBody, parsePathId, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import { addAnnotation, addReading, courseExists, findProgression, type AddOutcome } from '../progression/progression-queries.js';
import { findLatestScaleSet } from '../progression/scale-set-queries.js';

/**
 * The progression scales (issue #5): the scale set as data, a course's readings and annotations
 * in one answer, and adding one of either under an id the client makes (PUT). The id is the
 * idempotency key: the same PUT again answers 200 with what the first stored, never a second
 * reading; the id with other content is a 409, because readings are append-only. Reads and writes
 * of a course's readings are audited: they are about a young person.
 */
export function progressionRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.getProgressionScales, async (c) => {
    const scaleSet = await findLatestScaleSet(db);
    if (!scaleSet) throw new ProblemError(problems.notFound('No progression scale set is loaded.'));
    return c.json(scaleSet);
  });

  serve(app, operations.getCourseProgression, async (c) => {
    const courseId = courseIdOf(c);
    const progression = await db.transaction(async (tx) => {
      await requireCourse(tx, courseId);
      const found = await findProgression(tx, courseId);
      if (found.readings.length > 0 || found.annotations.length > 0) await auditRequest(tx, c, courseId, 'progression', 'read');
      return found;
    });
    return c.json(forAudience(c.get('principal'), progression, progressionForYouth));
  });

  serve(app, operations.addProgressionReading, async (c) => {
    const courseId = courseIdOf(c);
    const id = parsePathId(c, 'readingId');
    const input = parseBody(operations.addProgressionReading.request, await readJsonBody(c));
    requireOwnJudgement(c, input.ratedBy);
    const reading: ProgressionReading = { id, ...input, author: c.get('actor').author.name };
    const outcome = await db.transaction(async (tx) => {
      await requireCourse(tx, courseId);
      const scaleSet = await findLatestScaleSet(tx);
      const found = readingProblems(scaleSet?.scales ?? [], input, danishToday());
      if (found.length > 0) throw new ProblemError(problems.invalidRequest('The reading does not fit the scale set.', found));
      const result = await addReading(tx, courseId, reading);
      await auditOutcome(tx, c, courseId, result);
      return result;
    });
    return answer(c, outcome);
  });

  serve(app, operations.addProgressionAnnotation, async (c) => {
    const courseId = courseIdOf(c);
    const id = parsePathId(c, 'annotationId');
    const input = parseBody(operations.addProgressionAnnotation.request, await readJsonBody(c));
    if (input.date > danishToday())
      throw new ProblemError(problems.invalidRequest('The annotation is about a day that has not come yet.', [{ path: 'date', code: 'in_future' }]));
    const outcome = await db.transaction(async (tx) => {
      await requireCourse(tx, courseId);
      const result = await addAnnotation(tx, courseId, { id, ...input });
      await auditOutcome(tx, c, courseId, result);
      return result;
    });
    return answer(c, outcome);
  });

  refuseOtherMethods(
    app,
    operations.getProgressionScales.route,
    operations.getCourseProgression.route,
    operations.addProgressionReading.route,
    operations.addProgressionAnnotation.route,
  );

  return app;
}

/** A young person records their own ratings; a professional their own or one agreed together. */
function requireOwnJudgement(c: Context<AppEnv>, ratedBy: Rater): void {
  const youth = c.get('principal').role === 'youth';
  if (youth !== (ratedBy === 'youth'))
    throw new ProblemError(
      problems.forbidden(youth ? 'A young person records readings rated by youth.' : 'A professional records readings rated by a professional or jointly.'),
    );
}

async function requireCourse(tx: Queryable, courseId: string): Promise<void> {
  if (!(await courseExists(tx, courseId))) throw new ProblemError(problems.courseNotFound());
}

function answer<T>(c: Context<AppEnv>, outcome: AddOutcome<T>): Response {
  if (outcome.kind === 'id-taken') return problemResponse(c, problems.entryIdTaken());
  return c.json(outcome.entry as object, outcome.kind === 'created' ? 201 : 200);
}

/** A retry that gets the stored entry back is a read; a refused id sends nothing back. */
async function auditOutcome<T>(tx: Queryable, c: Context<AppEnv>, courseId: string, outcome: AddOutcome<T>): Promise<void> {
  if (outcome.kind !== 'id-taken') await auditRequest(tx, c, courseId, 'progression', outcome.kind === 'created' ? 'create' : 'read');
}

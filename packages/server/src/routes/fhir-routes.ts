import { operations, type QuestionnaireDefinition, type QuestionnaireResponse } from '@ungeforlob/sdk';
import { courseBundle, fhirCourseForYouth, fhirScalesOf, type FhirCourse } from '@ungeforlob/sdk/fhir';
import { Hono } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { courseIdOf } from '../auth/allow.js';
import { forAudience } from '../auth/youth-view.js';
import { findContact } from '../contact/contact-store.js';
import { findContactLog } from '../contact-log/contact-log-queries.js';
import type { Database, Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, problems } from '../http/problems.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import { findCourseMeetings } from '../network-meeting/meeting-queries.js';
import { findPlan } from '../plan/plan-queries.js';
import { findProgression } from '../progression/progression-queries.js';
import { findLatestScaleSet } from '../progression/scale-set-queries.js';
import { findDefinition, listDefinitions } from '../questionnaire/definition-queries.js';
import { listResponses } from '../questionnaire/response-queries.js';

/** The audit log's name for a course's FHIR export: one row per Bundle, whatever parts it holds. */
const RESOURCE = 'fhir';

/** The Bundle's content type: FHIR's JSON media type (FHIR R4 §2.6.4), in UTF-8 as every answer. */
const CONTENT_TYPE = `${operations.getCourseFhir.mediaType}; charset=utf-8`;

/**
 * `GET /courses/{courseId}/fhir` (issue #18): the course as a FHIR R4 Bundle (type `collection`),
 * for the course's team and its young person, as the plan is. Every part is read in one transaction
 * at one snapshot (REPEATABLE READ), so the Bundle is the course at one moment; the young person's is
 * made from the SDK's youth view of each part, without the questionnaire rounds they may not list
 * (`fhirCourseForYouth`), and the SDK's `courseBundle` maps it. One audit row per read.
 */
export function fhirRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.getCourseFhir, async (c) => {
    const courseId = courseIdOf(c);
    const principal = c.get('principal');
    const course = await db.transaction(async (tx): Promise<FhirCourse> => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const plan = await findPlan(tx, courseId);
      // allow() refused a course that does not exist; this is one deleted since the request began.
      if (!plan.courseExists) throw new ProblemError(problems.courseNotFound());
      const contact = await findContact(tx, courseId);
      const progression = await findProgression(tx, courseId);
      const scaleSet = await findLatestScaleSet(tx);
      const found: FhirCourse = {
        courseId,
        plan: plan.current?.plan ?? null,
        contact: contact.courseExists ? (contact.current?.contact ?? null) : null,
        // Not read for the young person, who may not list them (fhirCourseForYouth leaves them out).
        questionnaires: principal.role === 'youth' ? { definitions: [], responses: [] } : await courseQuestionnaires(tx, courseId),
        progression: { ...progression, scales: fhirScalesOf(scaleSet, progression.readings) },
        contactLog: await findContactLog(tx, courseId),
        meetings: (await findCourseMeetings(tx, courseId))?.meetings ?? [],
      };
      await auditRequest(tx, c, courseId, RESOURCE, 'read');
      return found;
    });
    const bundle = courseBundle(forAudience(principal, course, fhirCourseForYouth));
    return c.body(JSON.stringify(bundle), 200, { 'Content-Type': CONTENT_TYPE });
  });

  refuseOtherMethods(app, operations.getCourseFhir.route);
  return app;
}

/**
 * The course's submitted rounds of every questionnaire (subject kind `course`), oldest first per
 * questionnaire, and each definition version they answered: a round is exported against its own.
 */
async function courseQuestionnaires(tx: Queryable, courseId: string): Promise<FhirCourse['questionnaires']> {
  const responses: QuestionnaireResponse[] = [];
  for (const definitionId of new Set((await listDefinitions(tx)).map((summary) => summary.id))) {
    responses.push(...(await listResponses(tx, definitionId, { kind: 'course', id: courseId })));
  }
  const definitions: QuestionnaireDefinition[] = [];
  const answered = new Map(responses.map((response) => [`${response.definition.id}@${response.definition.version}`, response.definition]));
  for (const { id, version } of answered.values()) {
    const definition = await findDefinition(tx, id, version);
    if (definition) definitions.push(definition);
  }
  return { definitions, responses };
}

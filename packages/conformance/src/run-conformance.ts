import { QuestionnaireDefinition } from '@ungeforlob/sdk';
import { checkAccessMatrix, GROUP as ACCESS } from './checks/access-matrix.js';
import { bodyOf, courseSubject, subjectParams, type CheckContext } from './checks/check-context.js';
import { checkConcurrency, GROUP as CONCURRENCY } from './checks/concurrency.js';
import { checkFhirExport, GROUP as FHIR } from './checks/fhir-export.js';
import { checkIdempotency, GROUP as IDEMPOTENCY } from './checks/idempotency.js';
import { checkLimits, GROUP as LIMITS } from './checks/limits.js';
import { checkValidation, GROUP as VALIDATION } from './checks/validation.js';
import { checkHiddenEdits, checkYouthView, GROUP as YOUTH_VIEW } from './checks/youth-view.js';
import { documentedOperations } from './contract-document.js';
import type { Fixtures } from './fixtures.js';
import { Results } from './report.js';
import { Session } from './session.js';
import { tokensFor } from './tokens.js';

export interface ConformanceOptions {
  /** The API's base URL, e.g. `https://ung.kommune.example/api/v1`. */
  baseUrl: string;
  fixtures: Fixtures;
  /** Where the fixtures' token commands run. */
  folder: string;
}

/**
 * Runs every check of the kit against the implementation at `baseUrl`, one after another (the
 * checks change data the next ones read), and returns what passed and failed.
 */
export async function runConformance({ baseUrl, fixtures, folder }: ConformanceOptions): Promise<Results> {
  const operations = documentedOperations();
  const session = new Session(baseUrl, await tokensFor(fixtures, folder, baseUrl), new Map(operations.map((operation) => [operation.id, operation])));
  const results = new Results();
  const definition = QuestionnaireDefinition.safeParse(
    bodyOf(await session.call('getQuestionnaireDefinition', { as: 'professional', params: { definitionId: fixtures.questionnaire } })),
  );
  const definitionVersion = definition.success ? definition.data.version : 1;
  const context: CheckContext = {
    session,
    results,
    fixtures,
    definitionVersion,
    params: (overrides = {}) => ({
      courseId: fixtures.courses.team,
      definitionId: fixtures.questionnaire,
      version: definitionVersion,
      ...subjectParams(courseSubject(fixtures)),
      readingId: crypto.randomUUID(),
      annotationId: crypto.randomUUID(),
      offerId: fixtures.offer,
      // Ids no implementation has: the access checks' writes are refused before anything is stored.
      needId: `n-${crypto.randomUUID()}`,
      proposalId: `p-${crypto.randomUUID()}`,
      entryId: `k-${crypto.randomUUID()}`,
      meetingId: `m-${crypto.randomUUID()}`,
      period: 'all',
      ...overrides,
    }),
  };
  await guarded(results, ACCESS, () => checkAccessMatrix(context));
  const draftEtag = await guarded(results, CONCURRENCY, () => checkConcurrency(context));
  await guarded(results, IDEMPOTENCY, () => checkIdempotency(context, draftEtag));
  await guarded(results, VALIDATION, () => checkValidation(context));
  await guarded(results, YOUTH_VIEW, () => checkYouthView(context));
  await guarded(results, YOUTH_VIEW, () => checkHiddenEdits(context));
  // After the groups that write what the young person may not see (a setback note, a meeting's professionals' point).
  await guarded(results, FHIR, () => checkFhirExport(context));
  await guarded(results, LIMITS, () => checkLimits(context));
  recordDocumentedAnswers(session, results);
  return results;
}

/** Runs one group of checks; one that cannot finish (the connection failed, say) is a failure of its own, and the next group still runs. */
async function guarded<T>(results: Results, group: string, check: () => Promise<T>): Promise<T | undefined> {
  try {
    return await check();
  } catch (error) {
    results.expect(group, 'the checks could finish', false, (error as Error).message);
    return undefined;
  }
}

/** Every answer seen, per operation, against the document; and none a 5xx. */
function recordDocumentedAnswers(session: Session, results: Results): void {
  const group = 'every answer as the document says';
  for (const operation of session.operations.values()) {
    const seen = session.answered.get(operation.id) ?? 0;
    const problems = session.deviations.filter((deviation) => deviation.operation === operation.id).flatMap((deviation) => deviation.problems);
    const distinct = [...new Set(problems)];
    results.expect(
      group,
      `${operation.id} (${seen} answers)`,
      seen > 0 && distinct.length === 0,
      seen === 0 ? 'never called' : distinct.slice(0, 3).join('; '),
    );
  }
}

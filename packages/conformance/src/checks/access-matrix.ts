import { freshKey, type CheckContext } from './check-context.js';
import type { Caller } from '../session.js';
import type { DocumentedOperation } from '../contract-document.js';

/** This group's name in the report. */
export const GROUP = 'access: every operation × role';
const callers: readonly Caller[] = ['anonymous', 'professional', 'youth', 'administrator', 'offerAdministrator', 'leader'];
/** An opaque id no implementation has. */
const NO_SUCH_COURSE = 'c-conformance-none';

/**
 * Every operation as every role, on the fixtures' team course: nobody signed in gets 401 with a
 * Bearer challenge, a role the operation's `x-access` leaves out gets 403, a role it names gets
 * neither; and where the path names a course, the team's professional and the young person get
 * 403 for the other course and for one that does not exist. Writes carry an empty body and a stale If-Match, so an allowed caller
 * gets an answer about the request (400, 412) and nothing is changed.
 */
export async function checkAccessMatrix({ session, results, fixtures, params }: CheckContext): Promise<void> {
  for (const operation of session.operations.values()) {
    for (const caller of callers) {
      const answer = await session.call(operation.id, harmless(operation, caller, params()));
      const name = `${operation.id} as ${caller}`;
      if (caller === 'anonymous') {
        const challenge = answer.headers.get('www-authenticate') ?? '';
        results.expect(GROUP, name, answer.status === 401 && /^Bearer\b/i.test(challenge), `expected 401 with a Bearer challenge, got ${answer.status}`);
      } else if (operation.access[caller] === undefined) {
        results.expect(GROUP, name, answer.status === 403, `x-access leaves ${caller} out: expected 403, got ${answer.status}`);
      } else {
        results.expect(GROUP, name, answer.status !== 401 && answer.status !== 403, `x-access lets ${caller} in, got ${answer.status}`);
      }
    }
    if (!namesACourse(operation)) continue;
    for (const caller of ['professional', 'youth'] as const) {
      const scope = operation.access[caller];
      if (scope !== 'team' && scope !== 'own') continue;
      for (const [course, which] of [
        [fixtures.courses.other, 'a course not theirs'],
        [NO_SUCH_COURSE, 'a course that does not exist (refused alike, so no id is revealed)'],
      ] as const) {
        const answer = await session.call(operation.id, harmless(operation, caller, params({ courseId: course, subjectId: course })));
        results.expect(GROUP, `${operation.id} as ${caller}, on ${which}`, answer.status === 403, `expected 403, got ${answer.status}`);
      }
    }
  }
}

function namesACourse(operation: DocumentedOperation): boolean {
  return operation.template.includes('{courseId}') || operation.template.includes('{subjectKind}');
}

function harmless(operation: DocumentedOperation, as: Caller, params: Record<string, string | number>) {
  const headerNames = new Set(operation.parameters.filter((parameter) => parameter['in'] === 'header').map((parameter) => parameter['name']));
  const headers: Record<string, string> = {};
  if (headerNames.has('If-Match')) headers['If-Match'] = '"conformance-stale"';
  if (headerNames.has('Idempotency-Key')) headers['Idempotency-Key'] = freshKey();
  return { as, params, headers, ...(operation.contract.request ? { body: {} } : {}) };
}

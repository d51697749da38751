import { isDeepStrictEqual } from 'node:util';
import { Contact, contactForYouth, CourseProgression, Plan, planForYouth, progressionForYouth } from '@ungeforlob/sdk';
import { bodyOf, type CheckContext } from './check-context.js';

/** This group's name in the report. */
export const GROUP = "the young person's view: no hidden field";

/**
 * What the young person reads of their own course holds nothing the contract hides from them: a
 * contact without `caseload` or an absence's `reason`, a plan without setbacks (nor revisions
 * that would show one was written), progression without setback annotations. Judged by the SDK's
 * youth-view rule: applied to what was sent, it must change nothing.
 */
export async function checkYouthView({ session, results, params }: CheckContext): Promise<void> {
  const views = [
    ['getContact', Contact, (body: unknown) => contactForYouth(body as Contact)],
    ['getPlan', Plan, (body: unknown) => planForYouth(body as Plan)],
    ['getCourseProgression', CourseProgression, (body: unknown) => progressionForYouth(body as CourseProgression)],
  ] as const;
  for (const [operation, schema, shown] of views) {
    const answer = await session.call(operation, { as: 'youth', params: params() });
    if (answer.status === 204) {
      results.expect(GROUP, `${operation}: nothing to show yet (204)`, true);
      continue;
    }
    // The body as sent, members the schema does not name included: a hidden field may hide there.
    const body = bodyOf(answer);
    const clean = answer.status === 200 && schema.safeParse(body).success && isDeepStrictEqual(shown(body), body);
    results.expect(
      GROUP,
      `${operation} as the young person holds no staff-only field`,
      clean,
      answer.status === 200 ? 'a field hidden from the young person was sent' : `got ${answer.status}`,
    );
  }
}

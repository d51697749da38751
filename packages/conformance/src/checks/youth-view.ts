import { isDeepStrictEqual } from 'node:util';
import {
  Contact,
  contactForYouth,
  ContactLog,
  contactLogForYouth,
  CourseMeetings,
  CourseNeeds,
  courseNeedsForYouth,
  CourseProgression,
  danishToday,
  meetingsForYouth,
  Plan,
  planForYouth,
  progressionForYouth,
  toPlanUpdate,
} from '@ungeforlob/sdk';
import { bodyOf, type CheckContext } from './check-context.js';

/** This group's name in the report. */
export const GROUP = "the young person's view: nothing hidden shows";

/**
 * What the young person reads of their own course holds nothing the contract hides from them: a
 * contact without `caseload` or an absence's `reason`, a plan without setbacks (nor revisions
 * that would show one was written), progression without setback annotations, needs without the
 * reasons proposals were declined, a contact log without staff-only notes, network meetings without
 * the professionals' points or minutes not shared with them. Judged by the SDK's
 * youth-view rule: applied to what was sent, it must change nothing.
 */
export async function checkYouthView({ session, results, params }: CheckContext): Promise<void> {
  const views = [
    ['getContact', Contact, (body: unknown) => contactForYouth(body as Contact)],
    ['getPlan', Plan, (body: unknown) => planForYouth(body as Plan)],
    ['getCourseProgression', CourseProgression, (body: unknown) => progressionForYouth(body as CourseProgression)],
    // The needs bank: no reason a proposal was declined (the professionals' assessment).
    ['listCourseNeeds', CourseNeeds, (body: unknown) => courseNeedsForYouth(body as CourseNeeds)],
    // The contact log: no note written only for colleagues.
    ['getContactLog', ContactLog, (body: unknown) => contactLogForYouth(body as ContactLog)],
    // Network meetings: their own points only, the minutes only when shared with them.
    ['listMeetings', CourseMeetings, (body: unknown) => meetingsForYouth(body as CourseMeetings)],
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

/**
 * Nor does an edit they may not see: the young person's ETag is their own (not the stored
 * version's), stays the same while a professional adds a setback note, and names nothing for staff
 * (nor a staff tag anything for them); with it, their own comment is accepted. Adds a setback note
 * to the team course's plan, and sends the young person's comment back as it is.
 */
export async function checkHiddenEdits({ session, results, params }: CheckContext): Promise<void> {
  const readAs = async (as: 'youth' | 'professional') => {
    const answer = await session.call('getPlan', { as, params: params() });
    const plan = Plan.safeParse(bodyOf(answer));
    return { answer, plan: plan.success ? plan.data : undefined, etag: answer.headers.get('etag') ?? '' };
  };
  const theirs = await readAs('youth');
  const staff = await readAs('professional');
  if (
    !results.expect(
      GROUP,
      'the team course has a plan both can read',
      Boolean(theirs.plan && staff.plan && theirs.etag && staff.etag),
      `got ${theirs.answer.status} and ${staff.answer.status}`,
    )
  )
    return;
  results.expect(
    GROUP,
    "the young person's ETag is their own, not the stored version's",
    theirs.etag !== staff.etag,
    'staff and the young person get the same ETag',
  );
  const note = {
    id: `n-conformance-${crypto.randomUUID().slice(0, 8)}`,
    kind: 'setback' as const,
    date: danishToday(),
    text: 'Konformitetstjek: en note den unge ikke ser.',
    author: { role: 'professional' as const, name: 'Konformitetstjek' },
  };
  const hidden = await session.call('updatePlan', {
    as: 'professional',
    params: params(),
    headers: { 'If-Match': staff.etag },
    body: { ...toPlanUpdate(staff.plan!), notes: [...staff.plan!.notes, note] },
  });
  if (!results.expect(GROUP, 'a professional adds a setback note', hidden.status === 200, `got ${hidden.status}`)) return;
  const after = await readAs('youth');
  results.expect(
    GROUP,
    'an edit the young person may not see changes nothing they see, not even their ETag',
    after.etag === theirs.etag && isDeepStrictEqual(bodyOf(after.answer), bodyOf(theirs.answer)),
    after.etag === theirs.etag ? 'their plan changed' : 'their ETag changed',
  );
  const comment = (ifMatch: string) =>
    session.call('updatePlanComment', {
      as: 'youth',
      params: params(),
      headers: { 'If-Match': ifMatch },
      body: { text: theirs.plan!.youthComment?.text ?? null },
    });
  const staffTag = hidden.headers.get('etag') ?? staff.etag;
  const withStaffTag = await comment(staffTag);
  results.expect(GROUP, 'a staff ETag names nothing for the young person (412)', withStaffTag.status === 412, `got ${withStaffTag.status}`);
  const own = await comment(after.etag);
  results.expect(GROUP, 'the young person writes their comment with their own ETag', own.status === 200, `got ${own.status}`);
  const staffWithTheirs = await session.call('updatePlan', {
    as: 'professional',
    params: params(),
    headers: { 'If-Match': after.etag },
    body: toPlanUpdate(staff.plan!),
  });
  results.expect(GROUP, "the young person's ETag names nothing for staff (412)", staffWithTheirs.status === 412, `got ${staffWithTheirs.status}`);
}

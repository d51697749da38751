import { isDeepStrictEqual } from 'node:util';
import { danishToday, QuestionnaireDefinition, QuestionnaireResponse, ScaleSet, type ProgressionScale } from '@ungeforlob/sdk';
import { bodyOf, courseSubject, freshKey, offerSubject, subjectParams, type CheckContext } from './check-context.js';
import { completeAnswers, moreSaid } from './complete-answers.js';

/** This group's name in the report. */
export const GROUP = 'idempotency: safe retries';

/**
 * A round submitted twice with one Idempotency-Key is made once (201, then 200 with the same
 * round); the key with another submission is 422, also for another subject (keys are one space);
 * no key is 400. A reading PUT twice under one id is stored once (201, then 200); other content
 * under the id is 409; so is a logged contact. Adds one round to the fixtures' offer, and one
 * reading and one contact (with a note only for colleagues) to the team course.
 */
export async function checkIdempotency(context: CheckContext, draftEtag: string | undefined): Promise<void> {
  await checkSubmit(context, draftEtag);
  await checkReading(context);
  await checkContactEntry(context);
}

async function checkSubmit({ session, results, params, fixtures, definitionVersion }: CheckContext, draftEtag: string | undefined): Promise<void> {
  const read = await session.call('getQuestionnaireDefinition', { as: 'professional', params: params() });
  const definition = QuestionnaireDefinition.safeParse(bodyOf(read));
  if (!results.expect(GROUP, 'the questionnaire can be read', definition.success, `got ${read.status}`) || !definition.success) return;
  const offer = offerSubject(fixtures);
  const submission = { definitionVersion, answers: completeAnswers(definition.data, offer), ...(draftEtag ? { replacesDraft: draftEtag } : {}) };
  const key = freshKey();
  const submit = (body: unknown, headers: Record<string, string> = { 'Idempotency-Key': key }, subject = offer) =>
    session.call('submitQuestionnaireResponse', { as: 'professional', params: params(subjectParams(subject)), headers, body });
  const first = await submit(submission);
  const made = QuestionnaireResponse.safeParse(bodyOf(first));
  if (!results.expect(GROUP, 'a complete round is made (201)', first.status === 201 && made.success, `got ${first.status}`) || !made.success) return;
  const retry = await submit(submission);
  const again = QuestionnaireResponse.safeParse(bodyOf(retry));
  results.expect(
    GROUP,
    'the same key and body again is 200 with the same round',
    retry.status === 200 && again.success && again.data.id === made.data.id,
    `got ${retry.status}`,
  );
  const course = courseSubject(fixtures);
  const elsewhere = await submit({ definitionVersion, answers: completeAnswers(definition.data, course) }, { 'Idempotency-Key': key }, course);
  results.expect(GROUP, 'the key with another subject is 422 (keys are one space)', elsewhere.status === 422, `got ${elsewhere.status}`);
  const changed = moreSaid(definition.data, submission.answers);
  if (changed) {
    const other = await submit({ ...submission, answers: changed });
    results.expect(GROUP, 'the key with other answers is 422', other.status === 422, `got ${other.status}`);
  }
  const keyless = await submit(submission, {});
  results.expect(GROUP, 'a submit without Idempotency-Key is 400', keyless.status === 400, `got ${keyless.status}`);
}

async function checkReading({ session, results, params }: CheckContext): Promise<void> {
  const read = await session.call('getProgressionScales', { as: 'professional', params: params() });
  const scales = ScaleSet.safeParse(bodyOf(read));
  const scale = scales.success ? scales.data.scales[0] : undefined;
  if (!results.expect(GROUP, 'the scale set can be read, with a scale', scale !== undefined, `got ${read.status}`) || !scale) return;
  const id = crypto.randomUUID();
  const reading = { scaleId: scale.id, value: lowest(scale), date: danishToday(), ratedBy: 'professional' };
  const put = (body: unknown) => session.call('addProgressionReading', { as: 'professional', params: params({ readingId: id }), body });
  const first = await put(reading);
  results.expect(GROUP, 'a reading is added under its id (201)', first.status === 201, `got ${first.status}`);
  const retry = await put(reading);
  results.expect(
    GROUP,
    'the same reading under the same id is 200 with the stored one',
    retry.status === 200 && isDeepStrictEqual(bodyOf(retry), bodyOf(first)),
    `got ${retry.status}`,
  );
  const other = await put({ ...reading, note: 'Noget andet' });
  results.expect(GROUP, 'other content under the id is 409', other.status === 409, `got ${other.status}`);
}

/**
 * A contact logged twice under one id is stored once (201, then 200 with the stored one), other
 * content under its id is 409. Its note is staff-only, so the young person's view (checked later)
 * has one to leave out.
 */
async function checkContactEntry({ session, results, params }: CheckContext): Promise<void> {
  const id = `k-conformance-${crypto.randomUUID()}`;
  const contact = {
    at: new Date(Date.now() - 60 * 60_000).toISOString(),
    channel: 'phone',
    initiative: 'professional',
    outcome: 'held',
    note: { text: 'Konformitetstjek: en note kun til kolleger.', sharedWithYouth: false },
  };
  const put = (body: unknown) => session.call('logContact', { as: 'professional', params: params({ entryId: id }), body });
  const first = await put(contact);
  results.expect(GROUP, 'a contact is logged under its id (201)', first.status === 201, `got ${first.status}`);
  const retry = await put(contact);
  results.expect(
    GROUP,
    'the same contact under the same id is 200 with the stored one',
    retry.status === 200 && isDeepStrictEqual(bodyOf(retry), bodyOf(first)),
    `got ${retry.status}`,
  );
  const other = await put({ ...contact, outcome: 'noShow' });
  results.expect(GROUP, 'another contact under the id is 409', other.status === 409, `got ${other.status}`);
}

function lowest(scale: ProgressionScale): number {
  return scale.kind === 'anchored' ? 1 : scale.min;
}

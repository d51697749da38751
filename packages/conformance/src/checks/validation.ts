import { addDays, ContactLog, danishToday, MAX_RHYTHM_DAYS, MAX_STORED_INT, ScaleSet, type FieldProblem } from '@ungeforlob/sdk';
import { bodyOf, conformanceMeeting, freshKey, offerSubject, subjectParams, type CheckContext } from './check-context.js';
import type { Request } from '../session.js';

/** This group's name in the report. */
export const GROUP = 'validation: bad input is a 4xx, never 5xx';

interface Case {
  name: string;
  operation: string;
  request: Request;
  status: number;
  /** The field problem the 400 must name, by path (and code, where the contract fixes it). */
  field?: { path: string; code?: string };
}

/**
 * Requests the contract refuses get the documented 4xx: 400 with `errors` naming the field (by
 * path and code, never the value), 415 for a body that is not JSON in UTF-8. Plan and contact
 * changes carry the current ETag, so the refusal is about the body, not the version.
 */
export async function checkValidation({ session, results, params, fixtures, definitionVersion }: CheckContext): Promise<void> {
  const etagOf = async (operation: string, as: Request['as']) => (await session.call(operation, { as, params: params() })).headers.get('etag') ?? '"none"';
  const planEtag = await etagOf('getPlan', 'professional');
  const youthPlanEtag = await etagOf('getPlan', 'youth');
  const contactEtag = await etagOf('getContact', 'professional');
  const scales = ScaleSet.safeParse(bodyOf(await session.call('getProgressionScales', { as: 'professional' })));
  const anchored = scales.success ? scales.data.scales.find((scale) => scale.kind === 'anchored') : undefined;
  const reading = (changes: Record<string, unknown>): Case => ({
    name: '',
    operation: 'addProgressionReading',
    request: {
      as: 'professional',
      params: params({ readingId: crypto.randomUUID() }),
      body: { scaleId: anchored?.id ?? 'none', value: 1, date: danishToday(), ratedBy: 'professional', ...changes },
    },
    status: 400,
  });
  const plan = (body: unknown, extra: Partial<Request> = {}) => ({
    as: 'professional' as const,
    params: params(),
    headers: { 'If-Match': planEtag },
    body,
    ...extra,
  });
  const offer = params(subjectParams(offerSubject(fixtures)));
  // The draft's current tag (or a create), so the refusal is about the body whichever the implementation judges first.
  const draftTag = (await session.call('getQuestionnaireDraft', { as: 'professional', params: offer })).headers.get('etag');
  const draftCondition: Record<string, string> = draftTag ? { 'If-Match': draftTag } : { 'If-None-Match': '*' };
  // The rhythm's current version (or a first agreement), for the same reason.
  const log = ContactLog.safeParse(bodyOf(await session.call('getContactLog', { as: 'professional', params: params() })));
  const rhythm = log.success ? log.data.rhythm : null;
  const rhythmCondition: Record<string, string> = rhythm ? { 'If-Match': `"${rhythm.version}"` } : { 'If-None-Match': '*' };
  const cases: Case[] = [
    { name: 'a plan update that is not one (empty object)', operation: 'updatePlan', request: plan({}), status: 400, field: { path: 'lifeGoal' } },
    {
      name: 'text with a NUL character',
      operation: 'updatePlanComment',
      request: { as: 'youth', params: params(), headers: { 'If-Match': youthPlanEtag }, body: { text: 'a\u0000b' } },
      status: 400,
      field: { path: 'text', code: 'invalid_text' },
    },
    {
      name: 'text with a lone surrogate',
      operation: 'updatePlanComment',
      request: { as: 'youth', params: params(), headers: { 'If-Match': youthPlanEtag }, body: { text: 'a\ud800b' } },
      status: 400,
      field: { path: 'text', code: 'invalid_text' },
    },
    {
      name: 'a channel that is no channel',
      operation: 'updateContact',
      request: { as: 'professional', params: params(), headers: { 'If-Match': contactEtag }, body: { preferredChannel: 'carrier-pigeon' } },
      status: 400,
      field: { path: 'preferredChannel' },
    },
    {
      name: 'a member the body does not have',
      operation: 'updateContact',
      request: { as: 'professional', params: params(), headers: { 'If-Match': contactEtag }, body: { preferredChannel: null, extra: 1 } },
      status: 400,
      field: { path: 'extra', code: 'unrecognized_keys' },
    },
    {
      name: 'a version larger than storage holds',
      operation: 'saveQuestionnaireDraft',
      request: {
        as: 'professional',
        params: offer,
        headers: draftCondition,
        body: { definitionVersion: MAX_STORED_INT + 1, answers: {} },
      },
      status: 400,
      field: { path: 'definitionVersion' },
    },
    {
      name: 'an answer to an item the questionnaire does not have',
      operation: 'submitQuestionnaireResponse',
      request: {
        as: 'professional',
        params: offer,
        headers: { 'Idempotency-Key': freshKey() },
        body: { definitionVersion, answers: { 'no-such-item': { rating: 1 } } },
      },
      status: 400,
      field: { path: 'answers.no-such-item', code: 'unknown_item' },
    },
    { ...reading({ date: addDays(danishToday(), 10) }), name: 'a reading of a day to come', field: { path: 'date', code: 'in_future' } },
    { ...reading({ value: 99 }), name: 'a reading off its scale', field: { path: 'value', code: 'out_of_range' } },
    { ...reading({ scaleId: 'no-such-scale' }), name: 'a reading on a scale there is not', field: { path: 'scaleId', code: 'unknown_scale' } },
    {
      name: 'a contact more than five minutes ahead of the clock',
      operation: 'logContact',
      request: {
        as: 'professional',
        params: params({ entryId: `k-conformance-${crypto.randomUUID()}` }),
        body: { at: new Date(Date.now() + 24 * 3600_000).toISOString(), channel: 'phone', initiative: 'professional', outcome: 'held', note: null },
      },
      status: 400,
      field: { path: 'at', code: 'in_future' },
    },
    {
      name: 'a contact rhythm longer than the contract allows',
      operation: 'setContactRhythm',
      request: { as: 'professional', params: params(), headers: rhythmCondition, body: { everyDays: MAX_RHYTHM_DAYS + 1, from: danishToday() } },
      status: 400,
      field: { path: 'everyDays' },
    },
    ...meetingCases(params),
    { name: 'a CPR number as course id', operation: 'getPlan', request: { as: 'professional', params: params({ courseId: '0101901234' }) }, status: 400 },
    { name: 'a body that is not JSON', operation: 'updatePlan', request: plan(undefined, { raw: '{"lifeGoal":' }), status: 400 },
    { name: 'a body sent as text/plain', operation: 'updatePlan', request: plan(undefined, { raw: '{}', contentType: 'text/plain' }), status: 415 },
    {
      name: 'JSON in another charset',
      operation: 'updatePlan',
      request: plan(undefined, { raw: '{}', contentType: 'application/json; charset=iso-8859-1' }),
      status: 415,
    },
  ];
  for (const { name, operation, request, status, field } of cases) {
    const answer = await session.call(operation, request);
    const errors = bodyOf<{ errors?: FieldProblem[] }>(answer)?.errors ?? [];
    const named = !field || errors.some((problem) => problem.path === field.path && (field.code === undefined || problem.code === field.code));
    const withFields = status !== 400 || errors.length > 0;
    results.expect(
      GROUP,
      `${operation}: ${name} is ${status}${field ? ` naming ${field.path}${field.code ? ` (${field.code})` : ''}` : ''}`,
      answer.status === status && named && withFields,
      answer.status !== status
        ? `got ${answer.status}`
        : !withFields
          ? 'no `errors`'
          : `errors name ${errors.map((problem) => `${problem.path} (${problem.code})`).join(', ') || 'nothing'}`,
    );
  }
}

/**
 * Network meetings the rules refuse, each planned under a new id (If-None-Match: *), so the
 * refusal is about the body: no coordinator, an id twice, a decision in the plan before it is
 * agreed, and a body whose id is not the path's.
 */
function meetingCases(params: CheckContext['params']): Case[] {
  const meeting = (name: string, changes: Record<string, unknown>, field: { path: string; code: string }, bodyId?: string): Case => {
    const id = `m-conformance-${crypto.randomUUID()}`;
    return {
      name,
      operation: 'saveMeeting',
      request: { as: 'professional', params: params({ meetingId: id }), headers: { 'If-None-Match': '*' }, body: conformanceMeeting(bodyId ?? id, changes) },
      status: 400,
      field,
    };
  };
  const coordinator = { id: 'pa-coordinator', role: 'coordinator', name: 'Konformitetstjek Koordinator' };
  const decision = {
    id: 'd-conformance',
    action: 'Konformitetstjek',
    how: 'Konformitetstjek',
    owner: { name: 'Konformitetstjek Koordinator', unit: { id: 'u-conformance', name: 'Konformitetstjek' } },
    due: danishToday(),
    effortId: 'e-conformance',
    status: 'proposed',
    inPlan: true,
    followUp: 'open',
  };
  return [
    meeting('a meeting without a coordinator', { participants: [{ ...coordinator, role: 'professional' }] }, { path: 'participants', code: 'one_coordinator' }),
    meeting(
      'a meeting with one id twice',
      {
        points: [
          { id: 'pt-twice', from: 'youth', text: 'Et' },
          { id: 'pt-twice', from: 'youth', text: 'To' },
        ],
      },
      { path: 'points[1].id', code: 'duplicate_id' },
    ),
    meeting('a decision in the plan before it is agreed', { decisions: [decision] }, { path: 'decisions[0].inPlan', code: 'not_agreed' }),
    meeting('a meeting whose id is not the path’s', {}, { path: 'id', code: 'id_mismatch' }, `m-conformance-${crypto.randomUUID()}`),
  ];
}

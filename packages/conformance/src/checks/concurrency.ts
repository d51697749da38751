import { Contact, ContactLog, ContactRhythm, danishToday, NetworkMeeting, Offer, Plan, QuestionnaireDraft, SharedNeed, toPlanUpdate } from '@ungeforlob/sdk';
import { bodyOf, conformanceMeeting, offerSubject, subjectParams, type CheckContext } from './check-context.js';
import type { Answer } from '../check-response.js';

/** This group's name in the report. */
export const GROUP = 'concurrency: ETag, If-Match, 412, 428';
const STALE = '"conformance-stale"';
const strong = (etag: string | null): etag is string => etag !== null && /^"[^"]*"$/.test(etag);
/** The answer's ETag when it is a strong one. */
const strongEtag = (answer: Answer): string | undefined => {
  const etag = answer.headers.get('etag');
  return strong(etag) ? etag : undefined;
};

/**
 * The ETag rules on the plan, the contact, the offer, a shared need, the contact rhythm, a network
 * meeting and a questionnaire draft: reads carry a strong ETag and ignore If-None-Match (200, never
 * 304); a change without If-Match, or with `*`, is 428; a stale or weak tag is 412 with `current`
 * and its ETag; the current tag (also in a list) is accepted, and a change that changes nothing
 * writes no revision. A draft, a need, a rhythm and a meeting are created once with
 * If-None-Match: *. Returns the draft's ETag, for the submit that removes it.
 */
export async function checkConcurrency(context: CheckContext): Promise<string | undefined> {
  await checkPlan(context);
  await checkContact(context);
  await checkOffer(context);
  await checkNeed(context);
  await checkRhythm(context);
  await checkMeeting(context);
  return checkDraft(context);
}

/** The team course's `what`, read as the professional, with its strong ETag; undefined, recorded as failed, when there is none. */
async function readVersioned<T>(
  { session, results, params }: CheckContext,
  operation: string,
  what: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
): Promise<{ resource: T; etag: string } | undefined> {
  const read = await session.call(operation, { as: 'professional', params: params() });
  const etag = strongEtag(read);
  const parsed = schema.safeParse(bodyOf(read));
  const found = read.status === 200 && etag !== undefined && parsed.success;
  results.expect(GROUP, `the team course has a ${what}, with a strong ETag`, found, `got ${read.status}${etag ? '' : ', ETag missing or weak'}`);
  return found && parsed.success ? { resource: parsed.data, etag } : undefined;
}

async function checkPlan(context: CheckContext): Promise<void> {
  const { session, results, params } = context;
  const read = await readVersioned(context, 'getPlan', 'plan', Plan);
  if (!read) return;
  const { resource: plan, etag } = read;
  const put = (headers: Record<string, string>) => session.call('updatePlan', { as: 'professional', params: params(), headers, body: toPlanUpdate(plan) });
  await expectPrecondition(results, 'plan', put, etag);
  const again = await session.call('getPlan', { as: 'professional', params: params(), headers: { 'If-None-Match': etag } });
  results.expect(GROUP, 'plan: a read with If-None-Match is 200, never 304', again.status === 200, `got ${again.status}`);
  const noChange = await put({ 'If-Match': `${STALE}, ${etag}` });
  if (results.expect(GROUP, 'plan: the current ETag in an If-Match list is accepted', noChange.status === 200, `got ${noChange.status}`)) {
    const after = Plan.safeParse(bodyOf(noChange));
    results.expect(
      GROUP,
      'plan: a change that changes nothing writes no revision',
      after.success && after.data.revisions.length === plan.revisions.length,
      'the revisions grew',
    );
  }
}

async function checkContact(context: CheckContext): Promise<void> {
  const { session, results, params } = context;
  const read = await readVersioned(context, 'getContact', 'contact', Contact);
  if (!read) return;
  const { resource: contact, etag } = read;
  const patch = (headers: Record<string, string>) =>
    session.call('updateContact', { as: 'professional', params: params(), headers, body: { preferredChannel: contact.preferredChannel } });
  await expectPrecondition(results, 'contact', patch, etag);
  const same = await patch({ 'If-Match': etag });
  results.expect(GROUP, 'contact: the current ETag is accepted', same.status === 200 && strong(same.headers.get('etag')), `got ${same.status}`);
}

/** The fixtures' offer, as the offer administrator keeps it: the same rules, and the current ETag saves it unchanged. */
async function checkOffer({ session, results, params }: CheckContext): Promise<void> {
  const read = await session.call('getOffer', { as: 'offerAdministrator', params: params() });
  const etag = strongEtag(read);
  const parsed = Offer.safeParse(bodyOf(read));
  const found = read.status === 200 && etag !== undefined && parsed.success;
  if (!results.expect(GROUP, 'the offer has a strong ETag', found, `got ${read.status}${etag ? '' : ', ETag missing or weak'}`) || !parsed.success || !etag)
    return;
  const { changedAt: _changedAt, ...input } = parsed.data;
  const put = (headers: Record<string, string>) => session.call('saveOffer', { as: 'offerAdministrator', params: params(), headers, body: input });
  await expectPrecondition(results, 'offer', put, etag);
  const exists = await put({ 'If-None-Match': '*' });
  results.expect(GROUP, 'offer: If-None-Match: * for an offer that exists is 412', exists.status === 412, `got ${exists.status}`);
  const same = await put({ 'If-Match': etag });
  results.expect(
    GROUP,
    'offer: the current ETag saves it (200, a new strong ETag)',
    same.status === 200 && strong(same.headers.get('etag')),
    `got ${same.status}`,
  );
}

/**
 * A need of the team course's plan, shared with If-None-Match: * (201, its `version` as the strong
 * ETag) and then held to the same rules; the same words again are 200 without a new version. Shares
 * one need, in the kit's words, on the team course.
 */
async function checkNeed(context: CheckContext): Promise<void> {
  const { session, results, params } = context;
  const plan = Plan.safeParse(bodyOf(await session.call('getPlan', { as: 'professional', params: params() })));
  const goal = plan.success ? plan.data.goals[0] : undefined;
  if (!results.expect(GROUP, 'need: the team course has a plan with a goal to share a need for', goal !== undefined, 'no plan, or no goal')) return;
  const needId = `n-conformance-${crypto.randomUUID().slice(0, 8)}`;
  const body = { id: needId, goalId: goal!.id, text: 'Konformitetstjek: et behov delt af testen.', agreedOn: danishToday(), status: 'open' };
  const put = (headers: Record<string, string>) => session.call('shareNeed', { as: 'professional', params: params({ needId }), headers, body });
  const shared = await put({ 'If-None-Match': '*' });
  const need = SharedNeed.safeParse(bodyOf(shared));
  const etag = strongEtag(shared);
  if (
    !results.expect(
      GROUP,
      'need: If-None-Match: * shares it (201, its version as a strong ETag)',
      shared.status === 201 && need.success && etag === `"${need.data.version}"`,
      `got ${shared.status}${etag ? '' : ', ETag missing or weak'}`,
    ) ||
    !etag
  )
    return;
  await expectPrecondition(results, 'need', put, etag);
  const exists = await put({ 'If-None-Match': '*' });
  results.expect(
    GROUP,
    'need: If-None-Match: * for a need that exists is 412 with `current`',
    exists.status === 412 && SharedNeed.safeParse(bodyOf<{ current?: unknown }>(exists)?.current).success,
    `got ${exists.status}`,
  );
  const same = await put({ 'If-Match': etag });
  results.expect(
    GROUP,
    'need: the same words with the current ETag are 200 without a new version',
    same.status === 200 && strongEtag(same) === etag,
    `got ${same.status}`,
  );
}

/**
 * The team course's contact rhythm, held to the same rules (its `version` is its strong ETag):
 * agreed with If-None-Match: * when none is (201); If-None-Match: * once one is, 412 with
 * `current`; the same rhythm again with the current ETag is 200 without a new version. Agrees a
 * rhythm, in the kit's words, on the team course when it has none; changes none that is there.
 */
async function checkRhythm({ session, results, params }: CheckContext): Promise<void> {
  const read = await session.call('getContactLog', { as: 'professional', params: params() });
  const log = ContactLog.safeParse(bodyOf(read));
  if (!results.expect(GROUP, 'rhythm: the team course has a contact log', read.status === 200 && log.success, `got ${read.status}`) || !log.success) return;
  let rhythm = log.data.rhythm;
  const body = rhythm
    ? { everyDays: rhythm.everyDays, from: rhythm.from, ...(rhythm.words === undefined ? {} : { words: rhythm.words }) }
    : { everyDays: 14, words: 'Konformitetstjek: hver anden uge.', from: danishToday() };
  const put = (headers: Record<string, string>) => session.call('setContactRhythm', { as: 'professional', params: params(), headers, body });
  if (!rhythm) {
    const agreed = await put({ 'If-None-Match': '*' });
    const parsed = ContactRhythm.safeParse(bodyOf(agreed));
    const etag = strongEtag(agreed);
    if (
      !results.expect(
        GROUP,
        'rhythm: If-None-Match: * agrees the first (201, its version as a strong ETag)',
        agreed.status === 201 && parsed.success && etag === `"${parsed.data.version}"`,
        `got ${agreed.status}${etag ? '' : ', ETag missing or weak'}`,
      ) ||
      !parsed.success
    )
      return;
    rhythm = parsed.data;
  }
  const etag = `"${rhythm.version}"`;
  await expectPrecondition(results, 'rhythm', put, etag);
  const exists = await put({ 'If-None-Match': '*' });
  results.expect(
    GROUP,
    'rhythm: If-None-Match: * once one is agreed is 412 with `current`',
    exists.status === 412 && ContactRhythm.safeParse(bodyOf<{ current?: unknown }>(exists)?.current).success,
    `got ${exists.status}`,
  );
  const same = await put({ 'If-Match': etag });
  results.expect(
    GROUP,
    'rhythm: the same rhythm with the current ETag is 200 without a new version',
    same.status === 200 && strongEtag(same) === etag,
    `got ${same.status}`,
  );
}

/**
 * A network meeting, held to the same rules (its `version` is its strong ETag): planned with
 * If-None-Match: * under a new id (201); without a precondition 428, stale or weak 412 with
 * `current`; If-None-Match: * again 412 with `current`; the same meeting again with the current
 * ETag 200 without a new version. Plans one meeting, in the kit's words, on the team course.
 */
async function checkMeeting({ session, results, params }: CheckContext): Promise<void> {
  const id = `m-conformance-${crypto.randomUUID()}`;
  const body = conformanceMeeting(id);
  const put = (headers: Record<string, string>) => session.call('saveMeeting', { as: 'professional', params: params({ meetingId: id }), headers, body });
  const planned = await put({ 'If-None-Match': '*' });
  const parsed = NetworkMeeting.safeParse(bodyOf(planned));
  const created = strongEtag(planned);
  if (
    !results.expect(
      GROUP,
      'meeting: If-None-Match: * plans it (201, its version as a strong ETag)',
      planned.status === 201 && parsed.success && created === `"${parsed.data.version}"`,
      `got ${planned.status}${created ? '' : ', ETag missing or weak'}`,
    ) ||
    !parsed.success
  )
    return;
  const etag = `"${parsed.data.version}"`;
  await expectPrecondition(results, 'meeting', put, etag);
  const exists = await put({ 'If-None-Match': '*' });
  results.expect(
    GROUP,
    'meeting: If-None-Match: * once it is planned is 412 with `current`',
    exists.status === 412 && NetworkMeeting.safeParse(bodyOf<{ current?: unknown }>(exists)?.current).success,
    `got ${exists.status}`,
  );
  const same = await put({ 'If-Match': etag });
  results.expect(
    GROUP,
    'meeting: the same meeting with the current ETag is 200 without a new version',
    same.status === 200 && strongEtag(same) === etag,
    `got ${same.status}`,
  );
}

async function checkDraft({ session, results, params, definitionVersion, fixtures }: CheckContext): Promise<string | undefined> {
  const at = params(subjectParams(offerSubject(fixtures)));
  const body = { definitionVersion, answers: {} };
  const put = (headers: Record<string, string>) => session.call('saveQuestionnaireDraft', { as: 'professional', params: at, headers, body });
  const neither = await put({});
  results.expect(GROUP, 'draft: a save without If-Match or If-None-Match is 428', neither.status === 428, `got ${neither.status}`);
  const read = await session.call('getQuestionnaireDraft', { as: 'professional', params: at });
  let etag = strongEtag(read);
  if (read.status === 204) {
    const created = await put({ 'If-None-Match': '*' });
    etag = strongEtag(created);
    results.expect(GROUP, 'draft: If-None-Match: * creates the first draft (201, ETag)', created.status === 201 && etag !== undefined, `got ${created.status}`);
  }
  if (!results.expect(GROUP, 'draft: there is a draft with a strong ETag', etag !== undefined, 'no draft, or no strong ETag') || !etag) return undefined;
  const exists = await put({ 'If-None-Match': '*' });
  results.expect(GROUP, 'draft: If-None-Match: * when a draft exists is 412', exists.status === 412, `got ${exists.status}`);
  const both = await put({ 'If-Match': etag, 'If-None-Match': '*' });
  results.expect(GROUP, 'draft: If-Match with If-None-Match: * on an existing draft is 412 (RFC 9110 §13.2.2)', both.status === 412, `got ${both.status}`);
  const stale = await put({ 'If-Match': STALE });
  results.expect(
    GROUP,
    'draft: a stale If-Match is 412 with `current`',
    stale.status === 412 && QuestionnaireDraft.safeParse(bodyOf<{ current?: unknown }>(stale)?.current).success,
    `got ${stale.status}`,
  );
  const saved = await put({ 'If-Match': etag });
  const next = strongEtag(saved);
  results.expect(GROUP, 'draft: the current ETag saves (200, a new ETag)', saved.status === 200 && next !== undefined, `got ${saved.status}`);
  return next;
}

/** 428 without If-Match and with `*`; 412 with `current` and its ETag for a stale tag and for the weak form of the current one. */
async function expectPrecondition(
  results: CheckContext['results'],
  what: string,
  send: (headers: Record<string, string>) => Promise<Answer>,
  etag: string,
): Promise<void> {
  const missing = await send({});
  results.expect(GROUP, `${what}: a change without If-Match is 428`, missing.status === 428, `got ${missing.status}`);
  const any = await send({ 'If-Match': '*' });
  results.expect(GROUP, `${what}: If-Match: * is 428`, any.status === 428, `got ${any.status}`);
  const stale = await send({ 'If-Match': STALE });
  const current = bodyOf<{ current?: unknown }>(stale)?.current;
  results.expect(
    GROUP,
    `${what}: a stale If-Match is 412 with \`current\` and its ETag`,
    stale.status === 412 && current !== undefined && strong(stale.headers.get('etag')),
    `got ${stale.status}${current === undefined ? ' without current' : ''}${strong(stale.headers.get('etag')) ? '' : ' without an ETag'}`,
  );
  const weak = await send({ 'If-Match': `W/${etag}` });
  results.expect(GROUP, `${what}: the weak form of the current ETag is 412`, weak.status === 412, `got ${weak.status}`);
}

import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { MemoryTransport, createMemoryClient } from '../memory/memory-transport.js';
import { PlanStore } from '../plan/plan-store.js';
import { ProgressionStore } from '../progression/progression-store.js';
import { lastPlanActivity } from '../progression/plan-activity.js';
import { visibleTargets } from '../questionnaire/answer-targets.js';
import { STRATEGIC_CRITERIA_ID } from '../questionnaire/default-definition.js';
import { QuestionnaireStore } from '../questionnaire/questionnaire-store.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { ResourceCache, cacheOf } from './resource-cache.js';

const seed = buildSeed('2026-11-23');
const now = () => new Date('2026-11-23T09:00:00Z');

/** A load that answers when told to, counting how often it was started and aborted. */
function manualLoad<T>() {
  const started: { resolve: (value: T) => void; signal: AbortSignal }[] = [];
  const load = (signal: AbortSignal) => new Promise<T>((resolve) => started.push({ resolve, signal }));
  return { load, started };
}

describe('ResourceCache', () => {
  it('shares a read on its way, and starts a new one once it has answered', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    const first = cache.fetch(['plan', 'c-1'], load);
    const second = cache.fetch(['plan', 'c-1'], load);
    expect(started).to.have.length(1);
    started[0]!.resolve('v1');
    expect(await Promise.all([first, second])).to.deep.equal(['v1', 'v1']);
    void cache.fetch(['plan', 'c-1'], load);
    expect(started).to.have.length(2);
  });

  it('tells keys apart part by part, without packing them into one string', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    void cache.fetch(['rounds', 'a/b', 'c'], load);
    void cache.fetch(['rounds', 'a', 'b/c'], load);
    void cache.fetch(['rounds', 'a', 1], load);
    void cache.fetch(['rounds', 'a', '1'], load);
    expect(started).to.have.length(4);
  });

  it('keeps what never changes, for the client’s lifetime', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    const first = cache.fetch(['definition', 'd', 1], load, { keep: true });
    started[0]!.resolve('v1');
    await first;
    expect(await cache.fetch(['definition', 'd', 1], load, { keep: true })).to.equal('v1');
    expect(started).to.have.length(1);
  });

  it('aborts the shared read only when every caller has aborted', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    const one = new AbortController();
    const two = new AbortController();
    const first = cache.fetch(['plan', 'c-1'], load, { signal: one.signal });
    const second = cache.fetch(['plan', 'c-1'], load, { signal: two.signal });
    one.abort();
    await first.then(
      () => expect.fail('the aborted caller must not get an answer'),
      (error: Error) => expect(error.name).to.equal('AbortError'),
    );
    expect(started[0]!.signal.aborted).to.equal(false);
    started[0]!.resolve('v1');
    expect(await second).to.equal('v1');

    const three = new AbortController();
    const third = cache.fetch(['plan', 'c-2'], load, { signal: three.signal });
    three.abort();
    await third.catch(() => undefined);
    expect(started[1]!.signal.aborted).to.equal(true);
  });

  it('does not keep a failed read: the next caller tries again', async () => {
    const cache = new ResourceCache();
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('down'));
    };
    await cache.fetch(['definition', 'd', 1], failing, { keep: true }).catch(() => undefined);
    await cache.fetch(['definition', 'd', 1], failing, { keep: true }).catch(() => undefined);
    expect(calls).to.equal(2);
  });

  it('after a write, the next caller does not join the read on its way, and the writes are counted', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    void cache.fetch(['plan', 'c-1'], load);
    expect(cache.writes(['plan', 'c-1'])).to.equal(0);
    cache.written(['plan', 'c-1']);
    void cache.fetch(['plan', 'c-1'], load);
    expect(started).to.have.length(2);
    expect(cache.writes(['plan', 'c-1'])).to.equal(1);
    expect(cache.writes(['plan', 'c-2'])).to.equal(0);
  });

  it('after invalidate, stores that load again do not join the read from before, however many waited on it', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    const one = new AbortController();
    const two = new AbortController();
    void cache.fetch(['rounds', 'd', 'course', 'c-1'], load, { signal: one.signal }).catch(() => undefined);
    void cache.fetch(['rounds', 'd', 'course', 'c-1'], load, { signal: two.signal }).catch(() => undefined);
    cache.invalidate(['rounds', 'd', 'course', 'c-1']);
    one.abort(); // the first store's reload cancels its own wait…
    void cache.fetch(['rounds', 'd', 'course', 'c-1'], load);
    expect(started, '…and starts a read of its own, not the older one').to.have.length(2);
  });

  it('starts nothing for a caller that has aborted already', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    const aborted = AbortSignal.abort();
    const error = await cache.fetch(['plan', 'c-1'], load, { signal: aborted }).catch((failure: Error) => failure);
    expect((error as Error).name).to.equal('AbortError');
    expect(started).to.have.length(0);
  });

  it('publishes to watchers and peek, and invalidates for everyone but the writer', () => {
    const cache = new ResourceCache();
    const heard: (string | undefined)[] = [];
    const writer = () => heard.push('writer');
    const stop = cache.watch<string>(['plan', 'c-1'], (value) => heard.push(value));
    cache.watch(['plan', 'c-1'], writer);
    cache.watch<string>(['plan', 'c-2'], () => heard.push('other course'));
    cache.publish(['plan', 'c-1'], 'v2');
    expect(cache.peek(['plan', 'c-1'])).to.equal('v2');
    cache.invalidate(['plan', 'c-1'], writer);
    expect(cache.peek(['plan', 'c-1'])).to.equal(undefined);
    stop();
    cache.publish(['plan', 'c-1'], 'v3');
    expect(heard).to.deep.equal(['v2', 'writer', undefined, 'writer']);
  });

  it('is one per client', () => {
    const { client } = createMemoryClient({ seed });
    const { client: other } = createMemoryClient({ seed });
    expect(cacheOf(client)).to.equal(cacheOf(client));
    expect(cacheOf(client)).to.not.equal(cacheOf(other));
  });
});

describe('stores sharing one client', () => {
  it('a store whose read began before another store’s write reads again, and never shows (or edits) the older version', async () => {
    // The reader's answer is read from the server at once but arrives late: the write lands between.
    const { client, holdNext } = lateAnswers((method, url) => method === 'GET' && url.endsWith('/plan'));
    const courseId = seedCourseIds.steady;
    const writer = new PlanStore({ client, courseId, now });
    await writer.load();
    const release = holdNext();
    const reader = new PlanStore({ client, courseId, now });
    const reading = reader.load();
    await writer.addNote({
      id: 'n-during-read',
      kind: 'learning',
      text: 'Skrevet mens den anden læste',
      date: '2026-11-23',
      author: { role: 'professional', name: 'Jonas Kragh' },
    });
    release();
    await reading;
    expect(reader.getSnapshot().etag).to.equal(writer.getSnapshot().etag);
    expect(reader.getSnapshot().plan?.notes.map((note) => note.id)).to.include('n-during-read');
    writer.dispose();
    reader.dispose();
  });

  it('a questionnaire and its summary read the definition and the rounds once', async () => {
    const { client, transport } = createMemoryClient({ seed, retries: 0 });
    const subject = { kind: 'course' as const, id: seedCourseIds.steady };
    const questionnaire = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject });
    const summary = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject, loadDraft: false });
    await Promise.all([questionnaire.load(), summary.load()]);
    const reads = (pattern: RegExp) => transport.requests.filter((request) => pattern.test(request)).length;
    expect(reads(/^GET \S+\/questionnaires\/strategic-criteria$/)).to.equal(1);
    expect(reads(/^GET \S+\/responses$/)).to.equal(1);
    expect(summary.getSnapshot().rounds.length).to.equal(questionnaire.getSnapshot().rounds.length);
    questionnaire.dispose();
    summary.dispose();
  });

  it('two plan stores of one course make one request, and one written version later reads afresh', async () => {
    const { client, transport } = createMemoryClient({ seed, retries: 0 });
    const courseId = seedCourseIds.steady;
    const one = new PlanStore({ client, courseId, now });
    const two = new PlanStore({ client, courseId, now });
    await Promise.all([one.load(), two.load()]);
    const planReads = () => transport.requests.filter((request) => request === `GET /api/v1/courses/${courseId}/plan`).length;
    expect(planReads()).to.equal(1);
    await one.addNote({
      id: 'n-shared-read',
      kind: 'learning',
      text: 'Et godt møde',
      date: '2026-11-23',
      author: { role: 'professional', name: 'Jonas Kragh' },
    });
    await two.load();
    expect(planReads()).to.equal(2);
    expect(two.getSnapshot().plan?.notes.map((note) => note.id)).to.include('n-shared-read');
    one.dispose();
    two.dispose();
  });

  it('a round submitted by one store reaches the other, which was not told by any event', async () => {
    const { client } = createMemoryClient({ seed, retries: 0 });
    const subject = { kind: 'course' as const, id: seedCourseIds.steady };
    const questionnaire = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject });
    const summary = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject, loadDraft: false });
    await Promise.all([questionnaire.load(), summary.load()]);
    const before = summary.getSnapshot().rounds.length;
    for (const target of visibleTargets(questionnaire.getSnapshot().definition!, {}, subject))
      if (target.parts.includes('rating')) questionnaire.answer(target.id, 'rating', 3);
    const outcome = await questionnaire.submit();
    expect(outcome.kind).to.equal('submitted');
    await until(() => summary.getSnapshot().status === 'ready' && summary.getSnapshot().rounds.length === before + 1);
    questionnaire.dispose();
    summary.dispose();
  });

  it('a round made by another store refreshes only the rounds: what this store holds and is typing stays, and it never goes back to loading', async () => {
    const { client } = createMemoryClient({ seed, retries: 0 });
    const subject = { kind: 'course' as const, id: seedCourseIds.steady };
    const noTimers = { setTimeout: () => 0, clearTimeout: () => {} };
    const typing = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject, timers: noTimers });
    const submitting = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject, timers: noTimers });
    await Promise.all([typing.load(), submitting.load()]);
    const before = typing.getSnapshot().rounds.length;
    typing.answer('relations-non-professionals', 'reflection', 'Skrevet mens en anden indsendte');
    const statuses: string[] = [];
    typing.subscribe((state) => statuses.push(state.status));
    for (const target of visibleTargets(submitting.getSnapshot().definition!, {}, subject))
      if (target.parts.includes('rating')) submitting.answer(target.id, 'rating', 2);
    expect((await submitting.submit()).kind).to.equal('submitted');
    await until(() => typing.getSnapshot().rounds.length === before + 1);
    expect(statuses).to.not.include('loading');
    expect(typing.getSnapshot().answers['relations-non-professionals']?.reflection).to.equal('Skrevet mens en anden indsendte');
    expect(typing.getSnapshot().hasUnsavedChanges).to.equal(true);
    typing.dispose();
    submitting.dispose();
  });

  it('a draft saved while a load was on its way is not undone by that older load', async () => {
    const { client, holdNext } = lateAnswers((method, url) => method === 'GET' && url.endsWith('/draft'));
    const subject = { kind: 'course' as const, id: seedCourseIds.steady };
    const store = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject, timers: { setTimeout: () => 0, clearTimeout: () => {} } });
    await store.load();
    store.answer('relations-non-professionals', 'reflection', 'første');
    await store.flush();
    const release = holdNext();
    const reloading = store.load(); // reads the draft holding "første", answered late
    store.answer('relations-non-professionals', 'reflection', 'anden');
    await store.flush();
    release();
    await reloading;
    expect(store.getSnapshot().answers['relations-non-professionals']?.reflection).to.equal('anden');
    expect(store.getSnapshot().status).to.equal('ready');
    store.answer('relations-non-professionals', 'reflection', 'tredje');
    await store.flush();
    expect(store.getSnapshot().save.status, 'the next save goes against the newest version, not a 412').to.equal('saved');
    store.dispose();
  });

  it('the plan’s last activity reaches the progression’s passivity rule, also when the plan changes later', async () => {
    const { client } = createMemoryClient({ seed, retries: 0 });
    const courseId = seedCourseIds.aftercare;
    const plan = new PlanStore({ client, courseId, now });
    await plan.load();
    const progression = new ProgressionStore({ client, courseId, now });
    await progression.load();
    const planned = plan.getSnapshot().plan!;
    expect(progression.getSnapshot().facts?.passivity.lastActivity).to.equal(latest(lastPlanActivity(planned), progression));
    await plan.addNote({
      id: 'n-cache-test',
      kind: 'learning',
      text: 'Godt møde i dag',
      date: '2026-11-23',
      author: { role: 'professional', name: 'Jonas Kragh' },
    });
    expect(plan.getSnapshot().save.status).to.equal('saved');
    const changed = plan.getSnapshot().plan!;
    expect(lastPlanActivity(changed)).to.not.equal(lastPlanActivity(planned));
    expect(progression.getSnapshot().facts?.passivity.lastPlanActivity).to.equal(lastPlanActivity(changed));
    plan.dispose();
    progression.dispose();
  });
});

/**
 * A client whose next answer to a matching request is read from the server at once but delivered
 * only when the returned `release` is called: what the server holds can change in between.
 */
function lateAnswers(matches: (method: string, url: string) => boolean) {
  const transport = new MemoryTransport({ seed });
  let held: Promise<void> | null = null;
  const client = createClient({
    baseUrl: transport.baseUrl,
    retries: 0,
    fetch: async (input, init) => {
      // Method and address read before the transport takes the body.
      const request = input instanceof Request ? input : new Request(input, init);
      const hold = held && matches(init?.method ?? request.method, request.url) ? held : null;
      if (hold) held = null;
      const answer = await transport.fetch(input, init);
      if (hold) await hold;
      return answer;
    },
  });
  const holdNext = () => {
    let release = () => {};
    held = new Promise((resolve) => (release = resolve));
    return release;
  };
  return { client, holdNext };
}

/** The later of the plan's last activity and the last reading: where passivity counts from. */
function latest(planDay: string | null, progression: ProgressionStore): string | null {
  const readings = progression.getSnapshot().progression?.readings ?? [];
  const lastReading = readings.at(-1)?.date ?? null;
  return (
    [planDay, lastReading]
      .filter((day): day is string => day !== null)
      .sort()
      .at(-1) ?? null
  );
}

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

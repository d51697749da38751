import { expect } from '@open-wc/testing';
import { createMemoryClient } from '../memory/memory-transport.js';
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

  it('after forget, the next caller does not join the read on its way (a write made it older)', async () => {
    const cache = new ResourceCache();
    const { load, started } = manualLoad<string>();
    void cache.fetch(['plan', 'c-1'], load);
    cache.forget(['plan', 'c-1']);
    void cache.fetch(['plan', 'c-1'], load);
    expect(started).to.have.length(2);
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

import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { ConflictError } from '../errors/conflict-error.js';
import { NetworkError } from '../errors/network-error.js';
import { MemoryTransport } from '../memory/memory-transport.js';
import type { ReadingInput } from '../schemas/progression.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { danishToday } from '../time/calendar.js';
import { lastPlanActivity } from './plan-activity.js';
import { ProgressionStore, type ProgressionStoreOptions } from './progression-store.js';

// Readings may not be in the future, and the memory transport checks against the real today.
const today = danishToday();
const seed = buildSeed(today);
const noon = () => new Date(`${today}T12:00:00+01:00`);

function setUp(courseId: string, options: Partial<ProgressionStoreOptions> = {}) {
  const transport = new MemoryTransport({ seed });
  const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, retries: 0 });
  let ids = 0;
  const store = new ProgressionStore({ client, courseId, now: noon, refreshFactsEveryMs: 0, newId: () => `id-${++ids}`, ...options });
  const puts = () => transport.requests.filter((request) => request.startsWith('PUT '));
  return { store, transport, puts };
}

const input: ReadingInput = { scaleId: 'self-belief', value: 5, date: today, ratedBy: 'youth' };

describe('ProgressionStore', () => {
  it('loads the scale set and readings, with facts and chart series', async () => {
    const { store } = setUp(seedCourseIds.manyHandovers);
    await store.load();
    const state = store.getSnapshot();
    expect(state.status).to.equal('ready');
    expect(state.scaleSet?.scales).to.have.length(10);
    expect(state.facts?.disagreements.map((found) => found.scale.id)).to.deep.equal(['self-belief']);
    expect(state.series.find((entry) => entry.scale.id === 'self-belief')?.series.map((line) => line.points.length)).to.deep.equal([4, 4]);
  });

  it('says empty for a course without readings', async () => {
    const { store } = setUp(seedCourseIds.noContact);
    await store.load();
    expect(store.getSnapshot().status).to.equal('empty');
  });

  it('derives passivity from the injected clock and the plan activity it is given, again on refreshFacts', async () => {
    let now = noon();
    const { store } = setUp(seedCourseIds.aftercare, { now: () => now, lastPlanActivity: lastPlanActivity(seed.plans[seedCourseIds.aftercare]!) });
    await store.load();
    expect(store.getSnapshot().facts?.passivity.passive).to.equal(true);
    store.setLastPlanActivity(today);
    expect(store.getSnapshot().facts?.passivity.passive).to.equal(false);
    now = new Date(now.getTime() + 43 * 86_400_000);
    expect(store.getSnapshot().facts?.passivity.passive).to.equal(false);
    store.refreshFacts();
    expect(store.getSnapshot().facts?.passivity.passive).to.equal(true);
  });

  it('adds a reading: saving, then in the readings and the facts, not before', async () => {
    const { store } = setUp(seedCourseIds.noContact);
    await store.load();
    const adding = store.addReading(input);
    expect(store.getSnapshot().add).to.deep.include({ status: 'saving' });
    expect(store.getSnapshot().progression?.readings).to.deep.equal([]);
    const outcome = await adding;
    expect(outcome.kind).to.equal('added');
    const state = store.getSnapshot();
    expect(state.add).to.deep.equal({ status: 'saved', pending: null, error: null });
    expect(state.status).to.equal('ready');
    expect(state.progression?.readings.map((reading) => [reading.id, reading.value])).to.deep.equal([['id-1', 5]]);
    expect(state.facts?.changes.map((change) => change.scale.id)).to.deep.equal(['self-belief']);
  });

  it('keeps the typed reading on error, and a retry sends it under the same id, once stored', async () => {
    const { store, transport, puts } = setUp(seedCourseIds.noContact);
    await store.load();
    transport.inject({ kind: 'network' }, { method: 'PUT', times: 1 });
    const failed = await store.addReading(input);
    expect(failed.kind).to.equal('failed');
    const state = store.getSnapshot();
    expect(state.add.status).to.equal('error');
    expect(state.add.error).to.be.instanceOf(NetworkError);
    expect(state.add.pending).to.deep.equal({ kind: 'reading', id: 'id-1', input });
    expect(state.progression?.readings).to.deep.equal([]);
    const retried = await store.retryAdd();
    expect(retried.kind).to.equal('added');
    // Adding the same reading again after an error is a retry too: same id, no second reading.
    await store.addReading(input);
    expect(puts().map((request) => request.split('/').at(-1))).to.deep.equal(['id-1', 'id-1', 'id-2']);
    expect(transport.progression.courses.get(seedCourseIds.noContact)?.readings.map((reading) => reading.id)).to.deep.equal(['id-1', 'id-2']);
  });

  it('a retry the server answers with the stored reading does not add it twice', async () => {
    const { store, transport } = setUp(seedCourseIds.noContact);
    await store.load();
    // The PUT lands, but the answer is lost on the way back.
    const realFetch = transport.fetch;
    let lose = true;
    const client = createClient({
      baseUrl: transport.baseUrl,
      retries: 0,
      fetch: async (request, init) => {
        const method = init?.method ?? (request instanceof Request ? request.method : 'GET');
        const response = await realFetch(request, init);
        if (lose && method === 'PUT') {
          lose = false;
          throw new TypeError('Failed to fetch');
        }
        return response;
      },
    });
    const lossy = new ProgressionStore({ client, courseId: seedCourseIds.noContact, now: noon, refreshFactsEveryMs: 0, newId: () => 'same-id' });
    await lossy.load();
    expect((await lossy.addReading(input)).kind).to.equal('failed');
    const outcome = await lossy.retryAdd();
    expect(outcome).to.deep.include({ kind: 'added', created: false });
    expect(lossy.getSnapshot().progression?.readings.map((reading) => reading.id)).to.deep.equal(['same-id']);
    store.dispose();
  });

  it('adds an annotation, and a refused one is an error with the typed text kept', async () => {
    const { store } = setUp(seedCourseIds.steady);
    await store.load();
    const before = store.getSnapshot().progression!.annotations.length;
    expect((await store.addAnnotation({ date: today, kind: 'success', text: 'Kom til tiden hele ugen.' })).kind).to.equal('added');
    expect(store.getSnapshot().progression!.annotations).to.have.length(before + 1);
    const refused = await store.addReading({ ...input, value: 11 });
    expect(refused.kind).to.equal('failed');
    expect(store.getSnapshot().add).to.deep.include({ status: 'error' });
    expect(store.getSnapshot().add.pending?.input).to.deep.include({ value: 11 });
  });

  it('gives a reading a new id after a 409: the old id holds something else', async () => {
    const { store, transport } = setUp(seedCourseIds.noContact, {
      newId: (() => {
        let n = 0;
        return () => (++n === 1 ? 'taken' : `fresh-${n}`);
      })(),
    });
    transport.progression.courses.set(seedCourseIds.noContact, { readings: [{ id: 'taken', ...input, value: 9, author: 'x' }], annotations: [] });
    await store.load();
    const failed = await store.addReading(input);
    expect(failed.kind === 'failed' && failed.error).to.be.instanceOf(ConflictError);
    expect(store.getSnapshot().add.pending?.id).to.equal('fresh-2');
    expect((await store.retryAdd()).kind).to.equal('added');
  });
});

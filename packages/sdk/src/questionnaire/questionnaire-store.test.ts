import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { createMemoryClient, MemoryTransport } from '../memory/memory-transport.js';
import type { Answers, QuestionnaireSubject } from '../schemas/questionnaire.js';
import { buildSeed, seedCourseIds, seedOffers } from '../seed/index.js';
import { visibleTargets } from './answer-targets.js';
import { defaultQuestionnaireDefinition as v1, STRATEGIC_CRITERIA_ID } from './default-definition.js';
import { QuestionnaireStore, type QuestionnaireStoreOptions } from './questionnaire-store.js';
import { defaultDefinitionV2 } from './test-definitions.js';

/** Timers the test fires by hand, so autosave pauses and retry backoff are checked without waiting. */
class ManualTimers {
  private next = 1;
  readonly pending = new Map<number, { run: () => void; ms: number }>();
  setTimeout = (run: () => void, ms: number) => {
    const id = this.next++;
    this.pending.set(id, { run, ms });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.pending.delete(id as number);
  };
  /** The delays of the timers waiting now. */
  get delays(): number[] {
    return [...this.pending.values()].map((timer) => timer.ms);
  }
  /** Fires every timer waiting now. */
  fire(): void {
    const due = [...this.pending.entries()];
    this.pending.clear();
    for (const [, timer] of due) timer.run();
  }
}

async function until(condition: () => boolean, what = 'condition'): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

const seed = buildSeed('2026-11-23');
const course: QuestionnaireSubject = { kind: 'course', id: seedCourseIds.steady };
const newCourse: QuestionnaireSubject = { kind: 'course', id: seedCourseIds.noContact };

function setUp(subject: QuestionnaireSubject = newCourse, options: Partial<QuestionnaireStoreOptions> & { transport?: MemoryTransport } = {}) {
  const transport = options.transport ?? new MemoryTransport({ seed });
  const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, retries: 0 });
  const timers = new ManualTimers();
  let keys = 0;
  const store = new QuestionnaireStore({
    client,
    definitionId: STRATEGIC_CRITERIA_ID,
    subject,
    timers,
    autosaveMs: 800,
    retryFirstMs: 1_000,
    retryMaxMs: 4_000,
    newIdempotencyKey: () => `key-for-test-${String(++keys).padStart(8, '0')}`,
    ...options,
  });
  const puts = () => transport.requests.filter((request) => request.startsWith('PUT ')).length;
  const posts = () => transport.requests.filter((request) => request.startsWith('POST ')).length;
  return { store, transport, client, timers, puts, posts };
}

function complete(subject: QuestionnaireSubject): Answers {
  const answers: Answers = {};
  for (const target of visibleTargets(v1, {}, subject)) if (target.parts.includes('rating')) answers[target.id] = { rating: 3 };
  return answers;
}

function answerAll(store: QuestionnaireStore, answers: Answers): void {
  for (const [id, answer] of Object.entries(answers)) if (answer.rating !== undefined) store.answer(id, 'rating', answer.rating);
}

describe('QuestionnaireStore: loading', () => {
  it('loads the definition, no draft, and the earlier rounds scored with their change', async () => {
    const { store } = setUp(course);
    await store.load();
    const state = store.getSnapshot();
    expect(state.status).to.equal('ready');
    expect(state.definition?.version).to.equal(1);
    expect(state.answers).to.deep.equal({});
    expect(state.rounds.map((round) => round.response.round)).to.deep.equal([1, 2]);
    expect(state.rounds[0]!.changes.every((change) => change.delta === null)).to.equal(true);
    const relations = state.rounds[1]!.changes[0]!;
    expect(relations.delta).to.be.greaterThan(0);
    expect(state.progress.total).to.be.greaterThan(0);
  });

  it('shows old rounds against their own version after a v2 is loaded, and answers the new draft on v2', async () => {
    const offer: QuestionnaireSubject = { kind: 'offer', id: seedOffers.club.id };
    const { store, client } = setUp(offer);
    await client.questionnaire.addDefinition(defaultDefinitionV2());
    await store.load();
    const state = store.getSnapshot();
    expect(state.definition?.version).to.equal(2);
    expect(state.rounds.map((round) => round.definition.version)).to.deep.equal([1, 1]);
    expect(state.rounds[1]!.scores[0]).to.include({ answered: 3, unanswered: 0 });
    expect(state.visible[0]!.items.map((item) => item.id)).to.include('relations-civil-society');
  });
});

describe('QuestionnaireStore: answering and autosave', () => {
  it('holds an answer at once and saves the draft only after the pause, creating it with If-None-Match', async () => {
    const { store, timers, puts, transport } = setUp();
    await store.load();
    store.answer('relations-non-professionals', 'rating', 2);
    store.answer('relations-non-professionals', 'reflection', 'Har fået en ven i klubben');
    let state = store.getSnapshot();
    expect(state.answers['relations-non-professionals']).to.deep.equal({ rating: 2, reflection: 'Har fået en ven i klubben' });
    expect(state.save.status).to.equal('pending');
    expect(state.hasUnsavedChanges).to.equal(true);
    expect(puts()).to.equal(0);
    // Debounced: two answers, one timer, at the pause.
    expect(timers.delays).to.deep.equal([800]);

    timers.fire();
    await until(() => store.getSnapshot().save.status === 'saved', 'saved');
    state = store.getSnapshot();
    expect(puts()).to.equal(1);
    expect(state.hasUnsavedChanges).to.equal(false);
    expect(state.save.lastSavedAt).to.be.a('string');
    const draft = await createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch }).questionnaire.getDraft(STRATEGIC_CRITERIA_ID, newCourse);
    expect(draft?.value.answers).to.deep.equal(state.answers);

    store.answer('relations-communities', 'rating', 'unknown');
    timers.fire();
    await until(() => store.getSnapshot().save.status === 'saved' && puts() === 2, 'second save');
  });

  it('keeps every answer in memory while the server cannot be reached, says unsaved, and retries with backoff', async () => {
    const { store, timers, transport } = setUp();
    await store.load();
    transport.inject({ kind: 'network' });
    store.answer('relations-non-professionals', 'rating', 1);
    timers.fire();
    await until(() => store.getSnapshot().save.status === 'unsaved', 'unsaved');
    expect(timers.delays).to.deep.equal([1_000]);

    // More answers while offline join the planned retry instead of starting saves of their own.
    store.answer('relations-communities', 'rating', 4);
    expect(store.getSnapshot().save.status).to.equal('unsaved');
    expect(timers.delays).to.deep.equal([1_000]);

    timers.fire();
    await until(() => timers.delays[0] === 2_000, 'second backoff');
    timers.fire();
    await until(() => timers.delays[0] === 4_000, 'third backoff');
    timers.fire();
    await until(() => timers.delays[0] === 4_000 && store.getSnapshot().save.status === 'unsaved', 'capped backoff');
    const state = store.getSnapshot();
    expect(state.answers).to.deep.equal({ 'relations-non-professionals': { rating: 1 }, 'relations-communities': { rating: 4 } });
    expect(state.hasUnsavedChanges).to.equal(true);

    transport.clearFaults();
    timers.fire();
    await until(() => store.getSnapshot().save.status === 'saved', 'saved when back');
    expect(store.getSnapshot().hasUnsavedChanges).to.equal(false);
    expect(timers.delays).to.deep.equal([]);
  });

  it('brings the draft back from the server after a reload', async () => {
    const { store, timers, transport } = setUp();
    await store.load();
    store.answer('focus-learning', 'nextStep', 'Snak om praktikken');
    await store.flush();
    store.dispose();
    const again = setUp(newCourse, { transport });
    await again.store.load();
    expect(again.store.getSnapshot().answers).to.deep.equal({ 'focus-learning': { nextStep: 'Snak om praktikken' } });
    expect(timers.delays).to.deep.equal([]);
  });

  it('on a conflict keeps both: their answers, and mine on top wherever I changed something', async () => {
    const { store, timers, transport } = setUp();
    await store.load();
    store.answer('relations-non-professionals', 'rating', 2);
    await store.flush();
    transport.questionnaires.changeDraft(STRATEGIC_CRITERIA_ID, newCourse, (draft) => {
      draft.answers = {
        ...draft.answers,
        'relations-non-professionals': { rating: 2, reflection: 'Deres note' },
        'focus-learning': { rating: 4 },
        'empowerment-capacity': { rating: 1 },
      };
    });
    store.answer('empowerment-capacity', 'rating', 3);
    timers.fire();
    await until(() => store.getSnapshot().save.status === 'saved', 'saved after merge');
    const expected: Answers = {
      'relations-non-professionals': { rating: 2, reflection: 'Deres note' },
      'focus-learning': { rating: 4 },
      'empowerment-capacity': { rating: 3 },
    };
    expect(store.getSnapshot().answers).to.deep.equal(expected);
    const stored = await createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch }).questionnaire.getDraft(STRATEGIC_CRITERIA_ID, newCourse);
    expect(stored?.value.answers).to.deep.equal(expected);
  });

  it('sends unsaved answers once when disposed (another course chosen), then nothing more', async () => {
    const { store, timers, puts, client } = setUp();
    await store.load();
    store.answer('focus-learning', 'rating', 2);
    store.dispose();
    expect(timers.delays).to.deep.equal([]);
    await until(() => puts() === 1, 'the last save');
    let saved: unknown;
    for (let attempt = 0; attempt < 50 && !saved; attempt++) {
      saved = (await client.questionnaire.getDraft(STRATEGIC_CRITERIA_ID, newCourse))?.value.answers['focus-learning'];
      if (!saved) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(saved).to.deep.equal({ rating: 2 });
    store.answer('focus-learning', 'rating', 3);
    await store.flush();
    expect(puts()).to.equal(1);
  });

  it('a dispose with nothing unsaved sends nothing', async () => {
    const { store, puts } = setUp();
    await store.load();
    store.dispose();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(puts()).to.equal(0);
  });
});

describe('QuestionnaireStore: submitting', () => {
  it('sends nothing while required answers are missing, and lists them; the list shrinks as they are given', async () => {
    const { store, posts } = setUp();
    await store.load();
    store.answer('relations-non-professionals', 'rating', 3);
    const outcome = await store.submit();
    expect(outcome.kind).to.equal('invalid');
    expect(posts()).to.equal(0);
    const missing = store.getSnapshot().submit.missing;
    expect(missing[0]).to.deep.equal({ criterionId: 'relations', itemId: 'relations-communities', targetId: 'relations-communities', part: 'rating' });
    expect(missing.some((entry) => entry.subItemId === 'empowerment-insight')).to.equal(true);
    store.answer('relations-communities', 'rating', 'unknown');
    expect(store.getSnapshot().submit.missing).to.have.length(missing.length - 1);
  });

  it('a double submit is one request, one round; the draft goes and the round is added', async () => {
    const { store, transport, posts } = setUp();
    await store.load();
    answerAll(store, complete(newCourse));
    const [first, second] = [store.submit(), store.submit()];
    expect(first).to.equal(second);
    const outcome = await first;
    expect(outcome.kind).to.equal('submitted');
    expect(posts()).to.equal(1);
    expect(transport.questionnaires.responses.filter((response) => response.subject.id === newCourse.id)).to.have.length(1);
    const state = store.getSnapshot();
    expect(state.submit.status).to.equal('submitted');
    expect(state.rounds.map((round) => round.response.round)).to.deep.equal([1]);
    expect(state.answers).to.deep.equal({});
    expect(state.hasUnsavedChanges).to.equal(false);
  });

  it('a submit removes only the draft it was saved as: a colleague’s newer draft keeps their answers', async () => {
    const transport = new MemoryTransport({ seed });
    const a = setUp(newCourse, { transport });
    const b = setUp(newCourse, { transport });
    await a.store.load();
    answerAll(a.store, complete(newCourse));
    await a.store.flush();
    await b.store.load();
    b.store.answer('relations-communities', 'reflection', 'Holdet har spurgt efter ham.');
    await b.store.flush();
    expect((await a.store.submit()).kind).to.equal('submitted');
    const draft = await a.client.questionnaire.getDraft(STRATEGIC_CRITERIA_ID, newCourse);
    expect(draft?.value.answers['relations-communities']?.reflection, 'B’s saved answer is still there').to.equal('Holdet har spurgt efter ham.');
    expect(b.store.getSnapshot().answers['relations-communities']?.reflection).to.equal('Holdet har spurgt efter ham.');
  });

  it('a submit from the saved draft removes it', async () => {
    const { store, client } = setUp();
    await store.load();
    answerAll(store, complete(newCourse));
    await store.flush();
    expect(await client.questionnaire.getDraft(STRATEGIC_CRITERIA_ID, newCourse)).not.to.equal(null);
    expect((await store.submit()).kind).to.equal('submitted');
    expect(await client.questionnaire.getDraft(STRATEGIC_CRITERIA_ID, newCourse)).to.equal(null);
  });

  it('retries a submit whose answer was lost with the same key, so the server makes one round', async () => {
    const transport = new MemoryTransport({ seed });
    let loseNextReply = true;
    // The request reaches the server, which stores the round, but the reply never arrives.
    const lossy: typeof fetch = async (input, init) => {
      const response = await transport.fetch(input, init);
      const method = input instanceof Request ? input.method : init?.method;
      if (loseNextReply && method === 'POST') {
        loseNextReply = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const client = createClient({ baseUrl: transport.baseUrl, fetch: lossy, retries: 0 });
    const { store } = setUp(newCourse, { transport, client });
    await store.load();
    answerAll(store, complete(newCourse));
    const failed = await store.submit();
    expect(failed.kind).to.equal('failed');
    expect(store.getSnapshot().submit.status).to.equal('error');
    expect(store.getSnapshot().answers).to.not.deep.equal({});
    const retried = await store.submit();
    expect(retried.kind === 'submitted' && retried.created).to.equal(false);
    expect(transport.questionnaires.responses.filter((response) => response.subject.id === newCourse.id)).to.have.length(1);
  });

  it('uses a new key when the answers changed after a failed submit, and keeps it for unchanged ones', async () => {
    const sent: string[] = [];
    const transport = new MemoryTransport({ seed });
    const spying: typeof fetch = async (input, init) => {
      if (input instanceof Request && input.method === 'POST') sent.push(input.headers.get('idempotency-key') ?? '');
      return transport.fetch(input, init);
    };
    const client = createClient({ baseUrl: transport.baseUrl, fetch: spying, retries: 0 });
    const { store } = setUp(newCourse, { transport, client, newIdempotencyKey: () => `changed-answers-${String(sent.length + 1).padStart(4, '0')}` });
    await store.load();
    answerAll(store, complete(newCourse));
    transport.inject({ kind: 'network' }, { method: 'POST', times: 2 });
    expect((await store.submit()).kind).to.equal('failed');
    store.answer('focus-learning', 'rating', 1);
    expect((await store.submit()).kind).to.equal('failed');
    expect((await store.submit()).kind).to.equal('submitted');
    expect(sent).to.deep.equal(['changed-answers-0001', 'changed-answers-0002', 'changed-answers-0002']);
  });

  it('never writes answers to localStorage or sessionStorage', async () => {
    const writes: string[] = [];
    // Put back as it was after the test: the prototype's own function, never called unbound here.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string) {
      writes.push(key);
    };
    try {
      const { store, timers, transport } = setUp();
      await store.load();
      transport.inject({ kind: 'network' }, { times: 1 });
      answerAll(store, complete(newCourse));
      timers.fire();
      await until(() => store.getSnapshot().save.status === 'unsaved', 'unsaved');
      timers.fire();
      await until(() => store.getSnapshot().save.status === 'saved', 'saved');
      await store.submit();
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(writes).to.deep.equal([]);
  });
});

describe('memory transport: questionnaire routes', () => {
  it('serves the roll-up of the seeded offers', async () => {
    const { client } = createMemoryClient({ seed, retries: 0 });
    const rollUp = await client.questionnaire.rollUp(STRATEGIC_CRITERIA_ID);
    expect(rollUp.rows.map((row) => row.offer.id).sort()).to.deep.equal(
      [seedOffers.club.id, seedOffers.fgu.id, seedOffers.jobMentor.id, seedOffers.psychologist.id].sort(),
    );
    expect(rollUp.rows.every((row) => row.criteria.length === 3)).to.equal(true);
  });
});

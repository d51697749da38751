import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { MemoryTransport, createMemoryClient } from '../memory/memory-transport.js';
import type { PlanNote } from '../schemas/plan.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { PlanNotLoadedError, PlanStore, type PlanState } from './plan-store.js';
import { mergePlanUpdates, PlanEditOverlapError, PlanEditTargetGoneError, toPlanUpdate, withEffortStatus, withNote } from './plan-edits.js';
import { planDifferences, planTimeline } from './plan-view.js';

const now = () => new Date('2026-11-23T09:00:00Z');
const seed = buildSeed('2026-11-23');
const { steady, contactAway, manyHandovers, noContact } = seedCourseIds;
const note: PlanNote = {
  id: 'n-new1',
  kind: 'success',
  date: '2026-11-23',
  text: 'Mødte op hele ugen.',
  author: { role: 'professional', name: 'Jonas Kragh' },
};

function storeFor(courseId: string, options: Parameters<typeof createMemoryClient>[0] = {}) {
  const { client, transport } = createMemoryClient({ seed, retries: 0, ...options });
  const store = new PlanStore({ client, courseId, now });
  const states: PlanState['status'][] = [];
  store.subscribe((state) => states.push(state.status));
  return { store, transport, client, states };
}

const puts = (transport: MemoryTransport) => transport.requests.filter((request) => request.startsWith('PUT'));

describe('plan edits as pure functions', () => {
  const plan = seed.plans[steady]!;

  it('toPlanUpdate keeps the editable parts and drops the server stamps', () => {
    const update = toPlanUpdate(plan);
    expect(update.efforts.map((effort) => effort.id)).to.deep.equal(['e-s1', 'e-s2', 'e-s3']);
    expect(update.efforts[0]).not.to.have.property('changedAt');
    expect(update.lifeGoal).to.deep.equal({ text: plan.lifeGoal.text, dreams: plan.lifeGoal.dreams, path: plan.lifeGoal.path });
  });

  it('withEffortStatus changes one effort, withNote adds a note first', () => {
    expect(withEffortStatus(plan, 'e-s2', 'paused').efforts.map((effort) => effort.status)).to.deep.equal(['active', 'paused', 'active']);
    expect(() => withEffortStatus(plan, 'e-gone', 'paused')).to.throw('no longer in the plan');
    expect(withNote(plan, note).notes.map((n) => n.id)).to.deep.equal(['n-new1', 'n-s1', 'n-s2']);
  });

  it('mergePlanUpdates keeps my changes and theirs', () => {
    const base = toPlanUpdate(plan);
    const mine = withEffortStatus(plan, 'e-s1', 'completed');
    const theirs = {
      ...withNote(plan, note),
      efforts: base.efforts.map((effort) => (effort.id === 'e-s2' ? { ...effort, status: 'paused' as const } : effort)),
    };
    const merged = mergePlanUpdates(base, mine, theirs);
    expect(merged.efforts.map((effort) => effort.status)).to.deep.equal(['completed', 'paused', 'active']);
    expect(merged.notes.map((n) => n.id)).to.include('n-new1');
  });

  it('mergePlanUpdates refuses to undo the other person: the same effort changed by both, or one they removed', () => {
    const base = toPlanUpdate(plan);
    const mine = withEffortStatus(plan, 'e-s1', 'completed');
    const theirNextAction = { ...base, efforts: base.efforts.map((effort) => (effort.id === 'e-s1' ? { ...effort, nextAction: null } : effort)) };
    expect(() => mergePlanUpdates(base, mine, theirNextAction)).to.throw(PlanEditOverlapError);
    const theyRemovedIt = { ...base, efforts: base.efforts.filter((effort) => effort.id !== 'e-s1') };
    expect(() => mergePlanUpdates(base, mine, theyRemovedIt)).to.throw(PlanEditTargetGoneError);
    const sameAsMine = withEffortStatus(plan, 'e-s1', 'completed');
    expect(mergePlanUpdates(base, mine, sameAsMine).efforts[0]!.status, 'the same change twice is no conflict').to.equal('completed');
    const bothLifeGoals = (text: string) => ({ ...base, lifeGoal: { ...base.lifeGoal, text } });
    expect(() => mergePlanUpdates(base, bothLifeGoals('Tømrer'), bothLifeGoals('Maler'))).to.throw(PlanEditOverlapError);
  });

  it('planDifferences names what the other person changed', () => {
    const after = structuredClone(plan);
    after.efforts[0]!.status = 'paused';
    after.notes.unshift(note);
    after.youthComment = null;
    const differences = planDifferences(plan, after);
    expect(differences).to.deep.include({ lifeGoal: false, comment: true, goals: [] });
    expect(differences.efforts).to.deep.equal([{ id: 'e-s1', action: 'changed' }]);
    expect(differences.notes).to.deep.equal([{ id: 'n-new1', action: 'added' }]);
  });

  it('planTimeline places bars by date in a window around today, grouped by unit', () => {
    const timeline = planTimeline(plan.efforts, '2026-11-23');
    expect(timeline.units.map((unit) => unit.unit.id)).to.deep.equal(['u-ungeindsats', 'u-fif', 'u-jobcenter']);
    expect(timeline.today).to.be.closeTo(0.5, 0.01);
    const internship = timeline.units[2]!.bars[0]!;
    expect(internship.from).to.be.lessThan(timeline.today);
    expect(internship.to).to.be.greaterThan(timeline.today);
    expect(internship.endsAfter).to.equal(false);
    const mentor = timeline.units[0]!.bars[0]!;
    expect(mentor.startsBefore).to.equal(true);
    expect(mentor.endsAfter).to.equal(true);
    expect(mentor.from).to.equal(0);
    expect(mentor.to).to.equal(1);
  });
});

describe('PlanStore', () => {
  it('goes loading → ready and derives facts and the view', async () => {
    const { store, states } = storeFor(manyHandovers);
    await store.load();
    expect(states).to.deep.equal(['loading', 'ready']);
    const state = store.getSnapshot();
    expect(state.etag).to.equal('"1"');
    expect(state.view?.warnings.map((warning) => warning.kind)).to.include.members(['overdue', 'doubleOffer', 'followUpWaiting']);
    expect(state.view?.nextActions.map((next) => [next.action.text, next.daysOverdue])).to.deep.equal([
      ['Finde praktiksteder', 2],
      ['Følge Freja til hundeklubben', 0],
    ]);
    store.dispose();
  });

  it('is empty when the course has no plan yet', async () => {
    const withoutPlan = buildSeed('2026-11-23');
    delete withoutPlan.plans[noContact];
    const { store } = storeFor(noContact, { seed: withoutPlan });
    await store.load();
    expect(store.getSnapshot()).to.include({ status: 'empty', plan: null, view: null });
  });

  it('keeps the error and recovers on retry', async () => {
    const { store, transport } = storeFor(steady);
    transport.inject({ kind: 'status', status: 500 }, { times: 1 });
    await store.load();
    expect(store.getSnapshot().status).to.equal('error');
    expect((store.getSnapshot().error as { status?: number }).status).to.equal(500);
    await store.load();
    expect(store.getSnapshot()).to.include({ status: 'ready', error: null });
    store.dispose();
  });

  it('saves an effort status with If-Match and takes the new version with its revision', async () => {
    const { store, transport } = storeFor(steady);
    await store.load();
    await store.setEffortStatus('e-s1', 'paused');
    const state = store.getSnapshot();
    expect(state.save).to.deep.equal({ status: 'saved', drafts: [], error: null });
    expect(state.plan?.efforts[0]?.status).to.equal('paused');
    expect(state.plan?.revisions[0]?.changes).to.deep.equal([{ target: 'effort', targetId: 'e-s1', action: 'changed' }]);
    expect(state.etag).to.equal('"2"');
    expect(puts(transport)).to.deep.equal(['PUT /api/v1/courses/c-4f2a91/plan']);
    store.dispose();
  });

  it('adds a note, saves a whole update, and saves the comment', async () => {
    const { store } = storeFor(steady);
    await store.load();
    await store.addNote(note);
    expect(store.getSnapshot().plan?.notes[0]?.id).to.equal('n-new1');
    expect(store.getSnapshot().view?.notes[0]?.id).to.equal('n-new1');
    const plan = store.getSnapshot().plan!;
    await store.save({ ...toPlanUpdate(plan), lifeGoal: { ...toPlanUpdate(plan).lifeGoal, text: 'Jeg vil være snedker.' } });
    expect(store.getSnapshot().plan?.lifeGoal.text).to.equal('Jeg vil være snedker.');
    await store.saveComment('Jeg er glad for praktikken.');
    expect(store.getSnapshot().plan?.youthComment?.text).to.equal('Jeg er glad for praktikken.');
    expect(store.getSnapshot().plan?.revisions[0]?.by.role).to.equal('youth');
    expect(store.getSnapshot().etag).to.equal('"4"');
    store.dispose();
  });

  it('on conflict keeps the draft, adopts theirs, says what they changed, and reapply saves on top', async () => {
    const { store, transport, client } = storeFor(steady);
    await store.load();
    transport.changePlan(steady, (plan) => {
      plan.efforts[1]!.status = 'paused';
    });
    await store.setEffortStatus('e-s1', 'completed');
    let state = store.getSnapshot();
    expect(state.save.status).to.equal('conflict');
    expect(state.save.drafts).to.deep.equal([{ kind: 'effortStatus', effortId: 'e-s1', status: 'completed' }]);
    expect(state.theirs?.efforts[1]?.status).to.equal('paused');
    expect(state.plan?.efforts[1]?.status).to.equal('paused');
    expect(state.etag).to.equal('"2"');
    expect(state.theirChanges?.efforts).to.deep.equal([{ id: 'e-s2', action: 'changed' }]);
    await store.reapply();
    state = store.getSnapshot();
    expect(state.save).to.deep.equal({ status: 'saved', drafts: [], error: null });
    expect(state.theirs).to.equal(null);
    const stored = (await client.plan.get(steady))!.value;
    expect(stored.efforts.map((effort) => effort.status)).to.deep.equal(['completed', 'paused', 'active']);
    store.dispose();
  });

  it('an effort both people edited: the draft stays, and reapply saves the user’s version over theirs', async () => {
    const { store, transport, client } = storeFor(steady);
    await store.load();
    const before = toPlanUpdate(store.getSnapshot().plan!).efforts[0]!;
    transport.changePlan(steady, (plan) => {
      plan.efforts[0]!.how = 'Deres måde';
    });
    const mine = { ...before, how: 'Min måde', end: '2027-03-01' };
    await store.edit({ kind: 'effort', effort: mine, base: before });
    expect(store.getSnapshot().save.status).to.equal('conflict');
    expect(store.getSnapshot().theirChanges?.efforts).to.deep.equal([{ id: 'e-s1', action: 'changed' }]);
    await store.reapply();
    expect(store.getSnapshot().save.status).to.equal('saved');
    const stored = (await client.plan.get(steady))!.value.efforts[0]!;
    expect(stored).to.deep.include({ how: 'Min måde', end: '2027-03-01' });
    store.dispose();
  });

  it('an added effort or goal that already landed is not added twice when re-applied', async () => {
    const { store, transport, client } = storeFor(steady);
    await store.load();
    const goal = { id: 'g-new1', kind: 'community' as const, text: 'Gå til klub', status: 'open' as const };
    // The write lands, and its answer is lost on the way back.
    transport.changePlan(steady, (plan) => {
      plan.goals.push({ ...goal, changedAt: '2026-11-23T09:00:00Z' });
    });
    transport.inject({ kind: 'cutBody' }, { method: 'PUT', times: 1 });
    await store.edit({ kind: 'goal', goal, base: null });
    expect(store.getSnapshot().save.status).to.equal('error');
    await store.reapply();
    // The 412's version already holds the goal: saved, not shown as someone else's change.
    expect(store.getSnapshot().save.status).to.equal('saved');
    expect(store.getSnapshot().theirChanges).to.equal(null);
    const goals = (await client.plan.get(steady))!.value.goals.filter((candidate) => candidate.id === 'g-new1');
    expect(goals).to.have.length(1);
    store.dispose();
  });

  it('withdraw drops an unsaved draft so a newer version of the same form is sent alone', async () => {
    const { store, transport } = storeFor(steady);
    await store.load();
    transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
    await store.addNote(note);
    const [failed] = store.getSnapshot().save.drafts;
    store.withdraw(failed!);
    expect(store.getSnapshot().save).to.deep.equal({ status: 'idle', drafts: [], error: null });
    await store.addNote({ ...note, text: 'Rettet tekst.' });
    expect(
      store
        .getSnapshot()
        .plan?.notes.filter((n) => n.id === note.id)
        .map((n) => n.text),
    ).to.deep.equal(['Rettet tekst.']);
    expect(puts(transport)).to.have.length(2);
    store.dispose();
  });

  it('keeps a comment through a conflict and can discard it', async () => {
    const { store, transport } = storeFor(manyHandovers);
    await store.load();
    transport.changePlan(manyHandovers, (plan) => {
      plan.youthComment = { text: 'Fra telefonen.', changedAt: '2026-11-23T08:00:00Z' };
    });
    await store.saveComment('Fra computeren.');
    expect(store.getSnapshot().save.drafts).to.deep.equal([{ kind: 'comment', text: 'Fra computeren.' }]);
    expect(store.getSnapshot().theirChanges?.comment).to.equal(true);
    store.discardDraft();
    expect(store.getSnapshot().save).to.deep.equal({ status: 'idle', drafts: [], error: null });
    expect(store.getSnapshot().plan?.youthComment?.text).to.equal('Fra telefonen.');
  });

  it('keeps the draft when saving fails or times out, and reapply saves it', async () => {
    const { store, transport } = storeFor(steady, { timeoutMs: 50 });
    await store.load();
    transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
    await store.addNote(note);
    expect(store.getSnapshot().save).to.include({ status: 'error' });
    expect(store.getSnapshot().save.drafts).to.deep.equal([{ kind: 'note', note }]);
    transport.inject({ kind: 'hang' }, { method: 'PUT', times: 1 });
    await store.reapply();
    expect((store.getSnapshot().save.error as { kind?: string }).kind).to.equal('timeout');
    expect(store.getSnapshot().save.drafts).to.have.length(1);
    await store.reapply();
    expect(store.getSnapshot().save.status).to.equal('saved');
    expect(store.getSnapshot().plan?.notes[0]?.text).to.equal(note.text);
    store.dispose();
  });

  it('a retry that meets its own landed save is saved, not a conflict; a different change still is one', async () => {
    const { store, transport, client } = storeFor(steady);
    await store.load();
    // Another session holding the same version saves exactly this note first, as if our own
    // earlier attempt had landed and only its answer had been lost.
    const other = new PlanStore({ client, courseId: steady, now });
    await other.load();
    await other.addNote(note);
    await store.addNote(note);
    expect(store.getSnapshot().save).to.include({ status: 'saved', error: null });
    expect(store.getSnapshot().save.drafts).to.deep.equal([]);
    expect(store.getSnapshot().theirs).to.equal(null);
    expect(store.getSnapshot().plan?.notes.filter((candidate) => candidate.id === note.id)).to.have.length(1);
    expect(puts(transport)).to.have.length(2);

    await other.addNote({ ...note, id: 'n-other', text: 'Noget andet.' });
    await store.addNote({ ...note, id: 'n-mine', text: 'Mit.' });
    expect(store.getSnapshot().save.status).to.equal('conflict');
    other.dispose();
    store.dispose();
  });

  it('runs saves one after another, each on the version the previous returned', async () => {
    const { store, transport } = storeFor(steady);
    await store.load();
    transport.inject({ kind: 'delay', ms: 30 }, { method: 'PUT', times: 1 });
    await Promise.all([store.setEffortStatus('e-s1', 'paused'), store.addNote(note)]);
    const state = store.getSnapshot();
    expect(state.save.status).to.equal('saved');
    expect(state.plan?.efforts[0]?.status).to.equal('paused');
    expect(state.plan?.notes[0]?.id).to.equal('n-new1');
    expect(state.etag).to.equal('"3"');
  });

  it('does not let an edit queued before a conflict go through unseen', async () => {
    const { store, transport } = storeFor(steady);
    await store.load();
    transport.changePlan(steady, (plan) => {
      plan.efforts[0]!.status = 'stopped';
    });
    await Promise.all([store.setEffortStatus('e-s1', 'paused'), store.addNote(note)]);
    expect(store.getSnapshot().save.status).to.equal('conflict');
    expect(store.getSnapshot().save.drafts.map((draft) => draft.kind)).to.deep.equal(['effortStatus', 'note']);
    expect(puts(transport)).to.have.length(1);
    await store.reapply();
    expect(store.getSnapshot().save.status).to.equal('saved');
    expect(store.getSnapshot().plan?.efforts[0]?.status).to.equal('paused');
    expect(store.getSnapshot().plan?.notes[0]?.id).to.equal('n-new1');
  });

  it('reports an edit whose effort was removed meanwhile as an error, keeping the draft', async () => {
    const { store, transport } = storeFor(steady);
    await store.load();
    transport.changePlan(steady, (plan) => {
      plan.efforts.shift();
    });
    await store.setEffortStatus('e-s1', 'paused');
    expect(store.getSnapshot().theirChanges?.efforts).to.deep.equal([{ id: 'e-s1', action: 'removed' }]);
    await store.reapply();
    expect(store.getSnapshot().save.status).to.equal('error');
    expect(store.getSnapshot().save.drafts).to.have.length(1);
  });

  it('reports a save before anything is loaded as an error, keeping the draft', async () => {
    const { store } = storeFor(steady);
    await store.saveComment('Hej');
    expect(store.getSnapshot().save.status).to.equal('error');
    expect(store.getSnapshot().save.error).to.be.instanceOf(PlanNotLoadedError);
    expect(store.getSnapshot().save.drafts).to.deep.equal([{ kind: 'comment', text: 'Hej' }]);
  });

  it('asks the server for the winning version when a conflict does not carry it', async () => {
    const { store, transport } = storeFor(steady);
    await store.load();
    transport.changePlan(steady, (plan) => {
      plan.lifeGoal.text = 'Jeg vil være snedker.';
    });
    transport.inject({ kind: 'status', status: 412 }, { method: 'PUT', times: 1 });
    await store.setEffortStatus('e-s1', 'paused');
    expect(store.getSnapshot().save.status).to.equal('conflict');
    expect(store.getSnapshot().theirChanges?.lifeGoal).to.equal(true);
    await store.reapply();
    expect(store.getSnapshot().plan?.lifeGoal.text).to.equal('Jeg vil være snedker.');
    expect(store.getSnapshot().plan?.efforts[0]?.status).to.equal('paused');
  });
});

describe('PlanStore under races and disposal', () => {
  it('keeps the newer answer when an older load resolves last', async () => {
    const transport = new MemoryTransport({ seed });
    let late = true;
    const client = createClient({
      baseUrl: transport.baseUrl,
      retries: 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await transport.fetch(request);
        if (request.method === 'GET' && late) {
          late = false;
          await new Promise((resolve) => setTimeout(resolve, 60));
        }
        return response;
      },
    });
    const store = new PlanStore({ client, courseId: steady, now });
    const first = store.load();
    await new Promise((resolve) => setTimeout(resolve, 10));
    transport.changePlan(steady, (plan) => {
      plan.lifeGoal.text = 'Nyere';
    });
    await Promise.all([first, store.load()]);
    expect(store.getSnapshot().plan?.lifeGoal.text).to.equal('Nyere');
    expect(store.getSnapshot().etag).to.equal('"2"');
    store.dispose();
  });

  it('sends nothing after dispose, not even a queued save', async () => {
    const { store, transport } = storeFor(steady);
    await store.load();
    transport.inject({ kind: 'delay', ms: 50 }, { method: 'PUT' });
    const saves = Promise.all([store.setEffortStatus('e-s1', 'paused'), store.addNote(note)]);
    while (puts(transport).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    store.dispose();
    await saves;
    expect(puts(transport)).to.have.length(1);
    expect(store.getSnapshot().save.status).to.equal('saving');
  });

  it('re-derives overdue actions on its clock, without a request', async () => {
    let instant = new Date('2026-12-01T09:00:00Z');
    const { client, transport } = createMemoryClient({ seed, retries: 0 });
    const store = new PlanStore({ client, courseId: contactAway, now: () => instant, refreshFactsEveryMs: 20 });
    await store.load();
    const overdue = () => store.getSnapshot().facts?.overdueActions.map((item) => item.action.text);
    expect(overdue()).to.deep.equal(['Tilmelding til afgangsprøve']);
    instant = new Date('2026-12-10T09:00:00Z'); // "Statusmøde med forældre" was due 3 December
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(overdue()).to.deep.equal(['Tilmelding til afgangsprøve', 'Statusmøde med forældre']);
    expect(transport.requests).to.have.length(1);
    store.dispose();
  });
});

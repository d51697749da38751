import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { MemoryTransport } from '../memory/memory-transport.js';
import { PlanStore } from '../plan/plan-store.js';
import { buildSeed, seedCourseIds, seedUserIds } from '../seed/index.js';
import type { ProposalInput } from '../schemas/needs-bank.js';
import { CourseNeedsStore } from './course-needs-store.js';
import { ageBandOf, applyDecision, sharedNeedOf } from './needs-bank-rules.js';
import { OpenNeedsStore } from './open-needs-store.js';

const seed = buildSeed('2026-11-23');
const steady = seedCourseIds.steady;
const amalie = seed.courses.find((course) => course.id === steady)!.citizen.id;

function signedIn(transport: MemoryTransport, subject: string) {
  return createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => subject });
}

const proposal: ProposalInput = {
  id: 'p-test1',
  offer: { id: 'o-motion', name: 'Motion i små hold', kind: 'exerciseGroup' },
  unit: { id: 'u-sundhed', name: 'Ungesundhed, Fjordby Kommune' },
  person: 'Lars, fysioterapeut',
  how: 'Træning to gange om ugen i et lille hold',
  when: 'Mandage og torsdage kl. 15',
};

describe('the needs bank', () => {
  it('shares a need, shows it to another team without the course, takes a proposal, and accepts it into the plan', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const jonas = signedIn(transport, seedUserIds.teamNord);
    const peter = signedIn(transport, seedUserIds.teamSyd);

    const shared = await jonas.needs.share(steady, {
      id: 'n-test1',
      goalId: 'g-s2',
      text: 'Jeg vil gerne træne sammen med andre.',
      agreedOn: '2026-11-20',
      status: 'open',
    });
    expect(shared).to.include({ goalKind: 'community', version: 1, sharedBy: 'Jonas Kragh' });

    const bank = await peter.needs.listOpen();
    const seen = bank.needs.find((need) => need.id === 'n-test1')!;
    expect(seen).to.deep.equal({ id: 'n-test1', goalKind: 'community', text: shared.text, ageBand: '18-24', sharedAt: shared.sharedAt, myProposals: [] });
    expect(JSON.stringify(bank), 'no course, no name').not.to.contain(steady).and.not.to.contain('Amalie');
    expect(
      (await jonas.needs.listOpen()).needs.map((need) => need.id),
      "his own team's needs are not in his bank",
    ).not.to.include('n-test1');

    const answered = await peter.needs.propose('n-test1', proposal);
    expect(answered.myProposals.map((mine) => mine.id)).to.deep.equal(['p-test1']);
    expect((await peter.needs.propose('n-test1', proposal)).myProposals, 'a retry adds nothing').to.have.length(1);

    const decided = await jonas.needs.decide(steady, 'n-test1', 'p-test1', { outcome: 'accepted', effortId: 'e-test1', start: '2026-12-01' });
    expect(decided.status, 'met, so out of the bank').to.equal('closed');
    expect(decided.proposals[0]).to.include({ status: 'accepted' });
    const plan = (await jonas.plan.get(steady))!.value;
    expect(plan.efforts.find((effort) => effort.id === 'e-test1'))
      .to.include({ status: 'planned', start: '2026-12-01' })
      .and.to.deep.include({ goalIds: ['g-s2'] });
    expect(plan.revisions[0]!.by.name).to.equal('Jonas Kragh');
  });

  it('keeps the reason a proposal was declined from the young person, and refuses the bank to everyone but professionals', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const jonas = signedIn(transport, seedUserIds.teamNord);
    const declined = await jonas.needs.decide(steady, 'n-s1', 'p-s1a', { outcome: 'declined', reason: 'Hun har allerede en mentor om morgenen' });
    expect(declined.proposals[0]!.decision!.reason).to.equal('Hun har allerede en mentor om morgenen');
    const own = await signedIn(transport, amalie).needs.listForCourse(steady);
    expect(own.needs[0]!.proposals[0]!.decision).to.include({ outcome: 'declined' }).and.not.to.have.property('reason');
    for (const subject of [amalie, seedUserIds.leader, seedUserIds.administrator, seedUserIds.offerAdministrator]) {
      const refused = await signedIn(transport, subject)
        .needs.listOpen()
        .catch((error: unknown) => error);
      expect(refused, subject).to.have.property('status', 403);
    }
  });

  it('refuses a second, different decision and a proposal for a closed need', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const jonas = signedIn(transport, seedUserIds.teamNord);
    await jonas.needs.decide(steady, 'n-s1', 'p-s1a', { outcome: 'declined', reason: 'Ikke nu' });
    expect(await jonas.needs.decide(steady, 'n-s1', 'p-s1a', { outcome: 'declined', reason: 'Ikke nu' }), 'the same again').to.have.property('id', 'n-s1');
    const other = await jonas.needs
      .decide(steady, 'n-s1', 'p-s1a', { outcome: 'accepted', effortId: 'e-x', start: '2026-12-01' })
      .catch((error: unknown) => error);
    expect(other).to.have.property('status', 409);
    expect(other).to.have.nested.property('current.id', 'n-s1');
    const need = (await jonas.needs.listForCourse(steady)).needs[0]!;
    await jonas.needs.share(
      steady,
      { id: need.id, goalId: need.goalId, text: need.text, agreedOn: need.agreedOn, status: 'closed' },
      { basedOn: need.version },
    );
    const late = await signedIn(transport, seedUserIds.teamSyd)
      .needs.propose('n-s1', { ...proposal, id: 'p-late' })
      .catch((error: unknown) => error);
    expect(late).to.have.property('status', 409);
  });

  it('takes nothing more into the plan from a closed need, and keeps a need whose goal left the plan closable', () => {
    const need = seed.needs[steady]![0]!;
    const context = { at: '2026-11-23T10:00:00+01:00', by: 'Jonas Kragh' };
    const closed = { ...need, status: 'closed' as const };
    expect(applyDecision(closed, 'p-s1a', { outcome: 'accepted', effortId: 'e-1', start: '2026-12-07' }, context).kind).to.equal('needClosed');
    expect(applyDecision(closed, 'p-s1a', { outcome: 'declined', reason: 'Nej' }, context).kind, 'declining still works').to.equal('decided');
    const plan = { ...seed.plans[steady]!, goals: seed.plans[steady]!.goals.filter((goal) => goal.id !== need.goalId) };
    const input = { id: need.id, goalId: need.goalId, text: need.text, agreedOn: need.agreedOn, status: 'closed' as const };
    const today = '2026-11-23';
    expect(sharedNeedOf(input, plan, need, { ...context, today })).to.include({ status: 'closed', goalKind: need.goalKind });
    expect(sharedNeedOf({ ...input, id: 'n-new' }, plan, null, { ...context, today })).to.deep.equal([{ path: 'goalId', code: 'unknown_goal' }]);
    expect(sharedNeedOf({ ...input, text: 'Ring på 0102031234' }, seed.plans[steady]!, need, { ...context, today })).to.deep.equal([
      { path: 'text', code: 'cpr_number' },
    ]);
  });

  it('tells the age band from the birth date, and applies a decision once', () => {
    expect(ageBandOf('2009-11-24', '2026-11-23')).to.equal('13-17');
    expect(ageBandOf('2008-11-23', '2026-11-23')).to.equal('18-24');
    expect(ageBandOf('2001-11-24', '2026-11-23')).to.equal('18-24');
    expect(ageBandOf('2001-11-23', '2026-11-23')).to.equal('25-29');
    const need = seed.needs[steady]![0]!;
    const context = { at: '2026-11-23T10:00:00+01:00', by: 'Jonas Kragh' };
    const accepted = applyDecision(need, 'p-s1a', { outcome: 'accepted', effortId: 'e-1', start: '2026-12-07' }, context);
    expect(accepted.kind).to.equal('decided');
    if (accepted.kind !== 'decided') return;
    expect(accepted.effort).to.include({ id: 'e-1', status: 'planned', start: '2026-12-07' });
    expect(accepted.need).to.include({ status: 'closed', version: need.version + 1 });
    expect(applyDecision(accepted.need, 'p-s1a', { outcome: 'accepted', effortId: 'e-1', start: '2026-12-07' }, context).kind).to.equal('repeated');
    expect(applyDecision(accepted.need, 'p-s1a', { outcome: 'declined', reason: 'Nej' }, context).kind).to.equal('alreadyDecided');
    expect(applyDecision(need, 'p-none', { outcome: 'declined', reason: 'Nej' }, context).kind).to.equal('unknownProposal');
  });
});

describe('CourseNeedsStore and OpenNeedsStore', () => {
  it('accepting a proposal makes the plan on the page load again, with the new effort', async () => {
    const transport = new MemoryTransport({ seed });
    const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch });
    const planStore = new PlanStore({ client, courseId: steady });
    const needsStore = new CourseNeedsStore({ client, courseId: steady, withPlan: true });
    await Promise.all([planStore.load(), needsStore.load()]);
    expect(
      transport.requests.filter((request) => request.endsWith('/plan')),
      'one read of the plan for both',
    ).to.have.length(1);
    const { needs, goals } = needsStore.getSnapshot();
    expect(goals.map((goal) => goal.id)).to.deep.equal(['g-s1', 'g-s2', 'g-s3']);
    const need = needs[0]!;
    expect(await needsStore.decide(need, need.proposals[0]!, { outcome: 'accepted', effortId: 'e-store1', start: '2026-12-07' })).to.equal(true);
    expect(needsStore.getSnapshot().write).to.deep.include({ status: 'saved' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await planStore.load();
    expect(planStore.getSnapshot().plan!.efforts.map((effort) => effort.id)).to.include('e-store1');
    planStore.dispose();
    needsStore.dispose();
  });

  it('follows the plan on the page: a goal added there can be shared for at once, without a request', async () => {
    const transport = new MemoryTransport({ seed });
    const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch });
    const planStore = new PlanStore({ client, courseId: steady });
    const needsStore = new CourseNeedsStore({ client, courseId: steady, withPlan: true });
    await Promise.all([planStore.load(), needsStore.load()]);
    const before = transport.requests.length;
    await planStore.edit({ kind: 'goal', goal: { id: 'g-new', kind: 'health', text: 'Sove bedre', status: 'open' }, base: null });
    expect(needsStore.getSnapshot().goals.map((goal) => goal.id)).to.include('g-new');
    expect(transport.requests.slice(before), 'only the plan write').to.deep.equal([`PUT /api/v1/courses/${steady}/plan`]);
    planStore.dispose();
    needsStore.dispose();
  });

  it('a share that landed before its answer was lost counts as saved; a stale change shows the need as it is now', async () => {
    const transport = new MemoryTransport({ seed });
    const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch });
    const store = new CourseNeedsStore({ client, courseId: steady, withPlan: true });
    await store.load();
    const draft = { id: 'n-twice', goalId: 'g-s2', text: 'Jeg vil gerne spille fodbold igen.', agreedOn: '2026-11-20' };
    await client.needs.share(steady, { ...draft, status: 'open' });
    expect(await store.share(draft), 'the first try landed').to.equal(true);
    const need = store.getSnapshot().needs.find((candidate) => candidate.id === 'n-twice')!;
    await client.needs.share(steady, { ...draft, text: 'Ændret af en kollega', status: 'open' }, { basedOn: need.version });
    expect(await store.change(need, { status: 'closed' })).to.equal(false);
    const { write, needs } = store.getSnapshot();
    expect(write.status).to.equal('conflict');
    expect(needs.find((candidate) => candidate.id === 'n-twice')!.text, "the colleague's words, shown").to.equal('Ændret af en kollega');
    store.dispose();
  });

  it('OpenNeedsStore proposes, and says when the need was closed meanwhile', async () => {
    const transport = new MemoryTransport({ seed });
    const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch });
    const store = new OpenNeedsStore({ client });
    await store.load();
    expect(store.getSnapshot().offers.every((offer) => offer.status === 'active')).to.equal(true);
    expect(await store.propose('n-h1', proposal)).to.equal(true);
    expect(store.getSnapshot().needs.find((need) => need.id === 'n-h1')!.myProposals).to.have.length(1);
    const [need] = (await client.needs.listForCourse(seedCourseIds.manyHandovers)).needs;
    await client.needs.share(
      seedCourseIds.manyHandovers,
      { id: need!.id, goalId: need!.goalId, text: need!.text, agreedOn: need!.agreedOn, status: 'closed' },
      { basedOn: need!.version },
    );
    expect(await store.propose('n-h1', { ...proposal, id: 'p-after' })).to.equal(false);
    const { write } = store.getSnapshot();
    expect(write.status).to.equal('conflict');
    expect(write.error).to.have.nested.property('problem.type', 'urn:ungeforlob:problem:need-closed');
    expect(
      store.getSnapshot().needs.map((open) => open.id),
      'still shown, beside what was typed, until the next load',
    ).to.include('n-h1');
    store.dispose();
  });
});

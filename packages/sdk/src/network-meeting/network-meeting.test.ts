import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { isConflictError, isHttpError } from '../errors/type-guards.js';
import { MemoryTransport } from '../memory/memory-transport.js';
import { derivePlanFacts } from '../plan/plan-facts.js';
import type { MeetingInput, NetworkMeeting } from '../schemas/network-meeting.js';
import { buildSeed, seedCourseIds, seedUserIds } from '../seed/index.js';
import { danishDateTime } from '../time/calendar.js';
import { decisionPlanEdit, meetingAgenda, meetingOf, previousMeeting } from './meeting-rules.js';
import { MeetingsStore } from './meetings-store.js';
import { applyMeetingEdit, nextMeeting } from './meeting-edits.js';
import { PlanStore } from '../plan/plan-store.js';
import type { MeetingDecision } from '../schemas/network-meeting.js';

const today = '2026-11-23';
const seed = buildSeed(today);
const { manyHandovers } = seedCourseIds;
const citizen = seed.courses.find((course) => course.id === manyHandovers)!.citizen.id;
const meetings = seed.meetings[manyHandovers]!;

function signedIn(transport: MemoryTransport, subject: string) {
  return createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => subject });
}

function inputOf(meeting: NetworkMeeting): MeetingInput {
  const { courseId: _c, version: _v, changedAt: _a, changedBy: _b, ...input } = meeting;
  return input;
}

describe('network meeting rules', () => {
  it('opens the next meeting with the young person’s points, the last meeting’s decisions and what the plan warns of', () => {
    const planned = meetings.find((meeting) => meeting.status === 'planned')!;
    const previous = previousMeeting(meetings, planned);
    expect(previous?.id).to.equal('m-h2');
    const plan = seed.plans[manyHandovers]!;
    const agenda = meetingAgenda(planned, previous, plan, derivePlanFacts(plan, new Date(`${today}T10:00:00Z`)));
    const kinds = agenda.map((entry) => (entry.kind === 'planWarning' ? `${entry.kind}:${entry.warning.kind}` : entry.kind));
    // Freja's life goal changed three weeks ago, after the last meeting; her two goals since wait for the efforts to follow.
    expect(kinds).to.deep.equal([
      'point',
      'lastDecision',
      'lifeGoalChanged',
      'planWarning:overdue',
      'planWarning:followUpWaiting',
      'planWarning:followUpWaiting',
      'planWarning:doubleOffer',
      'point',
    ]);
    expect(agenda[0]).to.deep.include({ kind: 'point' });
    expect((agenda[0] as { point: { from: string } }).point.from).to.equal('youth');
    expect((agenda[1] as { decision: { id: string } }).decision.id).to.equal('d-h2a');
  });

  it('refuses a meeting without one coordinator, an id twice, and a decision in the plan before it is agreed', () => {
    const meeting = inputOf(meetings[0]!);
    const problems = meetingOf(
      {
        ...meeting,
        participants: meeting.participants.map((participant) => ({
          ...participant,
          role: participant.role === 'coordinator' ? 'professional' : participant.role,
        })),
        points: [...meeting.points, meeting.points[0]!],
        decisions: [{ ...meetings[1]!.decisions[0]!, status: 'proposed', inPlan: true }],
      },
      null,
      { courseId: manyHandovers, at: '2026-11-23T10:00:00Z', by: 'Peter' },
    );
    expect(problems).to.deep.equal([
      { path: 'participants', code: 'one_coordinator' },
      { path: 'points[2].id', code: 'duplicate_id' },
      { path: 'decisions[0].inPlan', code: 'not_agreed' },
    ]);
  });

  it('makes an agreed decision the next action of its effort, or a new planned effort', () => {
    const decision = meetings[1]!.decisions[0]!;
    expect(decisionPlanEdit(decision, today)).to.deep.equal({
      kind: 'nextAction',
      effortId: 'e-h2',
      nextAction: { text: `${decision.action} – ${decision.how}`, due: decision.due, responsible: decision.owner },
    });
    const added = decisionPlanEdit(
      { ...decision, effortId: 'e-new', newEffort: { offer: { id: 'o-x', name: 'Hundeklub', kind: 'club' }, goalIds: ['g-h2'] } },
      today,
    );
    expect(added).to.deep.include({ kind: 'effort', base: null });
  });
});

describe('network meetings over the contract', () => {
  it('holds a meeting with a handover once: the contact changes and counts one handover more, however often it is saved', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const peter = signedIn(transport, seedUserIds.teamSyd);
    const planned = inputOf(meetings[0]!);
    const before = (await peter.contact.get(manyHandovers))!.value;
    const handover = { to: { id: 's-kv01', name: 'Karin Vestergaard' }, unit: planned.participants[1]!.unit!, channels: [], on: today };
    const held = await peter.meetings.save(manyHandovers, { ...planned, status: 'held', handover }, { basedOn: 1 });
    expect(held.version).to.equal(2);
    const after = (await peter.contact.get(manyHandovers))!.value;
    expect(after).to.deep.include({ handovers: before.handovers + 1, contactSince: today });
    expect(after.person.name).to.equal('Karin Vestergaard');
    await peter.meetings.save(manyHandovers, { ...planned, status: 'held', handover, where: 'Jobcentret' }, { basedOn: 2 });
    expect((await peter.contact.get(manyHandovers))!.value.handovers).to.equal(before.handovers + 1);
    const changed = await peter.meetings.save(manyHandovers, { ...planned, status: 'held', handover: null }, { basedOn: 3 }).catch((error: unknown) => error);
    expect(isHttpError(changed) && changed.status).to.equal(400);
    // Back to planned and held again would hand the contact over twice: refused.
    const unheld = await peter.meetings.save(manyHandovers, { ...planned, status: 'planned', handover }, { basedOn: 3 }).catch((error: unknown) => error);
    expect(isHttpError(unheld) && unheld.status).to.equal(400);
    expect((await peter.contact.get(manyHandovers))!.value.handovers).to.equal(before.handovers + 1);
  });

  it('plans a meeting once per id, refuses a stale change with the meeting that won, and the young person sees only their own points and shared minutes', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const peter = signedIn(transport, seedUserIds.teamSyd);
    const freja = signedIn(transport, citizen);
    const meeting: MeetingInput = {
      ...inputOf(meetings[0]!),
      id: 'm-test',
      at: danishDateTime('2026-12-10', '10:00'),
      minutes: { text: 'Kun til teamet', sharedWithYouth: false },
    };
    await peter.meetings.save(manyHandovers, meeting);
    const twice = await peter.meetings.save(manyHandovers, meeting).catch((error: unknown) => error);
    expect(isConflictError(twice) && (twice.current as NetworkMeeting).id).to.equal('m-test');
    await peter.meetings.save(manyHandovers, { ...meeting, where: 'Videomøde' }, { basedOn: 1 });
    const stale = await peter.meetings.save(manyHandovers, { ...meeting, where: 'Jobcentret' }, { basedOn: 1 }).catch((error: unknown) => error);
    expect(isConflictError(stale) && (stale.current as NetworkMeeting).where).to.equal('Videomøde');

    const seen = await freja.meetings.list(manyHandovers);
    expect(seen.meetings[0]!.id).to.equal('m-test');
    expect(seen.meetings[0]!.minutes).to.equal(null);
    expect(seen.meetings.flatMap((shown) => shown.points).every((point) => point.from === 'youth')).to.equal(true);
    expect(seen.meetings.find((shown) => shown.id === 'm-h2')?.minutes?.text).to.contain('Peter er din nye kontaktperson');
    const byYouth = await freja.meetings.save(manyHandovers, { ...meeting, id: 'm-youth' }).catch((error: unknown) => error);
    expect(isHttpError(byYouth) && byYouth.status).to.equal(403);
  });
});

describe('MeetingsStore', () => {
  const decide = (id: string, effortId: string, action: string): MeetingDecision => ({
    id,
    action,
    how: 'Aftalt på mødet',
    owner: { name: 'Peter Nørgaard', unit: { id: 'u-jobcenter', name: 'Jobcenter Fjordby' } },
    due: '2026-12-10',
    effortId,
    status: 'proposed',
    inPlan: false,
    followUp: 'open',
  });

  async function heldWithTwoDecisions(store: MeetingsStore): Promise<void> {
    const planned = store.getSnapshot().meetings.find((meeting) => meeting.id === 'm-h3')!;
    const { courseId: _c, version: _v, changedAt: _a, changedBy: _b, ...input } = planned;
    expect(
      await store.save({ ...input, status: 'held', decisions: [decide('d-1', 'e-h1', 'Besøge dyrehandlen'), decide('d-2', 'e-h2', 'Vælge én mentor')] }),
    ).to.equal(true);
  }

  it('agrees two decisions, and the plan holds them as the next actions of their efforts', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamSyd);
    const store = new MeetingsStore({ client, courseId: manyHandovers, refreshFactsEveryMs: 0 });
    const plan = new PlanStore({ client, courseId: manyHandovers, refreshFactsEveryMs: 0 });
    await Promise.all([store.load(), plan.load()]);
    await heldWithTwoDecisions(store);
    expect(await store.agree('m-h3', 'd-1', plan)).to.equal('inPlan');
    expect(await store.agree('m-h3', 'd-2', plan)).to.equal('inPlan');
    const stored = (await client.plan.get(manyHandovers))!.value;
    expect(stored.efforts.find((effort) => effort.id === 'e-h1')?.nextAction?.text).to.equal('Besøge dyrehandlen – Aftalt på mødet');
    expect(stored.efforts.find((effort) => effort.id === 'e-h2')?.nextAction?.text).to.equal('Vælge én mentor – Aftalt på mødet');
    const meeting = store.getSnapshot().meetings.find((candidate) => candidate.id === 'm-h3')!;
    expect(meeting.decisions.map((decision) => [decision.status, decision.inPlan])).to.deep.equal([
      ['agreed', true],
      ['agreed', true],
    ]);
    store.dispose();
    plan.dispose();
  });

  it('a plan changed meanwhile by someone else is the plan’s conflict: the edit is kept as its draft, and agreeing again after re-applying lands it', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamSyd);
    const other = signedIn(transport, seedUserIds.teamSyd);
    const store = new MeetingsStore({ client, courseId: manyHandovers, refreshFactsEveryMs: 0 });
    const plan = new PlanStore({ client, courseId: manyHandovers, refreshFactsEveryMs: 0 });
    await Promise.all([store.load(), plan.load()]);
    await heldWithTwoDecisions(store);
    // A colleague in another browser changes the same effort's next action.
    const theirs = (await other.plan.get(manyHandovers))!;
    const { toPlanUpdate } = await import('../plan/plan-edits.js');
    const update = toPlanUpdate(theirs.value);
    await other.plan.update(
      manyHandovers,
      {
        ...update,
        efforts: update.efforts.map((effort) =>
          effort.id === 'e-h1' ? { ...effort, nextAction: { ...effort.nextAction!, text: 'Ringe til praktikstedet' } } : effort,
        ),
      },
      { ifMatch: theirs.etag },
    );
    expect(await store.agree('m-h3', 'd-1', plan)).to.equal('planConflict');
    expect(plan.getSnapshot().save.drafts).to.have.length(1);
    const meeting = () => store.getSnapshot().meetings.find((candidate) => candidate.id === 'm-h3')!;
    expect(meeting().decisions[0]).to.deep.include({ status: 'agreed', inPlan: false });
    // Agreeing again puts the decision in the version that won: the plan store's draft is not sent twice.
    expect(await store.agree('m-h3', 'd-1', plan)).to.equal('inPlan');
    expect(plan.getSnapshot().save).to.deep.include({ status: 'saved', drafts: [] });
    expect(meeting().decisions[0]).to.deep.include({ inPlan: true });
    expect((await client.plan.get(manyHandovers))!.value.efforts.find((effort) => effort.id === 'e-h1')?.nextAction?.text).to.equal(
      'Besøge dyrehandlen – Aftalt på mødet',
    );
    store.dispose();
    plan.dispose();
  });

  it('an edit refused because a colleague changed the meeting meanwhile is applied again on top of theirs: both decisions stay', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamSyd);
    const other = signedIn(transport, seedUserIds.teamSyd);
    const store = new MeetingsStore({ client, courseId: manyHandovers, refreshFactsEveryMs: 0 });
    await store.load();
    const planned = store.getSnapshot().meetings.find((meeting) => meeting.id === 'm-h3')!;
    await other.meetings.save(manyHandovers, applyMeetingEdit(planned, { kind: 'decision', decision: decide('d-theirs', 'e-h1', 'Ringe til praktikstedet') }), {
      basedOn: planned.version,
    });
    expect(await store.edit('m-h3', { kind: 'decision', decision: decide('d-mine', 'e-h2', 'Vælge én mentor') })).to.equal(false);
    expect(store.getSnapshot().write.status).to.equal('conflict');
    await store.retry();
    const meeting = store.getSnapshot().meetings.find((candidate) => candidate.id === 'm-h3')!;
    expect(meeting.decisions.map((decision) => decision.id)).to.deep.equal(['d-theirs', 'd-mine']);
    expect(store.getSnapshot().write.status).to.equal('saved');
    store.dispose();
  });

  it('plans the next meeting with the same network and adds an item once however often it is sent', () => {
    const held = meetings.find((meeting) => meeting.id === 'm-h2')!;
    const next = nextMeeting(held, { id: 'm-next', at: '2026-12-20T09:00:00Z', where: 'Videomøde' });
    expect(next).to.deep.include({ status: 'planned', points: [], decisions: [], handover: null, minutes: null });
    expect(next.participants).to.deep.equal(held.participants);
    const point = { id: 'pt-1', from: 'youth' as const, text: 'Min egen dagsorden' };
    const twice = applyMeetingEdit(applyMeetingEdit(next, { kind: 'point', point }), { kind: 'point', point });
    expect(twice.points).to.deep.equal([point]);
    const remove = (decision: MeetingDecision) =>
      applyMeetingEdit({ ...next, decisions: [decision] }, { kind: 'removeDecision', decisionId: decision.id }).decisions;
    // One the plan holds stays; one agreed but not in the plan (its effort gone meanwhile) can be taken back.
    expect(remove({ ...decide('d-a', 'e-h1', 'x'), status: 'agreed', inPlan: true })).to.have.length(1);
    expect(remove({ ...decide('d-a', 'e-h1', 'x'), status: 'agreed', inPlan: false })).to.have.length(0);
  });

  it('a meeting held with a handover whose answer was lost: sent again, it is saved, and the contact cards are told once', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    let puts = 0;
    const client = createClient({
      baseUrl: transport.baseUrl,
      retries: 0,
      getToken: () => seedUserIds.teamSyd,
      fetch: async (input, init) => {
        const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
        const answer = await transport.fetch(input, init);
        // The second write (holding the meeting) lands; its answer does not arrive.
        if (method === 'PUT' && ++puts === 2) throw new TypeError('Failed to fetch');
        return answer;
      },
    });
    const store = new MeetingsStore({ client, courseId: manyHandovers, refreshFactsEveryMs: 0 });
    await store.load();
    const told: unknown[] = [];
    const { cacheOf, contactKey } = await import('../store/resource-cache.js');
    cacheOf(client).watch(contactKey(manyHandovers), (value) => told.push(value));
    const planned = store.getSnapshot().meetings.find((meeting) => meeting.id === 'm-h3')!;
    const handover = { to: { id: 's-kv01', name: 'Karin Vestergaard' }, unit: planned.participants[1]!.unit!, channels: [], on: today };
    expect(await store.edit('m-h3', { kind: 'handover', handover })).to.equal(true);
    expect(await store.edit('m-h3', { kind: 'held' })).to.equal(false);
    expect(store.getSnapshot().write.status).to.equal('error');
    await store.retry();
    expect(store.getSnapshot().write.status).to.equal('saved');
    expect(told).to.deep.equal([undefined]);
    expect((await client.contact.get(manyHandovers))!.value.person.name).to.equal('Karin Vestergaard');
    store.dispose();
  });

  it('a 412 without the meeting that won: the store asks for it, and Prøv igen adds the edit on top of it', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const other = signedIn(transport, seedUserIds.teamSyd);
    // A vendor's server that answers a stale write with a bare 412.
    const client = createClient({
      baseUrl: transport.baseUrl,
      getToken: () => seedUserIds.teamSyd,
      fetch: async (input, init) => {
        const answer = await transport.fetch(input, init);
        if (answer.status !== 412) return answer;
        const problem = { type: 'about:blank', title: 'Precondition Failed', status: 412 };
        return new Response(JSON.stringify(problem), { status: 412, headers: { 'content-type': 'application/problem+json' } });
      },
    });
    const store = new MeetingsStore({ client, courseId: manyHandovers, refreshFactsEveryMs: 0 });
    await store.load();
    const planned = store.getSnapshot().meetings.find((meeting) => meeting.id === 'm-h3')!;
    await other.meetings.save(manyHandovers, applyMeetingEdit(planned, { kind: 'decision', decision: decide('d-theirs', 'e-h1', 'Ringe') }), {
      basedOn: planned.version,
    });
    expect(await store.edit('m-h3', { kind: 'decision', decision: decide('d-mine', 'e-h2', 'Vælge') })).to.equal(false);
    expect(store.getSnapshot().write.status).to.equal('conflict');
    expect(
      store
        .getSnapshot()
        .meetings.find((meeting) => meeting.id === 'm-h3')!
        .decisions.map((decision) => decision.id),
    ).to.deep.equal(['d-theirs']);
    await store.retry();
    expect(store.getSnapshot().write.status).to.equal('saved');
    expect(
      store
        .getSnapshot()
        .meetings.find((meeting) => meeting.id === 'm-h3')!
        .decisions.map((decision) => decision.id),
    ).to.deep.equal(['d-theirs', 'd-mine']);
    store.dispose();
  });
});

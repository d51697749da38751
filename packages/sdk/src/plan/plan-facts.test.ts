import { expect } from '@open-wc/testing';
import type { Unit } from '../schemas/contact.js';
import { Plan, type Effort, type Goal, type Revision } from '../schemas/plan.js';
import { danishDateTime } from '../time/calendar.js';
import {
  derivePlanFacts,
  doubleOffers,
  doubleOffersWith,
  effortEnd,
  effortsByUnit,
  followUpLag,
  FOLLOW_UP_NOTICE_DAYS,
  hasCommunityGoal,
  overdueActions,
  parallelEfforts,
  planWarnings,
  transitionsAhead,
  unlinkedEfforts,
  waitingFollowUps,
  type FollowUp,
} from './plan-facts.js';

const today = '2026-11-23'; // a Monday
/** 10:00 Danish time (UTC+1 in winter) on the given date. */
const morning = (date: string) => new Date(`${date}T09:00:00Z`);
/** An instant on a Danish wall clock, with that day's offset. */
const at = (date: string, time = '10:00') => danishDateTime(date, time);

const units = {
  youth: { id: 'unit-youth', name: 'Børn og Unge' },
  job: { id: 'unit-job', name: 'Jobcenter' },
  social: { id: 'unit-social', name: 'Socialcenter' },
} satisfies Record<string, Unit>;

const goal = (id: string, kind: Goal['kind'], overrides: Partial<Goal> = {}): Goal => ({
  id,
  kind,
  text: 'Mine egne ord om målet',
  status: 'open',
  changedAt: at('2026-09-01'),
  ...overrides,
});

const effort = (id: string, overrides: Partial<Effort> = {}): Effort => {
  const unit = overrides.unit ?? units.job;
  return {
    id,
    offer: { id: `offer-${id}`, name: 'Mentor', kind: 'mentor' },
    unit,
    responsible: { name: 'Jonas Kragh', unit },
    start: '2026-09-01',
    status: 'active',
    goalIds: ['goal-job'],
    nextAction: null,
    changedAt: at('2026-09-01'),
    ...overrides,
  };
};

const nextAction = (due: string): NonNullable<Effort['nextAction']> => ({ text: 'Ring til Emma', due, responsible: { name: 'Jonas Kragh', unit: units.job } });

/** A plan with nothing to warn about: every effort has a goal, a community goal, nothing late. */
const healthy: Plan = {
  courseId: 'course-1',
  firstName: 'Emma',
  lifeGoal: { text: 'Jeg vil være frisør og bo for mig selv.', dreams: ['Egen lejlighed'], changedAt: at('2026-09-01') },
  goals: [goal('goal-job', 'job'), goal('goal-community', 'community')],
  efforts: [
    effort('mentor', { nextAction: nextAction('2026-11-26') }),
    effort('club', { unit: units.youth, offer: { id: 'offer-club', name: 'Klub', kind: 'leisure' }, goalIds: ['goal-community'] }),
  ],
  notes: [],
  transitions: { turns18On: '2027-08-01' }, // more than six months away
  youthComment: null,
  revisions: [],
};

const planWith = (overrides: Partial<Plan>): Plan => ({ ...healthy, ...overrides });

describe('plan fixtures', () => {
  it('are valid plans per the contract', () => {
    expect(Plan.safeParse(healthy).success).to.equal(true);
    expect(Plan.safeParse(planWith({ efforts: [effort('a', { end: '2026-12-01', nextAction: nextAction('2026-11-01') })] })).success).to.equal(true);
  });
});

describe('derivePlanFacts', () => {
  it('finds nothing to warn about in a healthy plan', () => {
    const facts = derivePlanFacts(healthy, morning(today));
    expect(facts.today).to.equal(today);
    expect(facts.hasCommunityGoal).to.equal(true);
    expect(facts.followUps.map((followUp) => followUp.state)).to.deep.equal(['followedUp', 'followedUp', 'followedUp']);
    expect(planWarnings(facts)).to.deep.equal([]);
  });

  it('takes today in Danish time, not UTC', () => {
    // 23:30 UTC on the 22nd is 00:30 on the 23rd in Copenhagen: an action due on the 22nd is now late.
    const plan = planWith({ efforts: [effort('mentor', { nextAction: nextAction('2026-11-22') })] });
    const facts = derivePlanFacts(plan, new Date('2026-11-22T23:30:00Z'));
    expect(facts.today).to.equal('2026-11-23');
    expect(facts.overdueActions.map((overdue) => overdue.effort.id)).to.deep.equal(['mentor']);
    expect(derivePlanFacts(plan, new Date('2026-11-22T22:30:00Z')).overdueActions).to.deep.equal([]); // 23:30 on the 22nd
  });
});

describe('overdueActions', () => {
  it('flags a next action due before today, with the days overdue', () => {
    const [overdue, ...rest] = overdueActions([effort('mentor', { nextAction: nextAction('2026-11-20') })], today);
    expect(rest).to.deep.equal([]);
    expect(overdue?.effort.id).to.equal('mentor');
    expect(overdue?.action.due).to.equal('2026-11-20');
    expect(overdue?.daysOverdue).to.equal(3);
  });

  it('does not flag an action due today or later, or an effort without a next action', () => {
    const efforts = [effort('a', { nextAction: nextAction(today) }), effort('b', { nextAction: nextAction('2026-12-01') }), effort('c')];
    expect(overdueActions(efforts, today)).to.deep.equal([]);
  });

  it('flags planned and active efforts only: a paused, completed or stopped effort waits on nobody', () => {
    const efforts = (['planned', 'active', 'paused', 'completed', 'stopped'] as const).map((status) =>
      effort(status, { status, nextAction: nextAction('2026-11-01') }),
    );
    expect(overdueActions(efforts, today).map((overdue) => overdue.effort.id)).to.deep.equal(['planned', 'active']);
  });

  it('lists the most overdue first', () => {
    const efforts = [effort('late', { nextAction: nextAction('2026-11-20') }), effort('later', { nextAction: nextAction('2026-10-01') })];
    expect(overdueActions(efforts, today).map((overdue) => [overdue.effort.id, overdue.daysOverdue])).to.deep.equal([
      ['later', 53],
      ['late', 3],
    ]);
  });
});

describe('doubleOffersWith', () => {
  const mentorFrom = (id: string, unit: Unit, overrides: Partial<Effort> = {}) => effort(id, { unit, ...overrides });
  const candidate = { offerKind: 'mentor', unitId: units.youth.id, start: '2026-12-01' };

  it('names the active effort of the same kind from another unit that a new effort would overlap', () => {
    const efforts = [mentorFrom('job-mentor', units.job), mentorFrom('own-unit', units.youth), mentorFrom('planned', units.social, { status: 'planned' })];
    expect(doubleOffersWith(efforts, candidate).map((e) => e.id)).to.deep.equal(['job-mentor']);
  });

  it('does not warn when the periods do not meet, or the kind differs', () => {
    const ended = mentorFrom('ended', units.job, { start: '2026-01-01', end: '2026-11-30' });
    const club = mentorFrom('club', units.job, { offer: { id: 'offer-club', name: 'Klub', kind: 'leisure' } });
    expect(doubleOffersWith([ended, club], candidate)).to.deep.equal([]);
    expect(doubleOffersWith([mentorFrom('later', units.job, { start: '2027-02-01' })], { ...candidate, end: '2027-01-31' })).to.deep.equal([]);
  });

  it('leaves out the effort being edited', () => {
    expect(doubleOffersWith([mentorFrom('self', units.job)], { ...candidate, unitId: units.youth.id }, 'self')).to.deep.equal([]);
  });

  it('does not warn for a candidate that is over, and does for one planned or paused', () => {
    const efforts = [mentorFrom('job-mentor', units.job)];
    for (const status of ['completed', 'stopped'] as const) expect(doubleOffersWith(efforts, { ...candidate, status }), status).to.deep.equal([]);
    for (const status of ['planned', 'paused', 'active'] as const) expect(doubleOffersWith(efforts, { ...candidate, status }), status).to.have.length(1);
  });
});

describe('doubleOffers', () => {
  const mentorFrom = (id: string, unit: Unit, overrides: Partial<Effort> = {}) => effort(id, { unit, ...overrides });

  it('flags two active efforts of the same offer kind from different units that overlap', () => {
    const pairs = doubleOffers([mentorFrom('job-mentor', units.job), mentorFrom('youth-mentor', units.youth, { start: '2026-10-01' })]);
    expect(pairs.map((pair) => [pair.offerKind, pair.efforts.map((e) => e.id)])).to.deep.equal([['mentor', ['job-mentor', 'youth-mentor']]]);
  });

  it('does not flag two efforts of the same unit', () => {
    expect(doubleOffers([mentorFrom('a', units.job), mentorFrom('b', units.job)])).to.deep.equal([]);
  });

  it('does not flag different offer kinds', () => {
    const club = mentorFrom('club', units.youth, { offer: { id: 'offer-club', name: 'Klub', kind: 'leisure' } });
    expect(doubleOffers([mentorFrom('a', units.job), club])).to.deep.equal([]);
  });

  it('counts a shared last/first day as overlap (inclusive dates), and not the day after', () => {
    const ends = mentorFrom('ends', units.job, { end: '2026-12-01' });
    expect(doubleOffers([ends, mentorFrom('same-day', units.youth, { start: '2026-12-01' })])).to.have.length(1);
    expect(doubleOffers([ends, mentorFrom('next-day', units.youth, { start: '2026-12-02' })])).to.deep.equal([]);
    expect(doubleOffers([mentorFrom('before', units.youth, { start: '2026-05-01', end: '2026-08-31' }), ends])).to.deep.equal([]);
  });

  it('reads an open end as still running', () => {
    const open = mentorFrom('open', units.job, { start: '2026-01-01' });
    expect(doubleOffers([open, mentorFrom('far-later', units.youth, { start: '2027-06-01', end: '2027-07-01' })])).to.have.length(1);
  });

  it('does not flag planned, paused, completed or stopped efforts', () => {
    for (const status of ['planned', 'paused', 'completed', 'stopped'] as const) {
      expect(doubleOffers([mentorFrom('a', units.job), mentorFrom('b', units.youth, { status })]), status).to.deep.equal([]);
    }
  });

  it('gives one pair per two units when three units offer the same', () => {
    const pairs = doubleOffers([mentorFrom('a', units.job), mentorFrom('b', units.youth), mentorFrom('c', units.social)]);
    expect(pairs.map((pair) => pair.efforts.map((e) => e.id).join('+'))).to.deep.equal(['a+b', 'a+c', 'b+c']);
  });
});

describe('unlinkedEfforts', () => {
  it('flags an effort with no goal ids', () => {
    const unlinked = unlinkedEfforts(planWith({ efforts: [effort('a', { goalIds: [] })] }));
    expect(unlinked.map((u) => [u.effort.id, u.missingGoalIds])).to.deep.equal([['a', []]]);
  });

  it('flags an effort that points only at goals not in the plan, naming them', () => {
    const unlinked = unlinkedEfforts(planWith({ efforts: [effort('a', { goalIds: ['goal-gone', 'goal-old'] })] }));
    expect(unlinked.map((u) => u.missingGoalIds)).to.deep.equal([['goal-gone', 'goal-old']]);
  });

  it('does not flag an effort with at least one goal of the plan, even a dropped one', () => {
    const goals = [goal('goal-job', 'job', { status: 'dropped' })];
    expect(unlinkedEfforts(planWith({ goals, efforts: [effort('a', { goalIds: ['goal-gone', 'goal-job'] })] }))).to.deep.equal([]);
  });

  it('leaves out completed and stopped efforts, and keeps planned and paused ones', () => {
    const efforts = (['planned', 'active', 'paused', 'completed', 'stopped'] as const).map((status) => effort(status, { status, goalIds: [] }));
    expect(unlinkedEfforts(planWith({ efforts })).map((u) => u.effort.id)).to.deep.equal(['planned', 'active', 'paused']);
  });
});

describe('hasCommunityGoal', () => {
  it('is true with an open or reached community goal', () => {
    expect(hasCommunityGoal([goal('g', 'job'), goal('c', 'community')])).to.equal(true);
    expect(hasCommunityGoal([goal('c', 'community', { status: 'reached' })])).to.equal(true);
  });
  it('is false without one, or when it was dropped', () => {
    expect(hasCommunityGoal([goal('g', 'job'), goal('h', 'health')])).to.equal(false);
    expect(hasCommunityGoal([goal('c', 'community', { status: 'dropped' })])).to.equal(false);
    expect(hasCommunityGoal([])).to.equal(false);
  });
});

describe('transitionsAhead', () => {
  it('flags the 18th birthday and end of school within six months, soonest first, with days until', () => {
    expect(transitionsAhead({ turns18On: '2027-03-01', schoolEndsOn: '2026-12-18' }, today)).to.deep.equal([
      { transition: 'schoolEnds', on: '2026-12-18', daysUntil: 25 },
      { transition: 'turns18', on: '2027-03-01', daysUntil: 98 },
    ]);
  });

  it('includes the day six calendar months ahead, and not the day after', () => {
    expect(transitionsAhead({ turns18On: '2027-05-23' }, today)).to.deep.equal([{ transition: 'turns18', on: '2027-05-23', daysUntil: 181 }]);
    expect(transitionsAhead({ turns18On: '2027-05-24' }, today)).to.deep.equal([]);
    // Six months from 31 August is the last day of February.
    expect(transitionsAhead({ schoolEndsOn: '2027-02-28' }, '2026-08-31')).to.have.length(1);
    expect(transitionsAhead({ schoolEndsOn: '2027-03-01' }, '2026-08-31')).to.deep.equal([]);
  });

  it('flags the day itself, and not a date already passed', () => {
    expect(transitionsAhead({ turns18On: today }, today)).to.deep.equal([{ transition: 'turns18', on: today, daysUntil: 0 }]);
    expect(transitionsAhead({ turns18On: '2026-11-22', schoolEndsOn: '2026-06-26' }, today)).to.deep.equal([]);
  });

  it('counts calendar days across a summer-time switch', () => {
    // 1 March to 1 April crosses the switch on 29 March: still 31 days, not 30.96.
    const facts = derivePlanFacts(planWith({ transitions: { schoolEndsOn: '2027-04-01' } }), new Date('2027-02-28T23:30:00Z'));
    expect(facts.transitionsAhead).to.deep.equal([{ transition: 'schoolEnds', on: '2027-04-01', daysUntil: 31 }]);
  });

  it('is empty without transition dates', () => expect(transitionsAhead({}, today)).to.deep.equal([]));
});

describe('followUpLag', () => {
  const base = { lifeGoal: healthy.lifeGoal, goals: [] as Goal[], efforts: [] as Effort[], revisions: [] as Revision[] };
  const lifeGoalChanged = (changedAt: string) => ({ ...healthy.lifeGoal, changedAt });
  const states = (followUps: FollowUp[]) => followUps.map((f) => [f.change.target, f.state, f.days]);

  it('reports the days from a change of the life goal to the next change of efforts', () => {
    const followUps = followUpLag(
      {
        ...base,
        lifeGoal: lifeGoalChanged(at('2026-11-01')),
        efforts: [effort('old', { changedAt: at('2026-10-01') }), effort('new', { changedAt: at('2026-11-04') })],
      },
      today,
    );
    expect(followUps).to.deep.equal([
      { state: 'followedUp', change: { target: 'lifeGoal', changedAt: at('2026-11-01') }, followedUpAt: at('2026-11-04'), days: 3 },
    ]);
  });

  it('takes the first change of efforts after the change, not an earlier or a later one', () => {
    const efforts = [effort('a', { changedAt: at('2026-11-20') }), effort('b', { changedAt: at('2026-11-10') }), effort('c', { changedAt: at('2026-10-30') })];
    const [followUp] = followUpLag({ ...base, lifeGoal: lifeGoalChanged(at('2026-11-01')), efforts }, today);
    expect(followUp?.state === 'followedUp' && followUp.followedUpAt).to.equal(at('2026-11-10'));
  });

  it('counts a change of efforts at the same instant as an immediate follow-up', () => {
    const changedAt = at('2026-11-01');
    expect(states(followUpLag({ ...base, lifeGoal: lifeGoalChanged(changedAt), efforts: [effort('a', { changedAt })] }, today))).to.deep.equal([
      ['lifeGoal', 'followedUp', 0],
    ]);
  });

  it('compares instants, not text, across offsets', () => {
    // 22:45Z is 23:45 in Copenhagen: after a change at 23:30 +01:00, though it sorts before it as text.
    const followUps = followUpLag(
      { ...base, lifeGoal: lifeGoalChanged('2026-11-01T23:30:00+01:00'), efforts: [effort('a', { changedAt: '2026-11-01T22:45:00Z' })] },
      today,
    );
    expect(states(followUps)).to.deep.equal([['lifeGoal', 'followedUp', 0]]);
  });

  it('counts Danish calendar days across a summer-time switch (29 March 2026)', () => {
    const lag = (from: string, to: string) =>
      followUpLag({ ...base, lifeGoal: lifeGoalChanged(from), efforts: [effort('a', { changedAt: to })] }, today)[0]?.days;
    // 46 hours apart, but Saturday noon to Monday 11:00 is two days.
    expect(lag('2026-03-28T12:00:00+01:00', '2026-03-30T11:00:00+02:00')).to.equal(2);
    // 46 hours apart, and in UTC three dates apart, but Saturday 00:30 to Sunday 23:30 in Copenhagen is one day.
    expect(lag('2026-03-28T00:30:00+01:00', '2026-03-29T23:30:00+02:00')).to.equal(1);
  });

  it('reports each goal change, oldest first, and the ones still waiting with the days waited', () => {
    const goals = [goal('goal-job', 'job', { changedAt: at('2026-11-13') }), goal('goal-home', 'housing', { status: 'dropped', changedAt: at('2026-10-02') })];
    const followUps = followUpLag({ ...base, goals, efforts: [effort('a', { changedAt: at('2026-10-20') })] }, today);
    expect(followUps.map((f) => [f.change.target === 'goal' ? f.change.goal.id : 'lifeGoal', f.state, f.days])).to.deep.equal([
      ['lifeGoal', 'followedUp', 49], // changed 1 September, efforts on 20 October
      ['goal-home', 'followedUp', 18],
      ['goal-job', 'waiting', 10],
    ]);
  });

  it('counts a revision that removed an effort as a follow-up, which no changedAt shows', () => {
    const revision: Revision = {
      number: 2,
      at: at('2026-11-05'),
      by: { role: 'professional', name: 'Jonas Kragh' },
      changes: [{ target: 'effort', targetId: 'gone', action: 'removed' }],
    };
    const plan = { ...base, lifeGoal: lifeGoalChanged(at('2026-11-01')) };
    expect(states(followUpLag(plan, today))).to.deep.equal([['lifeGoal', 'waiting', 22]]);
    expect(states(followUpLag({ ...plan, revisions: [revision] }, today))).to.deep.equal([['lifeGoal', 'followedUp', 4]]);
  });

  it('takes the first follow-up from the revisions when the effort changed again since', () => {
    const revision = (number: number, date: string, target: 'effort' | 'note'): Revision => ({
      number,
      at: at(date),
      by: { role: 'professional', name: 'Jonas Kragh' },
      changes: [{ target, targetId: 'a', action: 'changed' }],
    });
    const plan = {
      ...base,
      lifeGoal: lifeGoalChanged(at('2026-11-01')),
      efforts: [effort('a', { changedAt: at('2026-11-20') })],
      revisions: [revision(2, '2026-11-03', 'note'), revision(3, '2026-11-06', 'effort'), revision(4, '2026-11-20', 'effort')],
    };
    expect(states(followUpLag(plan, today))).to.deep.equal([['lifeGoal', 'followedUp', 5]]);
  });

  it('never reports a negative wait for a change stamped later than today', () => {
    expect(states(followUpLag({ ...base, lifeGoal: lifeGoalChanged(at('2026-11-25')) }, today))).to.deep.equal([['lifeGoal', 'waiting', 0]]);
  });
});

describe('waitingFollowUps', () => {
  const waiting = (days: number): FollowUp => ({ state: 'waiting', change: { target: 'lifeGoal', changedAt: at('2026-11-01') }, days });
  it(`flags a change waiting ${FOLLOW_UP_NOTICE_DAYS} days or more, longest first`, () => {
    expect(FOLLOW_UP_NOTICE_DAYS).to.equal(14);
    expect(waitingFollowUps([waiting(14), waiting(40)]).map((f) => f.days)).to.deep.equal([40, 14]);
  });
  it('does not flag a shorter wait, or a change already followed up however late', () => {
    const late: FollowUp = { state: 'followedUp', change: { target: 'lifeGoal', changedAt: at('2026-09-01') }, followedUpAt: at('2026-11-01'), days: 61 };
    expect(waitingFollowUps([waiting(13), late])).to.deep.equal([]);
  });
});

describe('planWarnings', () => {
  const states = (followUps: FollowUp[]) => followUps.map((f) => [f.change.target, f.state, f.days]);

  it('lists every kind, most urgent first', () => {
    const plan = planWith({
      lifeGoal: { ...healthy.lifeGoal, changedAt: at('2026-11-02') }, // 21 days without a change of efforts
      goals: [goal('goal-job', 'job'), goal('goal-community', 'community', { status: 'dropped' })],
      efforts: [
        effort('unlinked', { unit: units.social, offer: { id: 'offer-t', name: 'Behandling', kind: 'treatment' }, goalIds: [] }),
        effort('job-mentor', { nextAction: nextAction('2026-11-10') }),
        effort('youth-mentor', { unit: units.youth, nextAction: nextAction('2026-11-20') }),
      ],
      transitions: { turns18On: '2027-01-15' },
    });
    const warnings = planWarnings(derivePlanFacts(plan, morning(today)));
    expect(warnings.map((warning) => warning.kind)).to.deep.equal([
      'overdue',
      'overdue',
      'followUpWaiting',
      'doubleOffer',
      'transitionAhead',
      'unlinkedEffort',
      'noCommunityGoal',
    ]);
    expect(warnings[0]).to.include({ kind: 'overdue', daysOverdue: 13 });
    expect(warnings[2]).to.deep.equal({ kind: 'followUpWaiting', change: { target: 'lifeGoal', changedAt: at('2026-11-02') }, daysWaited: 21 });
    expect(warnings[4]).to.deep.equal({ kind: 'transitionAhead', transition: 'turns18', on: '2027-01-15', daysUntil: 53 });
  });

  it('does not warn about a change waiting less than the notice days', () => {
    const plan = planWith({ lifeGoal: { ...healthy.lifeGoal, changedAt: at('2026-11-10') } });
    const facts = derivePlanFacts(plan, morning(today));
    expect(states(facts.followUps)).to.deep.include(['lifeGoal', 'waiting', 13]);
    expect(planWarnings(facts)).to.deep.equal([]);
  });
});

describe('effortEnd', () => {
  it('is the end date, or null while open', () => {
    expect(effortEnd(effort('a', { end: '2026-12-01' }))).to.equal('2026-12-01');
    expect(effortEnd(effort('a'))).to.equal(null);
    expect(effortEnd(effort('a', { status: 'paused' }))).to.equal(null);
  });
  it('is the Danish date of the last change for a completed or stopped effort without an end', () => {
    expect(effortEnd(effort('a', { status: 'completed', changedAt: '2026-10-31T23:30:00Z' }))).to.equal('2026-11-01');
    expect(effortEnd(effort('a', { status: 'stopped', changedAt: at('2026-10-15') }))).to.equal('2026-10-15');
  });
});

describe('effortsByUnit', () => {
  it('groups by unit, units in the order of their first start, efforts by start', () => {
    const groups = effortsByUnit([
      effort('job-late', { unit: units.job, start: '2026-05-01' }),
      effort('youth', { unit: units.youth, start: '2026-01-10' }),
      effort('job-early', { unit: units.job, start: '2026-02-01' }),
      effort('social', { unit: units.social, start: '2026-03-01' }),
    ]);
    expect(groups.map((group) => [group.unit.id, group.efforts.map((e) => e.id)])).to.deep.equal([
      ['unit-youth', ['youth']],
      ['unit-job', ['job-early', 'job-late']],
      ['unit-social', ['social']],
    ]);
  });

  it('keeps plan order on the same start day', () => {
    const groups = effortsByUnit([effort('b', { unit: units.job }), effort('a', { unit: units.youth }), effort('c', { unit: units.job })]);
    expect(groups.map((group) => [group.unit.id, group.efforts.map((e) => e.id)])).to.deep.equal([
      ['unit-job', ['b', 'c']],
      ['unit-youth', ['a']],
    ]);
  });

  it('is empty for no efforts', () => expect(effortsByUnit([])).to.deep.equal([]));
});

describe('parallelEfforts', () => {
  const efforts = [
    effort('bounded', { start: '2026-10-01', end: '2026-10-31' }),
    effort('open', { start: '2026-10-15' }),
    effort('completed', { start: '2026-09-01', status: 'completed', changedAt: at('2026-10-20') }),
  ];
  const on = (date: string) => parallelEfforts(efforts, date).map((e) => e.id);

  it('lists the efforts running on a date, start and end days included', () => {
    expect(on('2026-10-01')).to.deep.equal(['bounded', 'completed']);
    expect(on('2026-10-20')).to.deep.equal(['bounded', 'open', 'completed']);
    expect(on('2026-10-31')).to.deep.equal(['bounded', 'open']);
  });

  it('leaves out efforts not started or already ended, and keeps an open end running', () => {
    expect(on('2026-08-31')).to.deep.equal([]);
    expect(on('2027-06-01')).to.deep.equal(['open']);
  });
});

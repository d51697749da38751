import type { Id, IsoDate, IsoDateTime } from '../schemas/common.js';
import type { Unit } from '../schemas/contact.js';
import type { Effort, EffortStatus, Goal, NextAction, Plan, Transitions } from '../schemas/plan.js';
import { addMonths, danishToday, daysBetween } from '../time/calendar.js';

/**
 * How far ahead a transition is flagged: six calendar months, so the bridge can be built before
 * responsibility changes hands (seed 003: young people fall through at 18 and when school ends).
 */
export const TRANSITION_NOTICE_MONTHS = 6;

/**
 * How many days a change of the life goal or of a goal may wait for a change of efforts before it
 * is flagged. Two weeks leave room for a meeting with the young person and a changed effort;
 * much longer would not answer "Hvor hurtigt samler vi op, når en borgers livsmål ændres?"
 * (seed 001 §3.3), and "we must be able to act when the chance opens" (seed 000).
 */
export const FOLLOW_UP_NOTICE_DAYS = 14;

/** Statuses whose next action still has to happen: a paused, completed or stopped effort waits on nobody. */
const OPEN_STATUSES: readonly EffortStatus[] = ['planned', 'active'];
/** Statuses of efforts that have ended. */
const ENDED_STATUSES: readonly EffortStatus[] = ['completed', 'stopped'];

export interface OverdueAction {
  effort: Effort;
  action: NextAction;
  /** Whole days past the due date; at least 1. */
  daysOverdue: number;
}

export interface DoubleOffer {
  /** The `offer.kind` both efforts share. */
  offerKind: Id;
  /** Two active efforts from different units, in plan order. */
  efforts: readonly [Effort, Effort];
}

export interface UnlinkedEffort {
  effort: Effort;
  /** The goal ids the effort points at that are not in the plan (empty when it points at none). */
  missingGoalIds: Id[];
}

export type TransitionKind = 'turns18' | 'schoolEnds';

export interface TransitionAhead {
  transition: TransitionKind;
  on: IsoDate;
  /** 0 on the day itself. */
  daysUntil: number;
}

/** A change that the efforts should follow: of the life goal, or of one goal. */
export type PlanChange = { target: 'lifeGoal'; changedAt: IsoDateTime } | { target: 'goal'; goal: Goal; changedAt: IsoDateTime };

export type FollowUp =
  /** The efforts changed at `followedUpAt`, `days` Danish calendar days after the change. */
  | { state: 'followedUp'; change: PlanChange; followedUpAt: IsoDateTime; days: number }
  /** No change of efforts since; `days` waited so far (Danish calendar days, not below 0). */
  | { state: 'waiting'; change: PlanChange; days: number };

export type WaitingFollowUp = Extract<FollowUp, { state: 'waiting' }>;

/** What the plan view shows beyond the raw plan, derived once so every framework shows the same. */
export interface PlanFacts {
  /** Today's date in Denmark when the facts were derived. */
  today: IsoDate;
  /** Next actions of planned or active efforts due before today, most overdue first. */
  overdueActions: OverdueAction[];
  /** Pairs of active efforts of the same offer kind from different units that overlap in time. */
  doubleOffers: DoubleOffer[];
  /** Planned, active or paused efforts that point at no goal of the plan. */
  unlinkedEfforts: UnlinkedEffort[];
  /** Whether the plan has a community goal that is not dropped (seed 001 §4). */
  hasCommunityGoal: boolean;
  /** The 18th birthday and end of school when within {@link TRANSITION_NOTICE_MONTHS} months, soonest first. */
  transitionsAhead: TransitionAhead[];
  /** Every change of the life goal or of a goal and how fast the efforts followed, oldest first. */
  followUps: FollowUp[];
  /** The changes that have waited at least {@link FOLLOW_UP_NOTICE_DAYS} days, longest wait first. */
  waitingFollowUps: WaitingFollowUp[];
}

/**
 * One warning to render. Each kind carries what a sentence about it needs, so a widget (or a React
 * vendor) renders warnings without logic of its own.
 */
export type PlanWarning =
  | ({ kind: 'overdue' } & OverdueAction)
  | { kind: 'followUpWaiting'; change: PlanChange; daysWaited: number }
  | ({ kind: 'doubleOffer' } & DoubleOffer)
  | ({ kind: 'transitionAhead' } & TransitionAhead)
  | ({ kind: 'unlinkedEffort' } & UnlinkedEffort)
  | { kind: 'noCommunityGoal' };

export function derivePlanFacts(plan: Plan, now: Date): PlanFacts {
  const today = danishToday(now);
  const followUps = followUpLag(plan, today);
  return {
    today,
    overdueActions: overdueActions(plan.efforts, today),
    doubleOffers: doubleOffers(plan.efforts),
    unlinkedEfforts: unlinkedEfforts(plan),
    hasCommunityGoal: hasCommunityGoal(plan.goals),
    transitionsAhead: transitionsAhead(plan.transitions, today),
    followUps,
    waitingFollowUps: waitingFollowUps(followUps),
  };
}

/**
 * Next actions due before today (Danish date) of planned or active efforts, most overdue first.
 * Overdue items must stand out: "Kan vi se, hvordan og hvornår det ansvar skal løftes?" (seed 001
 * §3.3). An action due today is not overdue yet. Paused, completed and stopped efforts are left
 * out: their next action waits on nobody.
 */
export function overdueActions(efforts: readonly Effort[], today: IsoDate): OverdueAction[] {
  const overdue: OverdueAction[] = [];
  for (const effort of efforts) {
    const action = effort.nextAction;
    if (!action || !OPEN_STATUSES.includes(effort.status) || action.due >= today) continue;
    overdue.push({ effort, action, daysOverdue: daysBetween(action.due, today) });
  }
  return overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
}

/**
 * The last day an effort runs (inclusive), or null while it runs with no end in sight. A completed
 * or stopped effort without an end date ended on the Danish date of its last change (when it was
 * marked so), rather than running for ever on the timeline.
 */
export function effortEnd(effort: Effort): IsoDate | null {
  if (effort.end) return effort.end;
  return ENDED_STATUSES.includes(effort.status) ? danishToday(new Date(effort.changedAt)) : null;
}

/** Whether two efforts share at least one day; dates are inclusive and an open end means "still running". */
function overlaps(a: Effort, b: Effort): boolean {
  return periodsOverlap(a.start, effortEnd(a), b.start, effortEnd(b));
}

function periodsOverlap(startA: IsoDate, endA: IsoDate | null, startB: IsoDate, endB: IsoDate | null): boolean {
  return (endB === null || startA <= endB) && (endA === null || startB <= endA);
}

/** An effort about to be added, as far as a double offer goes: its offer's kind, its unit and when it runs. */
export interface EffortCandidate {
  offerKind: Id;
  unitId: Id;
  start: IsoDate;
  /** Null or left out: no end in sight. */
  end?: IsoDate | null;
  /** Left out: a new effort. One that is over (completed, stopped) doubles nothing; a planned or paused one will run beside the other. */
  status?: EffortStatus;
}

/**
 * The active efforts that an effort like `candidate` would make a double offer with: same offer
 * kind, another unit, overlapping in time (the rule of {@link doubleOffers}). Asked before the
 * effort is added, so the professional is warned while they can still choose otherwise (seed 001
 * §4: coordinate individual support so that dobbelttilbud are avoided). `exceptId`: the effort
 * being edited, which cannot double itself.
 */
export function doubleOffersWith(efforts: readonly Effort[], candidate: EffortCandidate, exceptId?: Id): Effort[] {
  if (candidate.status && ENDED_STATUSES.includes(candidate.status)) return [];
  return efforts.filter(
    (effort) =>
      effort.id !== exceptId &&
      effort.status === 'active' &&
      effort.offer.kind === candidate.offerKind &&
      effort.unit.id !== candidate.unitId &&
      periodsOverlap(effort.start, effortEnd(effort), candidate.start, candidate.end ?? null),
  );
}

/**
 * Pairs of active efforts of the same offer kind (`offer.kind`) from different units that overlap
 * in time: the municipality decided to avoid dobbelttilbud (seed 001 §4). Two efforts of one unit
 * are that unit's own business (often a planned handover), and planned, paused, completed or
 * stopped efforts are not double offers: only what the young person meets now counts. Overlap is
 * by inclusive dates (one ending the day the other starts overlaps), an open end meaning "still
 * running". Three units with the same kind give three pairs.
 */
export function doubleOffers(efforts: readonly Effort[]): DoubleOffer[] {
  const active = efforts.filter((effort) => effort.status === 'active');
  const pairs: DoubleOffer[] = [];
  active.forEach((first, index) => {
    for (const second of active.slice(index + 1)) {
      if (first.offer.kind === second.offer.kind && first.unit.id !== second.unit.id && overlaps(first, second)) {
        pairs.push({ offerKind: first.offer.kind, efforts: [first, second] });
      }
    }
  });
  return pairs;
}

/**
 * Efforts that point at no goal of the plan: no `goalIds`, or only ids that are not in the plan.
 * Efforts must point at one shared goal (seed 003) and start from the young person's goals (seed
 * 001 §3.3). A link to a reached or dropped goal still counts as a link (the goal exists; whether
 * the effort should continue is a conversation, not a defect). Completed and stopped efforts are
 * left out: they are history, and a goal removed later would otherwise warn about them for ever.
 */
export function unlinkedEfforts(plan: Pick<Plan, 'goals' | 'efforts'>): UnlinkedEffort[] {
  const goalIds = new Set(plan.goals.map((goal) => goal.id));
  return plan.efforts
    .filter((effort) => !ENDED_STATUSES.includes(effort.status) && !effort.goalIds.some((id) => goalIds.has(id)))
    .map((effort) => ({ effort, missingGoalIds: [...effort.goalIds] }));
}

/**
 * Whether the plan has a goal of kind `community` that is not dropped: participation in ordinary
 * communities is made explicit in every plan (Ballerup's decision, seed 001 §4). A reached one
 * counts; a dropped one does not.
 */
export function hasCommunityGoal(goals: readonly Goal[]): boolean {
  return goals.some((goal) => goal.kind === 'community' && goal.status !== 'dropped');
}

/**
 * The 18th birthday and the end of school when they fall from today up to and including the same
 * day {@link TRANSITION_NOTICE_MONTHS} months ahead, soonest first, each with its days until.
 * Transitions are where young people fall through (seed 003), so they are flagged early. A date
 * already passed is not flagged; the day itself is (0 days until).
 */
export function transitionsAhead(transitions: Transitions, today: IsoDate): TransitionAhead[] {
  const horizon = addMonths(today, TRANSITION_NOTICE_MONTHS);
  const dates: [TransitionKind, IsoDate | undefined][] = [
    ['turns18', transitions.turns18On],
    ['schoolEnds', transitions.schoolEndsOn],
  ];
  const ahead: TransitionAhead[] = [];
  for (const [transition, on] of dates) {
    if (on && today <= on && on <= horizon) ahead.push({ transition, on, daysUntil: daysBetween(today, on) });
  }
  return ahead.sort((a, b) => a.daysUntil - b.daysUntil);
}

/** The Danish calendar date of an instant, whatever offset it was written with. */
function danishDateOf(instant: IsoDateTime): IsoDate {
  return danishToday(new Date(instant));
}

/**
 * How fast the efforts followed each change of the life goal or of a goal: "Hvor hurtigt samler
 * vi op, når en borgers livsmål ændres?" (seed 001 §3.3). For each change (its `changedAt`), the
 * follow-up is the first change of efforts at or after it (the same instant counts: a goal and an
 * effort changed in one update were followed up at once). Changes of efforts are the efforts'
 * `changedAt` and, when the plan has them, revisions that touched an effort: only a revision shows
 * an effort that was removed, or the first of several later changes.
 *
 * Days are Danish calendar days between the two dates, so a summer-time switch never adds or
 * loses one. A change with no follow-up reports the days waited until today (never below 0).
 * Instants are compared as instants, not as text, so `Z` and `+01:00` mix safely. Result oldest
 * change first. Only the latest change of each goal is known from `changedAt`.
 */
export function followUpLag(plan: Pick<Plan, 'lifeGoal' | 'goals' | 'efforts' | 'revisions'>, today: IsoDate): FollowUp[] {
  const effortChanges: { at: IsoDateTime; ms: number }[] = [
    ...plan.efforts.map((effort) => effort.changedAt),
    ...plan.revisions.filter((revision) => revision.changes.some((change) => change.target === 'effort')).map((revision) => revision.at),
  ]
    .map((at) => ({ at, ms: Date.parse(at) }))
    .sort((a, b) => a.ms - b.ms);

  const changes: PlanChange[] = [
    { target: 'lifeGoal', changedAt: plan.lifeGoal.changedAt },
    ...plan.goals.map((goal): PlanChange => ({ target: 'goal', goal, changedAt: goal.changedAt })),
  ];
  return changes
    .map((change) => ({ change, ms: Date.parse(change.changedAt) }))
    .sort((a, b) => a.ms - b.ms)
    .map(({ change, ms }): FollowUp => {
      const followUp = effortChanges.find((effortChange) => effortChange.ms >= ms);
      const changedOn = danishDateOf(change.changedAt);
      if (followUp) return { state: 'followedUp', change, followedUpAt: followUp.at, days: daysBetween(changedOn, danishDateOf(followUp.at)) };
      return { state: 'waiting', change, days: Math.max(0, daysBetween(changedOn, today)) };
    });
}

/**
 * The changes still waiting for a follow-up after at least {@link FOLLOW_UP_NOTICE_DAYS} days,
 * longest wait first. Shorter waits are normal work in progress and are not flagged.
 */
export function waitingFollowUps(followUps: readonly FollowUp[]): WaitingFollowUp[] {
  return followUps
    .filter((followUp): followUp is WaitingFollowUp => followUp.state === 'waiting' && followUp.days >= FOLLOW_UP_NOTICE_DAYS)
    .sort((a, b) => b.days - a.days);
}

/**
 * The warnings to show, most urgent first: what is already late (overdue actions, then changes
 * the efforts have not followed), then what confuses the young person now (double offers: "many
 * contacts with different agendas", seed 003), then what is coming (transitions, soonest first),
 * then the shape of the plan (efforts without a goal, no community goal). Within a kind, the
 * order of the facts (most overdue, longest waiting, soonest, plan order).
 */
export function planWarnings(facts: PlanFacts): PlanWarning[] {
  return [
    ...facts.overdueActions.map((overdue): PlanWarning => ({ kind: 'overdue', ...overdue })),
    ...facts.waitingFollowUps.map((waiting): PlanWarning => ({ kind: 'followUpWaiting', change: waiting.change, daysWaited: waiting.days })),
    ...facts.doubleOffers.map((pair): PlanWarning => ({ kind: 'doubleOffer', ...pair })),
    ...facts.transitionsAhead.map((transition): PlanWarning => ({ kind: 'transitionAhead', ...transition })),
    ...facts.unlinkedEfforts.map((unlinked): PlanWarning => ({ kind: 'unlinkedEffort', ...unlinked })),
    ...(facts.hasCommunityGoal ? [] : [{ kind: 'noCommunityGoal' } as const]),
  ];
}

export interface UnitEfforts {
  unit: Unit;
  /** The unit's efforts, earliest start first (plan order on the same day). */
  efforts: Effort[];
}

/**
 * The efforts grouped by the unit that delivers them, for the timeline of parallel efforts across
 * departments (seed 000). Units are ordered by their first effort's start, so the timeline reads
 * from the top down in the order the young person met them; a tie keeps plan order. A unit is
 * known by its id; its name is taken from its first effort in plan order.
 */
export function effortsByUnit(efforts: readonly Effort[]): UnitEfforts[] {
  const groups = new Map<Id, UnitEfforts>();
  for (const effort of efforts) {
    const group = groups.get(effort.unit.id);
    if (group) group.efforts.push(effort);
    else groups.set(effort.unit.id, { unit: effort.unit, efforts: [effort] });
  }
  const byStart = (a: Effort, b: Effort) => a.start.localeCompare(b.start);
  const units = [...groups.values()];
  for (const group of units) group.efforts.sort(byStart);
  // Each group's efforts are sorted, so the first is its earliest start; sort is stable for ties.
  return units.sort((a, b) => byStart(a.efforts[0] as Effort, b.efforts[0] as Effort));
}

/**
 * The efforts that run on `date`: started on or before it and not ended before it (inclusive
 * dates; an open end means "still running"; a completed or stopped effort without an end ended on
 * the date of its last change, see {@link effortEnd}). Paused efforts still belong to their span:
 * the timeline shows their status.
 */
export function parallelEfforts(efforts: readonly Effort[], date: IsoDate): Effort[] {
  return efforts.filter((effort) => {
    const end = effortEnd(effort);
    return effort.start <= date && (end === null || date <= end);
  });
}

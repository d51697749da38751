import type { Id, IsoDate } from '../schemas/common.js';
import type { Effort, NextAction, Plan, PlanNote } from '../schemas/plan.js';
import { addDays, daysBetween } from '../time/calendar.js';
import { sameValue } from './apply-plan-update.js';
import { effortEnd, effortsByUnit, planWarnings, type PlanFacts, type PlanWarning, type UnitEfforts } from './plan-facts.js';

// What changed between two versions, to tell the user what the other person did.

export type PlanPartChange = { id: Id; action: 'added' | 'changed' | 'removed' };

/** What differs between the version a user edited and the one that won; ids refer to either. */
export interface PlanDifferences {
  lifeGoal: boolean;
  goals: PlanPartChange[];
  efforts: PlanPartChange[];
  notes: PlanPartChange[];
  comment: boolean;
}

/** Which parts of the plan differ between `before` and `after` (by id, with `sameValue`). */
export function planDifferences(before: Plan, after: Plan): PlanDifferences {
  return {
    lifeGoal: !sameValue(before.lifeGoal, after.lifeGoal),
    goals: partChanges(before.goals, after.goals),
    efforts: partChanges(before.efforts, after.efforts),
    notes: partChanges(before.notes, after.notes),
    comment: !sameValue(before.youthComment, after.youthComment),
  };
}

function partChanges<T extends { id: Id }>(before: readonly T[], after: readonly T[]): PlanPartChange[] {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const changes: PlanPartChange[] = [];
  for (const item of after) {
    const previous = beforeById.get(item.id);
    if (!previous) changes.push({ id: item.id, action: 'added' });
    else if (!sameValue(previous, item)) changes.push({ id: item.id, action: 'changed' });
  }
  for (const item of before) if (!afterIds.has(item.id)) changes.push({ id: item.id, action: 'removed' });
  return changes;
}

// The view: everything the plan widget shows beyond the raw plan, derived once per change.

/** How many days before and after today the timeline shows: the recent past and the half-year ahead. */
export const TIMELINE_DAYS_BEFORE = 180;
export const TIMELINE_DAYS_AFTER = 180;

/** Where an effort sits on the timeline, as fractions (0–1) of the window. */
export interface TimelineBar {
  effort: Effort;
  /** 0–1; where the bar starts in the window. */
  from: number;
  /** 0–1; where the bar ends in the window (at least `from`). */
  to: number;
  /** The effort started before the window. */
  startsBefore: boolean;
  /** The effort runs past the window, or has no end yet. */
  endsAfter: boolean;
  /** The last day (inclusive), or null while it runs with no end in sight. */
  end: IsoDate | null;
}

export interface TimelineUnit extends UnitEfforts {
  bars: TimelineBar[];
}

export interface PlanTimeline {
  from: IsoDate;
  to: IsoDate;
  /** 0–1; where today sits in the window. */
  today: number;
  units: TimelineUnit[];
}

/** A next action in the "who does what, how, when" list. */
export interface PlanNextAction {
  effort: Effort;
  action: NextAction;
  /** Whole days past due (0 when not overdue). */
  daysOverdue: number;
}

/** What the plan view renders, derived once per change so every framework shows the same. */
export interface PlanView {
  warnings: PlanWarning[];
  timeline: PlanTimeline;
  /** Next actions of planned and active efforts, soonest due first. */
  nextActions: PlanNextAction[];
  /** Notes, newest first. */
  notes: PlanNote[];
}

/** The timeline of parallel efforts by unit over a window around today (seed 000: one timeline across departments). */
export function planTimeline(efforts: readonly Effort[], today: IsoDate, daysBefore = TIMELINE_DAYS_BEFORE, daysAfter = TIMELINE_DAYS_AFTER): PlanTimeline {
  const from = addDays(today, -daysBefore);
  const to = addDays(today, daysAfter);
  const span = daysBefore + daysAfter + 1;
  const at = (date: IsoDate): number => Math.min(1, Math.max(0, daysBetween(from, date) / span));
  const units = effortsByUnit(efforts).map((group) => ({
    ...group,
    bars: group.efforts.map((effort): TimelineBar => {
      const end = effortEnd(effort);
      const start = at(effort.start);
      return {
        effort,
        from: start,
        // An end date is inclusive: the bar reaches the end of that day.
        to: Math.max(start, end === null ? 1 : Math.min(1, (daysBetween(from, end) + 1) / span)),
        startsBefore: effort.start < from,
        endsAfter: end === null || end > to,
        end,
      };
    }),
  }));
  return { from, to, today: at(today), units };
}

/** Everything the plan view shows, from the plan and its facts. */
export function derivePlanView(plan: Plan, facts: PlanFacts): PlanView {
  const nextActions = plan.efforts
    .filter((effort) => effort.nextAction && (effort.status === 'planned' || effort.status === 'active'))
    .map((effort): PlanNextAction => {
      const action = effort.nextAction as NextAction;
      return { effort, action, daysOverdue: action.due < facts.today ? daysBetween(action.due, facts.today) : 0 };
    })
    .sort((a, b) => a.action.due.localeCompare(b.action.due));
  return {
    warnings: planWarnings(facts),
    timeline: planTimeline(plan.efforts, facts.today),
    nextActions,
    notes: [...plan.notes].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

import type { IsoDate } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import { danishToday } from '../time/calendar.js';

/**
 * The Danish day the plan last saw activity: a revision, a change of the life goal, a goal or an
 * effort, the young person's comment, or a note. Feed it to passivity as `lastPlanActivity`;
 * kept apart so the progression facts need no plan, only a date.
 */
export function lastPlanActivity(plan: Pick<Plan, 'lifeGoal' | 'goals' | 'efforts' | 'notes' | 'youthComment' | 'revisions'>): IsoDate | null {
  const instants = [
    plan.lifeGoal.changedAt,
    ...plan.goals.map((goal) => goal.changedAt),
    ...plan.efforts.map((effort) => effort.changedAt),
    ...plan.revisions.map((revision) => revision.at),
    ...(plan.youthComment ? [plan.youthComment.changedAt] : []),
  ];
  const days = [...instants.map((instant) => danishToday(new Date(instant))), ...plan.notes.map((note) => note.date)];
  return days.reduce<IsoDate | null>((last, day) => (last === null || day > last ? day : last), null);
}

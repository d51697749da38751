import type { IsoDate, Plan, PlanWarning } from '@ungeforlob/sdk';
import type { Fragment, PlanMessages } from '../i18n/messages.js';

// The plan's warnings in the plan's words: the plan shows them, and a network meeting's agenda
// opens with them, so a warning reads the same in both.

/** One translated sentence per warning; the words carry the meaning, the colour only repeats it. */
export function warningSentence(copy: PlanMessages, plan: Plan, warning: PlanWarning, date: (day: IsoDate) => Fragment): Fragment {
  const { warnings } = copy;
  switch (warning.kind) {
    case 'overdue':
      return warnings.overdue(
        warning.action.text,
        warning.effort.offer.name,
        date(warning.action.due),
        warning.daysOverdue,
        warning.action.responsible.name,
        warning.action.responsible.unit.name,
      );
    case 'followUpWaiting':
      return warning.change.target === 'lifeGoal'
        ? warnings.lifeGoalWaiting(warning.daysWaited)
        : warnings.goalWaiting(warning.change.goal.text, warning.daysWaited);
    case 'doubleOffer': {
      const [first, second] = warning.efforts;
      return warnings.doubleOffer(first.offer.name, first.unit.name, second.offer.name, second.unit.name);
    }
    case 'transitionAhead':
      return warnings.transition(warning.transition, plan.firstName, date(warning.on), warning.daysUntil);
    case 'unlinkedEffort':
      return warnings.unlinkedEffort(warning.effort.offer.name, warning.effort.unit.name);
    case 'noCommunityGoal':
      return warnings.noCommunityGoal;
  }
}

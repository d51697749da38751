import type { Plan, PlanUpdate } from '@ungeforlob/sdk';

/** The `PlanUpdate` that sends `plan` back unchanged: its editable parts without the server's `changedAt` stamps. */
export function planUpdateOf(plan: Plan): PlanUpdate {
  const { changedAt: _lifeGoalChangedAt, ...lifeGoal } = plan.lifeGoal;
  return {
    lifeGoal,
    goals: plan.goals.map(({ changedAt: _changedAt, ...goal }) => goal),
    efforts: plan.efforts.map(({ changedAt: _changedAt, ...effort }) => effort),
    notes: plan.notes,
  };
}

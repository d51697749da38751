import type { Plan } from '@ungeforlob/sdk';

/** `uf-plan-loaded`: the plan arrived; `null` when the course has no plan yet. */
export interface UfPlanLoadedDetail {
  plan: Plan | null;
}

export type UfPlanLoadedEvent = CustomEvent<UfPlanLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-plan-loaded': UfPlanLoadedEvent;
  }
}

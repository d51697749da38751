import type { Plan } from '@ungeforlob/sdk';

/** `uf-plan-saved`: the server accepted every pending edit; `plan` is the version it returned. */
export interface UfPlanSavedDetail {
  plan: Plan;
}

export type UfPlanSavedEvent = CustomEvent<UfPlanSavedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-plan-saved': UfPlanSavedEvent;
  }
}

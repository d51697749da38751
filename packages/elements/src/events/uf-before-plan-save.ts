import type { PlanEdit } from '@ungeforlob/sdk';

/** `uf-before-plan-save` (cancelable): the edit about to be sent. `preventDefault()` vetoes it. */
export interface UfBeforePlanSaveDetail {
  edit: PlanEdit;
}

export type UfBeforePlanSaveEvent = CustomEvent<UfBeforePlanSaveDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-before-plan-save': UfBeforePlanSaveEvent;
  }
}

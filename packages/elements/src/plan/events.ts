import type { Plan, PlanEdit } from '@ungeforlob/sdk';

/** `uf-plan-loaded`: the plan arrived; `null` when the course has no plan yet. */
export interface PlanLoadedDetail {
  plan: Plan | null;
}

/**
 * `uf-error` from `<uf-plan>`: loading or saving failed (a conflict is a save error of kind
 * `conflict`). Same shape as the contact card's, so one listener serves every widget.
 */
export interface PlanErrorDetail {
  error: Error;
  operation: 'load' | 'save';
}

/** `uf-before-plan-save` (cancelable): the edit about to be sent. `preventDefault()` vetoes it. */
export interface PlanSaveDetail {
  edit: PlanEdit;
}

/** `uf-plan-saved`: the server accepted every pending edit; `plan` is the version it returned. */
export interface PlanSavedDetail {
  plan: Plan;
}

export type PlanLoadedEvent = CustomEvent<PlanLoadedDetail>;
export type PlanErrorEvent = CustomEvent<PlanErrorDetail>;
export type PlanSaveEvent = CustomEvent<PlanSaveDetail>;
export type PlanSavedEvent = CustomEvent<PlanSavedDetail>;

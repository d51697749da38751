// The plan's events, under the names they have always been exported by. Each file in ../events/
// also adds its event to GlobalEventHandlersEventMap.
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';
import type { UfPlanLoadedDetail, UfPlanLoadedEvent } from '../events/uf-plan-loaded.js';
import type { UfBeforePlanSaveDetail, UfBeforePlanSaveEvent } from '../events/uf-before-plan-save.js';
import type { UfPlanSavedDetail, UfPlanSavedEvent } from '../events/uf-plan-saved.js';

export type PlanLoadedDetail = UfPlanLoadedDetail;
/** `uf-error` from the plan: loading or saving failed (a conflict is a save error of kind `conflict`). */
export type PlanErrorDetail = UfErrorDetail<'load' | 'save'>;
export type PlanSaveDetail = UfBeforePlanSaveDetail;
export type PlanSavedDetail = UfPlanSavedDetail;

export type PlanLoadedEvent = UfPlanLoadedEvent;
export type PlanErrorEvent = UfErrorEvent;
export type PlanSaveEvent = UfBeforePlanSaveEvent;
export type PlanSavedEvent = UfPlanSavedEvent;

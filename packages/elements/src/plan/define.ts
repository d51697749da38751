import { UfPlan } from './plan.js';
import type { PlanLoadedEvent, PlanSaveEvent, PlanSavedEvent } from './events.js';

export { UfPlan };
export type { PlanMode } from './plan.js';
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-plan')) customElements.define('uf-plan', UfPlan);

declare global {
  interface HTMLElementTagNameMap {
    'uf-plan': UfPlan;
  }
  // `uf-error` is declared once, by the contact card, with the same detail shape ({ error, operation }).
  interface GlobalEventHandlersEventMap {
    'uf-plan-loaded': PlanLoadedEvent;
    'uf-before-plan-save': PlanSaveEvent;
    'uf-plan-saved': PlanSavedEvent;
  }
}

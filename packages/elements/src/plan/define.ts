// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfPlan } from './plan.js';

export { UfPlan };
export type { PlanMode } from './plan.js';
// Also types the plan's events (uf-plan-loaded, uf-error, uf-before-plan-save, uf-plan-saved) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-plan')) customElements.define('uf-plan', UfPlan);

declare global {
  interface HTMLElementTagNameMap {
    'uf-plan': UfPlan;
  }
}

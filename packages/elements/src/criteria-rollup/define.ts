// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfCriteriaRollup } from './criteria-rollup.js';

export { UfCriteriaRollup };
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-criteria-rollup')) customElements.define('uf-criteria-rollup', UfCriteriaRollup);

declare global {
  interface HTMLElementTagNameMap {
    'uf-criteria-rollup': UfCriteriaRollup;
  }
}

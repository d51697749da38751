// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfProgression } from './progression.js';

export { UfProgression };
export type { ProgressionMode } from './progression.js';
// Also types the widget's events (uf-progression-loaded, uf-error) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-progression')) customElements.define('uf-progression', UfProgression);

declare global {
  interface HTMLElementTagNameMap {
    'uf-progression': UfProgression;
  }
}

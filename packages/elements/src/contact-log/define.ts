// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfContactLog } from './contact-log.js';

export { UfContactLog };
export type { ContactLogMode } from './contact-log.js';
// Also types the contact log's events (uf-contact-log-loaded, uf-contact-logged, uf-error) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-contact-log')) customElements.define('uf-contact-log', UfContactLog);

declare global {
  interface HTMLElementTagNameMap {
    'uf-contact-log': UfContactLog;
  }
}

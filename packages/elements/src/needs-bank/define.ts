// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfNeedsBank } from './needs-bank.js';

export { UfNeedsBank };
export type { NeedsBankMode } from './needs-bank.js';
// Also types the needs bank's events (uf-needs-loaded, uf-error) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-needs-bank')) customElements.define('uf-needs-bank', UfNeedsBank);

declare global {
  interface HTMLElementTagNameMap {
    'uf-needs-bank': UfNeedsBank;
  }
}

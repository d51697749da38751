// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfContactCard } from './contact-card.js';

export { UfContactCard };
export type { ContactCardMode } from './contact-card.js';
// Also types the card's events (uf-contact-loaded, uf-error, uf-(before-)preferred-channel-change) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-contact-card')) customElements.define('uf-contact-card', UfContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'uf-contact-card': UfContactCard;
  }
}

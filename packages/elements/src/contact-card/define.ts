import { UfContactCard } from './contact-card.js';
import type { ContactErrorEvent, ContactLoadedEvent, PreferredChannelChangeEvent } from './events.js';

export { UfContactCard };
export type { ContactCardMode } from './contact-card.js';
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-contact-card')) customElements.define('uf-contact-card', UfContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'uf-contact-card': UfContactCard;
  }
  interface GlobalEventHandlersEventMap {
    'uf-contact-loaded': ContactLoadedEvent;
    'uf-error': ContactErrorEvent;
    'uf-before-preferred-channel-change': PreferredChannelChangeEvent;
    'uf-preferred-channel-change': PreferredChannelChangeEvent;
  }
}

// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfOfferCatalogue } from './offer-catalogue.js';

export { UfOfferCatalogue };
export type { OfferCatalogueMode } from './offer-catalogue.js';
// Also types the catalogue's events (uf-offers-loaded, uf-error, uf-offer-add-to-plan) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-offer-catalogue')) customElements.define('uf-offer-catalogue', UfOfferCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'uf-offer-catalogue': UfOfferCatalogue;
  }
}

// The catalogue's events. Each file in ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';
import type { UfOffersLoadedDetail, UfOffersLoadedEvent } from '../events/uf-offers-loaded.js';
import type { UfOfferAddToPlanDetail, UfOfferAddToPlanEvent } from '../events/uf-offer-add-to-plan.js';

export type OffersLoadedDetail = UfOffersLoadedDetail;
/** `uf-error` from the catalogue: loading failed. */
export type OfferCatalogueErrorDetail = UfErrorDetail<'load'>;
export type OfferAddToPlanDetail = UfOfferAddToPlanDetail;

export type OffersLoadedEvent = UfOffersLoadedEvent;
export type OfferCatalogueErrorEvent = UfErrorEvent;
export type OfferAddToPlanEvent = UfOfferAddToPlanEvent;

// The offer catalogue's headless parts beyond its client: finding offers, their reviews, the store.
export { findOffers, catalogueUnits, type OfferFilter } from './offer-search.js';
export { loadCatalogue, offerChoiceOf } from './load-catalogue.js';
export { offerReviews, RELATIONS_CRITERION_ID, HIGH_DEGREE, type OfferReview } from './offer-reviews.js';
export { OfferCatalogueStore, type OfferCatalogueState, type OfferCatalogueStoreOptions } from './offer-catalogue-store.js';

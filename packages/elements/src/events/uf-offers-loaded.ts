import type { Offer } from '@ungeforlob/sdk';

/** `uf-offers-loaded`: the offer catalogue arrived (`offers`: the whole catalogue as sent, before any filter). */
export interface UfOffersLoadedDetail {
  offers: readonly Offer[];
}

export type UfOffersLoadedEvent = CustomEvent<UfOffersLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-offers-loaded': UfOffersLoadedEvent;
  }
}

import type { Id, Offer, OfferChoice } from '@ungeforlob/sdk';

/**
 * `uf-offer-add-to-plan` (cancelable): a professional chose "Tilføj til planen" for an offer of the
 * catalogue. A `<uf-plan>` of the same course on the page opens its add-effort form with the offer
 * chosen and sets `handled`; no host code is needed. A host that adds efforts its own way calls
 * `preventDefault()` (the plan then leaves it alone) and sets `handled` itself.
 */
export interface UfOfferAddToPlanDetail {
  courseId: Id;
  offer: Offer;
  /** The offer as the plan's effort form takes it: the offer and its unit. */
  choice: OfferChoice;
  /** Set by whoever took the offer into a plan; the catalogue tells the user when nobody did. */
  handled: boolean;
}

export type UfOfferAddToPlanEvent = CustomEvent<UfOfferAddToPlanDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-offer-add-to-plan': UfOfferAddToPlanEvent;
  }
}

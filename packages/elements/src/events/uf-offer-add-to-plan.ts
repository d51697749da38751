import type { Id, Offer, OfferChoice } from '@ungeforlob/sdk';

/**
 * What came of "Tilføj til planen", set by whoever took the event; the catalogue says it in its live
 * region. `opened`: a plan opened its add-effort form with the offer. `busy`: the plan has another
 * form with unsaved changes open, to finish first. `loading`: the plan has not loaded yet. `noPlan`:
 * the course has no plan yet. `handled`: the host took it its own way. `unhandled`: nobody did.
 */
export type OfferAddToPlanOutcome = 'unhandled' | 'opened' | 'busy' | 'loading' | 'noPlan' | 'handled';

/**
 * `uf-offer-add-to-plan` (cancelable): a professional chose "Tilføj til planen" for an offer of the
 * catalogue. A staff `<uf-plan>` of the same course anywhere on the page takes it (listening on the
 * window) and sets `outcome`; no host code is needed. A host that adds efforts its own way listens
 * on the document or the catalogue (so before the plan), calls `preventDefault()` (the plan then
 * leaves it alone) and sets `outcome` to `handled`.
 */
export interface UfOfferAddToPlanDetail {
  courseId: Id;
  offer: Offer;
  /** The offer as the plan's effort form takes it: the offer and its unit. */
  choice: OfferChoice;
  /** Starts as `unhandled`; set by whoever takes the event. */
  outcome: OfferAddToPlanOutcome;
}

export type UfOfferAddToPlanEvent = CustomEvent<UfOfferAddToPlanDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-offer-add-to-plan': UfOfferAddToPlanEvent;
  }
}

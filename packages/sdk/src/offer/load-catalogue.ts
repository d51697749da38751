import type { CallOptions } from '../client/call.js';
import type { UfClient } from '../client/create-client.js';
import type { OfferChoice } from '../plan/plan-drafts.js';
import type { Offer } from '../schemas/offer.js';
import { cacheOf } from '../store/resource-cache.js';

// What the plan's effort form needs of the catalogue, apart from the catalogue widget's store and
// search, so a page with only the plan does not load those.

/**
 * The offer catalogue, read once for everyone on the page who asks while it is on its way (the
 * catalogue widget and the plan's effort form, say).
 */
export function loadCatalogue(client: UfClient, options: CallOptions = {}): Promise<Offer[]> {
  return cacheOf(client).fetch(['offers'], (signal) => client.offers.list({ signal }), options.signal ? { signal: options.signal } : {});
}

/** An offer as the plan's effort form picks it: the offer and the unit that runs it. */
export function offerChoiceOf(offer: Offer): OfferChoice {
  return { offer: { id: offer.id, name: offer.name, kind: offer.kind }, unit: offer.unit };
}

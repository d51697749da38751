import { getOffer, listOffers } from '../contract/operations.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { Offer } from '../schemas/offer.js';
import { routes } from './api-paths.js';
import { requestOf, type Call, type CallOptions, type Reply } from './call.js';

/** The municipality's offer catalogue (tilbudsvifte). */
export interface OfferResource {
  /** Every offer, by name: active and retired for staff; the active ones, in plain words, for a young person. */
  list(options?: CallOptions): Promise<Offer[]>;
  /** One offer. Throws an `HttpError` with status 404 when there is none with this id. */
  get(offerId: string, options?: CallOptions): Promise<Offer>;
}

export function offerResource(call: Call): OfferResource {
  return {
    async list(options) {
      return bodyOf(await call(requestOf(listOffers, routes.offers.path(), { signal: options?.signal })), listOffers.route.template).offers;
    },
    async get(offerId, options) {
      return bodyOf(await call(requestOf(getOffer, routes.offer.path(offerId), { signal: options?.signal })), getOffer.route.template);
    },
  };
}

/** A read's body: a 204 where the contract promises one is a breach, as with every resource. */
function bodyOf<T>(reply: Reply<T>, template: string): T {
  if (reply.value === null) throw new ResponseValidationError(`GET ${template}`, [{ path: '', code: 'empty_body' }]);
  return reply.value;
}

import { getOffer, listOffers, saveOffer } from '../contract/operations.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { Offer, OfferInput } from '../schemas/offer.js';
import { routes } from './api-paths.js';
import { requestOf, versioned, type Call, type CallOptions, type Reply, type Versioned } from './call.js';

export interface SaveOfferOptions extends CallOptions {
  /** The ETag of the offer the change is based on; leave it out to add a new offer (sent as `If-None-Match: *`). */
  ifMatch?: string;
}

/** The municipality's offer catalogue (tilbudsvifte). */
export interface OfferResource {
  /** Every offer, by name: active and retired for staff; the active ones, in plain words, for a young person. */
  list(options?: CallOptions): Promise<Offer[]>;
  /** One offer with its ETag. Throws an `HttpError` with status 404 when there is none with this id. */
  get(offerId: string, options?: CallOptions): Promise<Versioned<Offer>>;
  /**
   * Add an offer (no `ifMatch`) or change one (`ifMatch`: the ETag it is based on); offer
   * administrators only. A change made meanwhile, or an id already taken, is a `ConflictError`
   * carrying the stored offer.
   */
  save(offer: OfferInput, options?: SaveOfferOptions): Promise<Versioned<Offer>>;
}

export function offerResource(call: Call): OfferResource {
  return {
    async list(options) {
      return bodyOf(await call(requestOf(listOffers, routes.offers.path(), { signal: options?.signal })), listOffers.route.template).offers;
    },
    async get(offerId, options) {
      return versioned(await call(requestOf(getOffer, routes.offer.path(offerId), { signal: options?.signal })), `GET ${getOffer.route.template}`);
    },
    async save(offer, options = {}) {
      const request = requestOf(saveOffer, routes.offer.path(offer.id), {
        json: offer,
        signal: options.signal,
        ...(options.ifMatch ? { ifMatch: options.ifMatch } : { headers: { 'If-None-Match': '*' } }),
      });
      return versioned(await call(request), `PUT ${saveOffer.route.template}`);
    },
  };
}

/** A read's body: a 204 where the contract promises one is a breach, as with every resource. */
function bodyOf<T>(reply: Reply<T>, template: string): T {
  if (reply.value === null) throw new ResponseValidationError(`GET ${template}`, [{ path: '', code: 'empty_body' }]);
  return reply.value;
}

import { offerListForYouth } from '../access/youth-view.js';
import { Id } from '../schemas/common.js';
import type { Offer } from '../schemas/offer.js';
import type { MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { json, problem } from './replies.js';

/** The offer catalogue of the in-memory transport: the seed's offers, read as the server reads them. */
export class MemoryOffers implements MemoryResource {
  private readonly offers: Offer[];

  constructor(context: MemoryContext) {
    this.offers = context.seed.offers ?? [];
  }

  readonly handlers = {
    listOffers: (_request, _param, caller) => json(caller.shown({ offers: this.offers }, offerListForYouth)),
    getOffer: (_request, param, caller) => {
      const offerId = param('offerId');
      if (!Id.safeParse(offerId).success) return problem(400, 'Invalid offer id');
      const offer = this.offers.filter((candidate) => candidate.id === offerId);
      // Through the catalogue's rule: a young person is not shown a retired offer, so for them it is not there.
      const [shown] = caller.shown({ offers: offer }, offerListForYouth).offers;
      return shown ? json(shown) : problem(404, 'No such offer');
    },
  } satisfies MemoryHandlers;
}

import { offerForYouth, offerListForYouth } from '../access/youth-view.js';
import { problemTypes } from '../client/api-paths.js';
import { saveOffer } from '../contract/operations.js';
import { Id } from '../schemas/common.js';
import type { Offer } from '../schemas/offer.js';
import type { MemoryCaller, MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { invalid, json, missingIfMatch, parseBody, problem, sent, staleIfMatch } from './replies.js';

interface StoredOffer {
  offer: Offer;
  version: number;
}

/**
 * The offer catalogue of the in-memory transport: the seed's offers, read as the server reads them,
 * and added to or changed as an offer administrator does (If-None-Match: * to add, If-Match to change).
 */
export class MemoryOffers implements MemoryResource {
  private readonly offers = new Map<Id, StoredOffer>();

  constructor(context: MemoryContext) {
    for (const offer of context.seed.offers ?? []) this.offers.set(offer.id, { offer, version: 1 });
  }

  private catalogue(): Offer[] {
    return [...this.offers.values()].map(({ offer }) => offer).sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));
  }

  /** The offer as `caller` is shown it with its tag; null for a young person when it is retired (the catalogue's rule). */
  private shown(stored: StoredOffer, caller: MemoryCaller) {
    const [visible] = caller.shown({ offers: [stored.offer] }, offerListForYouth).offers;
    return visible ? caller.view(stored.offer, stored.version, offerForYouth) : null;
  }

  readonly handlers = {
    listOffers: (_request, _param, caller) => json(caller.shown({ offers: this.catalogue() }, offerListForYouth)),
    getOffer: (_request, param, caller) => {
      const offerId = param('offerId');
      if (!Id.safeParse(offerId).success) return problem(400, 'Invalid offer id');
      const stored = this.offers.get(offerId);
      const shown = stored && this.shown(stored, caller);
      return shown ? sent(shown) : problem(404, 'No such offer');
    },
    saveOffer: async (request, param, caller) => {
      const offerId = param('offerId');
      if (!Id.safeParse(offerId).success) return problem(400, 'Invalid offer id');
      const noneMatch = request.headers.get('if-none-match') === '*';
      const create = noneMatch && !request.headers.get('if-match');
      if (!create) {
        const missing = missingIfMatch(request);
        if (missing) return missing;
      }
      const input = await parseBody(request, saveOffer.request);
      if (input instanceof Response) return input;
      if (input.id !== offerId) return invalid([{ path: 'id', code: 'id_mismatch' }]);
      const stored = this.offers.get(offerId);
      // What a 412 sends back is what the caller may see of it, as the server's: nothing, for a young person and a retired offer.
      const shown = stored ? this.shown(stored, caller) : null;
      // With If-Match too, If-None-Match: * fails wherever the offer exists (RFC 9110 §13.2.2).
      if (noneMatch && stored) {
        return shown
          ? problem(412, 'The offer exists', { type: problemTypes.editConflict, current: shown.body }, { etag: shown.etag })
          : problem(412, 'The offer exists', { type: problemTypes.editConflict });
      }
      if (!create) {
        const stale = staleIfMatch(request, shown);
        if (stale) return stale;
      }
      const written: StoredOffer = { offer: { ...input, changedAt: new Date().toISOString() }, version: (stored?.version ?? 0) + 1 };
      this.offers.set(offerId, written);
      return sent(caller.view(written.offer, written.version, offerForYouth), create ? 201 : 200);
    },
  } satisfies MemoryHandlers;
}

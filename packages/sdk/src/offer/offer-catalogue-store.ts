import type { UfClient } from '../client/create-client.js';
import { STRATEGIC_CRITERIA_ID } from '../questionnaire/default-definition.js';
import type { Id } from '../schemas/common.js';
import type { Unit } from '../schemas/contact.js';
import type { Offer } from '../schemas/offer.js';
import type { LocalizedText, OfferRollUp } from '../schemas/questionnaire.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus } from '../store/status.js';
import { offerReviews, type OfferReview } from './offer-reviews.js';
import { loadCatalogue } from './load-catalogue.js';
import { catalogueUnits, findOffers, type OfferFilter } from './offer-search.js';

export interface OfferCatalogueState {
  status: LoadStatus;
  error: Error | null;
  /** The whole catalogue as the server sent it, by name (for a young person: the active offers in plain words). */
  offers: Offer[];
  /** The units that run an offer, by name: the unit filter's choices. */
  units: Unit[];
  /** Each reviewed offer's latest criteria review, by offer id; empty without reviews. */
  reviews: ReadonlyMap<Id, OfferReview>;
  /** The criteria the reviews score, in order (the questionnaire's latest version); empty without reviews. */
  criteria: { id: Id; title: LocalizedText }[];
  filter: OfferFilter;
  /** The offers that match {@link filter}, by name. */
  found: Offer[];
}

export interface OfferCatalogueStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  /**
   * Also read each offer's latest strategic-criteria review (the offers × criteria roll-up), to
   * show its scores and to filter by "gives relations to non-professionals". Staff only: the
   * server refuses the roll-up to a young person, who is shown the offers without scores.
   */
  withReviews?: boolean;
  /** The questionnaire whose reviews are shown; default the strategic criteria. */
  definitionId?: Id;
}

interface CatalogueValue {
  offers: Offer[];
  rollUp: OfferRollUp | null;
}

/**
 * Headless state for the municipality's offer catalogue (tilbudsvifte): loading with retry, the
 * offers' latest criteria reviews for staff, and a filter whose matches are kept current. The
 * catalogue is read through the client's shared cache, so the plan's effort form on the same page
 * joins the same request.
 */
export class OfferCatalogueStore extends ResourceStore<OfferCatalogueState, CatalogueValue> {
  private readonly client: UfClient;
  private readonly withReviews: boolean;
  private readonly definitionId: Id;
  private value: CatalogueValue | null = null;

  constructor(options: OfferCatalogueStoreOptions) {
    super({ status: 'idle', error: null, offers: [], units: [], reviews: new Map(), criteria: [], filter: {}, found: [] }, options);
    this.client = options.client;
    this.withReviews = options.withReviews ?? false;
    this.definitionId = options.definitionId ?? STRATEGIC_CRITERIA_ID;
  }

  /** Narrow the catalogue: replaces the whole filter (what is left out lets every offer through). */
  setFilter(filter: OfferFilter): void {
    const { offers, reviews } = this.getSnapshot();
    this.setState({ filter, found: findOffers(offers, filter, reviews) });
  }

  /** The catalogue has no writes; trying again means loading again. */
  retry(): Promise<void> {
    return this.load();
  }

  protected async fetch(signal: AbortSignal): Promise<CatalogueValue> {
    const [offers, rollUp] = await Promise.all([
      loadCatalogue(this.client, { signal }),
      this.withReviews ? this.client.questionnaire.rollUp(this.definitionId, { signal }) : null,
    ]);
    return { offers, rollUp };
  }

  protected hold(value: CatalogueValue | null): Partial<OfferCatalogueState> {
    this.value = value;
    const offers = value?.offers ?? [];
    const reviews = value?.rollUp ? offerReviews(value.rollUp) : new Map<Id, OfferReview>();
    return {
      status: offers.length > 0 ? 'ready' : 'empty',
      offers,
      units: catalogueUnits(offers),
      reviews,
      criteria: value?.rollUp?.criteria ?? [],
      found: findOffers(offers, this.getSnapshot().filter, reviews),
    };
  }

  protected derive(): Partial<OfferCatalogueState> {
    return {};
  }

  protected current(): CatalogueValue | null {
    return this.value;
  }
}

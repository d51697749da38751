import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadCatalogue, offerChoiceKey, offerChoiceOf, type OfferChoice, type UfClient } from '@ungeforlob/sdk';

/** Where the plan's reading of the offer catalogue stands; `off` while the host's own list is used (or none is needed). */
export type CatalogueStatus = 'off' | 'loading' | 'ready' | 'error';

/**
 * The offers a professional can pick when adding an effort: the host's `offers` when it sets
 * them (an override), else the municipality's catalogue, read from the API once per client (the
 * catalogue widget on the same page joins the same request), plus any offer handed over from
 * `<uf-offer-catalogue>`. Failure is kept, not thrown: the form still offers the plan's own offers.
 */
export class CatalogueChoices implements ReactiveController {
  status: CatalogueStatus = 'off';
  private loaded: OfferChoice[] = [];
  private handedOver: OfferChoice[] = [];
  private client: UfClient | undefined;
  private attempt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => { client: UfClient | undefined; override: readonly OfferChoice[]; wanted: boolean },
  ) {
    host.addController(this);
  }

  /** The choices, before the plan's own offers are added (see `offerChoices`). */
  get choices(): readonly OfferChoice[] {
    const { override } = this.source();
    return [...(override.length > 0 ? override : this.loaded), ...this.handedOver];
  }

  /** An offer chosen in the catalogue widget: pickable from now on, even before (or without) the catalogue. */
  handOver(choice: OfferChoice): void {
    if (!this.choices.some((known) => offerChoiceKey(known) === offerChoiceKey(choice))) this.handedOver = [...this.handedOver, choice];
  }

  hostUpdate(): void {
    const { client, override, wanted } = this.source();
    if (!wanted || override.length > 0 || !client) {
      if (this.status !== 'off' && override.length > 0) this.status = 'off';
      return;
    }
    if (client !== this.client) void this.load(client);
  }

  /** Read the catalogue again after a failure. */
  retry(): Promise<void> {
    const { client } = this.source();
    return client ? this.load(client) : Promise.resolve();
  }

  private async load(client: UfClient): Promise<void> {
    // Another client is another municipality's API, maybe: what was handed over for the old one goes.
    if (client !== this.client) this.handedOver = [];
    this.client = client;
    const attempt = ++this.attempt;
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const offers = await loadCatalogue(client);
      if (attempt !== this.attempt) return;
      this.loaded = offers.filter((offer) => offer.status === 'active').map(offerChoiceOf);
      this.status = 'ready';
    } catch {
      if (attempt !== this.attempt) return;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}

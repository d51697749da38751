import type { UfClient } from '../client/create-client.js';
import { loadCatalogue } from '../offer/load-catalogue.js';
import type { BankNeed, ProposalInput } from '../schemas/needs-bank.js';
import type { Offer } from '../schemas/offer.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus } from '../store/status.js';
import { failedWrite, idleWrite, type NeedsBankWrite } from './needs-write.js';

export interface OpenNeedsState {
  status: LoadStatus;
  error: Error | null;
  /** Other teams' open needs, newest first, each with the caller's own proposals. */
  needs: BankNeed[];
  /** The catalogue's active offers, by name: what a proposal can be. */
  offers: Offer[];
  write: NeedsBankWrite;
}

export interface OpenNeedsStoreOptions extends ResourceStoreOptions {
  client: UfClient;
}

interface OpenNeedsValue {
  needs: BankNeed[];
  offers: Offer[];
}

/**
 * Headless state for the needs bank as a professional of another team sees it: the open needs,
 * without who the young person is, and proposing an offer for one. The catalogue comes through
 * the client's shared cache, so a catalogue widget on the same page joins the same request.
 */
export class OpenNeedsStore extends ResourceStore<OpenNeedsState, OpenNeedsValue> {
  private readonly client: UfClient;
  private value: OpenNeedsValue | null = null;

  constructor(options: OpenNeedsStoreOptions) {
    super({ status: 'idle', error: null, needs: [], offers: [], write: idleWrite }, options);
    this.client = options.client;
  }

  /**
   * Propose an offer for an open need (`proposal.id` made once by the caller, kept for every
   * retry). Resolves true when it is stored. A need closed meanwhile is a `conflict` (409, `need-closed`).
   */
  propose(needId: string, proposal: ProposalInput): Promise<boolean> {
    const action = { kind: 'propose', needId, proposalId: proposal.id } as const;
    let stored = false;
    this.setState({ write: { status: 'saving', action, error: null } });
    return this.enqueueWrite(async (signal) => {
      try {
        const need = await this.client.needs.propose(needId, proposal, { signal });
        stored = true;
        const value = this.value ?? { needs: [], offers: [] };
        this.takeWritten(
          { ...value, needs: value.needs.map((candidate) => (candidate.id === need.id ? need : candidate)) },
          {
            write: { status: 'saved', action, error: null },
          },
        );
      } catch (error) {
        if (this.cancelled(error, signal)) return;
        // A need closed meanwhile stays shown with what was typed for it, so the user reads why it was not sent.
        this.setState({ write: failedWrite(action, error) });
      }
    }).then(() => stored);
  }

  retry(): Promise<void> {
    return this.load();
  }

  protected async fetch(signal: AbortSignal): Promise<OpenNeedsValue> {
    const [bank, offers] = await Promise.all([this.client.needs.listOpen({ signal }), loadCatalogue(this.client, { signal })]);
    return { needs: bank.needs, offers: offers.filter((offer) => offer.status === 'active') };
  }

  protected hold(value: OpenNeedsValue | null): Partial<OpenNeedsState> {
    this.value = value;
    const needs = value?.needs ?? [];
    return { status: needs.length > 0 ? 'ready' : 'empty', needs, offers: value?.offers ?? [] };
  }

  protected derive(): Partial<OpenNeedsState> {
    return {};
  }

  protected current(): OpenNeedsValue | null {
    return this.value;
  }
}

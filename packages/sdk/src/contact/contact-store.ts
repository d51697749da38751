import type { UfClient, Versioned } from '../client/create-client.js';
import { ConflictError } from '../errors/conflict-error.js';
import { isAbortError } from '../errors/uf-error.js';
import { NotLoadedError, ResourceLifecycle, asError } from '../store/resource-lifecycle.js';
import type { ChannelKind, Contact } from '../schemas/contact.js';
import { Store } from '../store/store.js';
import { deriveContactFacts, type ContactFacts } from './contact-facts.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error' | 'conflict';

export interface ContactSaveState {
  status: SaveStatus;
  /** What the user chose and has not been saved yet; kept through errors and conflicts. `undefined` = nothing pending. */
  draft: ChannelKind | null | undefined;
  error: Error | null;
}

export interface ContactState {
  status: LoadStatus;
  contact: Contact | null;
  etag: string | null;
  facts: ContactFacts | null;
  /** Why loading failed: usually a {@link UfError}; anything else is a bug reported as is. */
  error: Error | null;
  save: ContactSaveState;
  /** On conflict: the other person's version, to show next to the user's own choice; null when the server could not say. */
  theirs: Contact | null;
}

export interface ContactStoreOptions {
  client: UfClient;
  courseId: string;
  /** The clock; injectable so stories and tests can show any day. */
  now?: () => Date;
  /**
   * How often the time-dependent facts (channels open now, away today, aftercare days left) are
   * derived again while the store lives, in milliseconds. Default 60 000; 0 turns it off.
   */
  refreshFactsEveryMs?: number;
}

const idleSave: ContactSaveState = { status: 'idle', draft: undefined, error: null };

/**
 * Headless state for one course's contact: loading, empty, error with retry, derived facts kept
 * current by a clock, and saving the preferred channel with optimistic concurrency. Any
 * framework can render it; call {@link dispose} when the view goes away.
 */
export class ContactStore extends Store<ContactState> {
  private readonly client: UfClient;
  private readonly courseId: string;
  private readonly now: () => Date;
  private readonly lifecycle: ResourceLifecycle;

  constructor(options: ContactStoreOptions) {
    super({ status: 'idle', contact: null, etag: null, facts: null, error: null, save: idleSave, theirs: null });
    this.client = options.client;
    this.courseId = options.courseId;
    this.now = options.now ?? (() => new Date());
    this.lifecycle = new ResourceLifecycle(options.refreshFactsEveryMs ?? 60_000, () => this.refreshFacts());
  }

  /** Fetch the contact; a running load is cancelled first. Never rejects: failures land in `state.error`. */
  async load(): Promise<void> {
    if (this.lifecycle.disposed) return;
    this.setState({ status: 'loading', error: null });
    const outcome = await this.lifecycle.load((signal) => this.client.contact.get(this.courseId, { signal }));
    if (outcome.kind === 'answer') this.takeLoaded(outcome.value);
    else if (outcome.kind === 'overtaken') this.setState({ status: 'ready' });
    else if (outcome.kind === 'failed') this.setState({ status: 'error', error: outcome.error });
  }

  /** Re-derive time-dependent facts (who is away, which channels are open) without a request. */
  refreshFacts(): void {
    const contact = this.getSnapshot().contact;
    if (contact) this.setState({ facts: deriveContactFacts(contact, this.now()) });
  }

  /**
   * Save the young person's preferred channel. The choice stays as a draft until the server accepts
   * it. A save started while another is in flight waits for it rather than cancelling it: a
   * cancelled PATCH may already have reached the server, and resending with the old ETag would
   * report a conflict with the user's own change.
   */
  choosePreferredChannel(channel: ChannelKind | null): Promise<void> {
    const conflictsKnown = this.lifecycle.conflicts;
    this.setState({ save: { status: 'saving', draft: channel, error: null } });
    return this.lifecycle.enqueue((signal) => this.save(channel, conflictsKnown, signal));
  }

  /** After a conflict or error: save the user's own choice again, on top of the newest version. */
  async reapply(): Promise<void> {
    const { draft } = this.getSnapshot().save;
    if (draft !== undefined) await this.choosePreferredChannel(draft);
  }

  /** After a conflict: keep the other person's version and drop the user's choice. */
  discardDraft(): void {
    this.setState({ save: idleSave, theirs: null });
  }

  /** Cancel anything in flight and stop the clock; the store does nothing after this. */
  dispose(): void {
    this.lifecycle.dispose();
  }

  private async save(channel: ChannelKind | null, conflictsKnown: number, signal: AbortSignal): Promise<void> {
    const { etag, save } = this.getSnapshot();
    if (!etag) {
      this.setState({ save: { status: 'error', draft: channel, error: new NotLoadedError() } });
      return;
    }
    if (this.lifecycle.conflicts > conflictsKnown) {
      // Chosen before the user knew someone else had changed the contact: keep it as the draft
      // beside theirs instead of silently overwriting their change.
      this.setState({ save: { ...save, status: 'conflict', draft: channel } });
      return;
    }
    try {
      const saved = await this.client.contact.setPreferredChannel(this.courseId, channel, { ifMatch: etag, signal });
      this.takeWritten(saved, { save: { status: 'saved', draft: undefined, error: null }, theirs: null });
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      if (error instanceof ConflictError) await this.takeConflict(error as ConflictError<Contact>, channel);
      else this.setState({ save: { status: 'error', draft: channel, error: asError(error) } });
    }
  }

  /** Keep the user's choice as the draft and show the version that won, asking the server for it if the conflict did not carry it. */
  private async takeConflict(error: ConflictError<Contact>, draft: ChannelKind | null): Promise<void> {
    let theirs: Versioned<Contact> | null | undefined =
      error.current && error.currentEtag ? { value: error.current, etag: error.currentEtag } : undefined;
    if (theirs === undefined) theirs = await this.client.contact.get(this.courseId).catch(() => undefined);
    if (this.lifecycle.disposed) return;
    if (theirs && theirs.value.preferredChannel === draft) {
      // The stored choice is already this one (most likely our own earlier attempt landed and only
      // its answer was lost): saved, not someone else's change.
      this.takeWritten(theirs, { save: { status: 'saved', draft: undefined, error: null }, theirs: null });
      return;
    }
    this.lifecycle.conflicts += 1;
    const outcome: Partial<ContactState> = { save: { status: 'conflict', draft, error }, theirs: theirs?.value ?? null };
    if (theirs === null) this.takeLoaded(null, outcome); // the contact is gone
    else if (theirs) this.takeWritten(theirs, outcome);
    else this.setState(outcome);
  }

  /** A version that came back from a write (or revealed by a conflict): newer than any load under way. */
  private takeWritten(versioned: Versioned<Contact>, alongside: Partial<ContactState>): void {
    this.lifecycle.tookWrittenVersion();
    this.takeLoaded(versioned, alongside);
  }

  /** One snapshot for the version and whatever changes with it, so listeners never see half a transition. */
  private takeLoaded(versioned: Versioned<Contact> | null, alongside: Partial<ContactState> = {}): void {
    if (!versioned) {
      this.setState({ status: 'empty', contact: null, etag: null, facts: null, ...alongside });
      return;
    }
    this.setState({ status: 'ready', contact: versioned.value, etag: versioned.etag, facts: deriveContactFacts(versioned.value, this.now()), ...alongside });
    this.lifecycle.startClock();
  }
}

import type { UfClient, Versioned } from '../client/create-client.js';
import { ConflictError } from '../errors/conflict-error.js';
import { NotLoadedError, asError } from '../store/resource-lifecycle.js';
import { cacheOf, contactKey } from '../store/resource-cache.js';

export { contactKey };
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus, SaveStatus, WriteState } from '../store/status.js';
import type { ChannelKind, Contact } from '../schemas/contact.js';
import { deriveContactFacts, type ContactFacts } from './contact-facts.js';

/** Kept here for callers that import them from the contact; they belong to every store (`store/status.ts`). */
export type { LoadStatus, SaveStatus };

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

export interface ContactStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  courseId: string;
}

const idleSave: ContactSaveState = { status: 'idle', draft: undefined, error: null };
const saved: Pick<ContactState, 'save' | 'theirs'> = { save: { status: 'saved', draft: undefined, error: null }, theirs: null };

/**
 * Headless state for one course's contact: loading, empty, error with retry, derived facts kept
 * current by a clock (channels open now, away today, aftercare days left), and saving the
 * preferred channel with optimistic concurrency. Any framework can render it; call
 * {@link dispose} when the view goes away.
 */
export class ContactStore extends ResourceStore<ContactState, Versioned<Contact>> {
  private readonly client: UfClient;
  private readonly courseId: string;

  constructor(options: ContactStoreOptions) {
    super({ status: 'idle', contact: null, etag: null, facts: null, error: null, save: idleSave, theirs: null }, options);
    this.client = options.client;
    this.courseId = options.courseId;
    this.shared = { cache: cacheOf(options.client), key: contactKey(options.courseId) };
    // Another store's write changed the contact on the server (a network meeting held with a handover): load it again.
    this.stopWatching = this.shared.cache.watch(this.shared.key, (value) => {
      if (value === undefined) void this.load();
    });
  }

  private readonly stopWatching: () => void;

  override dispose(): void {
    this.stopWatching();
    super.dispose();
  }

  /**
   * Save the young person's preferred channel. The choice stays as a draft until the server accepts
   * it. A save started while another is in flight waits for it rather than cancelling it: a
   * cancelled PATCH may already have reached the server, and resending with the old ETag would
   * report a conflict with the user's own change.
   */
  choosePreferredChannel(channel: ChannelKind | null): Promise<void> {
    this.setState({ save: { status: 'saving', draft: channel, error: null } });
    return this.enqueueWrite((signal, conflictSinceMade) => this.send(channel, conflictSinceMade, signal));
  }

  /** After a conflict or error: save the user's own choice again, on top of the newest version. */
  async retry(): Promise<void> {
    const { draft } = this.getSnapshot().save;
    if (draft !== undefined) await this.choosePreferredChannel(draft);
  }

  /** After a conflict: keep the other person's version and drop the user's choice. */
  discard(): void {
    this.setState({ save: idleSave, theirs: null });
  }

  /** The same as {@link retry}. */
  reapply(): Promise<void> {
    return this.retry();
  }

  /** The same as {@link discard}. */
  discardDraft(): void {
    this.discard();
  }

  protected fetch(signal: AbortSignal): Promise<Versioned<Contact> | null> {
    return this.client.contact.get(this.courseId, { signal });
  }

  protected hold(versioned: Versioned<Contact> | null): Partial<ContactState> {
    return versioned ? { status: 'ready', contact: versioned.value, etag: versioned.etag } : { status: 'empty', contact: null, etag: null, facts: null };
  }

  protected derive(versioned: Versioned<Contact>): Partial<ContactState> {
    return { facts: deriveContactFacts(versioned.value, this.now()) };
  }

  protected current(): Versioned<Contact> | null {
    const { contact, etag } = this.getSnapshot();
    return contact && etag ? { value: contact, etag } : null;
  }

  private async send(channel: ChannelKind | null, conflictSinceMade: () => boolean, signal: AbortSignal): Promise<void> {
    const { etag, save } = this.getSnapshot();
    if (!etag) {
      this.setState({ save: { status: 'error', draft: channel, error: new NotLoadedError() } });
      return;
    }
    if (conflictSinceMade()) {
      // Chosen before the user knew someone else had changed the contact: keep it as the draft
      // beside theirs instead of silently overwriting their change.
      this.setState({ save: { ...save, status: 'conflict', draft: channel } });
      return;
    }
    try {
      this.takeWritten(await this.client.contact.setPreferredChannel(this.courseId, channel, { ifMatch: etag, signal }), saved);
    } catch (error) {
      if (this.cancelled(error, signal)) return;
      if (error instanceof ConflictError) await this.takeConflict(error as ConflictError<Contact>, channel);
      else this.setState({ save: { status: 'error', draft: channel, error: asError(error) } });
    }
  }

  /** Keep the user's choice as the draft and show the version that won. */
  private async takeConflict(error: ConflictError<Contact>, draft: ChannelKind | null): Promise<void> {
    const resolution = await this.settleConflict(
      error,
      () => this.client.contact.get(this.courseId),
      (theirs) => theirs.preferredChannel === draft,
    );
    if (!resolution) return;
    if (resolution.kind === 'landed') this.takeWritten(resolution.theirs, saved);
    else this.takeTheirs(resolution.theirs, { save: { status: 'conflict', draft, error }, theirs: resolution.theirs?.value ?? null });
  }
}

/** The choice on its way or kept (`null`: no preference), and the other person's contact on a conflict. */
export function contactWriteState(state: ContactState): WriteState<ChannelKind | null, Contact> {
  return { status: state.save.status, pending: state.save.draft, error: state.save.error, theirs: state.theirs };
}

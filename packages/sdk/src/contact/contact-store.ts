import type { UfClient } from '../client/create-client.js';
import { ConflictError } from '../errors/conflict-error.js';
import { isAbortError } from '../errors/uf-error.js';
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
  /** On conflict: the other person's version, to show next to the user's own choice. */
  theirs: Contact | null;
}

export interface ContactStoreOptions {
  client: UfClient;
  courseId: string;
  /** The clock; injectable so stories and tests can show any day. */
  now?: () => Date;
}

const idleSave: ContactSaveState = { status: 'idle', draft: undefined, error: null };

/**
 * Headless state for one course's contact: loading, empty, error with retry, derived facts,
 * and saving the preferred channel with optimistic concurrency. Any framework can render it.
 */
export class ContactStore extends Store<ContactState> {
  private readonly client: UfClient;
  private readonly courseId: string;
  private readonly now: () => Date;
  private loading: AbortController | null = null;
  private saving: AbortController | null = null;
  /** Saves run one after another, each with the ETag the previous one returned. */
  private saveQueue: Promise<void> = Promise.resolve();
  /** How many conflicts this store has met; a queued save made before the latest one must not go through. */
  private conflicts = 0;

  constructor(options: ContactStoreOptions) {
    super({ status: 'idle', contact: null, etag: null, facts: null, error: null, save: idleSave, theirs: null });
    this.client = options.client;
    this.courseId = options.courseId;
    this.now = options.now ?? (() => new Date());
  }

  /** Fetch the contact; a running load is cancelled first. Never rejects: failures land in `state.error`. */
  async load(): Promise<void> {
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.setState({ status: 'loading', error: null });
    try {
      const versioned = await this.client.contact.get(this.courseId, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (!versioned) {
        this.setState({ status: 'empty', contact: null, etag: null, facts: null });
        return;
      }
      this.setState({ status: 'ready', contact: versioned.value, etag: versioned.etag, facts: deriveContactFacts(versioned.value, this.now()) });
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      this.setState({ status: 'error', error: asError(error) });
    }
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
    const conflictsKnown = this.conflicts;
    this.setState({ save: { status: 'saving', draft: channel, error: null } });
    this.saveQueue = this.saveQueue.then(() => this.save(channel, conflictsKnown));
    return this.saveQueue;
  }

  private async save(channel: ChannelKind | null, conflictsKnown: number): Promise<void> {
    const { etag, save } = this.getSnapshot();
    if (!etag) return;
    if (this.conflicts > conflictsKnown) {
      // Chosen before the user knew someone else had changed the contact: keep it as the draft
      // beside theirs instead of silently overwriting their change.
      this.setState({ save: { ...save, status: 'conflict', draft: channel } });
      return;
    }
    const controller = new AbortController();
    this.saving = controller;
    this.setState({ save: { status: 'saving', draft: channel, error: null } });
    try {
      const saved = await this.client.contact.setPreferredChannel(this.courseId, channel, { ifMatch: etag, signal: controller.signal });
      this.setState({
        contact: saved.value,
        etag: saved.etag,
        facts: deriveContactFacts(saved.value, this.now()),
        save: { status: 'saved', draft: undefined, error: null },
        theirs: null,
      });
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return;
      if (error instanceof ConflictError) {
        this.conflicts += 1;
        this.setState({ save: { status: 'conflict', draft: channel, error }, theirs: (error.current as Contact | undefined) ?? null });
        if (error.current && error.currentEtag) this.adoptServerVersion(error.current as Contact, error.currentEtag);
        return;
      }
      this.setState({ save: { status: 'error', draft: channel, error: asError(error) } });
    }
  }

  /** After a conflict or error: save the user's own choice again, on top of the newest version. */
  async reapply(): Promise<void> {
    const { draft } = this.getSnapshot().save;
    if (draft === undefined) return;
    if (!this.getSnapshot().theirs && this.getSnapshot().save.status === 'conflict') await this.reloadQuietly();
    await this.choosePreferredChannel(draft);
  }

  /** After a conflict: keep the other person's version and drop the user's choice. */
  discardDraft(): void {
    this.setState({ save: idleSave, theirs: null });
  }

  /** Cancel anything in flight; call when the view goes away. */
  dispose(): void {
    this.loading?.abort();
    this.saving?.abort();
  }

  private adoptServerVersion(contact: Contact, etag: string): void {
    this.setState({ contact, etag, facts: deriveContactFacts(contact, this.now()) });
  }

  private async reloadQuietly(): Promise<void> {
    const versioned = await this.client.contact.get(this.courseId).catch(() => null);
    if (versioned) this.adoptServerVersion(versioned.value, versioned.etag);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error('Unexpected failure');
}

import type { UfClient } from '../client/create-client.js';
import { isConflictError } from '../errors/type-guards.js';
import type { Id } from '../schemas/common.js';
import type { ContactEntryInput, ContactLog, ContactRhythmInput } from '../schemas/contact-log.js';
import { ContactRhythm as ContactRhythmSchema } from '../schemas/contact-log.js';
import { cacheOf, type CacheKey } from '../store/resource-cache.js';
import { NotLoadedError } from '../store/resource-lifecycle.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus, SaveStatus } from '../store/status.js';
import { deriveContactLogFacts, type ContactLogFacts, type ContactLogFactsOptions } from './contact-log-facts.js';
import { logWithEntry, rhythmSays } from './contact-log-rules.js';

/** Where a course's contact log is shared between the stores of one client (the card's, the log's, the progression's). */
export function contactLogKey(courseId: string): CacheKey {
  return ['contact-log', courseId];
}

/** What a contact log write was: logging a contact (under the id it is sent with), or agreeing the rhythm. */
export type ContactLogAction = { kind: 'log'; entryId: Id; input: ContactEntryInput } | { kind: 'rhythm'; input: ContactRhythmInput };

/**
 * The contact log's latest write: where it stands, which it was (with what the user gave, kept
 * through errors and conflicts), and why it failed. `conflict`: the rhythm was changed by someone
 * else meanwhile (theirs is in `log.rhythm`); a contact logged under a taken id is an `error`.
 */
export interface ContactLogWrite {
  status: SaveStatus;
  action: ContactLogAction | null;
  error: Error | null;
}

export interface ContactLogState {
  status: LoadStatus;
  error: Error | null;
  log: ContactLog | null;
  facts: ContactLogFacts | null;
  write: ContactLogWrite;
}

export interface ContactLogStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  courseId: string;
  facts?: ContactLogFactsOptions;
  /** Makes the id a contact is logged under. Default `crypto.randomUUID()`. */
  newId?: () => string;
}

const idleWrite: ContactLogWrite = { status: 'idle', action: null, error: null };

/**
 * Headless state for one course's contact log (kontaktlog): the agreed rhythm and the contacts,
 * the facts kept current by a clock (last contact, next due, a broken rhythm, no-shows in a row),
 * logging a contact (not optimistic: shown once stored; a retry of the same contact keeps its id,
 * so it is never logged twice) and agreeing the rhythm (If-Match). Every other store of the client
 * on the same course learns the new log: the contact card's last contact, the progression's passivity.
 */
export class ContactLogStore extends ResourceStore<ContactLogState, ContactLog> {
  private readonly client: UfClient;
  private readonly courseId: string;
  private readonly newId: () => string;
  private readonly factsOptions: ContactLogFactsOptions;
  private readonly stopWatching: () => void;

  constructor(options: ContactLogStoreOptions) {
    super({ status: 'idle', error: null, log: null, facts: null, write: idleWrite }, options);
    this.client = options.client;
    this.courseId = options.courseId;
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    this.factsOptions = options.facts ?? {};
    this.shared = { cache: cacheOf(options.client), key: contactLogKey(options.courseId) };
    // Another store of this client logged a contact on this course (the log beside the card): take it without a request.
    this.stopWatching = this.shared.cache.watch<ContactLog | null>(this.shared.key, (log) => {
      if (log === undefined) void this.load();
      else if (log && log !== this.getSnapshot().log && !this.lifecycle.disposed) this.takeLoaded(log);
    });
  }

  /** Log a contact. Resolves true when it is stored; what was given stays in `write.action` after a failure. */
  logContact(input: ContactEntryInput): Promise<boolean> {
    const { action, status } = this.getSnapshot().write;
    // The same contact as the failed try keeps its id: that try may have landed with only its answer lost.
    const again = action?.kind === 'log' && status === 'error' && JSON.stringify(action.input) === JSON.stringify(input);
    const entryId = again ? action.entryId : this.newId();
    return this.send({ kind: 'log', entryId, input }, async (signal) => {
      const { entry } = await this.client.contactLog.log(this.courseId, entryId, input, { signal });
      return (log) => logWithEntry(log, entry);
    });
  }

  /** Agree the rhythm, or change it on top of the version this store holds. */
  setRhythm(input: ContactRhythmInput): Promise<boolean> {
    return this.send({ kind: 'rhythm', input }, async (signal, log) => {
      const basedOn = log.rhythm?.version;
      try {
        const rhythm = await this.client.contactLog.setRhythm(this.courseId, input, basedOn === undefined ? { signal } : { signal, basedOn });
        return (current) => withRhythm(current, rhythm);
      } catch (error) {
        if (!isConflictError(error)) throw error;
        const theirs = ContactRhythmSchema.safeParse(error.current);
        // Already agreed as sent: an earlier try landed and only its answer was lost.
        if (theirs.success && rhythmSays(theirs.data, input)) return (current) => withRhythm(current, theirs.data);
        const current = this.current();
        if (theirs.success && current) this.takeWritten(withRhythm(current, theirs.data));
        // No rhythm came with the conflict (gone, or malformed): read the log again, so a retry is based on what is there.
        else void this.load();
        throw error;
      }
    });
  }

  /** After a failed load: load again. After a failed write: send it again, with what the user gave. */
  retry(): Promise<unknown> {
    const { action, status } = this.getSnapshot().write;
    if ((status === 'error' || status === 'conflict') && action) return action.kind === 'log' ? this.logContact(action.input) : this.setRhythm(action.input);
    return this.load();
  }

  /** Forget a failed write (the user chose not to send it again). */
  discard(): void {
    if (this.getSnapshot().write.status !== 'saving') this.setState({ write: idleWrite });
  }

  /** The log is personal data: once this store is gone, the cache no longer holds it for anyone. */
  override dispose(): void {
    this.stopWatching();
    cacheOf(this.client).retract(contactLogKey(this.courseId));
    super.dispose();
  }

  /**
   * Run one write. `write` answers with how the log changes, applied to the log as it is when the
   * answer arrives: another store of the client may have published a newer one meanwhile, which
   * must not be overwritten with what this store held when it sent.
   */
  private send(action: ContactLogAction, write: (signal: AbortSignal, log: ContactLog) => Promise<(log: ContactLog) => ContactLog>): Promise<boolean> {
    let stored = false;
    this.setState({ write: { status: 'saving', action, error: null } });
    return this.enqueueWrite(async (signal) => {
      const log = this.current();
      // Not loaded yet: a made-up empty log would be published as if it were the course's.
      if (!log) {
        this.setState({ write: { status: 'error', action, error: new NotLoadedError() } });
        return;
      }
      try {
        const change = await write(signal, log);
        stored = true;
        this.takeWritten(change(this.current() ?? log), { write: { status: 'saved', action: null, error: null } });
      } catch (error) {
        if (this.cancelled(error, signal)) return;
        const failure = error instanceof Error ? error : new Error(String(error));
        // A taken entry id is not a conflict to resolve: the next try gets a new id (`again` is false after `conflict`).
        this.setState({ write: { status: isConflictError(error) ? 'conflict' : 'error', action, error: failure } });
      }
    }).then(() => stored);
  }

  protected fetch(signal: AbortSignal): Promise<ContactLog> {
    return this.client.contactLog.get(this.courseId, { signal });
  }

  protected hold(log: ContactLog | null): Partial<ContactLogState> {
    return { status: log && (log.entries.length > 0 || log.rhythm) ? 'ready' : 'empty', log, ...(log ? {} : { facts: null }) };
  }

  protected derive(log: ContactLog): Partial<ContactLogState> {
    return { facts: deriveContactLogFacts(log, this.now(), this.factsOptions) };
  }

  protected current(): ContactLog | null {
    return this.getSnapshot().log;
  }

  /** Every version taken, loaded or written, reaches the other stores of this course (the card, the progression's passivity). */
  protected override takeLoaded(log: ContactLog | null, alongside: Partial<ContactLogState> = {}): void {
    super.takeLoaded(log, alongside);
    // A write answered after dispose must not put the log back in the cache for nobody.
    if (log && !this.lifecycle.disposed) cacheOf(this.client).publish(contactLogKey(this.courseId), log);
  }
}

/** The log with `rhythm`, unless it holds a newer version already (another store's change that came later). */
function withRhythm(log: ContactLog, rhythm: ContactLog['rhythm'] & object): ContactLog {
  return log.rhythm && log.rhythm.version > rhythm.version ? log : { ...log, rhythm };
}

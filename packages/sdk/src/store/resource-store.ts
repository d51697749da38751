import type { Versioned } from '../client/create-client.js';
import type { ConflictError } from '../errors/conflict-error.js';
import { isAbortError } from '../errors/uf-error.js';
import { ResourceLifecycle } from './resource-lifecycle.js';
import type { CacheKey, ResourceCache } from './resource-cache.js';
import type { LoadStatus } from './status.js';
import { Store } from './store.js';

/** The part of every store's state that says how loading went. */
export interface ResourceState {
  status: LoadStatus;
  /** Why loading failed: usually a {@link UfError}; anything else is a bug reported as is. */
  error: Error | null;
}

export interface ResourceStoreOptions {
  /** The clock; injectable so stories and tests can show any day. */
  now?: () => Date;
  /** How often time-dependent facts are derived again while the store lives, in ms. Default 60 000; 0 = off. */
  refreshFactsEveryMs?: number;
}

/**
 * How a conflict (412) ended once the version that won is known. `landed`: that version already
 * holds the user's change, so most likely their own earlier attempt landed and only its answer
 * was lost. `conflict`: someone else's change; `theirs` is null when the resource is gone and
 * undefined when the server could not say.
 */
export type ConflictResolution<T> = { kind: 'landed'; theirs: Versioned<T> } | { kind: 'conflict'; theirs: Versioned<T> | null | undefined };

/**
 * What every store of one resource does the same way, so ContactStore, PlanStore and
 * ProgressionStore only say how to fetch, what follows from a value, and how to send a change:
 *
 * - `load()` cancels the load before it and never rejects; a load that a write answered during is
 *   dropped, since the write's version is the newer one.
 * - The value and everything derived from it land in one snapshot, so a listener never sees half
 *   a transition; time-dependent facts are derived again on a clock.
 * - Writes run one after another and none is cancelled for the next (a cancelled write may already
 *   have reached the server); a write queued before a conflict the user has not seen yet does not
 *   go through unseen.
 * - On a conflict the version that won is fetched when the 412 did not carry it, and a version that
 *   already holds the change counts as saved.
 * - After {@link dispose} nothing more is sent.
 *
 * `V` is the value the store holds (a `Versioned<Plan>`, or a scale set with its readings).
 */
export abstract class ResourceStore<S extends ResourceState, V> extends Store<S> {
  protected readonly now: () => Date;
  protected readonly lifecycle: ResourceLifecycle;
  /**
   * Where the client's stores share this resource: a load joins one of the same key on its way
   * (two widgets on one course make one request), and a write makes the next load read afresh.
   */
  protected shared: { cache: ResourceCache; key: CacheKey } | null = null;

  constructor(initial: S, options: ResourceStoreOptions) {
    super(initial);
    this.now = options.now ?? (() => new Date());
    this.lifecycle = new ResourceLifecycle(options.refreshFactsEveryMs ?? 60_000, () => this.refreshFacts());
  }

  /** Fetches the resource; `null` when there is none yet (no contact assigned, no plan written). */
  protected abstract fetch(signal: AbortSignal): Promise<V | null>;

  /** The state's fields for a value (status `ready`) or its absence (status `empty`), without what is derived. */
  protected abstract hold(value: V | null): Partial<S>;

  /** What follows from the value and today's date (facts, views, series). */
  protected abstract derive(value: V): Partial<S>;

  /** The value the state holds now; null before loading or when absent. */
  protected abstract current(): V | null;

  /** Fetch the resource; a running load is cancelled first. Never rejects: failures land in `state.error`. */
  async load(): Promise<void> {
    if (this.lifecycle.disposed) return;
    this.patch({ status: 'loading', error: null });
    const shared = this.shared;
    const writesBefore = shared?.cache.writes(shared.key) ?? 0;
    const outcome = await this.lifecycle.load((signal) => (shared ? shared.cache.fetch(shared.key, (own) => this.fetch(own), { signal }) : this.fetch(signal)));
    if (outcome.kind === 'answer' && shared && shared.cache.writes(shared.key) !== writesBefore) {
      // Another store of this client wrote while this read was on its way: the answer is older
      // than what the server holds now, so read again rather than show (and edit) the old version.
      return this.load();
    }
    if (outcome.kind === 'answer') this.takeLoaded(outcome.value);
    else if (outcome.kind === 'overtaken') this.patch({ status: this.overtakenStatus() });
    else if (outcome.kind === 'failed') this.patch({ status: 'error', error: outcome.error });
  }

  /** The status after a load that this store's own write answered during: the write's version is shown. */
  protected overtakenStatus(): LoadStatus {
    return this.current() ? 'ready' : 'empty';
  }

  /** After a failed or conflicting write: send the user's change again, on top of the newest version. */
  abstract retry(): Promise<unknown>;

  /** Re-derive the time-dependent facts without a request. */
  refreshFacts(): void {
    const value = this.current();
    if (value) this.setState(this.derive(value));
  }

  /** Cancel anything in flight and stop the clock; the store does nothing after this. */
  dispose(): void {
    this.lifecycle.dispose();
  }

  /**
   * Queue a write behind the others. `send` learns whether a conflict the user had not seen yet
   * when they made the change has come up since: such a change must not overwrite the other
   * person's unseen. `settled` runs before the next write starts.
   */
  protected enqueueWrite(send: (signal: AbortSignal, conflictSinceMade: () => boolean) => Promise<void>, settled?: () => void): Promise<void> {
    const conflictsKnown = this.lifecycle.conflicts;
    return this.lifecycle.enqueue((signal) => send(signal, () => this.lifecycle.conflicts > conflictsKnown), settled);
  }

  /** A write failed because it was cancelled (dispose): nothing to show. */
  protected cancelled(error: unknown, signal: AbortSignal): boolean {
    return signal.aborted || isAbortError(error);
  }

  /**
   * Learn which version won a conflict, asking the server with `refetch` when the 412 did not carry
   * it, and whether it already `holds` the user's change. Null after dispose: do nothing.
   */
  protected async settleConflict<T>(
    error: ConflictError<T>,
    refetch: () => Promise<Versioned<T> | null>,
    holds: (theirs: T) => boolean,
  ): Promise<ConflictResolution<T> | null> {
    let theirs: Versioned<T> | null | undefined = error.current && error.currentEtag ? { value: error.current, etag: error.currentEtag } : undefined;
    if (theirs === undefined) theirs = await refetch().catch(() => undefined);
    if (this.lifecycle.disposed) return null;
    if (theirs && holds(theirs.value)) return { kind: 'landed', theirs };
    this.lifecycle.conflicts += 1;
    return { kind: 'conflict', theirs };
  }

  /** A version that came back from a write (or was revealed by a conflict): newer than any load under way. */
  protected takeWritten(value: V, alongside: Partial<S> = {}): void {
    this.lifecycle.tookWrittenVersion();
    // A read that another store started before this write is older: nobody may join it now.
    if (this.shared) this.shared.cache.written(this.shared.key);
    this.takeLoaded(value, alongside);
  }

  /** After a conflict: adopt the version that won, or mark the resource gone, or (unknown) change only `alongside`. */
  protected takeTheirs(theirs: V | null | undefined, alongside: Partial<S>): void {
    if (theirs === null) this.takeLoaded(null, alongside);
    else if (theirs) this.takeWritten(theirs, alongside);
    else this.setState(alongside);
  }

  /** One snapshot for the value and whatever changes with it. */
  protected takeLoaded(value: V | null, alongside: Partial<S> = {}): void {
    this.setState({ ...this.hold(value), ...(value ? this.derive(value) : {}), ...alongside });
    if (value) this.lifecycle.startClock();
  }

  /** setState for the fields every store has, whatever else its state holds. */
  private patch(fields: Partial<ResourceState>): void {
    this.setState(fields as Partial<S>);
  }
}

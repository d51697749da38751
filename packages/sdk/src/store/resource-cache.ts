import type { UfClient } from '../client/create-client.js';

/**
 * What a cache entry is about, as a tuple: the resource first, then what picks one of it —
 * `['questionnaire-rounds', definitionId, subjectKind, subjectId]`. Compared element by element,
 * never packed into one string, so no id can collide with another by containing a separator.
 */
export type CacheKey = readonly [resource: string, ...parts: (string | number)[]];

/**
 * Where a client's contact store holds the course's contact, so other stores can say it is stale
 * (the network meetings', after a handover). Here, beside the cache every widget loads, rather than
 * with the ContactStore: a page without a card does not fetch a chunk for one key.
 */
export const contactKey = (courseId: string) => ['contact', courseId] as const;

/** A change another store of the same client made known: someone wrote, or a resource arrived. */
export type CacheListener<T> = (value: T | undefined) => void;

export interface CacheFetchOptions {
  /** Aborts this caller's wait; the shared request is aborted only when every caller has aborted. */
  signal?: AbortSignal;
  /**
   * Keep the answer for the client's lifetime: for what never changes once written (a
   * questionnaire definition's numbered version). Default: shared only while it is on its way.
   */
  keep?: boolean;
}

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
}

/** Nested maps: one level per key part, so keys need no string packing. */
class KeyedMap<V> {
  private readonly root = new Map<string | number, unknown>();

  get(key: CacheKey): V | undefined {
    let level: Map<string | number, unknown> | undefined = this.root;
    for (const part of key.slice(0, -1)) level = level?.get(part) as Map<string | number, unknown> | undefined;
    return level?.get(key[key.length - 1]!) as V | undefined;
  }

  set(key: CacheKey, value: V): void {
    let level = this.root;
    for (const part of key.slice(0, -1)) {
      let next = level.get(part) as Map<string | number, unknown> | undefined;
      if (!next) level.set(part, (next = new Map()));
      level = next;
    }
    level.set(key[key.length - 1]!, value);
  }

  delete(key: CacheKey): void {
    let level: Map<string | number, unknown> | undefined = this.root;
    for (const part of key.slice(0, -1)) level = level?.get(part) as Map<string | number, unknown> | undefined;
    level?.delete(key[key.length - 1]!);
  }
}

const abortError = () => new DOMException('The operation was aborted', 'AbortError');

/**
 * What the stores of one client share, so widgets on one page that show the same course make one
 * request and learn of each other's writes without document events:
 *
 * - {@link fetch}: a read already on its way is shared; what never changes is kept.
 * - {@link publish} / {@link watch} / {@link peek}: the newest value of a resource one store holds
 *   (the plan), for stores that derive from it (the progression's passivity counts plan changes).
 * - {@link invalidate}: a write made a resource stale (a submitted round); stores watching it
 *   load again.
 *
 * One cache per client ({@link cacheOf}): a client is one signed-in user, so nothing is shared
 * between users, and dropping the client drops its cache. Nothing is written to browser storage.
 */
export class ResourceCache {
  private readonly flights = new KeyedMap<Flight<unknown>>();
  private readonly kept = new KeyedMap<{ value: unknown }>();
  private readonly published = new KeyedMap<{ value: unknown }>();
  private readonly listeners = new KeyedMap<Set<CacheListener<unknown>>>();
  private readonly writeCounts = new KeyedMap<number>();

  /** Run `load` unless the same read is already on its way (then share its answer) or kept. */
  fetch<T>(key: CacheKey, load: (signal: AbortSignal) => Promise<T>, options: CacheFetchOptions = {}): Promise<T> {
    // Aborted already: start nothing (a read nobody waits for is still an audited read).
    if (options.signal?.aborted) return Promise.reject(abortError());
    const kept = this.kept.get(key);
    if (kept) return Promise.resolve(kept.value as T);
    let flight = this.flights.get(key) as Flight<T> | undefined;
    if (!flight) {
      const controller = new AbortController();
      const created: Flight<T> = {
        controller,
        waiting: 0,
        promise: load(controller.signal).then(
          (value) => {
            if (this.flights.get(key) === created) this.flights.delete(key);
            if (options.keep) this.kept.set(key, { value });
            return value;
          },
          (error: unknown) => {
            if (this.flights.get(key) === created) this.flights.delete(key);
            throw error;
          },
        ),
      };
      flight = created;
      this.flights.set(key, flight);
    }
    return this.wait(key, flight, options.signal);
  }

  /**
   * A write changed `key`: a read of it on its way is older, so the next caller reads afresh, and
   * {@link writes} counts one more, so a store whose read began before can tell. Nobody is told.
   */
  written(key: CacheKey): void {
    this.flights.delete(key);
    this.kept.delete(key);
    this.writeCounts.set(key, this.writes(key) + 1);
  }

  /** How many writes of `key` the stores of this client have made known so far. */
  writes(key: CacheKey): number {
    return this.writeCounts.get(key) ?? 0;
  }

  /** Forget the newest value of `key` without telling anyone: its last holder went away, and personal data is not kept for nobody. */
  retract(key: CacheKey): void {
    this.published.delete(key);
  }

  /** Make `value` the newest of `key` for every store watching it (and for {@link peek}). */
  publish<T>(key: CacheKey, value: T): void {
    this.published.set(key, { value });
    this.notify(key, value);
  }

  /** The newest value published for `key`, if any. */
  peek<T>(key: CacheKey): T | undefined {
    return this.published.get(key)?.value as T | undefined;
  }

  /** Tell every store watching `key` that what it holds is stale (they load again); kept answers are dropped. */
  invalidate(key: CacheKey, except?: CacheListener<unknown>): void {
    // A read on its way is older than the write that made this stale: the stores told must not join it.
    this.flights.delete(key);
    this.kept.delete(key);
    this.published.delete(key);
    this.notify(key, undefined, except);
  }

  /**
   * Hear of {@link publish} (with the value) and {@link invalidate} (with undefined) for `key`.
   * Returns the function that stops listening; a store calls it when it is disposed.
   */
  watch<T>(key: CacheKey, listener: CacheListener<T>): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener as CacheListener<unknown>);
    return () => {
      set.delete(listener as CacheListener<unknown>);
    };
  }

  private notify(key: CacheKey, value: unknown, except?: CacheListener<unknown>): void {
    for (const listener of [...(this.listeners.get(key) ?? [])]) if (listener !== except) listener(value);
  }

  /** This caller's view of a shared read: its own abort rejects only its own wait. */
  private wait<T>(key: CacheKey, flight: Flight<T>, signal: AbortSignal | undefined): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError());
    flight.waiting += 1;
    if (!signal) return flight.promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        reject(abortError());
        flight.waiting -= 1;
        if (flight.waiting === 0) {
          // Nobody waits for it any more: stop it, and let the next caller start afresh.
          flight.controller.abort();
          if (this.flights.get(key) === (flight as Flight<unknown>)) this.flights.delete(key);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}

const caches = new WeakMap<UfClient, ResourceCache>();

/** The cache every store of `client` shares; made on first use, gone with the client. */
export function cacheOf(client: UfClient): ResourceCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new ResourceCache()));
  return cache;
}

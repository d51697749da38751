import { isAbortError } from '../errors/uf-error.js';

/** How a load ended, as a store needs to know it. */
export type LoadOutcome<T> =
  /** The newest answer: take it. */
  | { kind: 'answer'; value: T }
  /** A write answered while this load ran: the write's version is the newer one. */
  | { kind: 'overtaken' }
  | { kind: 'failed'; error: Error }
  /** A newer load started, or the store was disposed: do nothing. */
  | { kind: 'cancelled' };

/** Asked for before anything was loaded, so there is no version (ETag) to save against. */
export class NotLoadedError extends Error {
  constructor() {
    super('Nothing has been loaded yet, so there is no version to save against');
    this.name = 'NotLoadedError';
  }
}

/**
 * The mechanics every store shares, composed into {@link ResourceStore} (and so into every store of
 * the SDK): a load cancels the one before and is dropped when a write answered meanwhile; saves
 * run one after another (a cancelled write may already have reached the server, so none is
 * cancelled for the next) and keep running after one fails; time-dependent facts are re-derived
 * on a clock; and after dispose nothing more is sent.
 */
export class ResourceLifecycle {
  /** How many conflicts the store has met; a save queued before the latest one must not go through unseen. */
  conflicts = 0;
  private isDisposed = false;
  private loading: AbortController | null = null;
  private saving: AbortController | null = null;
  private clock: ReturnType<typeof setInterval> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private versionsFromWrites = 0;

  constructor(
    private readonly refreshEveryMs: number,
    private readonly refresh: () => void,
  ) {}

  get disposed(): boolean {
    return this.isDisposed;
  }

  /** Resolves when every save queued so far has been answered. */
  settled(): Promise<void> {
    return this.queue;
  }

  /** Runs a load; never rejects. */
  async load<T>(fetch: (signal: AbortSignal) => Promise<T>): Promise<LoadOutcome<T>> {
    if (this.isDisposed) return { kind: 'cancelled' };
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    const writesBefore = this.versionsFromWrites;
    try {
      const value = await fetch(controller.signal);
      if (controller.signal.aborted) return { kind: 'cancelled' };
      return this.versionsFromWrites === writesBefore ? { kind: 'answer', value } : { kind: 'overtaken' };
    } catch (error) {
      if (controller.signal.aborted || isAbortError(error)) return { kind: 'cancelled' };
      return { kind: 'failed', error: asError(error) };
    }
  }

  /** A version came back from a write, or a conflict revealed one: any load under way is older. */
  tookWrittenVersion(): void {
    this.versionsFromWrites += 1;
  }

  /**
   * Queues a save behind the others. It runs whatever happened to the one before (one thrown
   * error, say in a listener, must not stall every later save), not at all after dispose, and
   * gets a signal that dispose aborts. `settled` runs before the next save starts.
   */
  enqueue(save: (signal: AbortSignal) => Promise<void>, settled?: () => void): Promise<void> {
    const run = async () => {
      if (this.isDisposed) return;
      const controller = new AbortController();
      this.saving = controller;
      await save(controller.signal);
    };
    this.queue = this.queue.then(run, run).finally(settled);
    return this.queue;
  }

  startClock(): void {
    if (this.clock || this.refreshEveryMs <= 0 || this.isDisposed) return;
    this.clock = setInterval(this.refresh, this.refreshEveryMs);
    // In Node (a vendor's server-side use), a forgotten store must not keep the process alive.
    (this.clock as { unref?: () => void }).unref?.();
  }

  dispose(): void {
    this.isDisposed = true;
    this.loading?.abort();
    this.saving?.abort();
    if (this.clock) clearInterval(this.clock);
    this.clock = null;
  }
}

export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error('Unexpected failure');
}

/** A listener receives the new snapshot after every change. */
export type Listener<S> = (state: S) => void;

/**
 * The smallest observable state container: immutable snapshots, synchronous subscribe. Framework
 * adapters (Lit's StoreController, React's useSyncExternalStore) need nothing more.
 */
export class Store<S> {
  private state: S;
  private readonly listeners = new Set<Listener<S>>();

  constructor(initial: S) {
    this.state = initial;
  }

  getSnapshot = (): S => this.state;

  subscribe = (listener: Listener<S>): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected setState(patch: Partial<S>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Store } from '@ungeforlob/sdk';

/** Called after every change of the store's state, with the state before it. */
export type StoreChange<S> = (state: S, previous: S) => void;

/**
 * Subscribes a Lit host to an SDK {@link Store} while the host is connected and re-renders it on
 * every change. The store can be swapped (a new course, a new client); the old one is released.
 */
export class StoreController<S, T extends Store<S> = Store<S>> implements ReactiveController {
  private current: T | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;
  private previous: S | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: StoreChange<S>,
  ) {
    host.addController(this);
  }

  get store(): T | undefined {
    return this.current;
  }

  set store(store: T | undefined) {
    if (store === this.current) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.current = store;
    this.previous = store?.getSnapshot();
    if (this.connected) this.listen();
    this.host.requestUpdate();
  }

  /** The store's current state; undefined while there is no store. */
  get state(): S | undefined {
    return this.current?.getSnapshot();
  }

  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private listen(): void {
    const store = this.current;
    if (!store || this.unsubscribe) return;
    this.previous = store.getSnapshot();
    this.unsubscribe = store.subscribe((state) => {
      const previous = this.previous ?? state;
      this.previous = state;
      this.host.requestUpdate();
      this.onChange?.(state, previous);
    });
  }
}

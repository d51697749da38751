import type { UfErrorDetail, UfErrorOperation } from '../events/uf-error.js';
import type { UfEventDetail, UfEventName } from '../events/events.js';
import type { StoreChange } from './store-controller.js';

/**
 * One public event a store transition fires: `when` the change calls for it, with the `detail`
 * made from the new state (and the one before). A `detail` of `undefined` fires nothing.
 */
export type StoreEvent<S> = {
  [K in UfEventName]: { event: K; when: (state: S, previous: S) => boolean; detail: (state: S, previous: S) => UfEventDetail<K> | undefined };
}[UfEventName];

/** Something that fires typed public events: a {@link UfElement}. */
export interface EventEmitter {
  emit<K extends UfEventName>(name: K, detail: UfEventDetail<K>): unknown;
}

/**
 * A widget's events as a table of store transitions, read in order on every change of the store
 * (pass the result as the store controller's `onChange`), instead of an `if` ladder per widget.
 */
export function storeEvents<S>(host: EventEmitter, events: readonly StoreEvent<S>[]): StoreChange<S> {
  return (state, previous) => {
    for (const { event, when, detail } of events) {
      if (!when(state, previous)) continue;
      const value = detail(state, previous);
      if (value !== undefined) (host.emit.bind(host) as (name: UfEventName, detail: unknown) => unknown)(event, value);
    }
  };
}

/** True when the status `select` reads moved to one of `statuses` in this change (not when it stayed there). */
export function entered<S>(select: (state: S) => string, ...statuses: string[]): (state: S, previous: S) => boolean {
  return (state, previous) => select(state) !== select(previous) && statuses.includes(select(state));
}

/** The `uf-error` detail for the error `select` reads; none when there is no error. */
export function failure<S, O extends UfErrorOperation>(select: (state: S) => Error | null, operation: O): (state: S) => UfErrorDetail<O> | undefined {
  return (state) => {
    const error = select(state);
    return error ? { error, operation } : undefined;
  };
}

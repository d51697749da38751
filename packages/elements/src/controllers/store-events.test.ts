import { expect } from '@open-wc/testing';
import type { UfEventName } from '../events/events.js';
import { entered, failure, storeEvents, type StoreEvent } from './store-events.js';

interface State {
  status: 'idle' | 'loading' | 'ready' | 'empty' | 'error';
  error: Error | null;
}

const events: readonly StoreEvent<State>[] = [
  { event: 'uf-plan-loaded', when: entered((state) => state.status, 'ready', 'empty'), detail: () => ({ plan: null }) },
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
];

function recorder() {
  const fired: [UfEventName, unknown][] = [];
  return { fired, emit: (name: UfEventName, detail: unknown) => void fired.push([name, detail]) };
}

describe('storeEvents', () => {
  it('fires an event when its status is entered, not while it stays', () => {
    const host = recorder();
    const change = storeEvents(host, events);
    const loading: State = { status: 'loading', error: null };
    const ready: State = { status: 'ready', error: null };
    change(ready, loading);
    change(ready, ready);
    expect(host.fired).to.deep.equal([['uf-plan-loaded', { plan: null }]]);
  });

  it('fires nothing when the detail is missing (an error state without an error)', () => {
    const host = recorder();
    const change = storeEvents(host, events);
    const loading: State = { status: 'loading', error: null };
    change({ status: 'error', error: null }, loading);
    expect(host.fired).to.deep.equal([]);
    const error = new Error('x');
    change({ status: 'error', error }, loading);
    expect(host.fired).to.deep.equal([['uf-error', { error, operation: 'load' }]]);
  });

  it('fires in the order of the table', () => {
    const host = recorder();
    const both: readonly StoreEvent<State>[] = [
      events[1]!,
      { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: () => ({ error: new Error('second'), operation: 'save' }) },
    ];
    storeEvents(host, both)({ status: 'error', error: new Error('first') }, { status: 'loading', error: null });
    expect(host.fired.map(([, detail]) => (detail as { operation: string }).operation)).to.deep.equal(['load', 'save']);
  });
});

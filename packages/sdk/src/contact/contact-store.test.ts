import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { MemoryTransport, createMemoryClient } from '../memory/memory-transport.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { NotLoadedError } from '../store/resource-lifecycle.js';
import { ContactStore, type ContactState } from './contact-store.js';

const now = () => new Date('2026-11-23T09:00:00Z');
const seed = buildSeed('2026-11-23');

function storeFor(courseId: string, options: Parameters<typeof createMemoryClient>[0] = {}) {
  const { client, transport } = createMemoryClient({ seed, retries: 0, ...options });
  const store = new ContactStore({ client, courseId, now });
  const states: ContactState['status'][] = [];
  store.subscribe((state) => states.push(state.status));
  return { store, transport, states };
}

describe('ContactStore', () => {
  it('goes loading → ready and derives facts', async () => {
    const { store, states } = storeFor(seedCourseIds.contactAway);
    await store.load();
    expect(states).to.deep.equal(['loading', 'ready']);
    expect(store.getSnapshot().facts?.currentAbsence?.deputy.person.name).to.equal('Sofie Lund');
  });

  it('is empty when no contact is assigned', async () => {
    const { store } = storeFor(seedCourseIds.noContact);
    await store.load();
    expect(store.getSnapshot().status).to.equal('empty');
  });

  it('keeps the error and recovers on retry', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    transport.inject({ kind: 'status', status: 500 }, { times: 1 });
    await store.load();
    expect(store.getSnapshot().status).to.equal('error');
    expect((store.getSnapshot().error as { status?: number }).status).to.equal(500);
    await store.load();
    expect(store.getSnapshot().status).to.equal('ready');
    expect(store.getSnapshot().error).to.equal(null);
  });

  it('saves the preferred channel with the ETag and takes the new one', async () => {
    const { store } = storeFor(seedCourseIds.steady);
    await store.load();
    await store.choosePreferredChannel('walk');
    const state = store.getSnapshot();
    expect(state.save.status).to.equal('saved');
    expect(state.contact?.preferredChannel).to.equal('walk');
    expect(state.etag).to.equal('"2"');
  });

  it('keeps the choice on a conflict, shows theirs, and re-applies on top of it', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    await store.load();
    transport.changeContact(seedCourseIds.steady, (contact) => {
      contact.preferredChannel = 'email';
    });
    await store.choosePreferredChannel('walk');
    let state = store.getSnapshot();
    expect(state.save.status).to.equal('conflict');
    expect(state.save.draft).to.equal('walk');
    expect(state.theirs?.preferredChannel).to.equal('email');
    await store.reapply();
    state = store.getSnapshot();
    expect(state.save.status).to.equal('saved');
    expect(state.contact?.preferredChannel).to.equal('walk');
  });

  it('keeps the choice when saving fails, so nothing is lost', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    await store.load();
    transport.inject({ kind: 'status', status: 503 }, { times: 1 });
    await store.choosePreferredChannel('phone');
    expect(store.getSnapshot().save).to.include({ status: 'error', draft: 'phone' });
    await store.reapply();
    expect(store.getSnapshot().contact?.preferredChannel).to.equal('phone');
  });

  it('a retry that meets its own landed choice is saved, not a conflict; another choice still is one', async () => {
    const { client } = createMemoryClient({ seed, retries: 0 });
    const mine = new ContactStore({ client, courseId: seedCourseIds.steady, now });
    const other = new ContactStore({ client, courseId: seedCourseIds.steady, now });
    await Promise.all([mine.load(), other.load()]);
    await other.choosePreferredChannel('phone');
    await mine.choosePreferredChannel('phone');
    expect(mine.getSnapshot().save).to.deep.equal({ status: 'saved', draft: undefined, error: null });
    expect(mine.getSnapshot().theirs).to.equal(null);
    await other.choosePreferredChannel('email');
    await mine.choosePreferredChannel('sms');
    expect(mine.getSnapshot().save).to.include({ status: 'conflict', draft: 'sms' });
    mine.dispose();
    other.dispose();
  });

  it('runs a second save after the first, with the ETag the first returned', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    await store.load();
    transport.inject({ kind: 'delay', ms: 30 }, { method: 'PATCH', times: 1 });
    await Promise.all([store.choosePreferredChannel('phone'), store.choosePreferredChannel('walk')]);
    expect(store.getSnapshot().save.status).to.equal('saved');
    expect(store.getSnapshot().contact?.preferredChannel).to.equal('walk');
    expect(store.getSnapshot().etag).to.equal('"3"');
  });

  it('does not let a save queued before a conflict overwrite the other change', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    await store.load();
    transport.changeContact(seedCourseIds.steady, (contact) => {
      contact.preferredChannel = 'email';
    });
    await Promise.all([store.choosePreferredChannel('phone'), store.choosePreferredChannel('walk')]);
    const state = store.getSnapshot();
    expect(state.save.status).to.equal('conflict');
    expect(state.save.draft).to.equal('walk');
    expect(state.contact?.preferredChannel).to.equal('email');
    expect(transport.requests.filter((request) => request.startsWith('PATCH'))).to.have.length(1);
  });
});

/** A fetch that answers the first GET from the transport at once but hands it over late: the answer is as old as the request. */
function lateFirstGet(transport: MemoryTransport, delayMs: number): typeof fetch {
  let late = true;
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await transport.fetch(request);
    if (request.method === 'GET' && late) {
      late = false;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    return response;
  };
}

describe('ContactStore under races and faults', () => {
  it('keeps the newer answer when an older load resolves last', async () => {
    const transport = new MemoryTransport({ seed });
    const client = createClient({ baseUrl: transport.baseUrl, fetch: lateFirstGet(transport, 60), retries: 0 });
    const store = new ContactStore({ client, courseId: seedCourseIds.steady, now });
    const first = store.load(); // answers with 'sms', but late
    await new Promise((resolve) => setTimeout(resolve, 10));
    transport.changeContact(seedCourseIds.steady, (contact) => {
      contact.preferredChannel = 'email';
    });
    await Promise.all([first, store.load()]);
    expect(store.getSnapshot().contact?.preferredChannel).to.equal('email');
    expect(store.getSnapshot().etag).to.equal('"2"');
  });

  it('does not let a load that started before a save overwrite what the save returned', async () => {
    const transport = new MemoryTransport({ seed });
    let slowGets = false;
    const client = createClient({
      baseUrl: transport.baseUrl,
      retries: 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await transport.fetch(request); // the answer is as old as the request
        if (slowGets && request.method === 'GET') await new Promise((resolve) => setTimeout(resolve, 60));
        return response;
      },
    });
    const store = new ContactStore({ client, courseId: seedCourseIds.steady, now });
    await store.load();
    slowGets = true; // a refetch (say on window focus) now races the user's save
    const refetch = store.load();
    await store.choosePreferredChannel('walk');
    await refetch;
    expect(store.getSnapshot().contact?.preferredChannel).to.equal('walk');
    expect(store.getSnapshot().status).to.equal('ready');
  });

  it('reports a save before anything is loaded as an error instead of saving for ever', async () => {
    const { store } = storeFor(seedCourseIds.steady);
    await store.choosePreferredChannel('phone');
    expect(store.getSnapshot().save.status).to.equal('error');
    expect(store.getSnapshot().save.error).to.be.instanceOf(NotLoadedError);
    expect(store.getSnapshot().save.draft).to.equal('phone');
  });

  it('sends nothing more after dispose, not even a queued save', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    await store.load();
    transport.inject({ kind: 'delay', ms: 50 }, { method: 'PATCH' });
    const patches = () => transport.requests.filter((request) => request.startsWith('PATCH'));
    const saves = Promise.all([store.choosePreferredChannel('phone'), store.choosePreferredChannel('walk')]);
    while (patches().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    store.dispose(); // the first PATCH is under way; the second is queued
    await saves;
    expect(patches()).to.have.length(1);
    expect(store.getSnapshot().save.status).to.equal('saving'); // nobody listens any more; nothing changed after dispose
  });

  it('asks the server for the winning version when a conflict does not carry it', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    await store.load();
    transport.changeContact(seedCourseIds.steady, (contact) => {
      contact.preferredChannel = 'email';
    });
    transport.inject({ kind: 'status', status: 412 }, { method: 'PATCH', times: 1 }); // no `current`
    await store.choosePreferredChannel('walk');
    const state = store.getSnapshot();
    expect(state.save).to.include({ status: 'conflict', draft: 'walk' });
    expect(state.theirs?.preferredChannel).to.equal('email');
    expect(state.etag).to.equal('"2"');
    await store.reapply();
    expect(store.getSnapshot().contact?.preferredChannel).to.equal('walk');
  });

  it('shows the course as empty when the contact was removed meanwhile', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    await store.load();
    transport.removeContact(seedCourseIds.steady);
    transport.inject({ kind: 'status', status: 412 }, { method: 'PATCH', times: 1 });
    await store.choosePreferredChannel('walk');
    expect(store.getSnapshot().status).to.equal('empty');
    expect(store.getSnapshot().contact).to.equal(null);
  });

  it('re-derives the facts on its clock, without a request', async () => {
    let instant = new Date('2026-11-23T14:29:00Z'); // 15.29: the phone is open until 15.30
    const { client, transport } = createMemoryClient({ seed, retries: 0 });
    const store = new ContactStore({ client, courseId: seedCourseIds.steady, now: () => instant, refreshFactsEveryMs: 20 });
    await store.load();
    expect(store.getSnapshot().facts?.openChannels).to.include('phone');
    instant = new Date('2026-11-23T14:31:00Z');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(store.getSnapshot().facts?.openChannels).not.to.include('phone');
    expect(transport.requests).to.have.length(1);
    store.dispose();
  });
});

import { expect } from '@open-wc/testing';
import { createMemoryClient } from '../memory/memory-transport.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
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
    transport.changeContact(seedCourseIds.steady, (contact) => { contact.preferredChannel = 'email'; });
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
    transport.changeContact(seedCourseIds.steady, (contact) => { contact.preferredChannel = 'email'; });
    await Promise.all([store.choosePreferredChannel('phone'), store.choosePreferredChannel('walk')]);
    const state = store.getSnapshot();
    expect(state.save.status).to.equal('conflict');
    expect(state.save.draft).to.equal('walk');
    expect(state.contact?.preferredChannel).to.equal('email');
    expect(transport.requests.filter((request) => request.startsWith('PATCH'))).to.have.length(1);
  });

  it('drops a stale load when a newer one starts', async () => {
    const { store, transport } = storeFor(seedCourseIds.steady);
    transport.inject({ kind: 'delay', ms: 50 }, { times: 1 });
    const first = store.load();
    const second = store.load();
    await Promise.all([first, second]);
    expect(store.getSnapshot().status).to.equal('ready');
  });
});

import { expect } from '@open-wc/testing';
import { createMemoryClient } from '../memory/memory-transport.js';
import { buildSeed } from '../seed/index.js';
import { OfferCatalogueStore } from './offer-catalogue-store.js';
import { loadCatalogue } from './load-catalogue.js';

const seed = buildSeed('2026-11-23');

function storeWith(options: { withReviews?: boolean; audience?: 'staff' | 'youth' } = {}) {
  const { client, transport } = createMemoryClient({ seed, retries: 0, ...(options.audience ? { audience: options.audience } : {}) });
  const store = new OfferCatalogueStore({ client, withReviews: options.withReviews ?? false });
  return { store, transport, client };
}

describe('OfferCatalogueStore', () => {
  it('loads the active offers, the units and, for staff, each offer’s latest review', async () => {
    const { store, transport } = storeWith({ withReviews: true });
    await store.load();
    const state = store.getSnapshot();
    expect(state.status).to.equal('ready');
    expect(state.offers).to.have.length(seed.offers.length);
    expect(state.found.every((offer) => offer.status === 'active')).to.equal(true);
    expect(state.units.length).to.be.greaterThan(5);
    expect(state.reviews.get('o-klub')?.givesNonProfessionalRelations).to.equal(true);
    expect(state.criteria.map((criterion) => criterion.id)).to.deep.equal(['relations', 'empowerment', 'individual-focus']);
    expect(transport.requests.filter((request) => request.includes('/rollup'))).to.have.length(1);
  });

  it('asks for no reviews without them: the young person is shown offers, not scores', async () => {
    const { store, transport } = storeWith({ audience: 'youth' });
    await store.load();
    expect(store.getSnapshot().reviews.size).to.equal(0);
    expect(store.getSnapshot().found.every((offer) => offer.legalBasis === undefined)).to.equal(true);
    expect(transport.requests.some((request) => request.includes('/rollup'))).to.equal(false);
  });

  it('keeps the filter’s matches current, through a reload too', async () => {
    const { store } = storeWith({ withReviews: true });
    store.setFilter({ nonProfessionalRelations: true });
    await store.load();
    expect(store.getSnapshot().found.map((offer) => offer.id)).to.deep.equal(['o-klub']);
    store.setFilter({ goalKind: 'housing' });
    expect(store.getSnapshot().found.every((offer) => offer.goalKinds.includes('housing'))).to.equal(true);
    expect(store.getSnapshot().found.length).to.be.greaterThan(0);
  });

  it('fails as a whole when the reviews cannot be read, and recovers on retry', async () => {
    const { store, transport } = storeWith({ withReviews: true });
    transport.inject({ kind: 'status', status: 503 }, { times: 1 });
    await store.load();
    expect(store.getSnapshot().status).to.equal('error');
    await store.retry();
    expect(store.getSnapshot().status).to.equal('ready');
  });

  it('is empty when the municipality has no offers yet', async () => {
    const { client } = createMemoryClient({ seed: { ...seed, offers: [] }, retries: 0 });
    const store = new OfferCatalogueStore({ client });
    await store.load();
    expect(store.getSnapshot().status).to.equal('empty');
  });

  it('shares one read of the catalogue between the widgets of a page', async () => {
    const { client, transport, store } = storeWith();
    await Promise.all([store.load(), loadCatalogue(client)]);
    expect(transport.requests.filter((request) => request.endsWith('/offers'))).to.have.length(1);
  });
});

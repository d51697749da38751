import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, createMemoryClient, HttpError, type UfClient } from '@ungeforlob/sdk';
import { buildSeed, seedOffers, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// The municipality's offer catalogue (issue #16, first step): read by everyone signed in, the
// young person getting the active offers in plain words; the same from the memory transport.

const seed = buildSeed();
const youth = seed.users.find((user) => user.role === 'youth')!.subject;
const retired = seed.offers.find((offer) => offer.status === 'retired')!;

let database: TestDatabase;
let server: TestServer;
let staff: UfClient;
let young: UfClient;

before(async () => {
  database = await createTestDatabase('server_offers');
  server = await startTestServer(database);
  staff = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor() });
  young = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(youth) });
});

/** Stops the server and starts it again on the same database, as an upgrade or a second instance would. */
async function restart(): Promise<void> {
  await server.close();
  server = await startTestServer(database);
  staff = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor() });
  young = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(youth) });
}

after(async () => {
  await server?.close();
  await database?.dispose();
});

describe('the offer catalogue', () => {
  test('staff read every offer, retired ones too, by name in Danish order, each whole', async () => {
    const offers = await staff.offers.list();
    assert.equal(offers.length, seed.offers.length);
    assert.ok(offers.length >= 25 && offers.length <= 40, `a realistic catalogue: ${offers.length} offers`);
    assert.deepEqual(
      offers.map((offer) => offer.name),
      [...seed.offers.map((offer) => offer.name)].sort((a, b) => a.localeCompare(b, 'da')),
    );
    assert.ok(offers.some((offer) => offer.status === 'retired'));
    assert.deepEqual(
      [...offers].sort((a, b) => a.id.localeCompare(b.id)),
      [...seed.offers].sort((a, b) => a.id.localeCompare(b.id)),
      'every offer as the seed has it, staff fields and all',
    );
    assert.ok(offers.some((offer) => offer.legalBasis && offer.capacityNote && offer.audience.situation));
  });

  test('a young person reads the active offers in plain words: no legal basis, no practicalities, nothing retired', async () => {
    const offers = await young.offers.list();
    assert.equal(offers.length, seed.offers.filter((offer) => offer.status === 'active').length);
    for (const offer of offers) {
      assert.equal(offer.status, 'active');
      assert.equal('legalBasis' in offer, false, offer.id);
      assert.equal('capacityNote' in offer, false, offer.id);
      assert.deepEqual(Object.keys(offer.audience).sort(), ['maxAge', 'minAge'], `${offer.id}: the staff's words for the situation stay with them`);
    }
    const fgu = await young.offers.get(seedOffers.fgu.id);
    assert.equal(fgu.description, seed.offers.find((offer) => offer.id === seedOffers.fgu.id)!.description);
    await assert.rejects(young.offers.get(retired.id), (error) => error instanceof HttpError && error.status === 404, 'a retired offer is not there for them');
    assert.equal((await staff.offers.get(retired.id)).status, 'retired');
  });

  test('an unknown offer is 404, a malformed id 400, and nobody signed out reads the catalogue', async () => {
    await assert.rejects(staff.offers.get('o-never-was'), (error) => error instanceof HttpError && error.status === 404);
    const malformed = await apiFetch(`${server.url}/api/v1/offers/${encodeURIComponent('010203-1234')}`, { headers: await server.headersFor() });
    assert.equal(malformed.status, 400);
    await malformed.body?.cancel();
    const anonymous = await fetch(`${server.url}/api/v1/offers`);
    assert.equal(anonymous.status, 401);
    await anonymous.body?.cancel();
  });

  test('reading the catalogue writes no audit rows: it holds no one’s personal data', async () => {
    const rows = () => server.database.query<{ count: string }>('SELECT count(*) AS count FROM audit_log').then(([row]) => Number(row?.count));
    const before = await rows();
    await staff.offers.list();
    await young.offers.get(seedOffers.club.id);
    assert.equal(await rows(), before);
  });
});

describe('the offer catalogue from the memory transport', () => {
  test('answers as the server does: staff everything, a young person the active offers in plain words', async () => {
    const staffClient = createMemoryClient({ seed, signIn: true, getToken: () => seedUserIds.teamNord }).client;
    const youthClient = createMemoryClient({ seed, signIn: true, getToken: () => youth }).client;
    assert.deepEqual(await staffClient.offers.list(), await staff.offers.list());
    const offers = await youthClient.offers.list();
    assert.deepEqual(offers, await young.offers.list());
    await assert.rejects(youthClient.offers.get(retired.id), (error) => error instanceof HttpError && error.status === 404);
    await assert.rejects(staffClient.offers.get('o-never-was'), (error) => error instanceof HttpError && error.status === 404);
    await assert.rejects(staffClient.offers.get('0102031234'), (error) => error instanceof HttpError && error.status === 400);
  });
});

// Last: these change the database the tests above read.
describe('the offer catalogue in the database', () => {
  test('a database from before the catalogue (offers known only by id, name and kind) gets the entries at the next start; an offer renamed meanwhile keeps its name, and the reviews stay', async () => {
    const rollUpRows = async () => {
      const response = await apiFetch(`${server.url}/api/v1/questionnaires/strategic-criteria/rollup`, { headers: await server.headersFor() });
      return ((await response.json()) as { rows: { offer: { id: string } }[] }).rows.map((row) => row.offer.id).sort();
    };
    const reviewed = await rollUpRows();
    assert.ok(reviewed.length >= 4, 'the seeded reviews are in the roll-up');
    await server.database.query('UPDATE offers SET entry = NULL');
    await server.database.query("UPDATE offers SET name = 'FGU Fjordby (vores egen)' WHERE id = $1", [seedOffers.fgu.id]);
    assert.deepEqual(await staff.offers.list(), []);
    await restart();
    assert.deepEqual(
      (await staff.offers.list()).map((offer) => offer.id).sort(),
      seed.offers
        .map((offer) => offer.id)
        .filter((id) => id !== seedOffers.fgu.id)
        .sort(),
      'every offer but the renamed one',
    );
    const [fgu] = await server.database.query<{ name: string; entry: unknown }>('SELECT name, entry FROM offers WHERE id = $1', [seedOffers.fgu.id]);
    assert.deepEqual(fgu, { name: 'FGU Fjordby (vores egen)', entry: null }, 'not overwritten');
    assert.deepEqual(await rollUpRows(), reviewed);
  });

  test('once a catalogue is there, a start writes nothing: an edited entry stays edited, a removed offer stays removed', async () => {
    const edited = { ...(await staff.offers.get(seedOffers.club.id)), description: 'Rettet af kommunen.' };
    await server.database.query('UPDATE offers SET entry = $2::jsonb WHERE id = $1', [seedOffers.club.id, JSON.stringify(edited)]);
    await server.database.query('DELETE FROM offers WHERE id = $1', ['o-lektiecafe']);
    await restart();
    assert.equal((await staff.offers.get(seedOffers.club.id)).description, 'Rettet af kommunen.');
    await assert.rejects(staff.offers.get('o-lektiecafe'), (error) => error instanceof HttpError && error.status === 404);
  });

  test('an entry cannot name another id, name or kind than its row, which the roll-up and the reviews read', async () => {
    const entry = { ...(await staff.offers.get(seedOffers.club.id)), name: 'Et andet navn' };
    await assert.rejects(
      server.database.query('UPDATE offers SET entry = $2::jsonb WHERE id = $1', [seedOffers.club.id, JSON.stringify(entry)]),
      /offers_entry_matches/,
    );
  });
});

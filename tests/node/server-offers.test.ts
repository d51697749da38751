import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ConflictError, createClient, createMemoryClient, HttpError, type OfferInput, type UfClient } from '@ungeforlob/sdk';
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
let keeper: UfClient;

before(async () => {
  database = await createTestDatabase('server_offers');
  server = await startTestServer(database);
  staff = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor() });
  young = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(youth) });
  keeper = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(seedUserIds.offerAdministrator) });
});

/** Stops the server and starts it again on the same database, as an upgrade or a second instance would. */
async function restart(): Promise<void> {
  await server.close();
  server = await startTestServer(database);
  staff = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor() });
  young = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(youth) });
  keeper = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(seedUserIds.offerAdministrator) });
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
    const { value: fgu } = await young.offers.get(seedOffers.fgu.id);
    assert.equal(fgu.description, seed.offers.find((offer) => offer.id === seedOffers.fgu.id)!.description);
    await assert.rejects(young.offers.get(retired.id), (error) => error instanceof HttpError && error.status === 404, 'a retired offer is not there for them');
    assert.equal((await staff.offers.get(retired.id)).value.status, 'retired');
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
    const edited = { ...(await staff.offers.get(seedOffers.club.id)).value, description: 'Rettet af kommunen.' };
    await server.database.query('UPDATE offers SET entry = $2::jsonb WHERE id = $1', [seedOffers.club.id, JSON.stringify(edited)]);
    await server.database.query('DELETE FROM offers WHERE id = $1', ['o-lektiecafe']);
    await restart();
    assert.equal((await staff.offers.get(seedOffers.club.id)).value.description, 'Rettet af kommunen.');
    await assert.rejects(staff.offers.get('o-lektiecafe'), (error) => error instanceof HttpError && error.status === 404);
  });

  test('an entry cannot name another id, name or kind than its row, which the roll-up and the reviews read', async () => {
    const entry = { ...(await staff.offers.get(seedOffers.club.id)).value, name: 'Et andet navn' };
    await assert.rejects(
      server.database.query('UPDATE offers SET entry = $2::jsonb WHERE id = $1', [seedOffers.club.id, JSON.stringify(entry)]),
      /offers_entry_matches/,
    );
  });
});

describe('keeping the catalogue', () => {
  const newOffer: OfferInput = {
    id: 'o-cykelvaerksted',
    name: 'Cykelværksted',
    kind: 'workshop',
    description: 'Lav cykler sammen med andre unge to eftermiddage om ugen. Du lærer at bruge værktøj og får en cykel med hjem.',
    unit: { id: 'u-frivillig', name: 'Frivilligcenter Fjordby' },
    audience: { minAge: 15, maxAge: 25, situation: 'Unge, der har brug for at komme ud af huset og lave noget med hænderne' },
    goalKinds: ['community', 'coping'],
    waitingWeeks: 0,
    contact: { name: 'Frivilligcenter Fjordby', phone: '+45 12 34 77 88' },
    howToGetIn: 'Kom forbi en tirsdag klokken 15.',
    status: 'active',
  };

  const changesOf = (offerId: string) =>
    server.database.query<{ actor: string; role: string; action: string; version: string; entry: { description: string } }>(
      'SELECT actor, role, action, version::text AS version, entry FROM offer_changes WHERE offer_id = $1 ORDER BY id',
      [offerId],
    );

  test('an offer administrator adds an offer, changes it on top of the version they read, and each change is kept with who made it', async () => {
    const added = await keeper.offers.save(newOffer);
    assert.equal(added.value.name, 'Cykelværksted');
    assert.ok(added.etag);
    assert.equal(
      (await young.offers.list()).find((offer) => offer.id === newOffer.id)?.howToGetIn,
      'Kom forbi en tirsdag klokken 15.',
      'the young person reads how to get in',
    );

    const read = await staff.offers.get(newOffer.id);
    assert.equal(read.etag, added.etag);
    const changed = await keeper.offers.save({ ...newOffer, description: 'Lav cykler sammen med andre unge.' }, { ifMatch: read.etag });
    assert.notEqual(changed.etag, added.etag);
    assert.equal((await staff.offers.get(newOffer.id)).value.description, 'Lav cykler sammen med andre unge.');

    const history = await changesOf(newOffer.id);
    assert.deepEqual(
      history.map((change) => [change.actor, change.role, change.action, change.version]),
      [
        [seedUserIds.offerAdministrator, 'offerAdministrator', 'create', '1'],
        [seedUserIds.offerAdministrator, 'offerAdministrator', 'update', '2'],
      ],
    );
    assert.equal(history[1]!.entry.description, 'Lav cykler sammen med andre unge.');
    await assert.rejects(server.database.query('UPDATE offer_changes SET actor = $1', ['someone']), /append-only/);
  });

  test('a change based on an old version, or an add of an id already there, is a conflict carrying the stored offer', async () => {
    const { value: stored, etag } = await staff.offers.get(seedOffers.internship.id);
    const { changedAt: _changedAt, ...input } = stored;
    await keeper.offers.save({ ...input, waitingWeeks: 3 }, { ifMatch: etag });
    await assert.rejects(keeper.offers.save({ ...input, waitingWeeks: 5 }, { ifMatch: etag }), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.equal((error.current as { waitingWeeks: number }).waitingWeeks, 3);
      return true;
    });
    await assert.rejects(
      keeper.offers.save(input),
      (error) => error instanceof ConflictError && (error.current as { id: string }).id === seedOffers.internship.id,
    );
    await assert.rejects(
      keeper.offers.save({ ...newOffer, id: 'o-never-was' }, { ifMatch: '"1"' }),
      (error) => error instanceof ConflictError && error.current === undefined,
    );
  });

  test('an offer known only by name (from before the catalogue) gets its entry as an added offer', async () => {
    const { changedAt: _changedAt, ...fgu } = seed.offers.find((offer) => offer.id === seedOffers.fgu.id)!;
    const [before] = await server.database.query<{ entry: unknown }>('SELECT entry FROM offers WHERE id = $1', [seedOffers.fgu.id]);
    assert.equal(before!.entry, null, 'the test above left it known only by name');
    const added = await keeper.offers.save(fgu);
    assert.equal((await staff.offers.get(seedOffers.fgu.id)).etag, added.etag);
  });

  test('refuses a write without a precondition (428), with another id than the path (400), and from anyone but an offer administrator (403)', async () => {
    const url = `${server.url}/api/v1/offers/${newOffer.id}`;
    const send = async (headers: Record<string, string>, body: unknown = newOffer, user: string = seedUserIds.offerAdministrator) =>
      apiFetch(url, {
        method: 'PUT',
        headers: { ...(await server.headersFor(user)), 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    assert.equal((await send({})).status, 428);
    // Both conditions on an offer that exists: If-Match is judged first, then If-None-Match: * fails (RFC 9110 §13.2.2).
    const { etag } = await staff.offers.get(seedOffers.internship.id);
    const both = await apiFetch(`${server.url}/api/v1/offers/${seedOffers.internship.id}`, {
      method: 'PUT',
      headers: { ...(await server.headersFor(seedUserIds.offerAdministrator)), 'content-type': 'application/json', 'If-Match': etag, 'If-None-Match': '*' },
      body: JSON.stringify({ ...(await staff.offers.get(seedOffers.internship.id)).value, changedAt: undefined }),
    });
    assert.equal(both.status, 412);
    assert.equal((await send({ 'If-Match': '*' })).status, 428);
    const mismatch = await send({ 'If-None-Match': '*' }, { ...newOffer, id: 'o-andet' });
    assert.equal(mismatch.status, 400);
    assert.deepEqual(((await mismatch.json()) as { errors: unknown[] }).errors, [{ path: 'id', code: 'id_mismatch' }]);
    assert.equal((await send({ 'If-None-Match': '*' }, { ...newOffer, changedAt: '2026-01-01T00:00:00Z' })).status, 400, 'the server sets changedAt');
    assert.equal((await send({ 'If-None-Match': '*' }, newOffer, seedUserIds.teamNord)).status, 403);
    assert.equal((await send({ 'If-None-Match': '*' }, newOffer, seedUserIds.administrator)).status, 403);
  });

  test('a retired offer stays for staff and is gone for the young person; reading and keeping the catalogue writes no course audit row', async () => {
    const before = await server.database.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    const { value: club, etag } = await staff.offers.get(seedOffers.club.id);
    const { changedAt: _changedAt, ...input } = club;
    await keeper.offers.save({ ...input, status: 'retired' }, { ifMatch: etag });
    assert.equal((await staff.offers.get(seedOffers.club.id)).value.status, 'retired');
    await assert.rejects(young.offers.get(seedOffers.club.id), (error) => error instanceof HttpError && error.status === 404);
    const after = await server.database.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    assert.equal(after[0]!.n, before[0]!.n);
  });

  test('the memory transport sends a young person no staff field, nor a retired offer, in a conflict', async () => {
    const { client } = createMemoryClient({ seed, retries: 0, audience: 'youth' });
    const { changedAt: _changedAt, ...input } = retired;
    await assert.rejects(client.offers.save(input), (error) => error instanceof ConflictError && error.current === undefined);
    const { changedAt: _at, ...active } = seed.offers.find((offer) => offer.status === 'active' && offer.legalBasis)!;
    await assert.rejects(client.offers.save(active, { ifMatch: '"0"' }), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.equal('legalBasis' in (error.current as object), false);
      assert.match(error.currentEtag ?? '', /^"y-/);
      return true;
    });
  });

  test('the memory transport keeps the catalogue the same way', async () => {
    const { client } = createMemoryClient({ seed, retries: 0 });
    const added = await client.offers.save(newOffer);
    assert.equal((await client.offers.get(newOffer.id)).etag, added.etag);
    await assert.rejects(client.offers.save(newOffer), (error) => error instanceof ConflictError);
    const changed = await client.offers.save({ ...newOffer, waitingWeeks: 2 }, { ifMatch: added.etag });
    assert.equal(changed.value.waitingWeeks, 2);
    await assert.rejects(client.offers.save({ ...newOffer, waitingWeeks: 4 }, { ifMatch: added.etag }), (error) => error instanceof ConflictError);
  });
});

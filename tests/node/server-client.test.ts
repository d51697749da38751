import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ConflictError, createClient, HttpError, type UfClient } from '@ungeforlob/sdk';
import { seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// The SDK's own client against the real server: the contract seen from both ends.

const ids = seedCourseIds;

let database: TestDatabase;
let server: TestServer;
let client: UfClient;

before(async () => {
  database = await createTestDatabase('server_client');
  server = await startTestServer(database);
  client = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor() });
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

test('get returns the contact with its ETag', async () => {
  const contact = await client.contact.get(ids.steady);
  assert.ok(contact);
  assert.equal(contact.value.courseId, ids.steady);
  assert.equal(contact.value.preferredChannel, 'sms');
  assert.match(contact.etag, /^"[^"]+"$/);
});

test('get returns null for a course without a contact', async () => {
  // The course without a contact is Team Syd's.
  const teamSyd = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(seedUserIds.teamSyd) });
  assert.equal(await teamSyd.contact.get(ids.noContact), null);
});

test('setPreferredChannel saves and returns the new version', async () => {
  const before = await client.contact.get(ids.contactAway);
  assert.ok(before);
  // A kind the contact offers (another would be 400 not_offered) and not the one chosen now.
  const kind = before.value.channels.map((channel) => channel.kind).find((offered) => offered !== before.value.preferredChannel);
  assert.ok(kind);
  const after = await client.contact.setPreferredChannel(ids.contactAway, kind, { ifMatch: before.etag });
  assert.equal(after.value.preferredChannel, kind);
  assert.notEqual(after.etag, before.etag);
  assert.deepEqual(await client.contact.get(ids.contactAway), after);
});

test('a stale ETag throws ConflictError carrying the current contact and its ETag', async () => {
  const stale = await client.contact.get(ids.aftercare);
  assert.ok(stale);
  const winner = await client.contact.setPreferredChannel(ids.aftercare, 'phone', { ifMatch: stale.etag });
  const error = await client.contact.setPreferredChannel(ids.aftercare, 'sms', { ifMatch: stale.etag }).then(
    () => assert.fail('the stale write was accepted'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof ConflictError);
  assert.equal(error.status, 412);
  assert.deepEqual(error.current, winner.value);
  assert.equal(error.currentEtag, winner.etag);
  // Re-applying on top of `current` succeeds.
  const reapplied = await client.contact.setPreferredChannel(ids.aftercare, 'sms', { ifMatch: error.currentEtag ?? '' });
  assert.equal(reapplied.value.preferredChannel, 'sms');
});

test('unknown (403, so nobody learns which ids exist) and CPR-shaped course ids become typed HTTP errors with problem details', async () => {
  const missing = await client.contact.get('c-unknown').catch((thrown: unknown) => thrown);
  assert.ok(missing instanceof HttpError);
  assert.equal(missing.status, 403);
  assert.equal(typeof missing.problem?.requestId, 'string');

  const cpr = await client.contact.get('010203-1234').catch((thrown: unknown) => thrown);
  assert.ok(cpr instanceof HttpError);
  assert.equal(cpr.status, 400);
  assert.deepEqual(cpr.problem?.errors, [{ path: 'courseId', code: 'custom' }]);
});

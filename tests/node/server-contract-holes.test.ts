import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ChannelKind, Contact } from '@ungeforlob/sdk';
import { seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, getContact, JSON_HEADERS, patchContact, problemOf } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// Issue #14's holes in the rules: requests the server accepted though the contract's rules
// forbid them. The memory transport holds the same rules (memory-transport.test.ts).

const course = seedCourseIds.steady;
let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase('contract_holes');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

describe('the preferred channel', () => {
  test('one the contact does not offer is a 400 not_offered against the version the sender saw, a 412 against another', async () => {
    const read = await getContact(server.url, course);
    const etag = read.headers.get('etag')!;
    const contact = Contact.parse(await read.json());
    const offered = new Set(contact.channels.map((channel) => channel.kind));
    const missing = ChannelKind.options.find((kind) => !offered.has(kind)) ?? assert.fail('the seeded contact offers every kind');
    const refused = await patchContact(server.url, course, { preferredChannel: missing }, { 'If-Match': etag });
    assert.equal(refused.status, 400);
    assert.deepEqual((await problemOf(refused))['errors'], [{ path: 'preferredChannel', code: 'not_offered' }]);
    const stale = await patchContact(server.url, course, { preferredChannel: missing }, { 'If-Match': '"0"' });
    assert.equal(stale.status, 412);
    await stale.body?.cancel();
    const chosen = await patchContact(server.url, course, { preferredChannel: [...offered][0] }, { 'If-Match': etag });
    assert.equal(chosen.status, 200);
    await chosen.body?.cancel();
  });
});

describe('conditional draft writes', () => {
  test('If-Match with If-None-Match: * on an existing draft is a 412 (RFC 9110 §13.2.2), and nothing changes', async () => {
    const draftUrl = `${server.url}/api/v1/questionnaires/strategic-criteria/subjects/course/${course}/draft`;
    const put = (headers: Record<string, string>, answers: Record<string, unknown>) =>
      apiFetch(draftUrl, { method: 'PUT', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify({ definitionVersion: 1, answers }) });
    const created = await put({ 'If-None-Match': '*' }, { 'relations-non-professionals': { rating: 2 } });
    assert.equal(created.status, 201);
    const etag = created.headers.get('etag')!;
    await created.body?.cancel();
    const both = await put({ 'If-Match': etag, 'If-None-Match': '*' }, { 'relations-non-professionals': { rating: 3 } });
    assert.equal(both.status, 412);
    await both.body?.cancel();
    const stored = await apiFetch(draftUrl, { as: seedUserIds.teamNord });
    assert.equal(stored.headers.get('etag'), etag);
    await stored.body?.cancel();
  });
});

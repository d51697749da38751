import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Contact } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { migrate } from '@ungeforlob/server';
import { migrations } from '../../packages/server/src/db/migrations/index.js';
import { apiFetch, getContact, patchContact } from './helpers/http.js';
import { createTestDatabase, startTestServer, usesPostgres, type TestDatabase, type TestServer } from './helpers/test-server.js';

const courseId = seedCourseIds.steady;
const seed = buildSeed();

let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase('server_persistence');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

async function count(
  table:
    | 'courses'
    | 'staff'
    | 'units'
    | 'citizens'
    | 'course_contacts'
    | 'audit_log'
    | 'schema_migrations'
    | 'teams'
    | 'team_members'
    | 'course_teams'
    | 'principals',
): Promise<number> {
  // The table name comes from the fixed union above, never from input.
  const [row] = await server.database.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`);
  return Number(row?.count);
}

/** The contact's ETag, read by a professional of the team the course is assigned to. */
async function etagOf(id: string, as: string = seedUserIds.teamNord): Promise<string> {
  const response = await getContact(server.url, id, {}, as);
  await response.body?.cancel();
  return response.headers.get('etag') ?? assert.fail('no ETag');
}

test('the first start migrates and seeds', async () => {
  assert.equal(server.database.engine, usesPostgres ? 'postgres' : 'pglite');
  assert.deepEqual(server.prepared, { migrationsApplied: migrations.map((migration) => migration.version), seeded: true });
  assert.equal(await count('courses'), 5);
  assert.equal(await count('citizens'), 5);
  assert.equal(await count('course_contacts'), 4);
  assert.equal(await count('staff'), 5);
  assert.equal(await count('units'), 2);
  assert.equal(await count('teams'), seed.teams.length);
  assert.equal(await count('team_members'), seed.teams.flatMap((team) => team.members).length);
  assert.equal(await count('course_teams'), 5);
  assert.equal(await count('principals'), seed.users.length);
});

test('migrations are idempotent', async () => {
  assert.deepEqual(await migrate(server.database), []);
  assert.deepEqual(await migrate(server.database), []);
  assert.equal(await count('schema_migrations'), migrations.length);
});

test('an edit survives a restart, and the seed is not written twice', async () => {
  const patched = await patchContact(server.url, courseId, { preferredChannel: 'homeVisit' }, { 'If-Match': await etagOf(courseId) });
  assert.equal(patched.status, 200);
  const etag = patched.headers.get('etag');
  await patched.body?.cancel();
  const auditRows = await count('audit_log');

  await server.close();
  server = await startTestServer(database);

  assert.deepEqual(server.prepared, { migrationsApplied: [], seeded: false });
  assert.equal(await count('courses'), 5);
  assert.equal(await count('staff'), 5);
  assert.equal(await count('principals'), seed.users.length);
  assert.equal(await count('audit_log'), auditRows);
  const reread = await getContact(server.url, courseId);
  assert.equal(reread.headers.get('etag'), etag);
  assert.equal(Contact.parse(await reread.json()).preferredChannel, 'homeVisit');
});

test("renaming the contact's staff member or unit changes the contact's ETag", async () => {
  const before = await etagOf(courseId);
  await server.database.query("UPDATE staff SET name = name || ' (vikar)' WHERE id = 's-jk01'");
  const afterStaff = await etagOf(courseId);
  assert.notEqual(afterStaff, before);
  await server.database.query("UPDATE units SET name = name || ' (ny)' WHERE id = 'u-ungeindsats'");
  assert.notEqual(await etagOf(courseId), afterStaff);
  // A contact held by someone else keeps its version.
  const other = await etagOf(seedCourseIds.manyHandovers, seedUserIds.teamSyd);
  await server.database.query("UPDATE staff SET caseload = caseload + 1 WHERE id = 's-jk01'");
  assert.equal(await etagOf(seedCourseIds.manyHandovers, seedUserIds.teamSyd), other);
});

test('the audit log is append-only', async () => {
  await (await getContact(server.url, courseId)).body?.cancel();
  await assert.rejects(server.database.query("UPDATE audit_log SET actor = 'someone else'"), /append-only/);
  await assert.rejects(server.database.query('DELETE FROM audit_log'), /append-only/);
  await assert.rejects(server.database.query('TRUNCATE audit_log'), /append-only/);
});

// Last in the file: it closes the suite's server. Not a second server on the same folder, which
// PGlite does not lock: two processes on one data folder can corrupt it.
test('closing twice (and once more) is harmless', async () => {
  await Promise.all([server.close(), server.close()]);
  await server.close();
  await assert.rejects(apiFetch(`${server.url}/healthz`));
});

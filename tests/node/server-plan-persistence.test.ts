import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Plan } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import { migrate, openDatabase } from '@ungeforlob/server';
import { initialSchema } from '../../packages/server/src/db/migrations/001-initial-schema.js';
import { migrations } from '../../packages/server/src/db/migrations/index.js';
import { seedCoursesIfEmpty } from '../../packages/server/src/seed/seed-database.js';
import { seedEmptyTables } from '../../packages/server/src/seed/seed-empty-tables.js';
import { getPlan, putPlan } from './helpers/http.js';
import { planUpdateOf } from './helpers/plan-update.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

const courseId = seedCourseIds.steady;

let database: TestDatabase;
let server: TestServer;

// The database starts as one made before plans existed: migration 001 and its seed only.
before(async () => {
  database = await createTestDatabase('server_plan_persistence');
  const old = await openDatabase({ databaseUrl: database.options.databaseUrl, dataDir: database.options.dataDir ?? '' }, () => {});
  try {
    assert.deepEqual(await migrate(old, [initialSchema]), [1]);
    assert.equal(await seedCoursesIfEmpty(old, buildSeed()), true);
  } finally {
    await old.close();
  }
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

async function count(table: 'course_plans' | 'plan_revisions' | 'course_contacts' | 'courses'): Promise<number> {
  // The table name comes from the fixed union above, never from input.
  const [row] = await server.database.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`);
  return Number(row?.count);
}

test('a database from before plans gets every later migration, the seed plans and teams on its next start, and keeps its data', async () => {
  assert.deepEqual(server.prepared, {
    migrationsApplied: migrations.map((migration) => migration.version).filter((version) => version > initialSchema.version),
    seeded: true,
  });
  assert.equal(await count('courses'), 5);
  assert.equal(await count('course_contacts'), 4);
  assert.equal(await count('course_plans'), 5);
  assert.equal(await count('plan_revisions'), 0);
  // Its courses are assigned to the seed's teams: Jonas Kragh (Team Nord) reads the steady course's plan.
  const response = await getPlan(server.url, courseId);
  assert.equal(response.status, 200);
  Plan.parse(await response.json());
});

test('seeding again writes nothing', async () => {
  assert.equal(await seedEmptyTables(server.database, buildSeed()), false);
  assert.equal(await count('course_plans'), 5);
});

test('revisions survive a restart, with the same ETag', async () => {
  const read = await getPlan(server.url, courseId);
  const etag = read.headers.get('etag') ?? assert.fail('no ETag');
  const update = planUpdateOf(Plan.parse(await read.json()));
  update.goals[0]!.status = 'reached';
  const saved = await putPlan(server.url, courseId, { ...update, reason: 'Optaget på uddannelsen' }, { 'If-Match': etag });
  assert.equal(saved.status, 200);
  const savedPlan = Plan.parse(await saved.json());
  assert.equal(savedPlan.revisions.length, 1);

  await server.close();
  server = await startTestServer(database);

  assert.deepEqual(server.prepared, { migrationsApplied: [], seeded: false });
  const reread = await getPlan(server.url, courseId);
  assert.equal(reread.headers.get('etag'), saved.headers.get('etag'));
  assert.deepEqual(Plan.parse(await reread.json()), savedPlan);
});

test('plan revisions are append-only', async () => {
  assert.equal(await count('plan_revisions'), 1);
  await assert.rejects(server.database.query("UPDATE plan_revisions SET by_name = 'someone else'"), /append-only/);
  await assert.rejects(server.database.query('DELETE FROM plan_revisions'), /append-only/);
  await assert.rejects(server.database.query('TRUNCATE plan_revisions'), /append-only/);
  // Nor can they be orphaned by removing their plan.
  await assert.rejects(server.database.query('DELETE FROM course_plans WHERE course_id = $1', [courseId]));
  assert.equal(await count('plan_revisions'), 1);
});

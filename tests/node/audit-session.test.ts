import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CourseAuditLog, Plan, type PlanUpdate } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, JSON_HEADERS, type ApiRequestInit } from './helpers/http.js';
import { planUpdateOf } from './helpers/plan-update.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// A scripted session on one course: a professional and the young person read and change things,
// someone from another team is refused, and the administrator exports the course's audit log.
// Every row must name who, in which role, what and which request; nothing else may be logged.

const course = seedCourseIds.steady;
const youth = buildSeed().courses.find((candidate) => candidate.id === course)!.citizen.id;

let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase('audit_session');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

interface Step {
  as: string;
  path: string;
  init?: ApiRequestInit;
  status: number;
}

/** Runs one request of the script and returns its request id and body. */
async function run(step: Step): Promise<{ requestId: string; response: Response }> {
  const response = await apiFetch(`${server.url}/api/v1/courses/${course}${step.path}`, { ...step.init, as: step.as });
  assert.equal(response.status, step.status, `${step.init?.method ?? 'GET'} ${step.path} as ${step.as}`);
  return { requestId: response.headers.get('x-request-id')!, response };
}

describe('audit log of a scripted session', () => {
  test('each read and write is one row with who, role, resource, action, time and request id; refusals none; exportable as JSON and CSV', async () => {
    const nord = seedUserIds.teamNord;
    const expected: Array<[requestId: string, actor: string, role: string, resource: string, action: string]> = [];

    const readPlan = await run({ as: nord, path: '/plan', status: 200 });
    expected.push([readPlan.requestId, nord, 'professional', 'plan', 'read']);
    const plan = Plan.parse(await readPlan.response.json());
    const update: PlanUpdate = { ...planUpdateOf(plan), reason: 'Opfølgning' };
    update.efforts[0] = { ...update.efforts[0]!, status: 'paused' };
    const edit = await run({
      as: nord,
      path: '/plan',
      status: 200,
      init: { method: 'PUT', headers: { ...JSON_HEADERS, 'If-Match': readPlan.response.headers.get('etag')! }, body: JSON.stringify(update) },
    });
    expected.push([edit.requestId, nord, 'professional', 'plan', 'update']);

    // Someone from the other team is refused, and the refusal touches no personal data.
    await run({ as: seedUserIds.teamSyd, path: '/plan', status: 403 });

    const youthPlan = await run({ as: youth, path: '/plan', status: 200 });
    expected.push([youthPlan.requestId, youth, 'youth', 'plan', 'read']);
    const comment = await run({
      as: youth,
      path: '/plan/comment',
      status: 200,
      init: {
        method: 'PUT',
        headers: { ...JSON_HEADERS, 'If-Match': youthPlan.response.headers.get('etag')! },
        body: JSON.stringify({ text: 'Det går fint.' }),
      },
    });
    expected.push([comment.requestId, youth, 'youth', 'plan', 'update']);
    const contact = await run({ as: youth, path: '/contact', status: 200 });
    expected.push([contact.requestId, youth, 'youth', 'contact', 'read']);
    const stale = await run({
      as: youth,
      path: '/contact',
      status: 412,
      init: { method: 'PATCH', headers: { ...JSON_HEADERS, 'If-Match': '"0"' }, body: JSON.stringify({ preferredChannel: 'sms' }) },
    });
    expected.push([stale.requestId, youth, 'youth', 'contact', 'read']);

    const exported = await run({ as: seedUserIds.administrator, path: '/audit', status: 200 });
    expected.push([exported.requestId, seedUserIds.administrator, 'administrator', 'audit', 'read']);
    const log = CourseAuditLog.parse(await exported.response.json());
    assert.equal(log.courseId, course);

    const rows = log.entries.map((entry) => [entry.requestId, entry.actor, entry.role, entry.resource, entry.action]);
    assert.deepEqual(rows, expected);
    const times = log.entries.map((entry) => Date.parse(entry.at));
    assert.ok(
      times.every((time, index) => Number.isFinite(time) && (index === 0 || time >= times[index - 1]!)),
      'times are set and in order',
    );
    console.log(
      `audit rows for the scripted session:\n${log.entries.map((entry) => `${entry.at}  ${entry.actor.padEnd(6)} ${entry.role.padEnd(13)} ${entry.resource.padEnd(8)} ${entry.action.padEnd(6)} ${entry.requestId}`).join('\n')}`,
    );

    // The same rows as CSV, for a spreadsheet; and the CSV export is itself a logged read.
    const csv = await apiFetch(`${server.url}/api/v1/courses/${course}/audit`, { as: seedUserIds.administrator, headers: { Accept: 'text/csv' } });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    assert.equal(lines[0], 'at,requestId,actor,role,resource,action');
    assert.equal(lines.length, 1 + expected.length + 1);
    assert.ok(lines[1]!.includes(`"${readPlan.requestId}"`));
  });

  test('a course that never existed has no log to export, and the attempt writes no row', async () => {
    const response = await apiFetch(`${server.url}/api/v1/courses/c-neverwas/audit`, { as: seedUserIds.administrator });
    assert.equal(response.status, 404);
    await response.body?.cancel();
    const rows = await server.database.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE course_id = 'c-neverwas'");
    assert.equal(rows[0]!.n, 0);
  });

  test('the log is append-only: the database refuses to change or delete a row', async () => {
    await assert.rejects(server.database.query("UPDATE audit_log SET actor = 'someone' WHERE course_id = $1", [course]), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM audit_log WHERE course_id = $1', [course]), /append-only/);
  });
});

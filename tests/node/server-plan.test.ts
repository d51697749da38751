import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Plan, problemTypes, type PlanUpdate } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, getPlan, problemOf, putPlan, putPlanComment } from './helpers/http.js';
import { planUpdateOf } from './helpers/plan-update.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

const ids = seedCourseIds;
const seed = buildSeed();
/** A course this file adds without a plan, for the 204 and the 412 without `current`; Team Nord's. */
const courseWithoutPlan = 'c-noplan1';
/** A professional of the team the course is assigned to: they read and edit its plan. */
function professionalOf(courseId: string): string {
  if (courseId === courseWithoutPlan) return seedUserIds.teamNord;
  const team = seed.teams.find((candidate) => candidate.courseIds.includes(courseId)) ?? assert.fail(`no team for ${courseId}`);
  return team.members[0]?.id ?? assert.fail(`no member of ${team.id}`);
}
/** The course's young person: the only one who writes the comment. */
function youthOf(courseId: string): string {
  return (seed.courses.find((course) => course.id === courseId) ?? assert.fail(`no course ${courseId}`)).citizen.id;
}
/** How the signed-in professional signs a revision: by display name, never by id. */
const jonas = { role: 'professional', name: 'Jonas Kragh' };

let database: TestDatabase;
let server: TestServer;
let url: string;

before(async () => {
  database = await createTestDatabase('server_plan');
  server = await startTestServer(database);
  url = server.url;
  await server.database.query("INSERT INTO citizens (id, name, birth_date) VALUES ('p-noplan', 'Testperson Uden Plan', '2008-01-01')");
  await server.database.query("INSERT INTO courses (id, citizen_id) VALUES ($1, 'p-noplan')", [courseWithoutPlan]);
  await server.database.query("INSERT INTO course_teams (course_id, team_id) VALUES ($1, 't-nord')", [courseWithoutPlan]);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

/** The plan of `courseId` as the API serves it now (to a professional of its team, unless `as` says otherwise), with its ETag. */
async function readPlan(courseId: string, as = professionalOf(courseId)): Promise<{ plan: Plan; etag: string }> {
  const response = await getPlan(url, courseId, {}, as);
  assert.equal(response.status, 200);
  const etag = response.headers.get('etag') ?? assert.fail('no ETag');
  return { plan: Plan.parse(await response.json()), etag };
}

/** PUTs `update` on the current version and returns the saved plan and its ETag, checking for a 200. */
async function savePlan(
  courseId: string,
  edit: (update: PlanUpdate) => PlanUpdate,
): Promise<{ before: Plan; plan: Plan; etag: string; startedAt: string; endedAt: string }> {
  const current = await readPlan(courseId);
  const startedAt = new Date().toISOString();
  const response = await putPlan(url, courseId, edit(planUpdateOf(current.plan)), { 'If-Match': current.etag }, professionalOf(courseId));
  const endedAt = new Date().toISOString();
  assert.equal(response.status, 200);
  const etag = response.headers.get('etag') ?? assert.fail('no ETag');
  assert.match(etag, /^"\d+"$/);
  assert.notEqual(etag, current.etag);
  const plan = Plan.parse(await response.json());
  // GET agrees with what the PUT answered.
  const reread = await readPlan(courseId);
  assert.equal(reread.etag, etag);
  assert.deepEqual(reread.plan, plan);
  return { before: current.plan, plan, etag, startedAt, endedAt };
}

/** A revision's `at` lies within the request (ISO instants in UTC compare as text). */
function assertWithin(at: string, startedAt: string, endedAt: string): void {
  const instant = new Date(at).toISOString();
  assert.ok(instant >= startedAt && instant <= endedAt, `${at} within ${startedAt}…${endedAt}`);
}

async function revisionCount(courseId: string): Promise<number> {
  const [row] = await server.database.query<{ count: string }>('SELECT count(*) AS count FROM plan_revisions WHERE course_id = $1', [courseId]);
  return Number(row?.count);
}

describe('GET /api/v1/courses/{courseId}/plan', () => {
  test('200 with a strong ETag and the seeded plan, valid by the contract, for every seed course', async () => {
    for (const course of seed.courses) {
      const response = await getPlan(url, course.id, {}, professionalOf(course.id));
      assert.equal(response.status, 200, course.shows);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.match(response.headers.get('etag') ?? '', /^"\d+"$/);
      assert.deepEqual(Plan.parse(await response.json()), seed.plans[course.id], course.shows);
    }
  });

  test('204 without body or ETag when the course has no plan', async () => {
    const response = await getPlan(url, courseWithoutPlan);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('etag'), null);
    assert.equal(await response.text(), '');
  });

  test('403 problem for an unknown course (as for another team’s: nobody learns which ids exist), 400 naming courseId for a CPR-shaped id', async () => {
    const missing = await getPlan(url, 'c-unknown');
    assert.equal(missing.status, 403);
    assert.ok(!JSON.stringify(await problemOf(missing)).includes('c-unknown'));
    const cpr = await getPlan(url, '0102031234');
    assert.equal(cpr.status, 400);
    assert.deepEqual((await problemOf(cpr))['errors'], [{ path: 'courseId', code: 'custom' }]);
  });
});

describe('PUT /api/v1/courses/{courseId}/plan', () => {
  test("changing an effort's status: revision 1 signed by the signed-in professional, only that effort restamped", async () => {
    const { before, plan, startedAt, endedAt } = await savePlan(ids.steady, (update) => ({
      ...update,
      efforts: update.efforts.map((effort) => (effort.id === 'e-s1' ? { ...effort, status: 'paused' } : effort)),
    }));
    assert.equal(plan.revisions.length, 1);
    const [revision] = plan.revisions;
    assert.deepEqual(
      { ...revision, at: undefined },
      { number: 1, at: undefined, by: jonas, changes: [{ target: 'effort', targetId: 'e-s1', action: 'changed' }] },
    );
    assertWithin(revision!.at, startedAt, endedAt);

    const changed = plan.efforts.find((effort) => effort.id === 'e-s1');
    assert.equal(changed?.status, 'paused');
    assert.equal(new Date(changed.changedAt).getTime(), new Date(revision!.at).getTime());
    assert.deepEqual(
      plan.efforts.filter((effort) => effort.id !== 'e-s1'),
      before.efforts.filter((effort) => effort.id !== 'e-s1'),
    );
    assert.deepEqual(plan.goals, before.goals);
    assert.deepEqual(plan.lifeGoal, before.lifeGoal);
    assert.deepEqual(plan.youthComment, before.youthComment);
  });

  test('adding a goal is `added`, stamped now; the revisions come newest first', async () => {
    const { plan } = await savePlan(ids.steady, (update) => ({
      ...update,
      goals: [...update.goals, { id: 'g-s4', kind: 'housing', text: 'Finde et værelse tæt på skolen', status: 'open' }],
      reason: 'Opfølgning efter samtale',
    }));
    assert.deepEqual(
      plan.revisions.map((revision) => revision.number),
      [2, 1],
    );
    const [latest] = plan.revisions;
    assert.deepEqual(latest?.changes, [{ target: 'goal', targetId: 'g-s4', action: 'added' }]);
    assert.equal(latest?.reason, 'Opfølgning efter samtale');
    const added = plan.goals.find((goal) => goal.id === 'g-s4');
    assert.equal(new Date(added!.changedAt).getTime(), new Date(latest.at).getTime());
  });

  test('removing a note is `removed`', async () => {
    const { plan } = await savePlan(ids.steady, (update) => ({ ...update, notes: update.notes.filter((note) => note.id !== 'n-s2') }));
    const removed = seed.plans[ids.steady]!.notes.find((note) => note.id === 'n-s2')!;
    assert.deepEqual(plan.revisions[0]?.changes, [{ target: 'note', targetId: 'n-s2', action: 'removed', noteKind: removed.kind }]);
    assert.equal(plan.revisions[0]?.number, 3);
    assert.deepEqual(
      plan.notes.map((note) => note.id),
      ['n-s1'],
    );
  });

  test('changing the life goal is `lifeGoal` changed, and restamps the life goal only', async () => {
    const { before, plan } = await savePlan(ids.contactAway, (update) => ({
      ...update,
      lifeGoal: { ...update.lifeGoal, dreams: [...update.lifeGoal.dreams, 'Køre motorcykel'] },
    }));
    const [revision] = plan.revisions;
    assert.deepEqual(revision?.changes, [{ target: 'lifeGoal', action: 'changed' }]);
    assert.equal(new Date(plan.lifeGoal.changedAt).getTime(), new Date(revision.at).getTime());
    assert.notEqual(plan.lifeGoal.changedAt, before.lifeGoal.changedAt);
    assert.deepEqual(plan.goals, before.goals);
    assert.deepEqual(plan.efforts, before.efforts);
  });

  test('several changes at once make one revision listing each', async () => {
    const { plan } = await savePlan(ids.noContact, (update) => ({
      ...update,
      goals: update.goals.map((goal) => (goal.id === 'g-n1' ? { ...goal, status: 'reached' } : goal)),
      efforts: update.efforts.filter((effort) => effort.id !== 'e-n2'),
      notes: [{ id: 'n-n1', kind: 'success', date: '2026-01-05', text: 'Kom i skole alle dage.', author: { role: 'youth', name: 'Noah' }, goalId: 'g-n1' }],
    }));
    assert.equal(plan.revisions.length, 1);
    // Team Syd's course, so Peter Nørgaard signs it.
    assert.deepEqual(plan.revisions[0]?.by, { role: 'professional', name: 'Peter Nørgaard' });
    assert.deepEqual(plan.revisions[0]?.changes, [
      { target: 'goal', targetId: 'g-n1', action: 'changed' },
      { target: 'effort', targetId: 'e-n2', action: 'removed' },
      { target: 'note', targetId: 'n-n1', action: 'added', noteKind: 'success' },
    ]);
  });

  test('an update that changes nothing (in any order) answers 200 with the same ETag and writes no revision', async () => {
    const current = await readPlan(ids.aftercare);
    const revisionsBefore = await revisionCount(ids.aftercare);
    const same = planUpdateOf(current.plan);
    for (const update of [same, { ...same, goals: [...same.goals].reverse() }]) {
      const response = await putPlan(url, ids.aftercare, update, { 'If-Match': current.etag });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('etag'), current.etag);
      assert.deepEqual(Plan.parse(await response.json()), current.plan);
    }
    assert.equal(await revisionCount(ids.aftercare), revisionsBefore);
  });

  test('412 edit conflict with `current` and its ETag when If-Match is stale', async () => {
    const stale = await readPlan(ids.manyHandovers);
    const changed = planUpdateOf(stale.plan);
    changed.goals = changed.goals.map((goal) => ({ ...goal, status: 'reached' }));
    const saved = await putPlan(url, ids.manyHandovers, changed, { 'If-Match': stale.etag }, seedUserIds.teamSyd);
    assert.equal(saved.status, 200);
    await saved.body?.cancel();

    const response = await putPlan(url, ids.manyHandovers, planUpdateOf(stale.plan), { 'If-Match': stale.etag }, seedUserIds.teamSyd);
    assert.equal(response.status, 412);
    const problem = await problemOf(response);
    assert.equal(problem['type'], problemTypes.editConflict);
    const current = Plan.parse(problem['current']);
    assert.ok(current.goals.every((goal) => goal.status === 'reached'));
    assert.equal(response.headers.get('etag'), saved.headers.get('etag'));
  });

  test('428 without If-Match and with If-Match: *', async () => {
    const { plan } = await readPlan(ids.steady);
    for (const headers of [{}, { 'If-Match': '*' }] as Array<Record<string, string>>) {
      const response = await putPlan(url, ids.steady, planUpdateOf(plan), headers);
      assert.equal(response.status, 428);
      assert.equal((await problemOf(response))['status'], 428);
    }
  });

  test('400 naming each field that does not match PlanUpdate, without the values', async () => {
    const { plan, etag } = await readPlan(ids.steady);
    const update = planUpdateOf(plan);
    const bad = {
      ...update,
      lifeGoal: { ...update.lifeGoal, text: '' },
      efforts: update.efforts.map((effort, index) => (index === 1 ? { ...effort, status: 'secret-status' } : effort)),
      mood: 'glad',
    };
    const response = await putPlan(url, ids.steady, bad, { 'If-Match': etag });
    assert.equal(response.status, 400);
    const problem = await problemOf(response);
    assert.equal(problem['type'], problemTypes.invalidRequest);
    assert.deepEqual(problem['errors'], [
      { path: 'lifeGoal.text', code: 'too_small' },
      { path: 'efforts[1].status', code: 'invalid_value' },
      { path: 'mood', code: 'unrecognized_keys' },
    ]);
    assert.ok(!JSON.stringify(problem).includes('secret-status'));
  });

  test('400 for an id that occurs twice in one list', async () => {
    const { plan, etag } = await readPlan(ids.steady);
    const update = planUpdateOf(plan);
    const response = await putPlan(url, ids.steady, { ...update, goals: [...update.goals, update.goals[0]] }, { 'If-Match': etag });
    assert.equal(response.status, 400);
    assert.deepEqual((await problemOf(response))['errors'], [{ path: `goals[${update.goals.length}].id`, code: 'duplicate_id' }]);
  });

  test('400 unknown_goal for an effort pointing at a goal the plan does not have; an effort with no goal is fine', async () => {
    const { plan, etag } = await readPlan(ids.steady);
    const update = planUpdateOf(plan);
    const [first, ...rest] = update.efforts;
    assert.ok(first);
    const dangling = { ...update, efforts: [{ ...first, goalIds: [update.goals[0]!.id, 'g-neverwas'] }, ...rest] };
    const response = await putPlan(url, ids.steady, dangling, { 'If-Match': etag });
    assert.equal(response.status, 400);
    assert.deepEqual((await problemOf(response))['errors'], [{ path: 'efforts[0].goalIds[1]', code: 'unknown_goal' }]);
    const unlinked = await putPlan(url, ids.steady, { ...update, efforts: [{ ...first, goalIds: [] }, ...rest] }, { 'If-Match': etag });
    assert.equal(unlinked.status, 200);
    await unlinked.body?.cancel();
  });

  test('403 for an unknown course (as for another team’s: nobody learns which ids exist); 412 without `current` when the course has no plan', async () => {
    const { plan } = await readPlan(ids.steady);
    const missing = await putPlan(url, 'c-unknown', planUpdateOf(plan), { 'If-Match': '"1"' });
    assert.equal(missing.status, 403);
    await missing.body?.cancel();
    const response = await putPlan(url, courseWithoutPlan, planUpdateOf(plan), { 'If-Match': '"1"' });
    assert.equal(response.status, 412);
    assert.equal((await problemOf(response))['current'], undefined);
    assert.equal(response.headers.get('etag'), null);
  });

  // Meaningful on PostgreSQL (CI runs this suite there too); PGlite's one connection serialises the writers anyway.
  test('of concurrent writers with the same ETag exactly one wins, and one revision is written', async () => {
    const { plan, etag } = await readPlan(ids.aftercare);
    const revisionsBefore = await revisionCount(ids.aftercare);
    const statuses = ['paused', 'stopped', 'active', 'planned'] as const;
    const responses = await Promise.all(
      statuses.map((status) => {
        const update = planUpdateOf(plan);
        update.efforts = update.efforts.map((effort) => ({ ...effort, status }));
        return putPlan(url, ids.aftercare, update, { 'If-Match': etag });
      }),
    );
    assert.deepEqual(responses.map((response) => response.status).sort(), [200, 412, 412, 412]);
    await Promise.all(responses.map((response) => response.body?.cancel()));
    assert.equal(await revisionCount(ids.aftercare), revisionsBefore + 1);
  });

  test('405 with Allow for other methods', async () => {
    for (const method of ['PATCH', 'DELETE', 'POST']) {
      const response = await apiFetch(`${url}/api/v1/courses/${ids.steady}/plan`, { method });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.get('allow'), 'GET, HEAD, PUT');
      await problemOf(response);
    }
    const comment = await apiFetch(`${url}/api/v1/courses/${ids.steady}/plan/comment`);
    assert.equal(comment.status, 405);
    assert.equal(comment.headers.get('allow'), 'PUT');
    await problemOf(comment);
  });
});

describe('PUT /api/v1/courses/{courseId}/plan/comment', () => {
  /** The young person's PUT with the tag of their view; `before` is the whole plan as a professional of the team read it. */
  async function putComment(courseId: string, text: string | null): Promise<{ plan: Plan; etag: string; before: Plan; status: number }> {
    const current = await readPlan(courseId);
    const theirs = await readPlan(courseId, youthOf(courseId));
    const response = await putPlanComment(url, courseId, { text }, { 'If-Match': theirs.etag }, youthOf(courseId));
    const etag = response.headers.get('etag') ?? assert.fail('no ETag');
    return { plan: Plan.parse(await response.json()), etag, before: current.plan, status: response.status };
  }

  test('sets, changes and removes the young person’s comment, each a revision signed by the young person', async () => {
    const courseId = ids.contactAway;
    const firstName = seed.plans[courseId]!.firstName;
    const added = await putComment(courseId, 'Jeg vil gerne have flere timer i værkstedet.');
    assert.equal(added.status, 200);
    assert.equal(added.before.youthComment, null);
    assert.equal(added.plan.youthComment?.text, 'Jeg vil gerne have flere timer i værkstedet.');
    const [revision] = added.plan.revisions;
    assert.deepEqual(revision?.by, { role: 'youth', name: firstName });
    assert.deepEqual(revision?.changes, [{ target: 'comment', action: 'added' }]);
    assert.equal(new Date(added.plan.youthComment.changedAt).getTime(), new Date(revision.at).getTime());
    // The young person is answered with their view of the plan: without the professionals' setback notes.
    assert.ok(added.before.notes.some((note) => note.kind === 'setback'));
    assert.ok(added.plan.notes.every((note) => note.kind !== 'setback'));
    // The professional's parts are untouched, as the team sees them.
    const afterComment = await readPlan(courseId);
    assert.equal((await readPlan(courseId, youthOf(courseId))).etag, added.etag, 'the answer carries the tag of their view');
    assert.deepEqual({ ...afterComment.plan, youthComment: null, revisions: [] }, { ...added.before, revisions: [] });

    const changed = await putComment(courseId, 'Nu går det bedre.');
    assert.deepEqual(changed.plan.revisions[0]?.changes, [{ target: 'comment', action: 'changed' }]);
    assert.equal(changed.plan.revisions[0]?.number, (revision?.number ?? 0) + 1);

    const removed = await putComment(courseId, null);
    assert.equal(removed.plan.youthComment, null);
    assert.deepEqual(removed.plan.revisions[0]?.changes, [{ target: 'comment', action: 'removed' }]);

    const again = await putComment(courseId, null);
    assert.equal(again.status, 200);
    assert.equal(again.etag, removed.etag);
    assert.equal(again.plan.revisions.length, removed.plan.revisions.length);
  });

  test('uses the ETag of their view of the plan: 412 with `current` after a plan update, 428 without If-Match, 400 for a bad body', async () => {
    const youth = youthOf(ids.steady);
    const seen = await readPlan(ids.steady, youth);
    const stale = await readPlan(ids.steady);
    const update = planUpdateOf(stale.plan);
    update.lifeGoal = { ...update.lifeGoal, path: 'Først praktik, så skole.' };
    const saved = await putPlan(url, ids.steady, update, { 'If-Match': stale.etag });
    assert.equal(saved.status, 200);
    await saved.body?.cancel();

    const conflict = await putPlanComment(url, ids.steady, { text: 'Hej' }, { 'If-Match': seen.etag }, youth);
    assert.equal(conflict.status, 412);
    assert.equal(Plan.parse((await problemOf(conflict))['current']).lifeGoal.path, 'Først praktik, så skole.');
    const now = await readPlan(ids.steady, youth);
    assert.equal(conflict.headers.get('etag'), now.etag);

    assert.equal((await putPlanComment(url, ids.steady, { text: 'Hej' }, {}, youth)).status, 428);
    const bad = await putPlanComment(url, ids.steady, { text: '', by: 'x' }, { 'If-Match': now.etag }, youth);
    assert.equal(bad.status, 400);
    assert.deepEqual((await problemOf(bad))['errors'], [
      { path: 'text', code: 'too_small' },
      { path: 'by', code: 'unrecognized_keys' },
    ]);
  });
});

describe('audit log and access log', () => {
  test('plan reads, updates and stale updates are audited as resource plan, with who did them; refused requests are not', async () => {
    const courseId = ids.manyHandovers;
    const peter = seedUserIds.teamSyd;
    const youth = youthOf(courseId);
    const [last] = await server.database.query<{ max: string }>('SELECT coalesce(max(id), 0)::text AS max FROM audit_log');
    const read = await getPlan(url, courseId, {}, peter);
    const etag = read.headers.get('etag') ?? assert.fail('no ETag');
    const update = planUpdateOf(Plan.parse(await read.json()));
    update.notes = [
      { id: 'n-h1', kind: 'learning', date: '2026-02-01', text: 'Hundeklubben passer godt.', author: { role: 'professional', name: 'Peter Nørgaard' } },
    ];
    const write = await putPlan(url, courseId, update, { 'If-Match': etag }, peter);
    // Stale: sends the current plan back, so it is a read.
    const stale = await putPlan(url, courseId, update, { 'If-Match': etag }, peter);
    const youthRead = await getPlan(url, courseId, {}, youth);
    const comment = await putPlanComment(url, courseId, { text: 'Tak.' }, { 'If-Match': youthRead.headers.get('etag') ?? '' }, youth);
    await Promise.all([write, stale, youthRead, comment].map((response) => response.body?.cancel()));
    // Refused before any data is touched: no rows.
    await (await putPlan(url, courseId, update, {}, peter)).body?.cancel();
    await (await getPlan(url, courseId)).body?.cancel(); // Jonas Kragh, of the other team
    await (await putPlanComment(url, courseId, { text: 'Tak.' }, { 'If-Match': write.headers.get('etag') ?? '' }, peter)).body?.cancel(); // not his to write
    await (await getPlan(url, 'c-unknown')).body?.cancel();
    await (await getPlan(url, courseWithoutPlan)).body?.cancel();

    const rows = await server.database.query('SELECT request_id, actor, role, course_id, resource, action FROM audit_log WHERE id > $1 ORDER BY id', [
      last?.max,
    ]);
    const row = (response: Response, action: string, actor: string = peter, role = 'professional') => ({
      request_id: response.headers.get('x-request-id'),
      actor,
      role,
      course_id: courseId,
      resource: 'plan',
      action,
    });
    assert.deepEqual(rows, [
      row(read, 'read'),
      row(write, 'update'),
      row(stale, 'read'),
      row(youthRead, 'read', youth, 'youth'),
      row(comment, 'update', youth, 'youth'),
    ]);
  });

  test('access lines name the route templates, never an id, a name, who signed in or plan text', async () => {
    const everything = [...server.log.info, ...server.log.error].join('\n');
    assert.match(everything, /access method=PUT route=\/api\/v1\/courses\/\{courseId\}\/plan status=200 /);
    assert.match(everything, /access method=PUT route=\/api\/v1\/courses\/\{courseId\}\/plan\/comment status=200 /);
    assert.match(everything, /access method=GET route=\/api\/v1\/courses\/\{courseId\}\/plan status=200 /);
    for (const courseId of [...Object.values(ids), courseWithoutPlan, 'c-unknown']) assert.ok(!everything.includes(courseId), 'no course id in the log');
    for (const plan of Object.values(seed.plans)) assert.ok(!everything.includes(plan.firstName), 'no first name in the log');
    for (const user of seed.users) assert.ok(!everything.includes(user.subject) && !everything.includes(user.name), 'no signed-in user in the log');
    assert.doesNotMatch(everything, /Hundeklubben|værkstedet|Ikke logget ind|secret-status/);
    assert.equal(server.log.error.length, 0);
  });
});

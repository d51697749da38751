import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  CourseProgression,
  createClient,
  danishToday,
  addDays,
  defaultScaleSet,
  deriveProgressionFacts,
  lastPlanActivity,
  Plan,
  problemTypes,
  ProgressionReading,
  ScaleSet,
  ConflictError,
  type ReadingInput,
} from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, JSON_HEADERS, problemOf } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

let database: TestDatabase;
let server: TestServer;
const today = danishToday();

before(async () => {
  database = await createTestDatabase('server_progression');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

const seed = buildSeed();
/** A professional of the course's team (Jonas Kragh or Peter Nørgaard); Jonas Kragh for an unknown id. */
const professionalOf = (courseId: string): string => seed.teams.find((team) => team.courseIds.includes(courseId))?.members[0]?.id ?? seedUserIds.teamNord;
/** The course's young person, who signs in with their citizen id. */
const youthOf = (courseId: string): string => (seed.courses.find((course) => course.id === courseId) ?? assert.fail(`no course ${courseId}`)).citizen.id;

const api = () => `${server.url}/api/v1`;
const progressionOf = (courseId: string, as = professionalOf(courseId)) => apiFetch(`${api()}/courses/${encodeURIComponent(courseId)}/progression`, { as });
const put = (courseId: string, kind: 'readings' | 'annotations', id: string, body: unknown, as = professionalOf(courseId)) =>
  apiFetch(`${api()}/courses/${encodeURIComponent(courseId)}/progression/${kind}/${encodeURIComponent(id)}`, {
    as,
    method: 'PUT',
    headers: JSON_HEADERS,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function auditRows(courseId: string): Promise<{ resource: string; action: string }[]> {
  return server.database.query<{ resource: string; action: string }>(
    `SELECT resource, action FROM audit_log WHERE course_id = $1 AND resource = 'progression' ORDER BY id`,
    [courseId],
  );
}

describe('the scale set', () => {
  test('the default set is seeded and served as data', async () => {
    const response = await apiFetch(`${api()}/progression/scales`);
    assert.equal(response.status, 200);
    assert.deepEqual(ScaleSet.parse(await response.json()), defaultScaleSet);
    assert.equal((await apiFetch(`${api()}/progression/scales`, { method: 'DELETE' })).status, 405);
  });
});

describe('a course’s progression', () => {
  test('the seeded readings and annotations come back oldest first, valid, and the read is audited', async () => {
    const before = (await auditRows(seedCourseIds.steady)).length;
    const response = await progressionOf(seedCourseIds.steady);
    assert.equal(response.status, 200);
    const progression = CourseProgression.parse(await response.json());
    assert.ok(progression.readings.length > 50);
    assert.deepEqual(
      progression.readings.map((reading) => reading.date),
      [...progression.readings.map((reading) => reading.date)].sort(),
    );
    assert.deepEqual(
      progression.annotations.map((annotation) => annotation.kind),
      ['setback', 'success', 'success'],
    );
    assert.deepEqual((await auditRows(seedCourseIds.steady)).slice(before), [{ resource: 'progression', action: 'read' }]);
  });

  test('a course without readings answers an empty progression, unaudited; an unknown course is 403 (as another team’s: nobody learns which ids exist); a CPR-shaped id 400', async () => {
    const before = (await auditRows(seedCourseIds.noContact)).length;
    const empty = await progressionOf(seedCourseIds.noContact);
    assert.equal(empty.status, 200);
    assert.deepEqual(await empty.json(), { readings: [], annotations: [] });
    assert.equal((await auditRows(seedCourseIds.noContact)).length, before);
    const unknown = await progressionOf('c-nobody');
    assert.equal(unknown.status, 403);
    assert.doesNotMatch(JSON.stringify(await problemOf(unknown)), /c-nobody/);
    assert.equal((await progressionOf('010203-1234')).status, 400);
    assert.equal((await put('c-nobody', 'readings', randomUUID(), { scaleId: 'self-belief', value: 5, date: today, ratedBy: 'professional' })).status, 403);
  });
});

describe('adding a reading (PUT under a client-made id)', () => {
  const course = seedCourseIds.noContact;
  // Rated by the young person, so recorded by them (Noah): a professional may not record it for them.
  const input: ReadingInput = { scaleId: 'self-belief', value: 4, date: today, ratedBy: 'youth', note: 'Første gang' };
  const youth = youthOf(course);
  const youthName = seed.users.find((user) => user.subject === youth)?.name ?? assert.fail('no user for the young person');

  test('round trip: 201 with the reading signed by the caller, then in the course’s progression; audited as a create', async () => {
    const id = randomUUID();
    const before = (await auditRows(course)).length;
    const response = await put(course, 'readings', id, input, youth);
    assert.equal(response.status, 201);
    const reading = ProgressionReading.parse(await response.json());
    assert.deepEqual(reading, { id, ...input, author: youthName });
    // The team's professional sees it too.
    const progression = CourseProgression.parse(await (await progressionOf(course)).json());
    assert.deepEqual(
      progression.readings.find((candidate) => candidate.id === id),
      reading,
    );
    assert.deepEqual((await auditRows(course)).slice(before), [
      { resource: 'progression', action: 'create' },
      { resource: 'progression', action: 'read' },
    ]);
  });

  test('403 when the caller is not who rated: a young person records only their own ratings, a professional only their own or joint ones', async () => {
    const before = (await auditRows(course)).length;
    assert.equal((await put(course, 'readings', randomUUID(), input, professionalOf(course))).status, 403);
    for (const ratedBy of ['professional', 'joint'] as const)
      assert.equal((await put(course, 'readings', randomUUID(), { ...input, ratedBy }, youth)).status, 403, ratedBy);
    assert.equal((await put(course, 'readings', randomUUID(), { ...input, ratedBy: 'joint' })).status, 201);
    assert.deepEqual((await auditRows(course)).slice(before), [{ resource: 'progression', action: 'create' }]);
  });

  test('is idempotent: the same PUT again is 200 with the stored reading, never a second; the id with other content is 409', async () => {
    const id = randomUUID();
    const [first, second] = await Promise.all([put(course, 'readings', id, input, youth), put(course, 'readings', id, input, youth)]);
    assert.deepEqual([first.status, second.status].sort(), [200, 201]);
    const again = await put(course, 'readings', id, input, youth);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id, ...input, author: youthName });
    const [row] = await server.database.query<{ count: string }>('SELECT count(*) AS count FROM progression_readings WHERE course_id = $1 AND id = $2', [
      course,
      id,
    ]);
    assert.equal(Number(row?.count), 1);
    const other = await put(course, 'readings', id, { ...input, value: 9 }, youth);
    assert.equal(other.status, 409);
    assert.equal((await problemOf(other))['type'], problemTypes.entryIdTaken);
  });

  test('a measured value in between is kept exactly; the same id in another course is another reading', async () => {
    const id = randomUUID();
    const attendance = { scaleId: 'attendance', value: 62.5, date: today, ratedBy: 'professional' };
    assert.equal((await put(course, 'readings', id, attendance)).status, 201);
    const elsewhere = await put(seedCourseIds.steady, 'readings', id, attendance);
    assert.equal(elsewhere.status, 201);
    assert.equal(((await elsewhere.json()) as { value: number }).value, 62.5);
  });

  test('400 names the fields, never the values: shape, unknown scale, off the scale, a future day, a bad id', async () => {
    const shape = await put(
      course,
      'readings',
      randomUUID(),
      { scaleId: 'self-belief', value: 'high', date: '23-11-2026', ratedBy: 'mother', extra: 'Sara' },
      youth,
    );
    assert.equal(shape.status, 400);
    const problem = await problemOf(shape);
    assert.equal(problem['type'], problemTypes.invalidRequest);
    const paths = (problem['errors'] as { path: string }[]).map((error) => error.path).sort();
    assert.deepEqual(paths, ['date', 'ratedBy', 'value']);
    assert.doesNotMatch(JSON.stringify(problem), /mother|high|Sara/);

    const check = async (body: Partial<ReadingInput>, expected: { path: string; code: string }[]) => {
      const response = await put(course, 'readings', randomUUID(), { ...input, ...body }, youth);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.deepEqual((await problemOf(response))['errors'], expected);
    };
    await check({ scaleId: 'no-such-scale' }, [{ path: 'scaleId', code: 'unknown_scale' }]);
    await check({ value: 11 }, [{ path: 'value', code: 'out_of_range' }]);
    await check({ value: 4.5 }, [{ path: 'value', code: 'out_of_range' }]);
    await check({ scaleId: 'attendance', value: 120 }, [{ path: 'value', code: 'out_of_range' }]);
    await check({ date: addDays(today, 2) }, [{ path: 'date', code: 'in_future' }]);
    const badId = await put(course, 'readings', '010203-1234', input, youth);
    assert.equal(badId.status, 400);
    assert.deepEqual((await problemOf(badId))['errors'], [{ path: 'readingId', code: 'custom' }]);
    assert.equal((await put(course, 'readings', randomUUID(), 'not json', youth)).status, 400);
  });
});

describe('adding an annotation', () => {
  test('round trip, idempotent, 400 naming fields', async () => {
    const course = seedCourseIds.contactAway;
    const id = randomUUID();
    const annotation = { date: today, kind: 'success', text: 'Kom til FGU hele ugen.' };
    const created = await put(course, 'annotations', id, annotation);
    assert.equal(created.status, 201);
    assert.deepEqual(await created.json(), { id, ...annotation });
    assert.equal((await put(course, 'annotations', id, annotation)).status, 200);
    assert.equal((await put(course, 'annotations', id, { ...annotation, kind: 'setback' })).status, 409);
    const progression = CourseProgression.parse(await (await progressionOf(course)).json());
    assert.equal(progression.annotations.filter((candidate) => candidate.id === id).length, 1);
    const invalid = await put(course, 'annotations', randomUUID(), { date: today, kind: 'party', text: '' });
    assert.equal(invalid.status, 400);
    assert.deepEqual(((await problemOf(invalid))['errors'] as { path: string }[]).map((error) => error.path).sort(), ['kind', 'text']);
  });
});

describe('storage', () => {
  test('readings and annotations are append-only, and the scale set cannot change', async () => {
    await assert.rejects(server.database.query('UPDATE progression_readings SET value = 10'), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM progression_readings'), /append-only/);
    await assert.rejects(server.database.query('TRUNCATE progression_readings'), /append-only/);
    await assert.rejects(server.database.query("UPDATE progression_annotations SET text = 'x'"), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM progression_annotations'), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM scale_sets'), /immutable/);
  });
});

describe('the facts, from the server’s data', () => {
  async function factsOf(courseId: string) {
    const scales = ScaleSet.parse(await (await apiFetch(`${api()}/progression/scales`)).json()).scales;
    const progression = CourseProgression.parse(await (await progressionOf(courseId)).json());
    const plan = Plan.parse(await (await apiFetch(`${api()}/courses/${courseId}/plan`, { as: professionalOf(courseId) })).json());
    return deriveProgressionFacts(scales, progression, { today, lastPlanActivity: lastPlanActivity(plan) });
  }

  test('Sara (aftercare) is passive: no reading and no plan activity for over six weeks', async () => {
    const { passivity } = await factsOf(seedCourseIds.aftercare);
    assert.equal(passivity.passive, true);
    assert.ok((passivity.daysSince ?? 0) >= 42);
    for (const courseId of [seedCourseIds.steady, seedCourseIds.manyHandovers]) assert.equal((await factsOf(courseId)).passivity.passive, false, courseId);
  });

  test('Freja (many handovers) and her contact disagree on her belief in herself', async () => {
    const { disagreements } = await factsOf(seedCourseIds.manyHandovers);
    assert.deepEqual(
      disagreements.map((found) => [found.scale.id, found.difference]),
      [['self-belief', 4]],
    );
    assert.deepEqual((await factsOf(seedCourseIds.aftercare)).disagreements, []);
  });
});

describe('the SDK client against the server', () => {
  test('reads the scales and a course, and adds a reading safely twice under one id', async () => {
    const client = createClient({ baseUrl: api(), retries: 0, getToken: server.tokenFor(seedUserIds.teamSyd) });
    const scales = await client.progression.getScales();
    assert.equal(scales.id, defaultScaleSet.id);
    const id = randomUUID();
    const input: ReadingInput = { scaleId: 'network', value: 6, date: today, ratedBy: 'joint' };
    const first = await client.progression.addReading(seedCourseIds.manyHandovers, id, input);
    const again = await client.progression.addReading(seedCourseIds.manyHandovers, id, input);
    assert.deepEqual([first.created, again.created], [true, false]);
    assert.deepEqual(first.entry, again.entry);
    await assert.rejects(client.progression.addReading(seedCourseIds.manyHandovers, id, { ...input, value: 2 }), ConflictError);
    const progression = await client.progression.get(seedCourseIds.manyHandovers);
    assert.equal(progression.readings.filter((reading) => reading.id === id).length, 1);
    const annotation = await client.progression.addAnnotation(seedCourseIds.manyHandovers, randomUUID(), {
      date: today,
      kind: 'setback',
      text: 'Aflyste to møder.',
    });
    assert.equal(annotation.created, true);
  });
});

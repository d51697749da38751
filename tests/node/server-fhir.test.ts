import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createClient, FHIR_JSON } from '@ungeforlob/sdk';
import { courseFromBundle, fhirCourseForYouth, FhirBundleSchema, type FhirBundle } from '@ungeforlob/sdk/fhir';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { fhirProblems } from './helpers/fhir-validators.js';
import { memorySend, sendTo } from './helpers/parity.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// A course as FHIR R4 (issue #18) against the real server: every seeded course as its team's
// professional is a Bundle the FHIR validators find no error in and the SDK reads back; the young
// person's own is made from what the API shows them (no staff-only contact note, no setback, no
// questionnaire round); another team's professional is refused; every read is one audit row.

const seed = buildSeed();
const steady = seedCourseIds.steady; // Team Nord's: contacts with notes only for colleagues, two course rounds
const jonas = seedUserIds.teamNord;
const peter = seedUserIds.teamSyd;
const citizenOf = (courseId: string) => seed.courses.find((course) => course.id === courseId)!.citizen.id;
/** A professional on the team the course is assigned to. */
const professionalOf = (courseId: string): string => {
  const team = seed.teams.find((candidate) => candidate.courseIds.includes(courseId)) ?? assert.fail(`no team has ${courseId}`);
  const user = seed.users.find((candidate) => candidate.role === 'professional' && team.members.some((member) => member.id === candidate.staffId));
  return user?.subject ?? assert.fail(`no professional on the team of ${courseId}`);
};
/** What a CPR number looks like (ddmmyy-xxxx, or ten digits) standing on its own: not a run inside a longer id (a uuid's hex groups). */
const CPR_SHAPED = /(?<![0-9A-Za-z-])\d{6}-?\d{4}(?![0-9A-Za-z])/;

let database: TestDatabase;
let server: TestServer;
const serverSend = sendTo(() => server);
const fhirPath = (courseId: string) => `/courses/${courseId}/fhir`;

before(async () => {
  database = await createTestDatabase('server_fhir');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

/** GET the course's Bundle as `as`, raw: status, headers, the body's text and request id. */
async function fetchBundle(courseId: string, as: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/v1${fhirPath(courseId)}`, { headers: { ...(await server.headersFor(as)), ...headers } });
  return { status: response.status, headers: response.headers, text: await response.text(), requestId: response.headers.get('x-request-id') };
}

const auditOf = (requestId: string | null) =>
  server.database.query<{ actor: string; role: string; course_id: string; resource: string; action: string }>(
    'SELECT actor, role, course_id, resource, action FROM audit_log WHERE request_id = $1 ORDER BY id',
    [requestId ?? ''],
  );

describe('GET /courses/{courseId}/fhir', () => {
  test("every seeded course, as its team's professional: a valid FHIR R4 Bundle the SDK reads back, no CPR-shaped value, one audit row", async () => {
    for (const { id: courseId } of seed.courses) {
      const professional = professionalOf(courseId);
      const answer = await fetchBundle(courseId, professional);
      assert.equal(answer.status, 200, `${courseId}: ${answer.text.slice(0, 200)}`);
      assert.equal(answer.headers.get('content-type'), `${FHIR_JSON}; charset=utf-8`);
      const bundle = FhirBundleSchema.parse(JSON.parse(answer.text)) as FhirBundle;
      assert.equal(bundle.type, 'collection');
      const { errors, warnings } = await fhirProblems(bundle);
      assert.deepEqual(errors, [], `${courseId}: the validators' errors (${warnings.length} warnings)`);
      assert.equal(courseFromBundle(bundle).courseId, courseId);
      assert.doesNotMatch(answer.text, CPR_SHAPED, `${courseId}: nothing CPR-shaped`);
      assert.deepEqual(await auditOf(answer.requestId), [{ actor: professional, role: 'professional', course_id: courseId, resource: 'fhir', action: 'read' }]);
    }
  });

  test("the team's Bundle holds the course's parts: plan, team, rounds, readings, contact log and meetings", async () => {
    const bundle = JSON.parse((await fetchBundle(steady, jonas)).text) as FhirBundle;
    const types = new Set(bundle.entry.map((entry) => entry.resource.resourceType));
    for (const type of ['Patient', 'CarePlan', 'Goal', 'PractitionerRole', 'Questionnaire', 'QuestionnaireResponse', 'Observation', 'Communication'])
      assert.ok(types.has(type), `no ${type} in ${[...types].join(', ')}`);
    const course = courseFromBundle(bundle);
    const seeded = seed.questionnaires.responses.filter((response) => response.subject.kind === 'course' && response.subject.id === steady);
    assert.equal(course.questionnaires.responses.length, seeded.length, "the course's submitted rounds");
    assert.equal(course.contactLog?.entries.length, seed.contactLogs[steady]?.entries.length, "the contact log's contacts");
    const text = JSON.stringify(bundle);
    for (const entry of seed.contactLogs[steady]!.entries) if (entry.note) assert.ok(text.includes(entry.note.text), 'the team gets every note');
  });

  test("the young person's own course: what the API shows them, and nothing it hides", async () => {
    for (const { id: courseId } of seed.courses) {
      const youth = citizenOf(courseId);
      const answer = await fetchBundle(courseId, youth);
      assert.equal(answer.status, 200, `${courseId}: ${answer.text.slice(0, 200)}`);
      assert.equal(answer.headers.get('content-type'), `${FHIR_JSON}; charset=utf-8`);
      const bundle = FhirBundleSchema.parse(JSON.parse(answer.text)) as FhirBundle;
      assert.deepEqual((await fhirProblems(bundle)).errors, [], courseId);
      assert.deepEqual(await auditOf(answer.requestId), [{ actor: youth, role: 'youth', course_id: courseId, resource: 'fhir', action: 'read' }]);

      const hidden = [
        ...(seed.contactLogs[courseId]?.entries ?? []).flatMap((entry) => (entry.note && !entry.note.sharedWithYouth ? [entry.note.text] : [])),
        ...(seed.plans[courseId]?.notes ?? []).flatMap((note) => (note.kind === 'setback' ? [note.text] : [])),
        ...(seed.progression.courses[courseId]?.annotations ?? []).flatMap((annotation) => (annotation.kind === 'setback' ? [annotation.text] : [])),
      ];
      for (const text of hidden) assert.ok(!answer.text.includes(text), `${courseId}: a note hidden from the young person is in their Bundle`);
      assert.ok(
        bundle.entry.every((entry) => entry.resource.resourceType !== 'QuestionnaireResponse'),
        'no questionnaire round: the young person may not list them',
      );

      // Read back, it is the youth view of the team's Bundle, part by part.
      const staff = courseFromBundle(JSON.parse((await fetchBundle(courseId, professionalOf(courseId))).text));
      assert.deepEqual(courseFromBundle(bundle), fhirCourseForYouth(staff), courseId);
    }
    // The seed does hide something, or this would pass checking nothing.
    const steadyHidden = seed.contactLogs[steady]!.entries.filter((entry) => entry.note && !entry.note.sharedWithYouth);
    assert.ok(steadyHidden.length > 0, 'the seed has notes only for colleagues');
    const mine = (await fetchBundle(steady, citizenOf(steady))).text;
    assert.ok(
      seed.contactLogs[steady]!.entries.some((entry) => entry.note?.sharedWithYouth && mine.includes(entry.note.text)),
      'the notes shared with her are there',
    );
  });

  test("another team's professional, another young person and a course that does not exist are refused with 403, and nothing is audited", async () => {
    for (const [courseId, as] of [
      [steady, peter],
      [steady, citizenOf(seedCourseIds.manyHandovers)],
      ['c-neverwas', jonas],
      [steady, seedUserIds.administrator],
      [steady, seedUserIds.leader],
    ] as const) {
      const answer = await fetchBundle(courseId, as);
      assert.equal(answer.status, 403, `${courseId} as ${as}`);
      assert.match(answer.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.deepEqual(await auditOf(answer.requestId), []);
    }
  });

  test('compressed as the request accepts, like every JSON answer', async () => {
    const answer = await fetch(`${server.url}/api/v1${fhirPath(steady)}`, { headers: { ...(await server.headersFor(jonas)), 'Accept-Encoding': 'gzip' } });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-encoding'), 'gzip');
    FhirBundleSchema.parse(await answer.json());
  });

  test("the SDK client's fhir.course asks for application/fhir+json and returns the checked Bundle", async () => {
    const accepted: (string | null)[] = [];
    const client = createClient({
      baseUrl: `${server.url}/api/v1`,
      retries: 0,
      getToken: server.tokenFor(jonas),
      fetch: (input, init) => {
        accepted.push(new Request(input, init).headers.get('accept'));
        return fetch(input, init);
      },
    });
    const bundle = await client.fhir.course(steady);
    assert.deepEqual(accepted, [FHIR_JSON]);
    assert.deepEqual(bundle, JSON.parse((await fetchBundle(steady, jonas)).text));
  });

  test('the memory transport answers the same Bundle, resource by resource', async () => {
    const memory = memorySend();
    for (const as of [jonas, citizenOf(steady)]) {
      const fromServer = await serverSend('GET', fhirPath(steady), as);
      const fromMemory = await memory('GET', fhirPath(steady), as);
      assert.deepEqual([fromMemory.status, fromServer.status], [200, 200]);
      const kinds = (bundle: unknown) => (bundle as FhirBundle).entry.map((entry) => `${entry.resource.resourceType} ${entry.fullUrl}`);
      assert.deepEqual(kinds(fromMemory.body), kinds(fromServer.body), as);
    }
  });
});

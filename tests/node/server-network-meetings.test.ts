import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  Contact,
  CourseMeetings,
  createClient,
  danishDateTime,
  danishToday,
  isConflictError,
  meetingsForYouth,
  NetworkMeeting,
  problemTypes,
  type Handover,
  type MeetingInput,
  type UfClient,
} from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { memorySend, sendTo, type Answer } from './helpers/parity.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// Network meetings (netværksmøder, issue #17 part 2) against the real server: Team Syd's
// coordinator plans and changes Freja's meetings, written whole with If-None-Match / If-Match; a
// meeting held with a handover changes the course's contact once, in the same transaction; Freja
// reads her meetings with her own points only and the minutes shared with her. Every answer as the
// memory transport gives it, every read and write in the course's audit log.

const seed = buildSeed();
const freja = seedCourseIds.manyHandovers; // Team Syd's: m-h1, m-h2 held, m-h3 planned (version 1)
const noContact = seedCourseIds.noContact; // Team Syd's: no contact, no meetings
const steady = seedCourseIds.steady; // Team Nord's: no meetings
const peter = seedUserIds.teamSyd;
const jonas = seedUserIds.teamNord;
const youthOf = (courseId: string) => seed.courses.find((course) => course.id === courseId)!.citizen.id;
const frejaYouth = youthOf(freja);
const amalie = youthOf(steady);
const today = danishToday();

let database: TestDatabase;
let server: TestServer;
const clientFor = (user: string): UfClient => createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(user) });

before(async () => {
  database = await createTestDatabase('server_network_meetings');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

/** The seed's meeting as the coordinator sends it back: without what the server stamps. */
function inputOf(meeting: NetworkMeeting): MeetingInput {
  const { courseId: _c, version: _v, changedAt: _a, changedBy: _b, ...input } = meeting;
  return input;
}

const seeded = (id: string) => seed.meetings[freja]!.find((meeting) => meeting.id === id)!;
const planned = inputOf(seeded('m-h3'));

/** A new meeting on `courseId`'s terms: a coordinator, a professional and the young person. */
const meeting = (id: string, fields: Partial<MeetingInput> = {}): MeetingInput => ({
  id,
  at: danishDateTime('2026-12-10', '10:00'),
  where: 'Ungehuset, Havnegade 4',
  status: 'planned',
  participants: [
    { id: 'pa-c', role: 'coordinator', name: 'Peter Nørgaard', unit: { id: 'u-job', name: 'Jobcentret' } },
    { id: 'pa-y', role: 'youth', name: 'Freja Madsen' },
  ],
  points: [
    { id: 'pt-y', from: 'youth', text: 'Jeg vil gerne tale om praktikken.' },
    { id: 'pt-p', from: 'professional', text: 'Kun til kolleger: bekymring om fremmøde.' },
  ],
  decisions: [],
  handover: null,
  minutes: null,
  ...fields,
});

const handover: Handover = {
  to: { id: 's-ld09', name: 'Lise Dam' },
  unit: { id: 'u-ungehuset', name: 'Ungehuset' },
  channels: [
    { kind: 'phone', phone: '+45 11 22 33 44', hours: [] },
    { kind: 'walk', hours: [] },
  ],
  on: today,
};

const serverSend = sendTo(() => server);

const listPath = (courseId: string) => `/courses/${courseId}/meetings`;
const meetingPath = (courseId: string, meetingId: string) => `/courses/${courseId}/meetings/${meetingId}`;
const contactPath = (courseId: string) => `/courses/${courseId}/contact`;

const auditOf = (requestId: string | null) =>
  server.database.query<{ actor: string; role: string; course_id: string; resource: string; action: string }>(
    'SELECT actor, role, course_id, resource, action FROM audit_log WHERE request_id = $1 ORDER BY id',
    [requestId ?? ''],
  );
const actionsOf = async (requestId: string | null) => (await auditOf(requestId)).map((row) => `${row.resource} ${row.action}`);
const put = (courseId: string, meetingId: string, body: unknown, headers: Record<string, string>, as: string = peter) =>
  serverSend('PUT', meetingPath(courseId, meetingId), as, body, headers);
const errorsOf = (answer: Answer) => answer.body['errors'] as { path: string; code: string }[];

describe('network meetings, start to end', () => {
  test('Peter reads the seed’s meetings, the latest first; Freja reads hers with her own points and the minutes shared with her', async () => {
    const read = await serverSend('GET', listPath(freja), peter);
    assert.equal(read.status, 200);
    assert.equal(read.etag, null, 'the list has no version of its own');
    const meetings = CourseMeetings.parse(read.body);
    assert.deepEqual(meetings, { courseId: freja, meetings: seed.meetings[freja]!.map(withServerInstant) });
    assert.deepEqual(
      meetings.meetings.map((shown) => shown.id),
      ['m-h3', 'm-h2', 'm-h1'],
    );
    assert.deepEqual(await auditOf(read.requestId), [{ actor: peter, role: 'professional', course_id: freja, resource: 'meetings', action: 'read' }]);

    const mine = await serverSend('GET', listPath(freja), frejaYouth);
    assert.equal(mine.status, 200);
    assert.deepEqual(CourseMeetings.parse(mine.body), meetingsForYouth(meetings));
    assert.doesNotMatch(JSON.stringify(mine.body), /Aftale, hvem der følger op på praktikken/, "the professionals' points are not sent");
    assert.match(JSON.stringify(mine.body), /Peter er din nye kontaktperson/, 'minutes shared with her are');
    assert.deepEqual(await auditOf(mine.requestId), [{ actor: frejaYouth, role: 'youth', course_id: freja, resource: 'meetings', action: 'read' }]);

    const none = await serverSend('GET', listPath(noContact), peter);
    assert.deepEqual([none.status, none.body], [200, { courseId: noContact, meetings: [] }]);
  });

  test('Peter plans a meeting and changes it through the SDK client; Freja does not see its staff-only minutes', async () => {
    const client = clientFor(peter);
    const created = await client.meetings.save(freja, meeting('m-flow'));
    assert.deepEqual([created.version, created.changedBy, created.courseId], [1, 'Peter Nørgaard', freja]);
    const changed = await client.meetings.save(freja, meeting('m-flow', { minutes: { text: 'Kun til teamet', sharedWithYouth: false } }), { basedOn: 1 });
    assert.equal(changed.version, 2);
    await assert.rejects(client.meetings.save(freja, meeting('m-flow', { where: 'Videomøde' }), { basedOn: 1 }), (error: unknown) => {
      assert.ok(isConflictError(error));
      assert.deepEqual(error.current, changed);
      return true;
    });
    const seen = await clientFor(frejaYouth).meetings.list(freja);
    const shown = seen.meetings.find((candidate) => candidate.id === 'm-flow')!;
    assert.deepEqual([shown.minutes, shown.points.map((point) => point.id)], [null, ['pt-y']]);
  });

  test('no point, minutes or name is written to the server log', () => {
    const lines = [...server.log.info, ...server.log.error].join('\n');
    assert.doesNotMatch(lines, /praktikken|fremmøde|Kun til teamet|Peter Nørgaard|Lise Dam/);
  });
});

describe('planning and changing a meeting', () => {
  test('428 without a precondition (before the body is read); If-Match with no meeting 412 without current; If-None-Match: * plans it (201, ETag its version)', async () => {
    assert.equal((await put(freja, 'm-new', meeting('m-new'), {})).status, 428);
    assert.equal((await put(freja, 'm-new', '{not json', {})).status, 428, 'asked before the body');
    assert.equal((await put(freja, 'm-new', meeting('m-new'), { 'If-Match': '*' })).status, 428);
    const gone = await put(freja, 'm-new', meeting('m-new'), { 'If-Match': '"1"' });
    assert.deepEqual([gone.status, gone.body['type'], 'current' in gone.body, gone.etag], [412, problemTypes.editConflict, false, null]);
    assert.deepEqual(await auditOf(gone.requestId), []);

    const planned = await put(freja, 'm-new', meeting('m-new'), { 'If-None-Match': '*' });
    assert.deepEqual([planned.status, planned.etag], [201, '"1"']);
    const stored = NetworkMeeting.parse(planned.body);
    assert.deepEqual({ ...stored, changedAt: 'now' }, { ...meeting('m-new'), courseId: freja, version: 1, changedAt: 'now', changedBy: 'Peter Nørgaard' });
    assert.deepEqual(await actionsOf(planned.requestId), ['meetings create']);

    const exists = await put(freja, 'm-new', meeting('m-new', { where: 'Videomøde' }), { 'If-None-Match': '*' });
    assert.deepEqual([exists.status, exists.etag, exists.body['current']], [412, '"1"', planned.body]);
    assert.deepEqual(await actionsOf(exists.requestId), ['meetings read'], 'the 412 sent the meeting back');
    const both = await put(freja, 'm-new', meeting('m-new'), { 'If-Match': '"1"', 'If-None-Match': '*' });
    assert.equal(both.status, 412, 'RFC 9110 §13.2.2: If-None-Match: * fails where the meeting exists');
  });

  test('the same meeting again is 200 unchanged; a change is a new version; stale or weak 412 with current; the server numbers and signs', async () => {
    const same = await put(freja, 'm-new', meeting('m-new'), { 'If-Match': '"1"' });
    assert.deepEqual([same.status, same.etag, same.body['version']], [200, '"1"', 1]);
    assert.deepEqual(await actionsOf(same.requestId), ['meetings read']);

    const changed = await put(freja, 'm-new', meeting('m-new', { where: 'Videomøde' }), { 'If-Match': '"0", "1"' });
    assert.deepEqual([changed.status, changed.etag, changed.body['version'], changed.body['where']], [200, '"2"', 2, 'Videomøde']);
    assert.deepEqual(await actionsOf(changed.requestId), ['meetings update']);

    const stale = await put(freja, 'm-new', meeting('m-new', { where: 'Jobcentret' }), { 'If-Match': '"1"' });
    assert.deepEqual([stale.status, stale.etag, stale.body['current']], [412, '"2"', changed.body]);
    assert.equal((await put(freja, 'm-new', meeting('m-new'), { 'If-Match': 'W/"2"' })).status, 412, 'a weak tag never matches');

    const signed = await put(freja, 'm-new', { ...meeting('m-new'), version: 7, changedBy: 'Someone else' }, { 'If-Match': '"2"' });
    assert.deepEqual([signed.status, errorsOf(signed)[0]?.code], [400, 'unrecognized_keys'], 'the server numbers and signs the versions');
  });

  test('400 with the rules’ codes, and id_mismatch; nothing written, nothing audited', async () => {
    const [coordinator, youth] = meeting('m-new').participants;
    const decision = {
      id: 'd-1',
      action: 'Finde en praktikplads',
      how: 'Peter ringer til tre butikker',
      owner: { name: 'Peter Nørgaard', unit: { id: 'u-job', name: 'Jobcentret' } },
      due: today,
      effortId: 'e-1',
      status: 'proposed' as const,
      inPlan: false,
      followUp: 'open' as const,
    };
    const cases: [Partial<MeetingInput>, { path: string; code: string }[]][] = [
      [{ participants: [youth!] }, [{ path: 'participants', code: 'one_coordinator' }]],
      [{ participants: [coordinator!, { ...coordinator!, id: 'pa-c2' }] }, [{ path: 'participants', code: 'one_coordinator' }]],
      [{ participants: [coordinator!, { ...youth!, id: 'pa-c' }] }, [{ path: 'participants[1].id', code: 'duplicate_id' }]],
      [{ decisions: [decision, { ...decision }] }, [{ path: 'decisions[1].id', code: 'duplicate_id' }]],
      [{ decisions: [{ ...decision, inPlan: true }] }, [{ path: 'decisions[0].inPlan', code: 'not_agreed' }]],
    ];
    for (const [fields, expected] of cases) {
      const refused = await put(freja, 'm-new', meeting('m-new', fields), { 'If-Match': '"2"' });
      assert.deepEqual([refused.status, refused.body['type'], refused.body['errors']], [400, problemTypes.invalidRequest, expected], JSON.stringify(expected));
      assert.deepEqual(await auditOf(refused.requestId), []);
    }
    const mismatch = await put(freja, 'm-other', meeting('m-new'), { 'If-None-Match': '*' });
    assert.deepEqual([mismatch.status, mismatch.body['errors']], [400, [{ path: 'id', code: 'id_mismatch' }]]);
    const cpr = await put(freja, '010190-1234', meeting('010190-1234'), { 'If-None-Match': '*' });
    assert.deepEqual([cpr.status, errorsOf(cpr)[0]?.path], [400, 'meetingId']);
    const rows = await server.database.query<{ version: number }>("SELECT version FROM network_meetings WHERE id IN ('m-new', 'm-other')");
    assert.deepEqual(
      rows.map((row) => row.version),
      [2],
    );
  });

  test('an id another course uses is 412 without a word of that course, whatever the precondition', async () => {
    const preconditions: Record<string, string>[] = [{ 'If-None-Match': '*' }, { 'If-Match': '"2"' }, { 'If-Match': '"1"' }];
    for (const headers of preconditions) {
      const taken = await put(steady, 'm-h2', meeting('m-h2'), headers, jonas);
      assert.deepEqual([taken.status, taken.body['type'], 'current' in taken.body, taken.etag], [412, problemTypes.editConflict, false, null]);
      assert.doesNotMatch(JSON.stringify(taken.body), /Freja|Karin|hundeklub|c-5d7b20/);
      assert.deepEqual(await auditOf(taken.requestId), []);
    }
  });

  test('only the course’s team writes: the young person, another team, the administrators and a leader get 403 and write nothing', async () => {
    for (const as of [frejaYouth, jonas, seedUserIds.administrator, seedUserIds.offerAdministrator, seedUserIds.leader]) {
      const refused = await put(freja, 'm-403', meeting('m-403'), { 'If-None-Match': '*' }, as);
      assert.equal(refused.status, 403, as);
      assert.deepEqual(await auditOf(refused.requestId), []);
    }
    for (const as of [jonas, seedUserIds.administrator, seedUserIds.offerAdministrator, seedUserIds.leader, amalie]) {
      assert.equal((await serverSend('GET', listPath(freja), as)).status, 403, `${as} reads`);
    }
    assert.equal((await serverSend('GET', listPath('c-neverwas'), peter)).status, 403, 'a course that is not: refused alike');
    assert.equal((await server.database.query("SELECT 1 FROM network_meetings WHERE id = 'm-403'")).length, 0);
  });
});

describe('a handover', () => {
  test('held with a handover, the meeting changes the contact once, in its transaction, with a new ETag; saved again it does not', async () => {
    // Freja prefers the phone, which the new contact also offers.
    const before = await serverSend('GET', contactPath(freja), peter);
    const preferred = await serverSend('PATCH', contactPath(freja), peter, { preferredChannel: 'phone' }, { 'If-Match': before.etag! });
    assert.equal(preferred.status, 200);
    const contactBefore = Contact.parse(preferred.body);

    const held = await put(freja, 'm-h3', { ...planned, status: 'held', handover }, { 'If-Match': '"1"' });
    assert.deepEqual([held.status, held.etag], [200, '"2"']);
    assert.deepEqual(await actionsOf(held.requestId), ['meetings update', 'contact update']);

    const now = await serverSend('GET', contactPath(freja), peter);
    assert.notEqual(now.etag, preferred.etag, "the contact's ETag changed");
    const { caseload: _caseload, ...kept } = contactBefore;
    assert.deepEqual(Contact.parse(now.body), {
      ...kept,
      person: handover.to,
      unit: handover.unit,
      channels: handover.channels,
      preferredChannel: 'phone',
      absences: [],
      contactSince: today,
      handovers: contactBefore.handovers + 1,
    });
    const stale = await serverSend('PATCH', contactPath(freja), peter, { preferredChannel: 'walk' }, { 'If-Match': preferred.etag! });
    assert.deepEqual(
      [stale.status, (stale.body['current'] as Contact | undefined)?.person.id],
      [412, 's-ld09'],
      'a stale If-Match on the contact sees the handover',
    );

    const again = await put(freja, 'm-h3', { ...planned, status: 'held', handover, where: 'Jobcentret' }, { 'If-Match': '"2"' });
    assert.deepEqual([again.status, again.etag], [200, '"3"']);
    assert.deepEqual(await actionsOf(again.requestId), ['meetings update']);
    const same = await serverSend('GET', contactPath(freja), peter);
    assert.deepEqual([same.etag, Contact.parse(same.body).handovers], [now.etag, contactBefore.handovers + 1]);

    const moved = await put(freja, 'm-h3', { ...planned, status: 'held', handover: { ...handover, on: '2026-01-01' } }, { 'If-Match': '"3"' });
    assert.deepEqual([moved.status, moved.body['errors']], [400, [{ path: 'handover', code: 'handover_applied' }]]);
    const unheld = await put(freja, 'm-h3', { ...planned, status: 'planned', handover }, { 'If-Match': '"3"' });
    assert.deepEqual([unheld.status, unheld.body['errors']], [400, [{ path: 'status', code: 'handover_applied' }]], 'held again it would hand over twice');

    const changes = await server.database.query<{ actor: string; role: string; request_id: string; version: number; contact_changed: boolean }>(
      "SELECT actor, role, request_id, version, contact_changed FROM network_meeting_changes WHERE meeting_id = 'm-h3' ORDER BY id",
    );
    assert.deepEqual(
      changes.map((change) => [change.actor, change.role, change.request_id, change.version, change.contact_changed]),
      [
        [peter, 'professional', held.requestId, 2, true],
        [peter, 'professional', again.requestId, 3, false],
      ],
    );
  });

  test('the seed’s handover is not applied again: the seeded contact already is as its meeting left it', async () => {
    const fresh = await createTestDatabase('server_network_meetings_seed');
    const other = await startTestServer(fresh);
    try {
      const contact = await sendTo(() => other)('GET', contactPath(freja), peter);
      assert.deepEqual([contact.status, Contact.parse(contact.body).handovers], [200, seed.contacts[freja]!.handovers]);
      const held = await sendTo(() => other)(
        'PUT',
        meetingPath(freja, 'm-h2'),
        peter,
        { ...inputOf(seeded('m-h2')), where: 'Jobcentret' },
        { 'If-Match': '"2"' },
      );
      assert.equal(held.status, 200);
      const after = await sendTo(() => other)('GET', contactPath(freja), peter);
      assert.equal(after.etag, contact.etag, 'a seeded held meeting saved again changes no contact');
    } finally {
      await other.close();
      await fresh.dispose();
    }
  });

  test('a course with no contact is not given one by a meeting', async () => {
    const held = await put(noContact, 'm-nc', meeting('m-nc', { status: 'held', handover }), { 'If-None-Match': '*' });
    assert.deepEqual([held.status, held.body['handover']], [201, handover]);
    assert.deepEqual(await actionsOf(held.requestId), ['meetings create']);
    assert.equal((await serverSend('GET', contactPath(noContact), peter)).status, 204);
    const [change] = await server.database.query<{ contact_changed: boolean }>("SELECT contact_changed FROM network_meeting_changes WHERE meeting_id = 'm-nc'");
    assert.equal(change?.contact_changed, false);
  });

  test('every version is kept with who wrote it, in the request its audit row names; the history is append-only', async () => {
    const [change] = await server.database.query<{ request_id: string; meeting: NetworkMeeting }>(
      "SELECT request_id, meeting FROM network_meeting_changes WHERE meeting_id = 'm-new' AND version = 2",
    );
    assert.ok(change);
    assert.equal(change.meeting.where, 'Videomøde');
    const [audit] = await server.database.query<{ resource: string; action: string }>('SELECT resource, action FROM audit_log WHERE request_id = $1', [
      change.request_id,
    ]);
    assert.deepEqual(audit, { resource: 'meetings', action: 'update' });
    await assert.rejects(server.database.query("UPDATE network_meeting_changes SET changed_by = 'x'"), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM network_meeting_changes'), /append-only/);
    await assert.rejects(server.database.query('TRUNCATE network_meeting_changes'), /append-only/);
  });
});

describe('concurrent writes', () => {
  test('changes of one version sent at once: exactly one wins, the others are 412 with the winner', async () => {
    const places = ['Videomøde A', 'Videomøde B', 'Videomøde C', 'Videomøde D', 'Videomøde E'];
    const [{ version } = { version: 0 }] = await server.database.query<{ version: number }>("SELECT version FROM network_meetings WHERE id = 'm-new'");
    const answers = await Promise.all(places.map((where) => put(freja, 'm-new', meeting('m-new', { where }), { 'If-Match': `"${version}"` })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 412, 412, 412, 412]);
    const winner = answers.find((answer) => answer.status === 200)!;
    assert.equal(winner.body['version'], version + 1);
    for (const loser of answers.filter((answer) => answer.status === 412))
      assert.deepEqual([loser.body['current'], loser.etag], [winner.body, `"${version + 1}"`]);
    const versions = await server.database.query<{ version: number }>("SELECT version FROM network_meeting_changes WHERE meeting_id = 'm-new' ORDER BY id");
    assert.deepEqual(
      versions.map((row) => row.version),
      Array.from({ length: version + 1 }, (_, index) => index + 1),
    );
  });

  test('a handover held at once by several: the contact changes once', async () => {
    const contact = Contact.parse((await serverSend('GET', contactPath(freja), peter)).body);
    await put(freja, 'm-race', meeting('m-race'), { 'If-None-Match': '*' });
    const other = { ...handover, to: { id: 's-ab03', name: 'Ali Bakir' } };
    const answers = await Promise.all(
      ['A', 'B', 'C', 'D'].map((where) => put(freja, 'm-race', meeting('m-race', { status: 'held', handover: other, where }), { 'If-Match': '"1"' })),
    );
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 412, 412, 412]);
    assert.equal(Contact.parse((await serverSend('GET', contactPath(freja), peter)).body).handovers, contact.handovers + 1);
  });

  test('first plans sent at once: exactly one is created, the others are 412 with it', async () => {
    const answers = await Promise.all(['A', 'B', 'C', 'D'].map((where) => put(freja, 'm-burst', meeting('m-burst', { where }), { 'If-None-Match': '*' })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 412, 412, 412]);
    const winner = answers.find((answer) => answer.status === 201)!;
    for (const loser of answers.filter((answer) => answer.status === 412)) assert.deepEqual([loser.body['current'], loser.etag], [winner.body, '"1"']);
  });
});

describe('the memory transport answers as the server does', () => {
  test('the same requests get the same statuses, ETags, problem types, field problems and bodies', async () => {
    const parityDatabase = await createTestDatabase('server_network_meetings_parity');
    const parityServer = await startTestServer(parityDatabase);
    const memory = memorySend();
    const fromServer = sendTo(() => parityServer);
    const h3 = inputOf(seeded('m-h3'));
    const h2 = inputOf(seeded('m-h2'));
    const steps: [string, string, string, unknown?, Record<string, string>?][] = [
      ['GET', listPath(freja), peter],
      ['GET', listPath(freja), frejaYouth],
      ['GET', listPath(noContact), peter],
      ['GET', listPath(steady), jonas],
      ['GET', listPath(freja), jonas],
      ['GET', listPath(freja), seedUserIds.leader],
      ['GET', contactPath(freja), peter],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1'), {}],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1'), { 'If-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1'), { 'If-Match': '"1"' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p2'), { 'If-None-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, { ...meeting('m-p1'), extra: true }, { 'If-None-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, '{"id":', { 'If-None-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1', { participants: [] }), { 'If-None-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1'), { 'If-None-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1'), { 'If-None-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1'), { 'If-Match': '"1"' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1', { where: 'Videomøde' }), { 'If-Match': '"1"' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1', { where: 'Jobcentret' }), { 'If-Match': '"1"' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1', { where: 'Jobcentret' }), { 'If-Match': 'W/"2"' }],
      ['PUT', meetingPath(freja, 'm-p1'), peter, meeting('m-p1'), { 'If-Match': '"2"', 'If-None-Match': '*' }],
      ['PUT', meetingPath(freja, 'm-p1'), frejaYouth, meeting('m-p1'), { 'If-Match': '"2"' }],
      ['PUT', meetingPath(freja, 'm-p1'), jonas, meeting('m-p1'), { 'If-Match': '"2"' }],
      ['PUT', meetingPath(freja, 'm-p1'), seedUserIds.administrator, meeting('m-p1'), { 'If-Match': '"2"' }],
      ['PUT', meetingPath(steady, 'm-p1'), jonas, meeting('m-p1'), { 'If-None-Match': '*' }],
      ['PUT', meetingPath(steady, 'm-h1'), jonas, meeting('m-h1'), { 'If-Match': '"2"' }],
      ['PUT', meetingPath(freja, 'm-h2'), peter, h2, { 'If-Match': '"2"' }],
      ['PUT', meetingPath(freja, 'm-h2'), peter, { ...h2, handover: null }, { 'If-Match': '"2"' }],
      ['PUT', meetingPath(freja, 'm-h2'), peter, { ...h2, status: 'planned' }, { 'If-Match': '"2"' }],
      ['PUT', meetingPath(freja, 'm-h2'), peter, { ...h2, where: 'Jobcentret' }, { 'If-Match': '"2"' }],
      ['GET', contactPath(freja), peter],
      ['PUT', meetingPath(freja, 'm-h3'), peter, { ...h3, status: 'held', handover }, { 'If-Match': '"1"' }],
      ['GET', contactPath(freja), peter],
      ['GET', contactPath(freja), frejaYouth],
      ['PUT', meetingPath(freja, 'm-h3'), peter, { ...h3, status: 'held', handover, where: 'Jobcentret' }, { 'If-Match': '"2"' }],
      ['PUT', meetingPath(freja, 'm-h3'), peter, { ...h3, status: 'held', handover: { ...handover, on: '2026-01-01' } }, { 'If-Match': '"3"' }],
      ['GET', contactPath(freja), peter],
      ['PUT', meetingPath(noContact, 'm-p3'), peter, meeting('m-p3', { status: 'held', handover }), { 'If-None-Match': '*' }],
      ['GET', contactPath(noContact), peter],
      ['GET', listPath(freja), peter],
      ['GET', listPath(freja), frejaYouth],
      ['GET', listPath(noContact), peter],
    ];
    try {
      for (const [method, path, as, body, headers] of steps) {
        const [fromMemory, fromReal] = [await memory(method, path, as, body, headers), await fromServer(method, path, as, body, headers)];
        const what = `${method} ${path} as ${as} ${JSON.stringify(headers ?? {})}`;
        assert.equal(fromReal.status, fromMemory.status, what);
        // A contact's ETag is each implementation's own (the server's from one sequence); a meeting's is its version.
        if (!path.endsWith('/contact')) assert.equal(fromReal.etag, fromMemory.etag, `${what}: ETag`);
        assert.deepEqual(comparable(fromReal.body), comparable(fromMemory.body), what);
      }
    } finally {
      await parityServer.close();
      await parityDatabase.dispose();
    }
  });
});

/** The seed's meeting as the server sends it: `changedAt` in its own form, the same instant. */
function withServerInstant(meeting: NetworkMeeting): NetworkMeeting {
  return { ...meeting, changedAt: new Date(meeting.changedAt).toISOString() };
}

/**
 * A body without what differs by design: problem wording and the request id, and `changedAt`
 * (each stamps its own now, or the seed's in its own form). `at`, the meeting's time as sent,
 * must be the same.
 */
function comparable(body: Record<string, unknown>): unknown {
  const isProblem = typeof body['status'] === 'number' && 'title' in body;
  const { title: _title, detail: _detail, requestId: _requestId, ...rest } = body;
  return JSON.parse(JSON.stringify(isProblem ? rest : body), (key, value: unknown) => (key === 'changedAt' ? 'instant' : value));
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  addDays,
  ContactEntry,
  ContactLog,
  ContactRhythm,
  contactLogForYouth,
  createClient,
  danishToday,
  isConflictError,
  problemTypes,
  type ContactEntryInput,
  type ContactRhythmInput,
  type UfClient,
} from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { memorySend, sendTo } from './helpers/parity.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// The contact log (kontaktlog, issue #17) against the real server: Team Nord's contact person logs
// contacts with the young person under ids the client makes and agrees the contact rhythm; the
// young person reads their own log without the notes written for colleagues. Every answer as the
// memory transport gives it, every read and write in the course's audit log.

const seed = buildSeed();
const steady = seedCourseIds.steady; // Team Nord's: a rhythm (version 1) and five contacts
const aftercare = seedCourseIds.aftercare; // Team Nord's: nothing logged, no rhythm
const noContact = seedCourseIds.noContact; // Team Syd's: nothing logged, no rhythm
const freja = seedCourseIds.manyHandovers; // Team Syd's: contacts k-h1, k-h2
const jonas = seedUserIds.teamNord;
const peter = seedUserIds.teamSyd;
const amalie = seed.courses.find((course) => course.id === steady)!.citizen.id;
const today = danishToday();
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

let database: TestDatabase;
let server: TestServer;
const clientFor = (user: string): UfClient => createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(user) });

before(async () => {
  database = await createTestDatabase('server_contact_log');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

const contact = (fields: Partial<ContactEntryInput> = {}): ContactEntryInput => ({
  at: minutesFromNow(-60),
  channel: 'walk',
  initiative: 'professional',
  outcome: 'held',
  note: { text: 'Vi gik en tur ved åen og talte om praktikken.', sharedWithYouth: true },
  ...fields,
});

const rhythm = (fields: Partial<ContactRhythmInput> = {}): ContactRhythmInput => ({ everyDays: 14, from: addDays(today, -7), ...fields });

const serverSend = sendTo(() => server);

const logPath = (courseId: string) => `/courses/${courseId}/contact-log`;
const entryPath = (courseId: string, entryId: string) => `/courses/${courseId}/contact-log/entries/${entryId}`;
const rhythmPath = (courseId: string) => `/courses/${courseId}/contact-log/rhythm`;

const auditOf = (requestId: string | null) =>
  server.database.query<{ actor: string; role: string; course_id: string; resource: string; action: string }>(
    'SELECT actor, role, course_id, resource, action FROM audit_log WHERE request_id = $1 ORDER BY id',
    [requestId ?? ''],
  );
const actionsOf = async (requestId: string | null) => (await auditOf(requestId)).map((row) => `${row.resource} ${row.action}`);

describe('the contact log, start to end', () => {
  test('Jonas reads the log, logs a contact once however often it is sent, and changes the rhythm; Amalie reads hers without staff-only notes', async () => {
    const read = await serverSend('GET', logPath(steady), jonas);
    assert.equal(read.status, 200);
    const log = ContactLog.parse(read.body);
    assert.deepEqual(log, seed.contactLogs[steady] && { ...withServerInstants(seed.contactLogs[steady]) });
    assert.deepEqual(await auditOf(read.requestId), [{ actor: jonas, role: 'professional', course_id: steady, resource: 'contact-log', action: 'read' }]);

    const client = clientFor(jonas);
    const note = { text: 'Mor var med. Hun er bekymret for økonomien.', sharedWithYouth: false };
    const sent = contact({ channel: 'homeVisit', note });
    const first = await client.contactLog.log(steady, 'k-flow', sent);
    assert.equal(first.created, true);
    assert.deepEqual([first.entry.id, first.entry.by, first.entry.channel, first.entry.note], ['k-flow', 'Jonas Kragh', 'homeVisit', note]);
    const retry = await client.contactLog.log(steady, 'k-flow', sent);
    assert.deepEqual(retry, { entry: first.entry, created: false }, 'a retry answers with what the first stored');
    const [{ count } = { count: -1 }] = await server.database.query<{ count: number }>('SELECT count(*)::int AS count FROM contact_log_entries WHERE id = $1', [
      'k-flow',
    ]);
    assert.equal(count, 1);
    await assert.rejects(client.contactLog.log(steady, 'k-flow', { ...sent, channel: 'phone' }), (error: unknown) => isConflictError(error));

    const after = ContactLog.parse((await serverSend('GET', logPath(steady), jonas)).body);
    assert.deepEqual(after.entries[0], first.entry, 'the newest contact first');
    assert.equal(after.entries.length, log.entries.length + 1);

    const mine = await serverSend('GET', logPath(steady), amalie);
    assert.equal(mine.status, 200);
    const youthLog = ContactLog.parse(mine.body);
    assert.deepEqual(youthLog, contactLogForYouth(after));
    assert.equal(youthLog.entries[0]?.note, null, 'a staff-only note is not sent, not even that there was one');
    assert.ok(
      youthLog.entries.some((entry) => entry.note?.sharedWithYouth),
      'notes shared with her are',
    );
    assert.doesNotMatch(JSON.stringify(mine.body), /økonomien|uro derhjemme|familieafdelingen/);
    assert.deepEqual(await auditOf(mine.requestId), [{ actor: amalie, role: 'youth', course_id: steady, resource: 'contact-log', action: 'read' }]);

    const changed = await client.contactLog.setRhythm(steady, rhythm({ everyDays: 7, words: 'Ugentligt i eksamensperioden' }), {
      basedOn: log.rhythm!.version,
    });
    assert.deepEqual([changed.version, changed.everyDays, changed.changedBy], [2, 7, 'Jonas Kragh']);
    assert.deepEqual(ContactLog.parse((await serverSend('GET', logPath(steady), amalie)).body).rhythm, changed, 'the young person sees the rhythm');
  });

  test('no note and no name is written to the server log', () => {
    const lines = [...server.log.info, ...server.log.error].join('\n');
    assert.doesNotMatch(lines, /økonomien|åen|Jonas Kragh|Amalie/);
  });
});

describe('logging a contact', () => {
  const put = (entryId: string, body: unknown, as: string = jonas, courseId: string = steady) => serverSend('PUT', entryPath(courseId, entryId), as, body);

  test('201 signed by the caller, audited as a create; the same again 200 with the stored contact, audited as a read; other content 409', async () => {
    const sent = contact({ at: '2025-03-04T10:15:00+01:00', note: null });
    const first = await put('k-once', sent);
    assert.equal(first.status, 201);
    const stored = ContactEntry.parse(first.body);
    assert.deepEqual({ ...stored, loggedAt: 'now' }, { id: 'k-once', ...sent, by: 'Jonas Kragh', loggedAt: 'now' });
    assert.equal(stored.at, '2025-03-04T10:15:00+01:00', 'the time as it was sent, offset and all');
    assert.deepEqual(await actionsOf(first.requestId), ['contact-log create']);

    // The same instant written another way is the same contact.
    const again = await put('k-once', { ...sent, at: '2025-03-04T09:15:00.000Z' });
    assert.deepEqual([again.status, again.body], [200, first.body]);
    assert.deepEqual(await actionsOf(again.requestId), ['contact-log read']);

    for (const other of [{ outcome: 'noShow' }, { at: '2025-03-04T10:16:00+01:00' }, { note: { text: 'Noget andet', sharedWithYouth: false } }]) {
      const refused = await put('k-once', { ...sent, ...other });
      assert.deepEqual([refused.status, refused.body['type']], [409, problemTypes.entryIdTaken], JSON.stringify(other));
      assert.deepEqual(await auditOf(refused.requestId), [], 'a refused contact reads and writes nothing');
    }
    const log = ContactLog.parse((await serverSend('GET', logPath(steady), jonas)).body);
    assert.deepEqual(
      log.entries.find((entry) => entry.id === 'k-once'),
      stored,
    );
  });

  test('an id another course used is 409 without a word of that course; the id stays theirs', async () => {
    const taken = await put('k-h1', contact());
    assert.deepEqual([taken.status, taken.body['type'], 'current' in taken.body], [409, problemTypes.entryIdTaken, false]);
    assert.doesNotMatch(JSON.stringify(taken.body), /Peter|Første møde|c-5d7b20/);
    // Even the very contact Peter logged, sent on another course, is not a retry there.
    const theirs = seed.contactLogs[freja]!.entries.find((entry) => entry.id === 'k-h1')!;
    const { id: _id, by: _by, loggedAt: _loggedAt, ...same } = theirs;
    assert.equal((await put('k-h1', same)).status, 409);
    assert.equal((await put('k-h1', same, peter, freja)).status, 200, 'on its own course it is');
  });

  test("a time more than five minutes ahead of the server's clock is 400 in_future; within them it is logged", async () => {
    const ahead = await put('k-ahead', contact({ at: minutesFromNow(10) }));
    assert.deepEqual([ahead.status, ahead.body['type'], ahead.body['errors']], [400, problemTypes.invalidRequest, [{ path: 'at', code: 'in_future' }]]);
    assert.deepEqual(await auditOf(ahead.requestId), []);
    const skewed = await put('k-ahead', contact({ at: minutesFromNow(3) }));
    assert.equal(skewed.status, 201, 'a phone whose clock runs a little fast');
  });

  test('400 for a body the contract refuses and a CPR-shaped id; 415 for another type; the server signs, whatever is sent', async () => {
    const refusedBodies: [unknown, string][] = [
      [{ ...contact(), by: 'Someone else' }, 'by'],
      [{ ...contact(), channel: 'pigeon' }, 'channel'],
      [{ ...contact(), outcome: 'maybe' }, 'outcome'],
      [{ ...contact(), at: '2025-03-04 10:15' }, 'at'],
      [{ ...contact(), note: { text: '' } }, 'note'],
      [{ ...contact(), note: { text: 'a\u0000b', sharedWithYouth: true } }, 'note.text'],
    ];
    for (const [body, path] of refusedBodies) {
      const refused = await put('k-bad', body);
      assert.equal(refused.status, 400, path);
      assert.ok(
        (refused.body['errors'] as { path: string }[]).some((problem) => problem.path.startsWith(path)),
        `${path}: ${JSON.stringify(refused.body['errors'])}`,
      );
    }
    const cpr = await put('010190-1234', contact());
    assert.deepEqual([cpr.status, (cpr.body['errors'] as { path: string }[])[0]?.path], [400, 'entryId']);
    const text = await fetch(`${server.url}/api/v1${entryPath(steady, 'k-text')}`, {
      method: 'PUT',
      headers: { ...(await server.headersFor(jonas)), 'Content-Type': 'text/plain' },
      body: JSON.stringify(contact()),
    });
    await text.body?.cancel();
    assert.equal(text.status, 415);
    const [{ count } = { count: -1 }] = await server.database.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM contact_log_entries WHERE id IN ('k-bad', 'k-text')",
    );
    assert.equal(count, 0);
  });

  test('only the course’s team logs: the young person, another team, an administrator, an offer administrator and a leader get 403 and write nothing', async () => {
    for (const as of [amalie, peter, seedUserIds.administrator, seedUserIds.offerAdministrator, seedUserIds.leader]) {
      const refused = await put('k-403', contact(), as);
      assert.equal(refused.status, 403, as);
      assert.deepEqual(await auditOf(refused.requestId), []);
    }
    for (const as of [seedUserIds.administrator, seedUserIds.offerAdministrator, seedUserIds.leader, peter]) {
      assert.equal((await serverSend('GET', logPath(steady), as)).status, 403, `${as} reads`);
    }
    assert.equal((await serverSend('GET', logPath(freja), amalie)).status, 403, "another young person's log");
    assert.equal((await serverSend('GET', logPath('c-neverwas'), jonas)).status, 403, 'a course that is not: refused alike');
    const [{ count } = { count: -1 }] = await server.database.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM contact_log_entries WHERE id = 'k-403'",
    );
    assert.equal(count, 0);
  });

  test('the same contact sent many times at once is logged once: one 201, the others 200 with it', async () => {
    const sent = contact({ channel: 'sms', initiative: 'youth', note: null });
    const answers = await Promise.all(Array.from({ length: 6 }, () => put('k-burst', sent)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 200, 200, 200, 200, 201]);
    for (const answer of answers) assert.deepEqual(answer.body, answers[0]!.body);
    const rows = await server.database.query('SELECT 1 FROM contact_log_entries WHERE id = $1', ['k-burst']);
    assert.equal(rows.length, 1);

    const different = await Promise.all(['phone', 'email', 'inPerson'].map((channel) => put('k-burst-2', contact({ channel: channel as 'phone' }))));
    assert.deepEqual(different.map((answer) => answer.status).sort(), [201, 409, 409]);
  });

  test('a contact is never changed or removed, not even in the database', async () => {
    await assert.rejects(server.database.query("UPDATE contact_log_entries SET note_text = 'x' WHERE id = 'k-once'"), /append-only/);
    await assert.rejects(server.database.query("DELETE FROM contact_log_entries WHERE id = 'k-once'"), /append-only/);
    await assert.rejects(server.database.query('TRUNCATE contact_log_entries'), /append-only/);
    const [row] = await server.database.query<{ logged_by_subject: string }>("SELECT logged_by_subject FROM contact_log_entries WHERE id = 'k-once'");
    assert.equal(row?.logged_by_subject, jonas, 'who logged it, by subject, for the municipality; never sent');
  });
});

describe('the rhythm', () => {
  const put = (body: unknown, headers: Record<string, string>, courseId: string = aftercare, as: string = jonas) =>
    serverSend('PUT', rhythmPath(courseId), as, body, headers);

  test('none agreed: an empty log; 428 without a precondition (before the body is read); If-Match 412 without current', async () => {
    const empty = await serverSend('GET', logPath(aftercare), jonas);
    assert.deepEqual([empty.status, empty.body], [200, { courseId: aftercare, rhythm: null, entries: [] }]);
    assert.deepEqual(await actionsOf(empty.requestId), ['contact-log read']);
    assert.equal((await put(rhythm(), {})).status, 428);
    assert.equal((await put('{not json', {})).status, 428, 'asked before the body');
    assert.equal((await put(rhythm(), { 'If-Match': '*' })).status, 428);
    const gone = await put(rhythm(), { 'If-Match': '"1"' });
    assert.deepEqual([gone.status, gone.body['type'], 'current' in gone.body, gone.etag], [412, problemTypes.editConflict, false, null]);
    assert.deepEqual(await auditOf(gone.requestId), []);
  });

  test('If-None-Match: * agrees it (201, ETag its version); again 412 with it; If-Match changes it; the same again is 200 unchanged; stale 412 with current', async () => {
    const agreed = await put(rhythm({ words: 'Hver anden uge' }), { 'If-None-Match': '*' });
    assert.deepEqual([agreed.status, agreed.etag], [201, '"1"']);
    const first = ContactRhythm.parse(agreed.body);
    assert.deepEqual([first.version, first.everyDays, first.words, first.changedBy], [1, 14, 'Hver anden uge', 'Jonas Kragh']);
    assert.deepEqual(await actionsOf(agreed.requestId), ['contact-log create']);

    const exists = await put(rhythm({ everyDays: 30 }), { 'If-None-Match': '*' });
    assert.deepEqual([exists.status, exists.etag, exists.body['current']], [412, '"1"', agreed.body]);
    assert.deepEqual(await actionsOf(exists.requestId), ['contact-log read'], 'the 412 sent the rhythm back');
    const both = await put(rhythm({ words: 'Hver anden uge' }), { 'If-Match': '"1"', 'If-None-Match': '*' });
    assert.equal(both.status, 412, 'RFC 9110 §13.2.2: If-None-Match: * fails where a rhythm exists');

    const same = await put(rhythm({ words: 'Hver anden uge' }), { 'If-Match': '"1"' });
    assert.deepEqual([same.status, same.etag, same.body], [200, '"1"', agreed.body], 'agreeing it again changes nothing, not even changedAt');
    assert.deepEqual(await actionsOf(same.requestId), ['contact-log read']);

    const changed = await put(rhythm({ everyDays: 30 }), { 'If-Match': '"0", "1"' });
    assert.deepEqual([changed.status, changed.etag, changed.body['version'], changed.body['everyDays'], 'words' in changed.body], [200, '"2"', 2, 30, false]);
    assert.deepEqual(await actionsOf(changed.requestId), ['contact-log update']);

    const stale = await put(rhythm({ everyDays: 7 }), { 'If-Match': '"1"' });
    assert.deepEqual([stale.status, stale.etag, stale.body['current']], [412, '"2"', changed.body]);
    assert.equal((await put(rhythm({ everyDays: 7 }), { 'If-Match': 'W/"2"' })).status, 412, 'a weak tag never matches');

    const refused = await put(rhythm({ everyDays: 93 }), { 'If-Match': '"2"' });
    assert.deepEqual([refused.status, (refused.body['errors'] as { path: string }[])[0]?.path], [400, 'everyDays']);
    assert.equal((await put({ ...rhythm(), version: 3 }, { 'If-Match': '"2"' })).status, 400, 'the server numbers the versions');
    assert.deepEqual(ContactLog.parse((await serverSend('GET', logPath(aftercare), jonas)).body).rhythm, changed.body);
  });

  test('every version agreed is kept with who agreed it in which request; the history is append-only', async () => {
    const changes = await server.database.query<{ actor: string; role: string; request_id: string; version: number; every_days: number; words: string | null }>(
      'SELECT actor, role, request_id, version, every_days, words FROM contact_rhythm_changes WHERE course_id = $1 ORDER BY id',
      [aftercare],
    );
    assert.deepEqual(
      changes.map((change) => [change.actor, change.role, change.version, change.every_days, change.words]),
      [
        [jonas, 'professional', 1, 14, 'Hver anden uge'],
        [jonas, 'professional', 2, 30, null],
      ],
    );
    const [audit] = await server.database.query<{ action: string }>('SELECT action FROM audit_log WHERE request_id = $1', [changes[1]!.request_id]);
    assert.equal(audit?.action, 'update', 'the same request as the audit row');
    await assert.rejects(server.database.query('UPDATE contact_rhythm_changes SET every_days = 1'), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM contact_rhythm_changes'), /append-only/);
  });

  test('only the course’s team agrees it: the young person, another team, an administrator and a leader get 403', async () => {
    for (const as of [seed.courses.find((course) => course.id === aftercare)!.citizen.id, peter, seedUserIds.administrator, seedUserIds.leader]) {
      const refused = await put(rhythm(), { 'If-Match': '"2"' }, aftercare, as);
      assert.equal(refused.status, 403, as);
      assert.deepEqual(await auditOf(refused.requestId), []);
    }
  });

  test('changes of one version sent at once: exactly one wins, the others are 412 with the winner', async () => {
    const answers = await Promise.all([3, 5, 10, 21, 28].map((everyDays) => put(rhythm({ everyDays }), { 'If-Match': '"2"' })));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 412, 412, 412, 412]);
    const winner = answers.find((answer) => answer.status === 200)!;
    assert.equal(winner.body['version'], 3);
    for (const loser of answers.filter((answer) => answer.status === 412)) assert.deepEqual([loser.body['current'], loser.etag], [winner.body, '"3"']);
    const versions = await server.database.query<{ version: number }>('SELECT version FROM contact_rhythm_changes WHERE course_id = $1 ORDER BY id', [
      aftercare,
    ]);
    assert.deepEqual(
      versions.map((row) => row.version),
      [1, 2, 3],
    );
  });

  test('first agreements sent at once: exactly one is created, the others are 412 with it', async () => {
    const answers = await Promise.all([7, 14, 30, 60].map((everyDays) => put(rhythm({ everyDays }), { 'If-None-Match': '*' }, noContact, peter)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 412, 412, 412]);
    const winner = answers.find((answer) => answer.status === 201)!;
    for (const loser of answers.filter((answer) => answer.status === 412)) assert.deepEqual([loser.body['current'], loser.etag], [winner.body, '"1"']);
  });

  test('the SDK client: a stale change is a ConflictError carrying the rhythm now', async () => {
    const client = clientFor(jonas);
    const log = await client.contactLog.get(aftercare);
    await assert.rejects(client.contactLog.setRhythm(aftercare, rhythm({ everyDays: 9 }), { basedOn: 1 }), (error: unknown) => {
      assert.ok(isConflictError(error));
      assert.deepEqual(error.current, log.rhythm);
      return true;
    });
  });
});

describe('the memory transport answers as the server does', () => {
  test('the same requests get the same statuses, ETags, problem types, field problems and bodies', async () => {
    // A fresh server database, so both start from the same seed.
    const parityDatabase = await createTestDatabase('server_contact_log_parity');
    const parityServer = await startTestServer(parityDatabase);
    const memory = memorySend();
    const fromServer = sendTo(() => parityServer);
    const youthOfFreja = seed.courses.find((course) => course.id === freja)!.citizen.id;
    const at = '2025-02-03T08:30:00+01:00';
    const steps: [string, string, string, unknown?, Record<string, string>?][] = [
      ['GET', logPath(steady), jonas],
      ['GET', logPath(steady), amalie],
      ['GET', logPath(seedCourseIds.contactAway), jonas],
      ['GET', logPath(freja), peter],
      ['GET', logPath(freja), youthOfFreja],
      ['GET', logPath(aftercare), jonas],
      ['GET', logPath(freja), jonas],
      ['GET', logPath(steady), seedUserIds.leader],
      ['PUT', entryPath(steady, 'k-p1'), jonas, contact({ at, note: { text: 'Kun til kolleger', sharedWithYouth: false } })],
      ['PUT', entryPath(steady, 'k-p1'), jonas, contact({ at, note: { text: 'Kun til kolleger', sharedWithYouth: false } })],
      ['PUT', entryPath(steady, 'k-p1'), jonas, contact({ at: '2025-02-03T07:30:00Z', note: { text: 'Kun til kolleger', sharedWithYouth: false } })],
      ['PUT', entryPath(steady, 'k-p1'), jonas, contact({ at, note: { text: 'Kun til kolleger', sharedWithYouth: true } })],
      ['PUT', entryPath(steady, 'k-p1'), jonas, contact({ at, note: null })],
      ['PUT', entryPath(steady, 'k-h1'), jonas, contact({ at })],
      ['PUT', entryPath(steady, 'k-p2'), jonas, contact({ at: minutesFromNow(60) })],
      ['PUT', entryPath(steady, 'k-p2'), jonas, { ...contact({ at }), extra: true }],
      ['PUT', entryPath(steady, 'k-p2'), jonas, { ...contact({ at }), channel: 'fax' }],
      ['PUT', entryPath(steady, 'k-p2'), jonas, '{"at":'],
      ['PUT', entryPath(steady, 'k-p2'), amalie, contact({ at })],
      ['PUT', entryPath(steady, 'k-p2'), peter, contact({ at })],
      ['PUT', entryPath(steady, 'k-p2'), jonas, contact({ at: '2025-02-03T08:30:00+01:00', outcome: 'noShow', note: null })],
      ['PUT', entryPath(freja, 'k-p3'), peter, contact({ at, initiative: 'youth', channel: 'sms', note: { text: 'Til dig', sharedWithYouth: true } })],
      ['PUT', rhythmPath(steady), jonas, rhythm(), {}],
      ['PUT', rhythmPath(steady), jonas, rhythm(), { 'If-Match': '*' }],
      ['PUT', rhythmPath(steady), jonas, rhythm(), { 'If-None-Match': '*' }],
      [
        'PUT',
        rhythmPath(steady),
        jonas,
        { ...seed.contactLogs[steady]!.rhythm!, version: undefined, changedAt: undefined, changedBy: undefined },
        { 'If-Match': '"1"' },
      ],
      ['PUT', rhythmPath(steady), jonas, rhythm({ words: 'Hver anden uge' }), { 'If-Match': '"1"' }],
      ['PUT', rhythmPath(steady), jonas, rhythm({ words: 'Hver uge' }), { 'If-Match': '"1"' }],
      ['PUT', rhythmPath(steady), jonas, rhythm({ words: 'Hver uge' }), { 'If-Match': 'W/"2"' }],
      ['PUT', rhythmPath(steady), jonas, rhythm({ everyDays: 0 }), { 'If-Match': '"2"' }],
      ['PUT', rhythmPath(steady), jonas, rhythm({ words: 'Hver anden uge' }), { 'If-Match': '"3", "2"' }],
      ['PUT', rhythmPath(steady), jonas, rhythm({ words: 'Hver anden uge' }), { 'If-Match': '"2"', 'If-None-Match': '*' }],
      ['PUT', rhythmPath(aftercare), jonas, rhythm(), { 'If-Match': '"1"', 'If-None-Match': '*' }],
      ['PUT', rhythmPath(aftercare), jonas, rhythm(), { 'If-Match': '"1"' }],
      ['PUT', rhythmPath(aftercare), jonas, rhythm(), { 'If-None-Match': '*' }],
      ['PUT', rhythmPath(aftercare), jonas, rhythm({ everyDays: 7 }), { 'If-None-Match': '*' }],
      ['PUT', rhythmPath(aftercare), amalie, rhythm(), { 'If-Match': '"1"' }],
      ['PUT', rhythmPath(aftercare), seedUserIds.administrator, rhythm(), { 'If-Match': '"1"' }],
      ['GET', logPath(steady), jonas],
      ['GET', logPath(steady), amalie],
      ['GET', logPath(aftercare), jonas],
      ['GET', logPath(freja), youthOfFreja],
    ];
    try {
      for (const [method, path, as, body, headers] of steps) {
        const [fromMemory, fromReal] = [await memory(method, path, as, body, headers), await fromServer(method, path, as, body, headers)];
        const what = `${method} ${path} as ${as} ${JSON.stringify(headers ?? {})}`;
        assert.equal(fromReal.status, fromMemory.status, what);
        assert.equal(fromReal.etag, fromMemory.etag, `${what}: ETag`);
        assert.deepEqual(comparable(fromReal.body), comparable(fromMemory.body), what);
      }
    } finally {
      await parityServer.close();
      await parityDatabase.dispose();
    }
  });
});

/** The seed's log as the server sends it: the instants it stamped itself (`loggedAt`, `changedAt`) in its own form, the same instants. */
function withServerInstants(log: ContactLog): ContactLog {
  const instant = (value: string) => new Date(value).toISOString();
  return {
    ...log,
    rhythm: log.rhythm && { ...log.rhythm, changedAt: instant(log.rhythm.changedAt) },
    entries: log.entries.map((entry) => ({ ...entry, loggedAt: instant(entry.loggedAt) })),
  };
}

/**
 * A body without what differs by design: problem wording and the request id, and the instants
 * each stamps itself (`loggedAt`, `changedAt`: now, or the seed's in the server's own form).
 * `at`, the time of a contact as sent, must be the same.
 */
function comparable(body: Record<string, unknown>): unknown {
  const isProblem = typeof body['status'] === 'number' && 'title' in body;
  const { title: _title, detail: _detail, requestId: _requestId, ...rest } = body;
  return JSON.parse(JSON.stringify(isProblem ? rest : body), (key, value: unknown) => (['loggedAt', 'changedAt'].includes(key) ? 'instant' : value));
}

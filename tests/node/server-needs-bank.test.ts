import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  addDays,
  createClient,
  createMemoryClient,
  danishToday,
  Plan,
  problemTypes,
  SharedNeed,
  toPlanUpdate,
  type NeedInput,
  type ProposalInput,
  type UfClient,
} from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, JSON_HEADERS } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// The needs bank (behovsbank, issue #16) against the real server: Team Nord's contact person
// shares a young person's need, Team Syd's professional sees it without the course or name and
// proposes, the contact person accepts it into the plan. Every refusal as the OpenAPI document
// says, each as the memory transport answers it.

const seed = buildSeed();
const steady = seedCourseIds.steady; // Team Nord's: Amalie, 19
const freja = seedCourseIds.manyHandovers; // Team Syd's
const jonas = seedUserIds.teamNord;
const peter = seedUserIds.teamSyd;
const ali = seed.users.find((user) => user.name === 'Ali Bakir')!.subject; // Team Nord
const amalie = seed.courses.find((course) => course.id === steady)!.citizen.id;
const today = danishToday();
const activeOffer = seed.offers.find((offer) => offer.status === 'active')!;
const retiredOffer = seed.offers.find((offer) => offer.status === 'retired')!;

let database: TestDatabase;
let server: TestServer;
const clientFor = (user: string): UfClient => createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(user) });

before(async () => {
  database = await createTestDatabase('server_needs_bank');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

const need = (id: string, fields: Partial<NeedInput> = {}): NeedInput => ({
  id,
  goalId: 'g-s2',
  text: 'Jeg vil gerne spille fodbold igen, men jeg tør ikke møde op alene.',
  agreedOn: today,
  status: 'open',
  ...fields,
});

const proposal = (id: string, fields: Partial<ProposalInput> = {}): ProposalInput => ({
  id,
  offer: { id: activeOffer.id, name: activeOffer.name, kind: activeOffer.kind },
  unit: { id: 'u-syd', name: 'Ungeindsatsen Syd' },
  person: 'Karin, træner i Fjordby Idrætsforening',
  how: 'Karin møder dig ved indgangen de første gange',
  when: 'Tirsdage kl. 16, fra januar',
  start: addDays(today, 10),
  ...fields,
});

interface Answer {
  status: number;
  etag: string | null;
  body: Record<string, unknown>;
}

/** One request as `as`, answered by `base` (the server's or the memory transport's fetch). */
type Send = (method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>;

const serverSend: Send = async (method, path, as, body, headers = {}) => {
  const response = await apiFetch(`${server.url}/api/v1${path}`, {
    as,
    method,
    headers: { ...(body === undefined ? {} : JSON_HEADERS), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
};

function memorySend(): Send {
  const { transport } = createMemoryClient({ seed: buildSeed(), signIn: true });
  return async (method, path, as, body, headers = {}) => {
    const response = await transport.fetch(`${transport.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${as}`, ...(body === undefined ? {} : JSON_HEADERS), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, etag: response.headers.get('etag'), body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
}

const auditRows = (requestId: string) =>
  server.database.query<{ actor: string; course_id: string; resource: string; action: string }>(
    'SELECT actor, course_id, resource, action FROM audit_log WHERE request_id = $1 ORDER BY id',
    [requestId],
  );
const lastRequestAudit = async (actor: string) => {
  const [row] = await server.database.query<{ request_id: string }>('SELECT request_id FROM audit_log WHERE actor = $1 ORDER BY id DESC LIMIT 1', [actor]);
  return auditRows(row!.request_id);
};

describe('the needs bank, start to end', () => {
  test('Jonas shares a need, Peter sees it without the course and proposes, Jonas accepts it into the plan; the need closes', async () => {
    const [jonasClient, peterClient, amalieClient] = [clientFor(jonas), clientFor(peter), clientFor(amalie)];
    const planBefore = (await jonasClient.plan.get(steady)) ?? assert.fail('the seed has a plan');

    const shared = await jonasClient.needs.share(steady, need('n-flow'));
    assert.equal(shared.version, 1);
    assert.equal(shared.goalKind, 'community');
    assert.equal(shared.sharedBy, 'Jonas Kragh');
    assert.deepEqual(await lastRequestAudit(jonas), [{ actor: jonas, course_id: steady, resource: 'needs', action: 'create' }]);

    const bank = await peterClient.needs.listOpen();
    const seen = bank.needs.find((candidate) => candidate.id === 'n-flow');
    assert.ok(seen, 'Team Syd sees Team Nord’s open need');
    assert.deepEqual(Object.keys(seen).sort(), ['ageBand', 'goalKind', 'id', 'myProposals', 'sharedAt', 'text']);
    assert.equal(seen.ageBand, '18-24');
    assert.deepEqual(seen.myProposals, []);
    assert.doesNotMatch(JSON.stringify(bank), /c-4f2a91|Amalie|Sørensen|p-7c21/, 'no course, no name, no citizen');
    assert.deepEqual(
      bank.needs.map((candidate) => candidate.sharedAt),
      [...bank.needs.map((candidate) => candidate.sharedAt)].sort().reverse(),
      'newest first',
    );
    assert.ok(!bank.needs.some((candidate) => ['n-h1', 'n-h0'].includes(candidate.id)), 'not his own team’s needs');
    assert.deepEqual(
      bank.needs.find((candidate) => candidate.id === 'n-s1')?.myProposals.map((mine) => mine.id),
      ['p-s1a'],
      'his own seeded proposal',
    );
    const bankAudit = await lastRequestAudit(peter);
    assert.deepEqual(
      bankAudit.map((row) => [row.course_id, row.resource, row.action]),
      [[steady, 'needs-bank', 'read']],
    );

    const proposed = await peterClient.needs.propose('n-flow', proposal('p-flow'));
    assert.deepEqual(
      proposed.myProposals.map((mine) => [mine.id, mine.from, mine.status]),
      [['p-flow', 'Peter Nørgaard', 'open']],
    );
    assert.deepEqual(await lastRequestAudit(peter), [{ actor: peter, course_id: steady, resource: 'needs', action: 'create' }]);
    assert.deepEqual(await peterClient.needs.propose('n-flow', proposal('p-flow')), proposed, 'a retry answers what is stored');

    const start = addDays(today, 14);
    const decided = await jonasClient.needs.decide(steady, 'n-flow', 'p-flow', { outcome: 'accepted', effortId: 'e-flow', start });
    assert.equal(decided.status, 'closed');
    assert.equal(decided.version, 2);
    assert.equal(decided.proposals[0]?.status, 'accepted');
    assert.deepEqual(
      (await lastRequestAudit(jonas)).map((row) => [row.resource, row.action]),
      [
        ['plan', 'update'],
        ['needs', 'update'],
      ],
    );

    const planAfter = (await jonasClient.plan.get(steady)) ?? assert.fail('the plan is still there');
    assert.notEqual(planAfter.etag, planBefore.etag, 'the plan has a new version');
    const effort = planAfter.value.efforts.find((candidate) => candidate.id === 'e-flow');
    assert.ok(effort);
    assert.deepEqual([effort.status, effort.start, effort.goalIds, effort.offer.id], ['planned', start, ['g-s2'], activeOffer.id]);
    assert.equal(planAfter.value.revisions.length, planBefore.value.revisions.length + 1);
    assert.deepEqual(planAfter.value.revisions[0]?.by, { role: 'professional', name: 'Jonas Kragh' });

    assert.deepEqual(await jonasClient.needs.decide(steady, 'n-flow', 'p-flow', { outcome: 'accepted', effortId: 'e-flow', start }), decided, 'a retry');
    assert.equal((await jonasClient.plan.get(steady))?.etag, planAfter.etag, 'and the plan is left as it is');
    assert.ok(!(await peterClient.needs.listOpen()).needs.some((candidate) => candidate.id === 'n-flow'), 'closed: out of the bank');

    const declined = await jonasClient.needs.decide(steady, 'n-s1', 'p-s1a', { outcome: 'declined', reason: 'Hun vil hellere tale med sin læge' });
    assert.equal(declined.proposals[0]?.decision?.reason, 'Hun vil hellere tale med sin læge');
    const youthView = await amalieClient.needs.listForCourse(steady);
    const youthProposal = youthView.needs.find((candidate) => candidate.id === 'n-s1')?.proposals[0];
    assert.equal(youthProposal?.status, 'declined');
    assert.equal(youthProposal?.decision && 'reason' in youthProposal.decision, false, 'the young person is not sent the reason');
    assert.equal(
      (await jonasClient.needs.listForCourse(steady)).needs.find((candidate) => candidate.id === 'n-s1')?.proposals[0]?.decision?.reason,
      declined.proposals[0]?.decision?.reason,
    );
    assert.deepEqual(await lastRequestAudit(amalie), [{ actor: amalie, course_id: steady, resource: 'needs', action: 'read' }]);
  });

  test('the need’s words are kept version by version with who wrote them; proposals cannot be deleted', async () => {
    const changes = await server.database.query<{ actor: string; version: number }>(
      'SELECT actor, version FROM shared_need_changes WHERE need_id = $1 ORDER BY id',
      ['n-flow'],
    );
    assert.deepEqual(
      changes.map((change) => [change.actor, change.version]),
      [
        [jonas, 1],
        [jonas, 2],
      ],
    );
    await assert.rejects(server.database.query('UPDATE shared_need_changes SET actor = $1', ['someone']), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM need_proposals WHERE id = $1', ['p-flow']), /never removed/);
  });

  test('no need text and no name is written to the server log', () => {
    const lines = [...server.log.info, ...server.log.error].join('\n');
    assert.doesNotMatch(lines, /fodbold|Karin|Amalie|Peter Nørgaard/);
  });
});

describe('sharing a need', () => {
  test('428 without a precondition; 400 for another id, an unknown goal, a bad id; 412 for an id in use, with the need when it is this course’s', async () => {
    const put = (needId: string, body: unknown, headers: Record<string, string>, as: string = jonas) =>
      serverSend('PUT', `/courses/${steady}/needs/${needId}`, as, body, headers);
    assert.equal((await put('n-x', need('n-x'), {})).status, 428);
    assert.equal((await put('n-x', need('n-x'), { 'If-Match': '*' })).status, 428);
    const mismatch = await put('n-x', need('n-y'), { 'If-None-Match': '*' });
    assert.deepEqual([mismatch.status, mismatch.body['errors']], [400, [{ path: 'id', code: 'id_mismatch' }]]);
    const goal = await put('n-x', need('n-x', { goalId: 'g-h1' }), { 'If-None-Match': '*' });
    assert.deepEqual([goal.status, goal.body['errors']], [400, [{ path: 'goalId', code: 'unknown_goal' }]]);
    assert.equal((await put('010190-1234', need('n-x'), { 'If-None-Match': '*' })).status, 400);
    assert.equal((await put('n-x', { ...need('n-x'), version: 1 }, { 'If-None-Match': '*' })).status, 400, 'the server sets the version');

    const taken = await put('n-h1', need('n-h1'), { 'If-None-Match': '*' });
    assert.deepEqual(
      [taken.status, taken.body['type'], 'current' in taken.body, taken.etag],
      [412, problemTypes.editConflict, false, null],
      "another course's: nothing to learn",
    );
    const takenUpdate = await put('n-h1', need('n-h1'), { 'If-Match': '"1"' });
    assert.deepEqual([takenUpdate.status, 'current' in takenUpdate.body], [412, false]);
    const exists = await put('n-s1', need('n-s1', { goalId: 'g-s3' }), { 'If-None-Match': '*' });
    assert.deepEqual([exists.status, (exists.body['current'] as SharedNeed).id, exists.etag], [412, 'n-s1', '"1"']);
    SharedNeed.parse(exists.body['current']);
    const gone = await put('n-never', need('n-never'), { 'If-Match': '"1"' });
    assert.deepEqual([gone.status, 'current' in gone.body], [412, false]);
    assert.equal((await put('n-x', need('n-x'), { 'If-None-Match': '*' }, amalie)).status, 403);
    assert.equal((await put('n-x', need('n-x'), { 'If-None-Match': '*' }, peter)).status, 403);
  });

  test('If-Match with the version changes it (ETag = version); the same words again are 200 without a new version; a stale version is 412 with the need', async () => {
    const put = (body: NeedInput, headers: Record<string, string>) => serverSend('PUT', `/courses/${steady}/needs/${body.id}`, jonas, body, headers);
    const created = await put(need('n-edit'), { 'If-None-Match': '*' });
    assert.deepEqual([created.status, created.etag, created.body['version']], [201, '"1"', 1]);
    const again = await put(need('n-edit'), { 'If-Match': '"1"' });
    assert.deepEqual([again.status, again.etag, again.body['version'], again.body['changedAt']], [200, '"1"', 1, created.body['changedAt']]);
    assert.deepEqual(
      (await lastRequestAudit(jonas)).map((row) => row.action),
      ['read'],
    );
    const changed = await put(need('n-edit', { text: 'Andre ord' }), { 'If-Match': '"1"' });
    assert.deepEqual([changed.status, changed.etag, changed.body['version'], changed.body['sharedAt']], [200, '"2"', 2, created.body['sharedAt']]);
    assert.deepEqual(
      (await lastRequestAudit(jonas)).map((row) => row.action),
      ['update'],
    );
    const stale = await put(need('n-edit', { status: 'closed' }), { 'If-Match': '"1"' });
    assert.deepEqual([stale.status, stale.etag, (stale.body['current'] as SharedNeed).text], [412, '"2"', 'Andre ord']);
    const closed = await put(need('n-edit', { text: 'Andre ord', status: 'closed' }), { 'If-Match': stale.etag! });
    assert.deepEqual([closed.status, closed.body['status']], [200, 'closed']);
    const both = await put(need('n-edit'), { 'If-Match': closed.etag!, 'If-None-Match': '*' });
    assert.equal(both.status, 412, 'RFC 9110 §13.2.2: If-None-Match: * fails where the need exists');
  });

  test('two shares of one new id at once: exactly one is created, the other is a 412 with it', async () => {
    const put = (text: string) => serverSend('PUT', `/courses/${steady}/needs/n-race`, jonas, need('n-race', { text }), { 'If-None-Match': '*' });
    const answers = await Promise.all([put('Første'), put('Anden')]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 412]);
    const loser = answers.find((answer) => answer.status === 412)!;
    const winner = answers.find((answer) => answer.status === 201)!;
    assert.equal((loser.body['current'] as SharedNeed).text, winner.body['text']);
  });
});

describe('deciding on a proposal', () => {
  before(async () => {
    await clientFor(jonas).needs.share(steady, need('n-decide'));
    for (const id of ['p-d1', 'p-d2', 'p-d3', 'p-d4']) await clientFor(peter).needs.propose('n-decide', proposal(id));
  });
  const decide = (needId: string, proposalId: string, body: unknown, as: string = jonas, courseId = steady) =>
    serverSend('PUT', `/courses/${courseId}/needs/${needId}/proposals/${proposalId}/decision`, as, body);

  test('404 for a need not there or not this course’s and for an unknown proposal; 400 for an effort id the plan has; 409 with the need when decided otherwise', async () => {
    const accept = { outcome: 'accepted', effortId: 'e-d1', start: today };
    assert.equal((await decide('n-never', 'p-d1', accept)).status, 404);
    assert.equal((await decide('n-h1', 'p-d1', accept)).status, 404, "another course's need through this course");
    assert.equal((await decide('n-decide', 'p-never', accept)).status, 404);
    assert.equal((await decide('n-decide', 'p-d1', { outcome: 'declined' })).status, 400);
    assert.equal((await decide('n-decide', 'p-d1', accept, peter)).status, 403);
    const duplicate = await decide('n-decide', 'p-d1', { ...accept, effortId: 'e-s1' });
    assert.deepEqual([duplicate.status, duplicate.body['errors']], [400, [{ path: 'effortId', code: 'duplicate_id' }]]);
    const unchanged = await serverSend('GET', `/courses/${steady}/needs`, jonas);
    const stored = (unchanged.body['needs'] as SharedNeed[]).find((candidate) => candidate.id === 'n-decide')!;
    assert.equal(stored.proposals.find((candidate) => candidate.id === 'p-d1')?.status, 'open', 'the refused decision was not kept');

    const declined = await decide('n-decide', 'p-d1', { outcome: 'declined', reason: 'Ikke nu' });
    assert.equal(declined.status, 200);
    assert.equal((await decide('n-decide', 'p-d1', { outcome: 'declined', reason: 'Ikke nu' })).status, 200, 'the same again');
    const otherwise = await decide('n-decide', 'p-d1', accept);
    assert.deepEqual([otherwise.status, otherwise.body['type']], [409, problemTypes.alreadyDecided]);
    assert.equal((otherwise.body['current'] as SharedNeed).proposals.find((candidate) => candidate.id === 'p-d1')?.status, 'declined');
  });

  test('two decisions on one proposal at once: one is kept, the other is a 409 or a retry, and the plan gets one effort', async () => {
    const planBefore = Plan.parse((await serverSend('GET', `/courses/${steady}/plan`, jonas)).body);
    const answers = await Promise.all([
      decide('n-decide', 'p-d2', { outcome: 'accepted', effortId: 'e-race-a', start: today }),
      decide('n-decide', 'p-d2', { outcome: 'accepted', effortId: 'e-race-b', start: today }),
      decide('n-decide', 'p-d2', { outcome: 'declined', reason: 'Nej' }),
    ]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 409, 409]);
    const planAfter = Plan.parse((await serverSend('GET', `/courses/${steady}/plan`, jonas)).body);
    const added = planAfter.efforts.filter((effort) => effort.id.startsWith('e-race'));
    const winner = answers.find((answer) => answer.status === 200)!.body as SharedNeed;
    assert.equal(added.length, winner.proposals.find((candidate) => candidate.id === 'p-d2')?.status === 'accepted' ? 1 : 0);
    assert.equal(planAfter.revisions.length, planBefore.revisions.length + added.length);

    // An acceptance above may have closed the need; a closed need takes nothing more in (409 need-closed), so open it again.
    const current = SharedNeed.parse((await clientFor(jonas).needs.listForCourse(steady)).needs.find((candidate) => candidate.id === 'n-decide'));
    if (current.status === 'closed') {
      const closedAccept = await decide('n-decide', 'p-d3', { outcome: 'accepted', effortId: 'e-closed', start: today });
      assert.deepEqual([closedAccept.status, closedAccept.body['type']], [409, problemTypes.needClosed], 'a closed need takes no proposal in');
      await clientFor(jonas).needs.share(steady, { ...need('n-decide'), text: current.text, status: 'open' }, { basedOn: current.version });
    }
    const same = await Promise.all([1, 2].map(() => decide('n-decide', 'p-d3', { outcome: 'accepted', effortId: 'e-same', start: today })));
    assert.deepEqual(
      same.map((answer) => answer.status),
      [200, 200],
      'the same decision twice: one decides, the other is its retry',
    );
    const plan = Plan.parse((await serverSend('GET', `/courses/${steady}/plan`, jonas)).body);
    assert.equal(plan.efforts.filter((effort) => effort.id === 'e-same').length, 1);
  });
});

describe('proposing', () => {
  const propose = (needId: string, body: ProposalInput | Record<string, unknown>, as: string = peter, proposalId = String(body['id'])) =>
    serverSend('PUT', `/needs/${needId}/proposals/${proposalId}`, as, body);

  test('400 for another id or an offer not active in the catalogue; 404 for no need; 403 for one’s own team’s; 409 for a used id and a closed need', async () => {
    assert.deepEqual((await propose('n-h1', proposal('p-a'), peter, 'p-b')).body['errors'], [{ path: 'id', code: 'id_mismatch' }]);
    assert.equal((await propose('n-never', proposal('p-a'))).status, 404);
    const own = await propose('n-h1', proposal('p-a'));
    assert.deepEqual([own.status, own.body['detail']], [403, "This need is your own team's: add to the plan instead."]);
    const retired = await propose('n-s1', proposal('p-a', { offer: { id: retiredOffer.id, name: retiredOffer.name, kind: retiredOffer.kind } }));
    assert.deepEqual([retired.status, retired.body['errors']], [400, [{ path: 'offer.id', code: 'not_offered' }]]);
    const unknown = await propose('n-s1', proposal('p-a', { offer: { id: 'o-never', name: 'Intet', kind: 'other' } }));
    assert.deepEqual([unknown.status, unknown.body['errors']], [400, [{ path: 'offer.id', code: 'not_offered' }]]);
    assert.equal((await propose('n-s1', proposal('p-a'), jonas)).status, 403);
    assert.equal((await propose('n-s1', proposal('p-a'), amalie)).status, 403);
    assert.equal((await propose('n-s1', proposal('p-a'), seedUserIds.administrator)).status, 403);

    const added = await propose('n-h1', proposal('p-ali'), ali);
    assert.equal(added.status, 201);
    assert.equal((await propose('n-h1', proposal('p-ali'), ali)).status, 200, 'a retry');
    const otherContent = await propose('n-h1', proposal('p-ali', { how: 'Noget andet' }), ali);
    assert.deepEqual([otherContent.status, otherContent.body['type']], [409, problemTypes.entryIdTaken]);
    const someoneElse = await propose('n-h1', proposal('p-ali'), jonas);
    assert.deepEqual([someoneElse.status, someoneElse.body['type']], [409, problemTypes.entryIdTaken], "another's proposal id is taken for them");
    const closed = await propose('n-flow', proposal('p-late'));
    assert.deepEqual([closed.status, closed.body['type']], [409, problemTypes.needClosed]);
    assert.deepEqual(
      (await clientFor(ali).needs.listOpen()).needs.find((candidate) => candidate.id === 'n-h1')?.myProposals.map((mine) => mine.id),
      ['p-ali'],
    );
    assert.deepEqual((await clientFor(jonas).needs.listOpen()).needs.find((candidate) => candidate.id === 'n-h1')?.myProposals, [], 'only one’s own proposals');
  });
});

describe('the memory transport answers as the server does', () => {
  test('the same requests get the same statuses, problem types, field problems and bodies', async () => {
    // A fresh server database, so both start from the same seed.
    const parityDatabase = await createTestDatabase('server_needs_bank_parity');
    const parityServer = await startTestServer(parityDatabase);
    const memory = memorySend();
    const fromServer: Send = async (method, path, as, body, headers = {}) => {
      const response = await fetch(`${parityServer.url}/api/v1${path}`, {
        method,
        headers: { ...(await parityServer.headersFor(as)), ...(body === undefined ? {} : JSON_HEADERS), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, etag: response.headers.get('etag'), body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    };
    const steps: [string, string, string, unknown?, Record<string, string>?][] = [
      ['GET', `/courses/${steady}/needs`, jonas],
      ['GET', `/courses/${steady}/needs`, amalie],
      ['GET', '/needs', peter],
      ['GET', '/needs', jonas],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-p'), {}],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-q'), { 'If-None-Match': '*' }],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-p', { goalId: 'g-x' }), { 'If-None-Match': '*' }],
      ['PUT', `/courses/${steady}/needs/n-h1`, jonas, need('n-h1'), { 'If-None-Match': '*' }],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-p'), { 'If-None-Match': '*' }],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-p'), { 'If-None-Match': '*' }],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-p'), { 'If-Match': '"1"' }],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-p', { text: 'Nye ord' }), { 'If-Match': '"1"' }],
      ['PUT', `/courses/${steady}/needs/n-p`, jonas, need('n-p', { text: 'Nyere ord' }), { 'If-Match': '"1"' }],
      ['PUT', `/courses/${steady}/needs/n-none`, jonas, need('n-none'), { 'If-Match': '"1"' }],
      ['PUT', `/needs/n-p/proposals/p-1`, peter, proposal('p-1')],
      ['PUT', `/needs/n-p/proposals/p-1`, peter, proposal('p-1')],
      ['PUT', `/needs/n-p/proposals/p-1`, peter, proposal('p-1', { how: 'Anderledes' })],
      ['PUT', `/needs/n-p/proposals/p-2`, peter, proposal('p-1')],
      ['PUT', `/needs/n-p/proposals/p-2`, jonas, proposal('p-2')],
      ['PUT', `/needs/n-none/proposals/p-2`, peter, proposal('p-2')],
      ['PUT', `/needs/n-p/proposals/p-2`, peter, proposal('p-2', { offer: { id: retiredOffer.id, name: retiredOffer.name, kind: retiredOffer.kind } })],
      ['PUT', `/needs/n-p/proposals/p-2`, peter, proposal('p-2')],
      ['GET', '/needs', peter],
      ['PUT', `/courses/${steady}/needs/n-p/proposals/p-none/decision`, jonas, { outcome: 'declined', reason: 'Nej' }],
      ['PUT', `/courses/${steady}/needs/n-none/proposals/p-1/decision`, jonas, { outcome: 'declined', reason: 'Nej' }],
      ['PUT', `/courses/${steady}/needs/n-p/proposals/p-1/decision`, jonas, { outcome: 'accepted', effortId: 'e-s1', start: today }],
      ['PUT', `/courses/${steady}/needs/n-p/proposals/p-1/decision`, jonas, { outcome: 'declined', reason: 'Nej tak' }],
      ['PUT', `/courses/${steady}/needs/n-p/proposals/p-1/decision`, jonas, { outcome: 'declined', reason: 'Nej tak' }],
      ['PUT', `/courses/${steady}/needs/n-p/proposals/p-1/decision`, jonas, { outcome: 'accepted', effortId: 'e-p', start: today }],
      ['PUT', `/courses/${steady}/needs/n-p/proposals/p-2/decision`, jonas, { outcome: 'accepted', effortId: 'e-p', start: today }],
      ['PUT', `/courses/${steady}/needs/n-p/proposals/p-2/decision`, jonas, { outcome: 'accepted', effortId: 'e-p', start: today }],
      ['PUT', `/needs/n-p/proposals/p-3`, peter, proposal('p-3')],
      ['GET', `/courses/${steady}/needs`, amalie],
      ['GET', `/courses/${steady}/needs`, jonas],
      ['GET', '/needs', peter],
      ['GET', `/courses/${freja}/needs`, jonas],
      ['GET', '/needs', amalie],
    ];
    try {
      for (const [method, path, as, body, headers] of steps) {
        const [fromMemory, fromReal] = [await memory(method, path, as, body, headers), await fromServer(method, path, as, body, headers)];
        const what = `${method} ${path} as ${as}`;
        assert.equal(fromReal.status, fromMemory.status, what);
        assert.equal(fromReal.etag, fromMemory.etag, `${what}: ETag`);
        assert.deepEqual(comparable(fromReal.body), comparable(fromMemory.body), what);
      }
      const plan = Plan.parse((await fromServer('GET', `/courses/${steady}/plan`, jonas)).body);
      assert.equal(plan.efforts.find((effort) => effort.id === 'e-p')?.status, 'planned');
    } finally {
      await parityServer.close();
      await parityDatabase.dispose();
    }
  });
});

/** A body without what differs by design: instants stamped now, problem wording and the request id. */
function comparable(body: Record<string, unknown>): unknown {
  const isProblem = typeof body['status'] === 'number' && 'title' in body;
  const { title: _title, detail: _detail, requestId: _requestId, ...rest } = body;
  return JSON.parse(JSON.stringify(isProblem ? rest : body), (key, value: unknown) => (['at', 'sharedAt', 'changedAt'].includes(key) ? 'instant' : value));
}

describe('what the review found', () => {
  test("the proposer is not sent the team's reason for declining, and a closed need's words are not shown to a retry", async () => {
    await clientFor(jonas).needs.share(steady, need('n-reason'));
    await clientFor(peter).needs.propose('n-reason', proposal('p-reason'));
    await clientFor(jonas).needs.decide(steady, 'n-reason', 'p-reason', { outcome: 'declined', reason: 'Hun vil ikke møde en mand' });
    const bank = await clientFor(peter).needs.listOpen();
    const mine = bank.needs.find((candidate) => candidate.id === 'n-reason')!.myProposals[0]!;
    assert.equal(mine.status, 'declined');
    assert.equal(mine.decision?.reason, undefined);
    assert.doesNotMatch(JSON.stringify(bank), /vil ikke møde en mand/);
    const stored = (await clientFor(jonas).needs.listForCourse(steady)).needs.find((candidate) => candidate.id === 'n-reason')!;
    await clientFor(jonas).needs.share(steady, { ...need('n-reason'), status: 'closed' }, { basedOn: stored.version });
    const retry = await serverSend('PUT', '/needs/n-reason/proposals/p-reason', peter, proposal('p-reason'));
    assert.deepEqual([retry.status, retry.body['type']], [409, problemTypes.needClosed]);
    assert.doesNotMatch(JSON.stringify(retry.body), /fodbold/);
  });

  test('a need whose goal left the plan can still be closed; a new one needs a goal of the plan, a day not in the future, and words without a CPR number', async () => {
    const client = clientFor(jonas);
    const versioned = (await client.plan.get(steady))!;
    const goal = { id: 'g-leaving', kind: 'health' as const, text: 'Sove bedre', status: 'open' as const };
    const withGoal = await client.plan.update(
      steady,
      { ...toPlanUpdate(versioned.value), goals: [...toPlanUpdate(versioned.value).goals, goal] },
      { ifMatch: versioned.etag },
    );
    const shared = await client.needs.share(steady, need('n-leaving', { goalId: 'g-leaving' }));
    const without = toPlanUpdate(withGoal.value);
    await client.plan.update(steady, { ...without, goals: without.goals.filter((candidate) => candidate.id !== 'g-leaving') }, { ifMatch: withGoal.etag });
    const closed = await client.needs.share(steady, need('n-leaving', { goalId: 'g-leaving', status: 'closed' }), { basedOn: shared.version });
    assert.deepEqual([closed.status, closed.goalKind], ['closed', 'health']);

    const refused = await serverSend(
      'PUT',
      `/courses/${steady}/needs/n-bad`,
      jonas,
      need('n-bad', { agreedOn: addDays(today, 1), text: 'Mit CPR-nummer er 010203-1234' }),
      {
        'if-none-match': '*',
      },
    );
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body['errors'], [
      { path: 'agreedOn', code: 'in_future' },
      { path: 'text', code: 'cpr_number' },
    ]);
    assert.doesNotMatch(JSON.stringify(refused.body), /010203/);
  });

  test("a proposal's offer name, kind and unit are the catalogue's, whatever was sent", async () => {
    await clientFor(jonas).needs.share(steady, need('n-catalogue'));
    const sent = proposal('p-catalogue', { offer: { id: activeOffer.id, name: 'Gratis penge', kind: 'mentor' }, unit: { id: 'u-politi', name: 'Politiet' } });
    const answered = await clientFor(peter).needs.propose('n-catalogue', sent);
    const stored = answered.myProposals[0]!;
    assert.deepEqual(stored.offer, { id: activeOffer.id, name: activeOffer.name, kind: activeOffer.kind });
    assert.deepEqual(stored.unit, activeOffer.unit);
    // The same proposal sent again is its retry, not another one.
    assert.equal((await serverSend('PUT', '/needs/n-catalogue/proposals/p-catalogue', peter, sent)).status, 200);
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { operations } from '@ungeforlob/sdk';
import { createDevIssuer } from '@ungeforlob/server';
import { buildSeed, seedCourseIds, seedOffers, seedUserIds } from '@ungeforlob/sdk/seed';
import { JSON_HEADERS } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// Every route × every kind of caller, against the real server: who may, and who gets 401 or 403.
// The expectations are written out here, apart from the server's rules, so a rule changed by
// mistake in either place fails this test.

const course = seedCourseIds.steady; // Team Nord's
const seed = buildSeed();
const citizenOf = (courseId: string) => seed.courses.find((candidate) => candidate.id === courseId)!.citizen.id;

type Caller = 'anonymous' | 'forged' | 'stranger' | 'teamNord' | 'teamSyd' | 'youthOwn' | 'youthOther' | 'administrator' | 'offerAdministrator' | 'leader';
const callers: readonly Caller[] = [
  'anonymous',
  'forged',
  'stranger',
  'teamNord',
  'teamSyd',
  'youthOwn',
  'youthOther',
  'administrator',
  'offerAdministrator',
  'leader',
];

/** Y: allowed; N: 403. Signed-in callers only; anonymous and forged tokens are 401 on every route but the public one. */
type Row = readonly [
  teamNord: 'Y' | 'N',
  teamSyd: 'Y' | 'N',
  youthOwn: 'Y' | 'N',
  youthOther: 'Y' | 'N',
  administrator: 'Y' | 'N',
  offerAdministrator: 'Y' | 'N',
  leader: 'Y' | 'N',
];

interface Route {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  expected: Row | 'public';
}

const q = '/questionnaires/strategic-criteria';
const courseSubject = `${q}/subjects/course/${course}`;
const offerSubject = `${q}/subjects/offer/${seedOffers.jobMentor.id}`;
// Bodies are such that an allowed caller gets an answer about the request itself (200, 400, 412),
// never a change of the seeded data that later rows depend on.
const stale = { 'If-Match': '"0"' };

const routes: readonly Route[] = [
  { name: 'read contact', method: 'GET', path: `/courses/${course}/contact`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  {
    name: 'choose channel',
    method: 'PATCH',
    path: `/courses/${course}/contact`,
    headers: stale,
    body: { preferredChannel: 'sms' },
    expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'],
  },
  { name: 'read plan', method: 'GET', path: `/courses/${course}/plan`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  { name: 'read plan (HEAD)', method: 'HEAD', path: `/courses/${course}/plan`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  // Refused like another team's course, so nobody learns which ids exist.
  { name: 'read a course that is not', method: 'GET', path: '/courses/c-neverwas/plan', expected: ['N', 'N', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'edit plan', method: 'PUT', path: `/courses/${course}/plan`, headers: stale, body: {}, expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'] },
  {
    name: 'write own comment',
    method: 'PUT',
    path: `/courses/${course}/plan/comment`,
    headers: stale,
    body: { text: 'Hej' },
    expected: ['N', 'N', 'Y', 'N', 'N', 'N', 'N'],
  },
  { name: 'list questionnaires', method: 'GET', path: '/questionnaires', expected: ['Y', 'Y', 'N', 'N', 'Y', 'Y', 'Y'] },
  { name: 'add questionnaire version', method: 'POST', path: '/questionnaires', body: {}, expected: ['N', 'N', 'N', 'N', 'Y', 'N', 'N'] },
  { name: 'read questionnaire', method: 'GET', path: q, expected: ['Y', 'Y', 'N', 'N', 'Y', 'Y', 'Y'] },
  { name: 'read questionnaire version', method: 'GET', path: `${q}/versions/1`, expected: ['Y', 'Y', 'N', 'N', 'Y', 'Y', 'Y'] },
  { name: 'offers × criteria roll-up', method: 'GET', path: `${q}/rollup`, expected: ['Y', 'Y', 'N', 'N', 'Y', 'Y', 'Y'] },
  // Aggregates of young people's data with small numbers suppressed: leaders and administrators
  // only; a professional knows their own courses and could take them out of it.
  { name: 'criteria overview', method: 'GET', path: `${q}/overview/2026`, expected: ['N', 'N', 'N', 'N', 'Y', 'N', 'Y'] },
  { name: 'read course draft', method: 'GET', path: `${courseSubject}/draft`, expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'save course draft', method: 'PUT', path: `${courseSubject}/draft`, headers: stale, body: {}, expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'list course rounds', method: 'GET', path: `${courseSubject}/responses`, expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'submit course round', method: 'POST', path: `${courseSubject}/responses`, body: {}, expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'read offer draft', method: 'GET', path: `${offerSubject}/draft`, expected: ['Y', 'Y', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'list offer rounds', method: 'GET', path: `${offerSubject}/responses`, expected: ['Y', 'Y', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'save offer draft', method: 'PUT', path: `${offerSubject}/draft`, headers: stale, body: {}, expected: ['Y', 'Y', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'submit offer round', method: 'POST', path: `${offerSubject}/responses`, body: {}, expected: ['Y', 'Y', 'N', 'N', 'N', 'N', 'N'] },
  { name: 'read scales', method: 'GET', path: '/progression/scales', expected: ['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'] },
  { name: 'read progression', method: 'GET', path: `/courses/${course}/progression`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  {
    name: 'add reading',
    method: 'PUT',
    path: `/courses/${course}/progression/readings/${randomUUID()}`,
    body: {},
    expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'],
  },
  {
    name: 'add annotation',
    method: 'PUT',
    path: `/courses/${course}/progression/annotations/${randomUUID()}`,
    body: {},
    expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'],
  },
  // The catalogue holds no one's data: everyone signed in reads it (a young person its plain words).
  { name: 'list offers', method: 'GET', path: '/offers', expected: ['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'] },
  { name: 'read offer', method: 'GET', path: `/offers/${seedOffers.club.id}`, expected: ['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'] },
  // Only an offer administrator keeps the catalogue; the stale If-Match makes an allowed call a 412 that changes nothing.
  {
    name: 'save offer',
    method: 'PUT',
    path: `/offers/${seedOffers.club.id}`,
    headers: stale,
    body: seed.offers.map(({ changedAt: _changedAt, ...offer }) => offer).find((offer) => offer.id === seedOffers.club.id),
    expected: ['N', 'N', 'N', 'N', 'N', 'Y', 'N'],
  },
  // The needs bank: a course's needs are its team's (the young person reads their own); the bank is
  // for professionals of other teams. Bodies make an allowed call a 400/404/412 that changes nothing.
  { name: 'read course needs', method: 'GET', path: `/courses/${course}/needs`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  { name: 'share need', method: 'PUT', path: `/courses/${course}/needs/n-s1`, headers: stale, body: {}, expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'] },
  {
    name: 'decide on a proposal',
    method: 'PUT',
    path: `/courses/${course}/needs/n-s1/proposals/p-s1a/decision`,
    body: {},
    expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'],
  },
  { name: 'read the needs bank', method: 'GET', path: '/needs', expected: ['Y', 'Y', 'N', 'N', 'N', 'N', 'N'] },
  // Team Syd's need: Team Nord may propose (a retired offer makes it a 400), Team Syd is refused its own team's with 403.
  {
    name: 'propose for a need',
    method: 'PUT',
    path: '/needs/n-h1/proposals/p-authz',
    body: {
      id: 'p-authz',
      offer: (({ id, name, kind }) => ({ id, name, kind }))(seed.offers.find((offer) => offer.status === 'retired')!),
      unit: { id: 'u-authz', name: 'Ungeindsatsen' },
      person: 'Karin',
      how: 'Sammen',
      when: 'Snart',
    },
    expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'],
  },
  // The contact log: the course's team reads and writes it, the young person reads their own (without
  // staff-only notes). Empty bodies make an allowed write a 400 that changes nothing.
  { name: 'read contact log', method: 'GET', path: `/courses/${course}/contact-log`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  {
    name: 'log a contact',
    method: 'PUT',
    path: `/courses/${course}/contact-log/entries/k-authz`,
    body: {},
    expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'],
  },
  {
    name: 'agree contact rhythm',
    method: 'PUT',
    path: `/courses/${course}/contact-log/rhythm`,
    headers: stale,
    body: {},
    expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'],
  },
  // Network meetings: the course's team reads and writes them, the young person reads their own (their own
  // points, and the minutes shared with them). An empty body makes an allowed write a 400 that changes nothing.
  { name: 'read meetings', method: 'GET', path: `/courses/${course}/meetings`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  {
    name: 'save a meeting',
    method: 'PUT',
    path: `/courses/${course}/meetings/m-authz`,
    headers: stale,
    body: {},
    expected: ['Y', 'N', 'N', 'N', 'N', 'N', 'N'],
  },
  // The course as FHIR: who may read the plan may read it (the young person their own, as the API shows it to them).
  { name: 'export course as FHIR', method: 'GET', path: `/courses/${course}/fhir`, expected: ['Y', 'N', 'Y', 'N', 'N', 'N', 'N'] },
  { name: 'who am I', method: 'GET', path: '/me', expected: ['Y', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'] },
  { name: 'export audit log', method: 'GET', path: `/courses/${course}/audit`, expected: ['N', 'N', 'N', 'N', 'Y', 'N', 'N'] },
  { name: 'contract', method: 'GET', path: '/openapi.json', expected: 'public' },
];

const signedInCallers = ['teamNord', 'teamSyd', 'youthOwn', 'youthOther', 'administrator', 'offerAdministrator', 'leader'] as const;

function expectedStatus(route: Route, caller: Caller): 'allowed' | 401 | 403 {
  if (route.expected === 'public') return 'allowed';
  if (caller === 'anonymous' || caller === 'forged') return 401;
  if (caller === 'stranger') return 403;
  return route.expected[signedInCallers.indexOf(caller)] === 'Y' ? 'allowed' : 403;
}

let database: TestDatabase;
let server: TestServer;
let authorization: Record<Caller, string | null>;

before(async () => {
  database = await createTestDatabase('authz_matrix');
  server = await startTestServer(database);
  const bearer = async (subject: string) => `Bearer ${await server.signDevToken!(subject)}`;
  const otherIssuer = await createDevIssuer(false);
  authorization = {
    anonymous: null,
    // Same issuer name, audience and subject, another key: as if someone minted their own.
    forged: `Bearer ${await otherIssuer.sign(seedUserIds.teamNord)}`,
    stranger: await bearer('nobody-here'),
    teamNord: await bearer(seedUserIds.teamNord),
    teamSyd: await bearer(seedUserIds.teamSyd),
    youthOwn: await bearer(citizenOf(course)),
    youthOther: await bearer(citizenOf(seedCourseIds.manyHandovers)),
    administrator: await bearer(seedUserIds.administrator),
    offerAdministrator: await bearer(seedUserIds.offerAdministrator),
    leader: await bearer(seedUserIds.leader),
  };
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

async function send(route: Route, caller: Caller): Promise<Response> {
  const headers: Record<string, string> = { ...(route.body === undefined ? {} : JSON_HEADERS), ...route.headers };
  const token = authorization[caller];
  if (token) headers['Authorization'] = token;
  return fetch(`${server.url}/api/v1${route.path}`, {
    method: route.method,
    headers,
    ...(route.body === undefined ? {} : { body: JSON.stringify(route.body) }),
  });
}

async function auditRowsOf(requestId: string | null): Promise<number> {
  const rows = await server.database.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE request_id = $1', [requestId ?? '']);
  return rows[0]!.n;
}

describe('route × role matrix', () => {
  test("every operation of the contract has a row: a new resource's routes cannot go unchecked", () => {
    const unlisted = Object.entries(operations)
      .filter(([, operation]) => {
        const pattern = new RegExp(`^${operation.route.template.replace(/\{\w+\}/g, '[^/]+')}$`);
        return !routes.some((route) => route.method === operation.method && pattern.test(route.path));
      })
      .map(([id]) => id);
    assert.deepEqual(unlisted, [], 'operations with no row in the matrix');
  });

  test('every caller gets exactly what the matrix says on every route; refusals read and write nothing', async () => {
    const mismatches: string[] = [];
    const table: string[] = [];
    let held = 0;
    for (const route of routes) {
      const cells: string[] = [];
      for (const caller of callers) {
        const response = await send(route, caller);
        const expected = expectedStatus(route, caller);
        const status = response.status;
        const body = await response.text();
        const ok =
          expected === 'allowed'
            ? status !== 401 && status !== 403 && status < 500
            : status === expected &&
              (response.headers.get('content-type') ?? '').startsWith('application/problem+json') &&
              (await auditRowsOf(response.headers.get('x-request-id'))) === 0;
        if (expected === 401 && ok) assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer realm="ungeforlob"/, `${route.name} as ${caller}`);
        if (ok) held += 1;
        else mismatches.push(`${route.method} ${route.path} as ${caller}: expected ${expected}, got ${status} ${body.slice(0, 120)}`);
        cells.push(String(status));
      }
      table.push(`${route.name.padEnd(28)} ${cells.map((cell) => cell.padStart(4)).join(' ')}`);
    }
    const total = routes.length * callers.length;
    console.log(`authz matrix (status per caller: ${callers.join(', ')}):\n${table.join('\n')}`);
    console.log(`authz matrix: ${routes.length} routes × ${callers.length} callers = ${total} requests, ${held} as expected`);
    assert.deepEqual(mismatches, []);
    assert.equal(held, total);
  });
});

describe('access as assigned now', () => {
  test('a course moved to another team is refused to the old team and open to the new one from the next request on', async () => {
    const moved = seedCourseIds.aftercare; // Team Nord's
    const read = (caller: Caller) => send({ name: 'read plan', method: 'GET', path: `/courses/${moved}/plan`, expected: 'public' }, caller);
    const statuses = async () => [(await read('teamNord')).status, (await read('teamSyd')).status];
    assert.deepEqual(await statuses(), [200, 403]);
    await server.database.query("UPDATE course_teams SET team_id = 't-syd' WHERE course_id = $1", [moved]);
    try {
      assert.deepEqual(await statuses(), [403, 200]);
    } finally {
      await server.database.query("UPDATE course_teams SET team_id = 't-nord' WHERE course_id = $1", [moved]);
    }
    assert.deepEqual(await statuses(), [200, 403]);
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { MAX_STORED_INT, ProgressionReading } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { Hono } from 'hono';
import { handleErrors } from '../../packages/server/src/http/error-handler.js';
import type { AppEnv } from '../../packages/server/src/http/app-env.js';
import { apiFetch, JSON_HEADERS, problemOf } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// Issue #14: input the contract's document allows, or that looks valid, never gets a 500. A
// fuzzer found integers past what storage holds and text PostgreSQL cannot keep (NUL, lone
// surrogates) on every write route; each is now a 400 that names the field.

const course = seedCourseIds.steady;
const seed = buildSeed();
const youth = seed.courses.find((candidate) => candidate.id === course)!.citizen.id;
const q = '/questionnaires/strategic-criteria';
const courseSubject = `${q}/subjects/course/${course}`;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase('unstorable_input');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

/** Sends `body` as JSON with every precondition header a write route may ask for first. */
function send(method: string, path: string, body: unknown, as: string = seedUserIds.teamNord): Promise<Response> {
  return apiFetch(`${server.url}/api/v1${path}`, {
    as,
    method,
    headers: { ...JSON_HEADERS, 'If-Match': '"1"', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
}

const writeRoutes: readonly { name: string; method: string; path: () => string; as?: string }[] = [
  { name: 'edit plan', method: 'PUT', path: () => `/courses/${course}/plan` },
  { name: 'own comment', method: 'PUT', path: () => `/courses/${course}/plan/comment`, as: youth },
  { name: 'choose channel', method: 'PATCH', path: () => `/courses/${course}/contact` },
  { name: 'save draft', method: 'PUT', path: () => `${courseSubject}/draft` },
  { name: 'submit round', method: 'POST', path: () => `${courseSubject}/responses` },
  { name: 'add questionnaire version', method: 'POST', path: () => '/questionnaires', as: seedUserIds.administrator },
  { name: 'add reading', method: 'PUT', path: () => `/courses/${course}/progression/readings/${randomUUID()}` },
  { name: 'add annotation', method: 'PUT', path: () => `/courses/${course}/progression/annotations/${randomUUID()}` },
];

describe('text that cannot be stored as sent', () => {
  for (const [label, bad] of [
    ['NUL', 'før\u0000efter'],
    ['a lone high surrogate', 'før\ud800'],
    ['a lone low surrogate', '\udc00efter'],
  ] as const) {
    test(`${label} in a value or a key is a 400 naming the field, on every write route`, async () => {
      for (const route of writeRoutes) {
        for (const [body, path] of [
          [{ note: { text: bad } }, 'note.text'],
          [{ items: [{ ok: 'fint', [bad]: 1 }] }, `items[0].${bad}`],
        ] as const) {
          const response = await send(route.method, route.path(), body, route.as);
          assert.equal(response.status, 400, `${route.name}: ${response.status}`);
          const problem = await problemOf(response);
          assert.deepEqual(problem['errors'], [{ path, code: 'invalid_text' }], route.name);
        }
      }
    });
  }

  test('a reading with odd but whole characters is kept as sent, and the identical retry is 200', async () => {
    const note = 'Ærø 👩🏽‍🎓 e\u0301 \u200d עברית \t ok';
    const path = `/courses/${course}/progression/readings/${randomUUID()}`;
    const body = { scaleId: 'self-belief', value: 4, date: today, ratedBy: 'professional', note };
    const first = await send('PUT', path, body);
    assert.equal(first.status, 201);
    assert.equal(ProgressionReading.parse(await first.json()).note, note);
    const again = await send('PUT', path, body);
    assert.equal(again.status, 200);
    assert.equal(ProgressionReading.parse(await again.json()).note, note);
  });
});

describe('whole numbers past what storage holds', () => {
  test('a definition version above 2^31 − 1 is a 400 naming it, on every route that takes one', async () => {
    const tooBig = MAX_STORED_INT + 1;
    const draft = await apiFetch(`${server.url}/api/v1${courseSubject}/draft`, {
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'If-None-Match': '*' },
      body: JSON.stringify({ definitionVersion: tooBig, answers: {} }),
    });
    assert.equal(draft.status, 400);
    assert.deepEqual(
      ((await problemOf(draft))['errors'] as { path: string }[]).map((error) => error.path),
      ['definitionVersion'],
    );
    const round = await send('POST', `${courseSubject}/responses`, { definitionVersion: tooBig, answers: {} });
    assert.equal(round.status, 400);
    assert.ok(((await problemOf(round))['errors'] as { path: string }[]).some((error) => error.path === 'definitionVersion'));
    const definition = await send('POST', '/questionnaires', { ...seed.questionnaires.definitions[0], version: tooBig }, seedUserIds.administrator);
    assert.equal(definition.status, 400);
    assert.ok(((await problemOf(definition))['errors'] as { path: string }[]).some((error) => error.path === 'version'));
  });

  test('the path’s version: up to 2^31 − 1 is a version that may not exist (404), past it a 400', async () => {
    const read = (version: string) => apiFetch(`${server.url}/api/v1${q}/versions/${version}`);
    const largest = await read(String(MAX_STORED_INT));
    assert.equal(largest.status, 404);
    await largest.body?.cancel();
    const past = await read(String(MAX_STORED_INT + 1));
    assert.equal(past.status, 400);
    await past.body?.cancel();
  });
});

describe('what the HTTP parser refuses', () => {
  test('headers past 16 KiB get a 431 problem, not a bare status line', async () => {
    const url = new URL(`${server.url}/api/v1/me`);
    const { status, type, body } = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
      const outgoing = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers: { 'X-Padding': 'a'.repeat(20_000) } }, (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'] ?? '', body: text }));
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
    assert.equal(status, 431);
    assert.equal(type, 'application/problem+json');
    const problem = JSON.parse(body) as Record<string, unknown>;
    assert.equal(problem['status'], 431);
    assert.match(String(problem['requestId']), /^[0-9a-f-]{36}$/);
  });
});

describe('the last resort', () => {
  test('a database data exception is the sender’s value: 400, logged as a failure; any other error stays a bare 500', async () => {
    const logged: string[] = [];
    const app = new Hono<AppEnv>();
    app.onError(handleErrors({ info() {}, error: (line) => logged.push(line) }));
    app.use(async (c, next) => {
      c.set('requestId', 'r-1');
      await next();
    });
    app.get('/numeric', () => {
      throw Object.assign(new Error('value "2147483648" is out of range for type integer'), { code: '22003' });
    });
    app.get('/other', () => {
      throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
    });
    const numeric = await app.request('/numeric');
    assert.equal(numeric.status, 400);
    const problem = (await numeric.json()) as Record<string, unknown>;
    assert.ok(!JSON.stringify(problem).includes('2147483648'), 'the value is not echoed');
    assert.match(logged[0] ?? '', /code=22003/);
    assert.equal((await app.request('/other')).status, 500);
  });
});

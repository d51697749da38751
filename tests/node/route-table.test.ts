import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { API_BASE_PATH, operations } from '@ungeforlob/sdk';
import { buildSeed, seedUserIds } from '@ungeforlob/sdk/seed';
import { createApp, createDevIssuer } from '@ungeforlob/server';
import { apiFetch, JSON_HEADERS } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// The SDK's table of operations is the contract; the server must serve each of them, and nothing
// else under the API base, so the client, the OpenAPI document and the server cannot drift apart.

const seed = buildSeed();
const courseId =
  seed.teams.find((team) => team.members.some((member) => member.id === seedUserIds.teamNord))?.courseIds[0] ?? assert.fail('no course of Team Nord');
/** A value for each path parameter that names something seeded, so a 404 can only mean the route is missing. */
const parameters: Record<string, string> = {
  courseId,
  definitionId: 'strategic-criteria',
  version: '1',
  subjectKind: 'course',
  subjectId: courseId,
  readingId: 'r-route-table',
  annotationId: 'a-route-table',
  period: 'all',
};
// Any other parameter (a new resource's client-made entry id) gets an opaque id of its own; a
// resource whose parameter must name something seeded adds it above.
const pathOf = (template: string) => template.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(parameters[name] ?? `${name}-route-table`));

let database: TestDatabase;
let server: TestServer;

before(async () => {
  database = await createTestDatabase('route_table');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

const send = (method: string, path: string) =>
  apiFetch(`${server.url}${API_BASE_PATH}${path}`, { method, ...(method === 'GET' || method === 'HEAD' ? {} : { headers: JSON_HEADERS, body: '{}' }) });

describe('the server serves the contract’s table of operations', () => {
  test('a path the contract does not have is the not-found problem', async () => {
    const response = await send('GET', `/courses/${courseId}/no-such-resource`);
    assert.equal(response.status, 404);
    const problem = (await response.json()) as { title: string; detail: string };
    assert.deepEqual([problem.title, problem.detail], ['Not Found', 'No resource at this path.']);
  });

  test('every operation is routed: answered by its handlers, not as an unknown path or another method', async () => {
    for (const [id, operation] of Object.entries(operations)) {
      const response = await send(operation.method, pathOf(operation.route.template));
      const text = await response.text();
      assert.notEqual(response.status, 405, `${id}: ${text}`);
      assert.ok(response.status !== 404 || !text.includes('No resource at this path.'), `${id} is not served: ${text}`);
    }
  });

  test('the routes registered under the API base are exactly the table’s methods and paths', async () => {
    const issuer = await createDevIssuer(false);
    const app = createApp({ database: server.database, verifyToken: issuer.verify });
    const registered = new Set(
      app.routes
        // ALL is middleware and the 405 answer for the methods a path does not serve.
        .filter((route) => route.path.startsWith(`${API_BASE_PATH}/`) && route.method !== 'ALL' && route.path !== `${API_BASE_PATH}/openapi.json`)
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const table = new Set(Object.values(operations).map((operation) => `${operation.method} ${API_BASE_PATH}${operation.route.template}`));
    assert.deepEqual([...registered].sort(), [...table].sort());
  });

  test('another method of a path is a 405 whose Allow names the table’s methods for it (and HEAD with GET)', async () => {
    const templates = new Set(Object.values(operations).map((operation) => operation.route.template));
    for (const template of templates) {
      const methods = Object.values(operations)
        .filter((operation) => operation.route.template === template)
        .map((operation) => operation.method);
      const response = await send('DELETE', pathOf(template));
      await response.body?.cancel();
      assert.equal(response.status, 405, template);
      const allowed = (response.headers.get('allow') ?? '').split(', ').sort();
      assert.deepEqual(allowed, [...methods, ...(methods.includes('GET') ? ['HEAD'] : [])].sort(), template);
    }
  });
});

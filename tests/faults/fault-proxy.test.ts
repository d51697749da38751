import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { FaultProxy, LANE_HEADER, corruptTypes } from './fault-proxy.js';

// The proxy itself, against a stand-in upstream that echoes what it got: what passes through
// unchanged, and what each fault does to an answer. The browser suite relies on both.

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('the fault proxy', () => {
  let upstream: Server;
  let proxy: FaultProxy;
  const seen: Seen[] = [];

  before(async () => {
    upstream = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
        response
          .writeHead(200, { 'content-type': 'application/json', etag: '"v7"' })
          .end(JSON.stringify({ id: 'c-1', version: 7, name: 'Jonas', tags: ['a'], away: false }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    proxy = await FaultProxy.start(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
  });
  after(async () => {
    await proxy.close();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  it('forwards method, path, query, body and the Authorization header unchanged, and drops only its lane header', async () => {
    seen.length = 0;
    const response = await fetch(`${proxy.url}/api/v1/courses/c-1/plan?x=1`, {
      method: 'PUT',
      headers: { authorization: 'Bearer abc.def.ghi', 'if-match': '"v6"', 'content-type': 'application/json', [LANE_HEADER]: 'a' },
      body: '{"text":"hej"}',
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('etag'), '"v7"');
    const [request] = seen;
    assert.equal(request?.method, 'PUT');
    assert.equal(request?.url, '/api/v1/courses/c-1/plan?x=1');
    assert.equal(request?.headers.authorization, 'Bearer abc.def.ghi');
    assert.equal(request?.headers['if-match'], '"v6"');
    assert.equal(request?.body, '{"text":"hej"}');
    assert.equal(request?.headers[LANE_HEADER], undefined);
  });

  it('breaks only requests of the rule’s method, route template and lane, and only `times` of them', async () => {
    const rule = proxy.inject({ method: 'GET', route: '/courses/{courseId}/plan', fault: { kind: 'status', status: 503 }, times: 2, lane: 'a' });
    try {
      const get = (path: string, lane?: string) =>
        fetch(`${proxy.url}/api/v1${path}`, { headers: lane ? { [LANE_HEADER]: lane } : {} }).then((response) => response.status);
      assert.equal(await get('/courses/c-1/plan/comment', 'a'), 200, 'another route');
      assert.equal(await get('/courses/c-1/plan', 'b'), 200, 'another lane');
      assert.equal(await get('/courses/c-1/plan'), 200, 'no lane');
      assert.equal(await get('/courses/c-1/plan', 'a'), 503);
      assert.equal(await get('/courses/c-2/plan', 'a'), 503);
      assert.equal(await get('/courses/c-1/plan', 'a'), 200, 'after `times`');
      assert.equal(rule.hits, 2);
      assert.equal(rule.forwarded, 0);
    } finally {
      proxy.clear();
    }
  });

  it('answers a status fault with a problem like the real server’s, without forwarding', async () => {
    seen.length = 0;
    proxy.inject({ method: 'PATCH', route: '/courses/{courseId}/contact', fault: { kind: 'status', status: 412 } });
    try {
      const response = await fetch(`${proxy.url}/api/v1/courses/c-1/contact`, { method: 'PATCH', body: '{}' });
      assert.equal(response.status, 412);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      const problem = (await response.json()) as Record<string, unknown>;
      assert.equal(problem['type'], 'urn:ungeforlob:problem:edit-conflict');
      assert.equal(problem['status'], 412);
      assert.deepEqual(seen, [], 'the server never saw it');
    } finally {
      proxy.clear();
    }
  });

  it('breaks the real answer’s body after forwarding: half of it, other types, or a huge one', async () => {
    const read = async (fault: Parameters<FaultProxy['inject']>[0]['fault']) => {
      proxy.inject({ method: 'GET', route: '/courses/{courseId}/contact', fault });
      try {
        const response = await fetch(`${proxy.url}/api/v1/courses/c-1/contact`);
        return { etag: response.headers.get('etag'), text: await response.text() };
      } finally {
        proxy.clear();
      }
    };
    const malformed = await read({ kind: 'malformedJson' });
    assert.equal(malformed.etag, '"v7"', 'the real headers');
    assert.throws(() => JSON.parse(malformed.text) as unknown);
    assert.deepEqual(JSON.parse((await read({ kind: 'wrongTypes' })).text), { id: 42, version: '7', name: 42, tags: { length: 1 }, away: 'false' });
    const huge = await read({ kind: 'hugeBody', bytes: 3_000_000 });
    assert.equal((JSON.parse(huge.text) as { padding: string }).padding.length, 3_000_000);
  });

  it('cuts the connection before answering, or half-way through the answer', async () => {
    for (const kind of ['cut', 'cutMidAnswer'] as const) {
      proxy.inject({ method: 'GET', route: '/courses/{courseId}/contact', fault: { kind } });
      try {
        await assert.rejects(
          fetch(`${proxy.url}/api/v1/courses/c-1/contact`).then((response) => response.text()),
          TypeError,
          kind,
        );
      } finally {
        proxy.clear();
      }
    }
  });

  it('holds a delayed request, and drops it when the client gives up first', async () => {
    seen.length = 0;
    const rule = proxy.inject({ method: 'GET', route: '/courses/{courseId}/contact', fault: { kind: 'delay', ms: 2_000 } });
    try {
      await assert.rejects(fetch(`${proxy.url}/api/v1/courses/c-1/contact`, { signal: AbortSignal.timeout(200) }));
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(rule.hits, 1);
      assert.equal(rule.forwarded, 0);
      assert.deepEqual(seen, [], 'the server never saw it');
    } finally {
      proxy.clear();
    }
  });

  it('turns every top-level field into another type, and a list into an object', () => {
    assert.deepEqual(JSON.parse(corruptTypes('[{"id":"a"}]')), { items: [{ id: 'a' }] });
    assert.deepEqual(JSON.parse(corruptTypes('{"a":null,"b":{"c":1}}')), { a: 0, b: [{ c: 1 }] });
    assert.deepEqual(JSON.parse(corruptTypes('')), { unexpected: true });
  });
});

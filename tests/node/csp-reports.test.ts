import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import type { AppEnv } from '../../packages/server/src/http/app-env.js';
import { answerNotFound, handleErrors } from '../../packages/server/src/http/error-handler.js';
import { assignRequestId } from '../../packages/server/src/http/request-id.js';
import { CSP_REPORT_PATH, cspReportRoute } from '../../packages/server/src/routes/csp-report-route.js';

// The demo page's policy names a report address; the server logs each violation a browser reports
// there (the cross-browser end-to-end test reads these lines), with nothing personal in them.

function reportApp(now: () => number = Date.now) {
  const errors: string[] = [];
  const logger = { info() {}, error: (line: string) => void errors.push(line) };
  const app = new Hono<AppEnv>();
  app.onError(handleErrors({ info() {}, error() {} }));
  app.notFound(answerNotFound);
  app.use(assignRequestId());
  app.route('/', cspReportRoute(logger, now));
  const post = (body: string, type = 'application/csp-report') => app.request(CSP_REPORT_PATH, { method: 'POST', headers: { 'content-type': type }, body });
  return { errors, post };
}

describe('CSP violation reports', () => {
  test("report-uri's report is logged as a failure: directive, blocked origin, the page's path without its query", async () => {
    const { errors, post } = reportApp();
    const report = {
      'csp-report': {
        'document-uri': 'https://intra.fjordby.example/?course=c-4f2a91&cpr=0102031234',
        'effective-directive': 'script-src-elem',
        'violated-directive': "script-src 'self'",
        'blocked-uri': 'https://cdn.example/track.js?user=Freja%20Holm',
      },
    };
    const response = await post(JSON.stringify(report));
    assert.equal(response.status, 204);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^csp-violation directive=script-src-elem blocked=https:\/\/cdn\.example page=\/ requestId=\S+$/);
    assert.doesNotMatch(errors[0]!, /c-4f2a91|0102031234|Freja|track\.js/);
  });

  test("the Reporting API's list: each csp-violation logged, other report types left out; inline code named by keyword", async () => {
    const { errors, post } = reportApp();
    const reports = [
      { type: 'csp-violation', body: { documentURL: 'http://localhost/', effectiveDirective: 'style-src-attr', blockedURL: 'inline' } },
      { type: 'deprecation', body: { id: 'x' } },
    ];
    const response = await post(JSON.stringify(reports), 'application/reports+json');
    assert.equal(response.status, 204);
    assert.deepEqual(
      errors.map((line) => line.replace(/ requestId=\S+$/, '')),
      ['csp-violation directive=style-src-attr blocked=inline page=/'],
    );
  });

  test('what a sender could shape is not logged: another page path is "other", a URL of another scheme is its origin', async () => {
    const { errors, post } = reportApp();
    const forged = [
      {
        type: 'csp-violation',
        body: {
          documentURL: 'x:foo requestId=forged directive=script-src',
          effectiveDirective: 'script-src',
          blockedURL: 'data:text/html,Freja Holm 0102031234',
        },
      },
      {
        type: 'csp-violation',
        body: { documentURL: 'http://localhost/elsewhere?course=c-4f2a91', effectiveDirective: 'img-src; requestId=x', blockedURL: 'not a url at all' },
      },
    ];
    assert.equal((await post(JSON.stringify(forged), 'application/reports+json')).status, 204);
    assert.deepEqual(
      errors.map((line) => line.replace(/ requestId=\S+$/, '')),
      ['csp-violation directive=script-src blocked=null page=other', 'csp-violation directive=img-src blocked=unknown page=other'],
    );
  });

  test('a flood is bounded: 10 reports a request, 60 lines a minute, and one line saying how many were left out', async () => {
    let clock = 0;
    const { errors, post } = reportApp(() => clock);
    const many = Array.from({ length: 100 }, () => ({
      type: 'csp-violation',
      body: { documentURL: 'http://localhost/', effectiveDirective: 'img-src', blockedURL: 'https://x.example/a.png' },
    }));
    assert.equal((await post(JSON.stringify(many), 'application/reports+json')).status, 204);
    assert.equal(errors.length, 10, 'ten of one request');
    for (let request = 0; request < 10; request += 1) await post(JSON.stringify(many), 'application/reports+json');
    assert.equal(errors.length, 60, 'sixty in the minute');
    clock = 60_000;
    await post(JSON.stringify(many.slice(0, 1)), 'application/reports+json');
    assert.deepEqual(
      errors.slice(60).map((line) => line.replace(/ requestId=\S+$/, '')),
      ['csp-violation reports over 60 a minute: 50 not logged', 'csp-violation directive=img-src blocked=https://x.example page=/'],
    );
  });

  test('anything else is refused with a problem and logged as nothing', async () => {
    const { errors, post } = reportApp();
    assert.equal((await post('not json')).status, 400);
    assert.equal((await post(JSON.stringify({ hello: 'world' }))).status, 400);
    assert.equal((await post(JSON.stringify({ 'csp-report': {} }), 'text/plain')).status, 415);
    assert.equal((await post(JSON.stringify({ 'csp-report': { 'blocked-uri': 'x'.repeat(20_000) } }))).status, 413);
    assert.deepEqual(errors, []);
  });
});

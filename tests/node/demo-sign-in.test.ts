import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import type { AppEnv } from '../../packages/server/src/http/app-env.js';
import { answerNotFound, handleErrors } from '../../packages/server/src/http/error-handler.js';
import { demoRoutes, type DemoSignIn } from '../../packages/server/src/routes/demo-routes.js';

// The demo page asks the server how to sign in (portal-sign-in.js); signed in at an identity
// provider, the page's policy lets its scripts reach that provider and nothing else.

function demoApp(signIn?: DemoSignIn): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleErrors({ info() {}, error() {} }));
  app.notFound(answerNotFound);
  app.route(
    '/',
    demoRoutes({ publicDir: 'packages/server/public', bundlePath: '/nonexistent/ungeforlob.min.js', frameAncestors: "'self'", ...(signIn && { signIn }) }),
  );
  return app;
}

const connectSources = async (app: Hono<AppEnv>) => /connect-src ([^;]+)/.exec((await app.request('/')).headers.get('content-security-policy') ?? '')?.[1];

describe('how the demo page signs in', () => {
  test('with the development issuer: says so, and the page may call only its own server', async () => {
    const app = demoApp({ mode: 'development' });
    const response = await app.request('/demo/sign-in.json');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.deepEqual(await response.json(), { mode: 'development' });
    assert.equal(await connectSources(app), "'self'");
  });

  test("at an identity provider: its issuer, the page's client and scope; the policy adds the provider's origin only", async () => {
    const signIn: DemoSignIn = { mode: 'oidc', issuer: 'https://login.fjordby.example/realms/ung', clientId: 'ungeforlob-demo', scope: 'openid ungeforlob' };
    const app = demoApp(signIn);
    assert.deepEqual(await (await app.request('/demo/sign-in.json')).json(), signIn);
    assert.equal(await connectSources(app), "'self' https://login.fjordby.example");
  });

  test('a provider but no client for the page: it cannot sign in, and says so', async () => {
    const app = demoApp();
    assert.deepEqual(await (await app.request('/demo/sign-in.json')).json(), { mode: 'none' });
    assert.equal(await connectSources(app), "'self'");
  });

  test('serves the sign-in module the page imports, as JavaScript', async () => {
    const response = await demoApp().request('/demo/portal-sign-in.js');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(await response.text(), /export async function startSignIn/);
  });
});

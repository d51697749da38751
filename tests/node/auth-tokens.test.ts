import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createClient, Me, type Contact } from '@ungeforlob/sdk';
import { seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import {
  createApp,
  createOidcVerifier,
  createTokenVerifier,
  DevIssuerInProductionError,
  DevIssuerNotChosenError,
  KeysUnavailableError,
  startServer,
} from '@ungeforlob/server';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet } from 'jose';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// Sign-in against an identity provider the test runs itself: a JWKS endpoint and its own keys,
// as a municipality's OIDC provider would serve them.

const issuer = 'https://login.fjordby.example/realms/ung';
const audience = 'ungeforlob-api';
const course = seedCourseIds.steady;

let jwksServer: Server;
let jwksUrl: string;
let keysAvailable = true;
let signingKey: CryptoKey;
let otherKey: CryptoKey;
let publicKeys: JSONWebKeySet;
let database: TestDatabase;
let server: TestServer;

before(async () => {
  const pair = await generateKeyPair('RS256');
  signingKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  publicKeys = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  const jwks = JSON.stringify(publicKeys);
  jwksServer = createServer((_request, response) => {
    if (!keysAvailable) {
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/certs`;
  database = await createTestDatabase('auth_tokens');
  // startTestServer needs the development issuer; this suite starts its own with OIDC after it.
  const seeded = await startTestServer(database);
  await seeded.close();
  const log = { info: [] as string[], error: [] as string[] };
  const started = await startServer({
    port: 0,
    ...database.options,
    oidc: { issuer, audience, jwksUrl },
    logger: { info: (line) => log.info.push(line), error: (line) => log.error.push(line) },
  });
  server = Object.assign(started, { log, headersFor: async () => ({}), tokenFor: () => async () => '' });
});

after(async () => {
  await server?.close();
  await database?.dispose();
  await new Promise((resolve) => jwksServer?.close(resolve));
});

interface TokenShape {
  sub?: string;
  iss?: string;
  aud?: string;
  expiresIn?: string | number;
  /** Seconds since the epoch; default now. `null` leaves `iat` out. */
  issuedAt?: number | null;
  key?: CryptoKey;
  kid?: string;
  /** The JOSE `typ`; default `at+jwt`. `null` leaves it out, as many ID tokens do. */
  typ?: string | null;
}

function token({
  sub = seedUserIds.teamNord,
  iss = issuer,
  aud = audience,
  expiresIn = '5m',
  issuedAt,
  key,
  kid = 'k1',
  typ = 'at+jwt',
}: TokenShape = {}): Promise<string> {
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', kid, ...(typ !== null && { typ }) })
    .setIssuer(iss)
    .setAudience(aud)
    .setExpirationTime(expiresIn);
  if (issuedAt !== null) jwt.setIssuedAt(issuedAt);
  if (sub) jwt.setSubject(sub);
  return jwt.sign(key ?? signingKey);
}

function readContact(authorization?: string): Promise<Response> {
  return fetch(`${server.url}/api/v1/courses/${course}/contact`, { headers: authorization ? { Authorization: authorization } : {} });
}

async function expect401(response: Response, error: string | null): Promise<void> {
  assert.equal(response.status, 401);
  const challenge = response.headers.get('www-authenticate') ?? '';
  assert.match(challenge, /^Bearer realm="ungeforlob"/);
  if (error) assert.ok(challenge.includes(`error="${error}"`), challenge);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  await response.body?.cancel();
}

describe('OIDC bearer tokens', () => {
  test('the demo page, given no client of its own at the provider, is told it cannot sign in', async () => {
    const response = await fetch(`${server.url}/demo/sign-in.json`);
    assert.deepEqual(await response.json(), { mode: 'none' });
  });

  test('a token from the configured issuer, for this audience, signed by its key, is accepted', async () => {
    const response = await readContact(`Bearer ${await token()}`);
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as Contact).courseId, course);
  });

  test('refused with 401 and a Bearer challenge: missing, malformed, an ID token (typ JWT or none), expired, another issuer, another audience, another key, no subject, issued too long ago or in the future or never, unsigned', async () => {
    await expect401(await readContact(), null);
    await expect401(await readContact('Basic dXNlcjpwYXNz'), 'invalid_request');
    await expect401(await readContact('Bearer not-a-jwt'), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ expiresIn: Math.floor(Date.now() / 1000) - 120 })}`), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ iss: 'https://evil.example' })}`), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ aud: 'another-api' })}`), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ key: otherKey })}`), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ sub: '' })}`), 'invalid_token');
    // An ID token is about a sign-in, not a grant to call this API (RFC 9068 section 2.1).
    await expect401(await readContact(`Bearer ${await token({ typ: 'JWT' })}`), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ typ: null })}`), 'invalid_token');
    // Issued a day ago or a year ahead, or without iat, however long its exp: not an access token as they are issued.
    const now = Math.floor(Date.now() / 1000);
    const decade = now + 10 * 365 * 86_400;
    await expect401(await readContact(`Bearer ${await token({ issuedAt: now - 86_400, expiresIn: decade })}`), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ issuedAt: now + 365 * 86_400, expiresIn: decade })}`), 'invalid_token');
    await expect401(await readContact(`Bearer ${await token({ issuedAt: null })}`), 'invalid_token');
    const [header, payload] = (await token()).split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${payload}.`;
    await expect401(await readContact(`Bearer ${none}`), 'invalid_token');
    assert.ok(header);
  });

  test('a verified token is taken on trust for a minute at most, and never past its expiry', async (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: Date.now() });
    let checks = 0;
    const local = createLocalJWKSet(publicKeys);
    const verify = createTokenVerifier(issuer, audience, (...args) => {
      checks += 1;
      return local(...args);
    });
    const hourLong = await token({ expiresIn: '1h' });
    assert.equal((await verify(hourLong)).subject, seedUserIds.teamNord);
    await verify(hourLong);
    assert.equal(checks, 1, 'the second use was not checked again');
    t.mock.timers.tick(61_000);
    await verify(hourLong);
    assert.equal(checks, 2, 'checked again after a minute');
    const shortLived = await token({ expiresIn: '10s' });
    await verify(shortLived);
    t.mock.timers.tick(11_000);
    // Expired, though within jose's 30 s clock tolerance: checked again, not taken from memory.
    await verify(shortLived);
    assert.equal(checks, 4);
    await assert.rejects(verify(await token({ key: otherKey })));
    await assert.rejects(verify(await token({ key: otherKey })));
    assert.equal(checks, 6, 'a refused token is never remembered');
  });

  test('a provider that marks its access tokens otherwise is configured by type, and then only that type passes', async () => {
    const verify = createTokenVerifier(issuer, audience, createLocalJWKSet(publicKeys), 'JWT');
    assert.equal((await verify(await token({ typ: 'JWT' }))).subject, seedUserIds.teamNord);
    await assert.rejects(verify(await token({ typ: 'at+jwt' })));
  });

  test('in production the key set must come over https', () => {
    assert.throws(() => createOidcVerifier({ issuer, audience, jwksUrl }, true), /https/);
    assert.doesNotThrow(() => createOidcVerifier({ issuer, audience, jwksUrl: 'https://login.fjordby.example/certs' }, true));
  });

  test('a valid token of someone who is no user of this service is 403', async () => {
    const response = await readContact(`Bearer ${await token({ sub: 'someone-else' })}`);
    assert.equal(response.status, 403);
    await response.body?.cancel();
  });

  test('no development sign-in with a real identity provider', async () => {
    const response = await fetch(`${server.url}/demo/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: seedUserIds.teamNord }),
    });
    assert.equal(response.status, 404);
    await response.body?.cancel();
  });

  test('the client asks getToken again after a 401 and retries once', async () => {
    const asked: boolean[] = [];
    const client = createClient({
      baseUrl: `${server.url}/api/v1`,
      retries: 0,
      getToken: async ({ forceRefresh }) => {
        asked.push(forceRefresh);
        return forceRefresh ? token() : token({ expiresIn: Math.floor(Date.now() / 1000) - 120 });
      },
    });
    const contact = await client.contact.get(course);
    assert.equal(contact?.value.courseId, course);
    assert.deepEqual(asked, [false, true]);
  });

  test('tokens never reach the log', async () => {
    const secret = await token();
    await (await readContact(`Bearer ${secret}`)).body?.cancel();
    await (await readContact(`Bearer ${secret.slice(0, -4)}AAAA`)).body?.cancel();
    const lines = [...server.log.info, ...server.log.error].join('\n');
    assert.ok(server.log.info.length > 0);
    assert.ok(!lines.includes(secret.split('.')[1]!), 'no token payload in the log');
    assert.ok(!/Bearer/i.test(lines));
  });

  test('the identity provider’s keys out of reach are its fault, not the caller’s: 503 with Retry-After', async () => {
    keysAvailable = false;
    try {
      // A verifier of its own: the running server has the keys cached already.
      const verify = createOidcVerifier({ issuer, audience, jwksUrl });
      await assert.rejects(verify(await token()), KeysUnavailableError);
      const unreachable = createOidcVerifier({ issuer, audience, jwksUrl: 'http://127.0.0.1:9/certs' });
      await assert.rejects(unreachable(await token()), KeysUnavailableError);
      const app = createApp({ database: server.database, logger: { info() {}, error() {} }, verifyToken: verify });
      const response = await app.request(`/api/v1/courses/${course}/contact`, { headers: { Authorization: `Bearer ${await token()}` } });
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '5');
    } finally {
      keysAvailable = true;
    }
  });
});

describe('the development issuer', () => {
  test('cannot run in production', async () => {
    await assert.rejects(startServer({ port: 0, ...database.options, production: true, logger: { info() {}, error() {} } }), DevIssuerInProductionError);
  });

  test('does not start by itself on a network address or a real PostgreSQL: sign-in must be chosen', async () => {
    const quiet = { info() {}, error() {} };
    await assert.rejects(startServer({ port: 0, host: '0.0.0.0', dataDir: '/nonexistent', logger: quiet }), DevIssuerNotChosenError);
    await assert.rejects(startServer({ port: 0, databaseUrl: 'postgres://nobody@127.0.0.1:1/none', logger: quiet }), DevIssuerNotChosenError);
    await assert.rejects(startServer({ port: 0, devSignIn: true, production: true, logger: quiet }), DevIssuerInProductionError);
  });

  test('signs a token for a seeded user, in the OAuth token response’s shape; nobody else', async () => {
    const devDatabase = await createTestDatabase('auth_tokens_dev');
    const dev = await startTestServer(devDatabase);
    try {
      const signIn = (body: string) => fetch(`${dev.url}/demo/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const response = await signIn(JSON.stringify({ user: seedUserIds.teamNord }));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const issued = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
      assert.equal(issued.token_type, 'Bearer');
      assert.equal(issued.expires_in, 900);
      const me = await fetch(`${dev.url}/api/v1/me`, { headers: { Authorization: `Bearer ${issued.access_token}` } });
      assert.deepEqual(Me.parse(await me.json()), {
        subject: seedUserIds.teamNord,
        role: 'professional',
        name: 'Jonas Kragh',
        courseIds: [seedCourseIds.aftercare, seedCourseIds.steady, seedCourseIds.contactAway].sort(),
      });
      assert.equal((await signIn(JSON.stringify({ user: 'nobody' }))).status, 404);
      assert.equal((await signIn('{}')).status, 400);
      // A form post from another site is no JSON request: no token.
      const simple = await fetch(`${dev.url}/demo/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ user: seedUserIds.teamNord }),
      });
      assert.equal(simple.status, 415);
      assert.equal((await signIn(JSON.stringify({ user: 'x'.repeat(2000) }))).status, 413);
    } finally {
      await dev.close();
      await devDatabase.dispose();
    }
  });
});

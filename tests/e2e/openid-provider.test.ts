import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Adapter, type AdapterPayload } from 'oidc-provider';
import type { Browser, Page } from 'playwright-core';
import { seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { freePort } from '../../scripts/support/free-port.mjs';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../../scripts/support/server-processes.mjs';
import { launchChromium, quietLogger } from './harness.js';
import { until, widgetsNotShowingData } from './page-checks.js';

// The municipality's identity provider, played by a certified OpenID Provider (oidc-provider), and
// the server configured for it through UF_OIDC_* alone. The demo page signs in in the browser with
// the authorization code flow and PKCE, calls the API with JWT access tokens (RFC 9068), renews
// them with its refresh token, follows the provider's key rotation, and survives a withdrawn key
// by the SDK's retry after a 401.

const AUDIENCE = 'urn:fjordby:ungeforlob-api';
const CLIENT_ID = 'ungeforlob-demo';
/** Short, so the page renews while the test watches: it renews halfway through a life this short. */
const ACCESS_TOKEN_SECONDS = 30;
/** jose fetches the key set again for an unknown key id only this long after its last fetch. */
const JWKS_COOLDOWN_MS = 30_000;

async function signingKey(kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' };
}

/** The provider's store of grants, codes and refresh tokens: it outlives the provider's restarts, as its database would. */
const providerStore = new Map<string, { payload: AdapterPayload; expiresAt: number }>();

class SharedStore implements Adapter {
  constructor(private readonly model: string) {}

  private key(id: string): string {
    return `${this.model}:${id}`;
  }

  private entries(): AdapterPayload[] {
    return [...providerStore].filter(([key, entry]) => key.startsWith(`${this.model}:`) && entry.expiresAt > Date.now()).map(([, entry]) => entry.payload);
  }

  upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    providerStore.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    return Promise.resolve();
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    const entry = providerStore.get(this.key(id));
    return Promise.resolve(entry && entry.expiresAt > Date.now() ? entry.payload : undefined);
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return Promise.resolve(this.entries().find((payload) => payload.uid === uid));
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return Promise.resolve(this.entries().find((payload) => payload.userCode === userCode));
  }

  consume(id: string): Promise<void> {
    const entry = providerStore.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    return Promise.resolve();
  }

  destroy(id: string): Promise<void> {
    providerStore.delete(this.key(id));
    return Promise.resolve();
  }

  revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, entry] of providerStore) if (entry.payload.grantId === grantId) providerStore.delete(key);
    return Promise.resolve();
  }
}

/** What the provider did, across its restarts. */
const seenByProvider = { grants: [] as string[], keySetFetches: [] as number[] };

/**
 * The identity provider on `port`, signing with the first of `keys` and publishing all of them.
 * Accounts are the municipality's directory: here the seeded subjects, any password.
 */
async function startProvider(port: number, keys: JWK[], redirectUri: string): Promise<{ close(): Promise<void> }> {
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys },
    adapter: SharedStore,
    findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    // The portal is a first-party client: it gets a refresh token without asking for offline access.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    scopes: ['openid', 'ungeforlob'],
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'ungeforlob',
          audience: AUDIENCE,
          accessTokenTTL: ACCESS_TOKEN_SECONDS,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
  });
  provider.on('grant.success', (ctx) => void seenByProvider.grants.push(String(ctx.oidc.params?.['grant_type'])));
  provider.use(async (ctx, next) => {
    if (ctx.path === '/jwks') seenByProvider.keySetFetches.push(Date.now());
    await next();
  });
  const server: Server = provider.listen(port);
  await new Promise((resolve) => server.once('listening', resolve));
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The bearer tokens the page sent to the API, in order. */
function recordBearers(page: Page): string[] {
  const bearers: string[] = [];
  page.on('request', (request) => {
    const authorization = request.headers()['authorization'];
    if (request.url().includes('/api/v1/') && authorization?.startsWith('Bearer ')) bearers.push(authorization.slice(7));
  });
  return bearers;
}

const kidOf = (token: string) => decodeProtectedHeader(token).kid;

/** Every widget on the page's visible panels shows its data, none an error. */
async function widgetsShowData(page: Page): Promise<void> {
  await until(
    'widgets not showing their data',
    () => page.evaluate(widgetsNotShowingData, '.portal-panel:not([hidden])'),
    (missing) => missing.length === 0,
  );
}

/** Switches the course, as a person would, so every widget loads again and asks for a token. */
async function showCourse(page: Page, courseId: string): Promise<void> {
  await page.locator('#course-switcher').selectOption(courseId);
  await page.waitForFunction((id) => document.querySelector('uf-contact-card')?.closest('uf-provider')?.getAttribute('course') === id, courseId);
  await widgetsShowData(page);
}

describe('signing in at a real OpenID Provider', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'uf-oidc-'));
  let providerPort: number;
  let serverPort: number;
  let server: ServerProcess;
  let provider: { close(): Promise<void> };
  let browser: Browser;
  let page: Page;
  let bearers: string[];
  const keys = { a: undefined as unknown as JWK, b: undefined as unknown as JWK, c: undefined as unknown as JWK };
  let serverStarts = 0;

  const startUfServer = async () => {
    serverStarts += 1;
    server = await startServerProcess({
      logFile: join(dataDir, `server-${serverStarts}.log`),
      env: {
        PORT: String(serverPort),
        UF_DATA_DIR: join(dataDir, 'pglite'),
        UF_OIDC_ISSUER: `http://127.0.0.1:${providerPort}`,
        UF_OIDC_AUDIENCE: AUDIENCE,
        UF_OIDC_JWKS_URL: `http://127.0.0.1:${providerPort}/jwks`,
        UF_OIDC_DEMO_CLIENT_ID: CLIENT_ID,
        UF_OIDC_DEMO_SCOPE: 'openid ungeforlob',
      },
    });
  };
  const accessLog = () => readFileSync(server.logFile, 'utf8');

  before(async () => {
    [providerPort, serverPort, keys.a, keys.b, keys.c] = await Promise.all([
      freePort(),
      freePort(),
      signingKey('key-a'),
      signingKey('key-b'),
      signingKey('key-c'),
    ]);
    // The municipality's directory fills the principals table; here the development start writes the seed's, once.
    const seeding = await startServerProcess({ logFile: join(dataDir, 'seed.log'), env: { PORT: String(serverPort), UF_DATA_DIR: join(dataDir, 'pglite') } });
    await stopServerProcess(seeding);
    [provider, , browser] = await Promise.all([startProvider(providerPort, [keys.a], `http://127.0.0.1:${serverPort}/`), startUfServer(), launchChromium()]);
    page = await browser.newPage();
    bearers = recordBearers(page);
    await page.addInitScript(() => {
      const errors: string[] = [];
      (window as unknown as { ufErrors: string[] }).ufErrors = errors;
      document.addEventListener('uf-error', (event) => errors.push((event.target as Element).localName));
    });
  });

  after(async () => {
    await browser?.close();
    if (server) await stopServerProcess(server);
    await provider?.close();
    // Into the run's log folder, where the last end-to-end suite searches every line for personal data.
    for (const file of readdirSync(dataDir).filter((name) => name.endsWith('.log'))) {
      for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) if (line !== '') quietLogger.info(line);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the page sends the professional to the provider and back (code + PKCE), and calls the API with JWT access tokens', async () => {
    await page.goto(`http://127.0.0.1:${serverPort}/?course=${seedCourseIds.contactAway}`);
    await page.waitForURL(`http://127.0.0.1:${providerPort}/interaction/**`);
    await page.locator('input[name="login"]').fill(seedUserIds.teamNord);
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    // The provider's own consent page for the portal's first sign-in.
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`http://127.0.0.1:${serverPort}/**`);
    await widgetsShowData(page);

    assert.equal(page.url(), `http://127.0.0.1:${serverPort}/?course=${seedCourseIds.contactAway}`, 'the code and state left the address, the course stayed');
    assert.equal(await page.locator('#signed-in-as').textContent(), 'Jonas Kragh');
    assert.equal(await page.locator('.portal-panel--youth').isHidden(), true, "a professional does not see the young person's panel");
    assert.equal(await page.locator('.portal-panel[hidden] uf-provider[course]').count(), 0, 'and it loads nothing');
    assert.deepEqual(
      await page.locator('#course-switcher option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
      [seedCourseIds.steady, seedCourseIds.contactAway, seedCourseIds.aftercare],
      "only Team Nord's courses",
    );
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'no token, verifier or state stays in storage');

    assert.ok(bearers.length > 0);
    const token = bearers[0]!;
    assert.deepEqual(decodeProtectedHeader(token), { alg: 'ES256', typ: 'at+jwt', kid: 'key-a' });
    assert.deepEqual(
      { sub: decodeJwt(token).sub, aud: decodeJwt(token).aud, iss: decodeJwt(token).iss },
      { sub: seedUserIds.teamNord, aud: AUDIENCE, iss: `http://127.0.0.1:${providerPort}` },
    );
    assert.deepEqual(seenByProvider.grants, ['authorization_code']);
    assert.doesNotMatch(accessLog(), /status=401/);
  });

  it('renews the access token with the refresh token before it runs out', async () => {
    const before = new Set(bearers);
    await page.waitForTimeout((ACCESS_TOKEN_SECONDS / 2) * 1000 + 500);
    await showCourse(page, seedCourseIds.steady);
    const renewed = bearers.filter((token) => !before.has(token));
    assert.equal(new Set(renewed).size, 1, 'one new token, shared by every widget');
    assert.deepEqual(seenByProvider.grants, ['authorization_code', 'refresh_token']);
    assert.doesNotMatch(accessLog(), /status=401/);
  });

  it("follows the provider's key rotation: a token signed with a newly published key is accepted without a restart", async () => {
    await provider.close();
    provider = await startProvider(providerPort, [keys.b, keys.a], `http://127.0.0.1:${serverPort}/`);
    // The server asked for the key set once, at the first token; it asks again for an unknown key after jose's cooldown.
    assert.equal(seenByProvider.keySetFetches.length, 1);
    const cooled = seenByProvider.keySetFetches[0]! + JWKS_COOLDOWN_MS + 500;
    await page.waitForTimeout(Math.max(cooled - Date.now(), (ACCESS_TOKEN_SECONDS / 2) * 1000 + 500));
    const before = new Set(bearers);
    await showCourse(page, seedCourseIds.aftercare);
    const renewed = [...new Set(bearers.filter((token) => !before.has(token)))];
    assert.deepEqual(renewed.map(kidOf), ['key-b']);
    assert.equal(seenByProvider.keySetFetches.length, 2, 'the new key id sent the server for the key set again');
    assert.doesNotMatch(accessLog(), /status=401/);
  });

  it('a withdrawn key: the request gets 401, the page renews its token once, and the widgets never show an error', async () => {
    // The provider drops key B at once (say it leaked), and the server starts afresh, knowing no keys.
    await provider.close();
    provider = await startProvider(providerPort, [keys.c], `http://127.0.0.1:${serverPort}/`);
    await stopServerProcess(server);
    await startUfServer();
    const held = bearers.at(-1)!;
    assert.equal(kidOf(held), 'key-b');
    const grants = seenByProvider.grants.length;
    const sentBefore = bearers.length;
    const errorsBefore = await page.evaluate(() => (window as unknown as { ufErrors: string[] }).ufErrors.length);
    await showCourse(page, seedCourseIds.steady);
    assert.equal(
      await page.evaluate(() => (window as unknown as { ufErrors: string[] }).ufErrors.length),
      errorsBefore,
      'no widget reported an error on the way',
    );
    const sent = bearers.slice(sentBefore);
    assert.equal(sent[0], held, 'the page first sent the token it held');
    assert.deepEqual([...new Set(sent)].filter((token) => token !== held).map(kidOf), ['key-c'], 'one renewal, with the new key');
    assert.deepEqual(seenByProvider.grants.slice(grants), ['refresh_token']);
    const statuses = [...accessLog().matchAll(/access method=GET route=\S+ status=(\d+)/g)].map((match) => match[1]);
    assert.ok(statuses.includes('401'), 'the held token was refused');
    assert.equal(statuses.at(-1), '200');
  });
  it('a young person signs in and sees only their own course, in their own panel', async () => {
    const context = await browser.newContext();
    const youthPage = await context.newPage();
    await youthPage.goto(`http://127.0.0.1:${serverPort}/`);
    await youthPage.waitForURL(`http://127.0.0.1:${providerPort}/interaction/**`);
    await youthPage.locator('input[name="login"]').fill('p-7c21');
    await youthPage.locator('input[name="password"]').fill('anything');
    await youthPage.getByRole('button', { name: 'Sign-in' }).click();
    await youthPage.getByRole('button', { name: 'Continue' }).click();
    await youthPage.waitForURL(`http://127.0.0.1:${serverPort}/**`);
    await widgetsShowData(youthPage);
    const shownPanels = await youthPage.locator('.portal-panel:not([hidden])').evaluateAll((panels: Element[]) => panels.map((panel) => panel.className));
    assert.deepEqual(shownPanels, ['portal-panel portal-panel--youth']);
    assert.equal(await youthPage.locator('.portal-panel[hidden] uf-provider[course]').count(), 0, 'the hidden staff panels load nothing');
    assert.deepEqual(
      await youthPage.locator('#course-switcher option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value)),
      [seedCourseIds.steady],
    );
    assert.equal(await youthPage.locator('#youth-signed-in-as').textContent(), 'Amalie');
    await context.close();
  });
  it('an answer in the address that this page did not ask for is refused, and its text is not shown', async () => {
    for (const forged of ['?code=stolen-code&state=guessed', '?error=Ring%2070%2012%2034%2056%20med%20dit%20CPR-nummer&state=guessed']) {
      const context = await browser.newContext();
      const forgedPage = await context.newPage();
      const tokenRequests: string[] = [];
      forgedPage.on('request', (request) => {
        if (request.url().startsWith(`http://127.0.0.1:${providerPort}/token`)) tokenRequests.push(request.url());
      });
      await forgedPage.goto(`http://127.0.0.1:${serverPort}/${forged}`);
      const problem = forgedPage.locator('#sign-in-problem');
      await problem.waitFor({ state: 'visible' });
      assert.equal(await problem.locator('[data-problem]').textContent(), 'the answer from the identity provider belongs to no sign-in started here');
      assert.equal(forgedPage.url(), `http://127.0.0.1:${serverPort}/`, 'the answer left the address');
      assert.deepEqual(tokenRequests, [], 'no code was exchanged');
      await context.close();
    }
  });
});

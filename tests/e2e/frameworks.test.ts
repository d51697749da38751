import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as PortalServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { seedUserIds } from '@ungeforlob/sdk/seed';
import { startServer } from '@ungeforlob/server';
import { launchChromium, quietLogger } from './harness.js';

// The widgets inside React, Vue and Angular apps, on a portal origin other than the API's, as municipal
// IT embeds them: the API answers cross-origin through its CORS allow-list. The portal is a second
// server on loopback (a page on a public origin may not call loopback at all in Chromium).

type Server = Awaited<ReturnType<typeof startServer>>;

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'frameworks', entry)],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('embedding in frameworks', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'uf-frameworks-'));
  let server: Server;
  let browser: Browser;
  let portal: PortalServer;
  let portalOrigin: string;
  const apps = new Map<string, string>();

  before(async () => {
    portal = createServer((request, response) => {
      // The portal's backend signs its user in; the reference server's development issuer stands in for the identity provider.
      if (request.method === 'POST' && request.url === '/token') {
        void server.signDevToken!(seedUserIds.teamNord).then((token) =>
          response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end(token),
        );
        return;
      }
      const [path, framework] = (request.url ?? '').split('?')[0]!.split('/').slice(1);
      if (path === 'app.js' && framework && apps.has(framework)) {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(apps.get(framework));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><html lang="da"><title>Portal</title><div id="root"></div><script type="module" src="/app.js/${path}"></script>`);
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    portalOrigin = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
    const [started, launched, react, vue, angular] = await Promise.all([
      startServer({ port: 0, dataDir, corsOrigins: [portalOrigin], logger: quietLogger }),
      launchChromium(),
      bundle('react-app.ts'),
      bundle('vue-app.ts'),
      bundle('angular-app.ts'),
    ]);
    [server, browser] = [started, launched];
    apps.set('react', react).set('vue', vue).set('angular', angular);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    portal?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  for (const framework of ['react', 'vue', 'angular']) {
    it(`${framework}: the card loads through the client property and follows the framework's state`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${portalOrigin}/${framework}?api=${encodeURIComponent(`${server.url}/api/v1`)}`);

      const card = page.locator('uf-contact-card');
      await card.getByText('Jonas Kragh').first().waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Næste forløb' }).click();
      await card.getByText('Ali Bakir').first().waitFor({ timeout: 15_000 });

      const loaded = await page.evaluate(() => (window as unknown as { __loaded?: string[] }).__loaded ?? []);
      assert.deepEqual(loaded, ['Jonas Kragh', 'Ali Bakir']);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

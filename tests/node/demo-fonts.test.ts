import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import type { AppEnv } from '../../packages/server/src/http/app-env.js';
import { answerNotFound, handleErrors } from '../../packages/server/src/http/error-handler.js';
import { demoFontFiles, demoRoutes } from '../../packages/server/src/routes/demo-routes.js';

// The demo page serves IBM Plex Sans from the installed @fontsource package: only the woff2 files
// its stylesheet names, nothing else from that folder, and the page asks for no file it refuses.

const fontDir = join(dirname(createRequire(import.meta.url).resolve('@fontsource/ibm-plex-sans/package.json')), 'files');
const publicDir = 'packages/server/public';

function demoApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleErrors({ info() {}, error() {} }));
  app.notFound(answerNotFound);
  app.route('/', demoRoutes({ publicDir, bundlePath: '/nonexistent/ungeforlob.min.js', frameAncestors: "'self'" }));
  return app;
}

describe('demo fonts', () => {
  const app = demoApp();

  test('serves each allowlisted woff2 byte for byte, cacheable for a week and revalidated by its ETag', async () => {
    assert.equal(demoFontFiles.length, 4, 'Latin and Latin Extended, 400 and 600');
    for (const file of demoFontFiles) {
      const response = await app.request(`/demo/fonts/${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('content-type'), 'font/woff2');
      const cache = response.headers.get('cache-control') ?? '';
      assert.match(cache, /max-age=604800/);
      assert.doesNotMatch(cache, /immutable/, 'the file names carry no version');
      const body = Buffer.from(await response.arrayBuffer());
      assert.equal(body.subarray(0, 4).toString('latin1'), 'wOF2');
      assert.ok(body.equals(readFileSync(join(fontDir, file))), file);

      const etag = response.headers.get('etag') ?? assert.fail('no ETag');
      const again = await app.request(`/demo/fonts/${file}`, { headers: { 'If-None-Match': `W/${etag}, "other"` } });
      assert.equal(again.status, 304);
      assert.equal((await again.arrayBuffer()).byteLength, 0);
    }
  });

  test('refuses every other name: other formats, styles and weights, the package’s own files, paths', async () => {
    const refused = [
      'ibm-plex-sans-latin-400-normal.woff',
      'ibm-plex-sans-latin-400-italic.woff2',
      'ibm-plex-sans-latin-700-normal.woff2',
      'ibm-plex-sans-cyrillic-400-normal.woff2',
      '..%2Fpackage.json',
      '..%2F..%2F..%2Fpackage.json',
      '%2E%2E%2FLICENSE',
      'index.css',
      'IBM-PLEX-SANS-LATIN-400-NORMAL.WOFF2',
    ];
    for (const name of refused) {
      const response = await app.request(`/demo/fonts/${name}`);
      assert.equal(response.status, 404, name);
      assert.doesNotMatch(response.headers.get('content-type') ?? '', /font/, name);
    }
    assert.equal((await app.request('/demo/fonts/../../package.json')).status, 404);
  });

  test('the page asks only for served files: its @font-face rules and its preloads', () => {
    const css = readFileSync(join(publicDir, 'portal.css'), 'utf8');
    const html = readFileSync(join(publicDir, 'index.html'), 'utf8');
    const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => body ?? '');
    const named = faces.map((body) => /url\('\/demo\/fonts\/([^']+)'\)/.exec(body)?.[1]);
    assert.deepEqual([...named].sort(), [...demoFontFiles].sort());
    // A face that swapped in late would move every line of text: the layout-shift budget is 0.05.
    for (const body of faces) assert.match(body, /font-display:\s*optional;/);

    const allPreloads = [...html.matchAll(/<link rel="preload"([^>]*)>/g)].map(([, attributes]) => attributes ?? '');
    const preloads = allPreloads.filter((attributes) => attributes.includes('href="/demo/fonts/'));
    assert.ok(preloads.length >= 2, 'the faces every page shows are preloaded');
    // Besides the faces, only what portal.js fetches first; as a fetch() makes it, or it is fetched twice.
    assert.deepEqual(
      allPreloads.filter((attributes) => !preloads.includes(attributes)).map((attributes) => attributes.trim()),
      ['href="/demo/sign-in.json" as="fetch" crossorigin /'],
    );
    for (const attributes of preloads) {
      const file = /href="\/demo\/fonts\/([^"]+)"/.exec(attributes)?.[1] ?? assert.fail(attributes);
      assert.ok(demoFontFiles.includes(file), file);
      // Without crossorigin the preload is not the request the @font-face makes, and is fetched twice.
      assert.match(attributes, /\bas="font"/);
      assert.match(attributes, /\btype="font\/woff2"/);
      assert.match(attributes, /\bcrossorigin\b/);
    }
  });
});

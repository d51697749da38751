import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from '../../packages/server/src/http/app-env.js';
import { pickContentCoding } from '../../packages/server/src/http/content-coding.js';
import { answerNotFound, handleErrors } from '../../packages/server/src/http/error-handler.js';
import { demoRoutes } from '../../packages/server/src/routes/demo-routes.js';

// The reference server serves the CDN folder as docs/embedding.md asks of a portal's own server:
// compressed by Accept-Encoding, hashed chunks cached for a year, fixed names briefly and then
// revalidated by ETag.

let folder: string;
const loaderCode = `const table = { 'uf-contact-card': () => import('./chunks/contact-card-AbCd1234.js') };\n`.repeat(40);
const chunkCode = 'export const card = "kontaktperson";\n'.repeat(60);

function cdnApp(bundlePath = join(folder, 'ungeforlob.min.js')): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleErrors({ info() {}, error() {} }));
  app.notFound(answerNotFound);
  app.route('/', demoRoutes({ publicDir: 'packages/server/public', bundlePath, frameAncestors: "'self'" }));
  return app;
}

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'uf-cdn-'));
  await mkdir(join(folder, 'chunks'));
  await writeFile(join(folder, 'ungeforlob.min.js'), loaderCode);
  await writeFile(join(folder, 'ungeforlob.min.js.map'), '{"version":3,"sources":[],"mappings":""}');
  await writeFile(join(folder, 'ungeforlob.all.min.js'), 'export const all = true;\n');
  await writeFile(join(folder, 'ungeforlob.chunks.json'), '{"loader":"ungeforlob.min.js","tags":{}}\n');
  await writeFile(join(folder, 'chunks', 'contact-card-AbCd1234.js'), chunkCode);
  await writeFile(join(folder, 'chunks', 'contact-card-AbCd1234.js.map'), '{"version":3}');
});
after(() => rm(folder, { recursive: true, force: true }));

describe('the CDN folder', () => {
  test('the loader: brief caching, an ETag, and 304 when it is unchanged', async () => {
    const app = cdnApp();
    const response = await app.request('/cdn/ungeforlob.min.js');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(await response.text(), loaderCode);
    const etag = response.headers.get('etag') ?? assert.fail('no ETag');
    const again = await app.request('/cdn/ungeforlob.min.js', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await again.arrayBuffer()).byteLength, 0);
  });

  test('a rebuilt loader is served anew under a new ETag without a restart', async () => {
    const app = cdnApp();
    const before = (await app.request('/cdn/ungeforlob.all.min.js')).headers.get('etag');
    await writeFile(join(folder, 'ungeforlob.all.min.js'), 'export const all = "rebuilt";\n');
    await utimes(join(folder, 'ungeforlob.all.min.js'), new Date(), new Date(Date.now() + 5000));
    const after = await app.request('/cdn/ungeforlob.all.min.js', { headers: { 'If-None-Match': before ?? '' } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), before);
    assert.match(await after.text(), /rebuilt/);
  });

  test('hashed chunks are cached for a year as immutable', async () => {
    const response = await cdnApp().request('/cdn/chunks/contact-card-AbCd1234.js');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await response.text(), chunkCode);
    const map = await cdnApp().request('/cdn/chunks/contact-card-AbCd1234.js.map');
    assert.match(map.headers.get('content-type') ?? '', /^application\/json/);
  });

  test('brotli or gzip as the request accepts, the same bytes once decoded, and a weak ETag for them', async () => {
    const app = cdnApp();
    const plain = await app.request('/cdn/chunks/contact-card-AbCd1234.js');
    const strong = plain.headers.get('etag') ?? assert.fail('no ETag');
    for (const [accept, coding, decode] of [
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
      ['gzip', 'gzip', gunzipSync],
      ['br;q=0, gzip;q=0.8', 'gzip', gunzipSync],
    ] as const) {
      const response = await app.request('/cdn/chunks/contact-card-AbCd1234.js', { headers: { 'Accept-Encoding': accept } });
      assert.equal(response.headers.get('content-encoding'), coding, accept);
      assert.equal(response.headers.get('vary'), 'Accept-Encoding');
      const body = Buffer.from(await response.arrayBuffer());
      assert.ok(body.byteLength < chunkCode.length / 4, `${accept}: ${body.byteLength} bytes`);
      assert.equal(decode(body).toString('utf8'), chunkCode, accept);
      assert.equal(response.headers.get('etag'), `W/${strong}`);
      const again = await app.request('/cdn/chunks/contact-card-AbCd1234.js', { headers: { 'Accept-Encoding': accept, 'If-None-Match': `W/${strong}` } });
      assert.equal(again.status, 304);
    }
    const identity = await app.request('/cdn/chunks/contact-card-AbCd1234.js', { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(identity.headers.get('content-encoding'), null);
    assert.equal(await identity.text(), chunkCode);
  });

  test('the demo page and its script are compressed too; its fonts, compressed already, are not', async () => {
    const app = cdnApp();
    for (const path of ['/', '/demo/portal.js', '/demo/portal.css']) {
      const response = await app.request(path, { headers: { 'Accept-Encoding': 'br' } });
      assert.equal(response.headers.get('content-encoding'), 'br', path);
      assert.equal(response.headers.get('cache-control'), 'no-cache', path);
      await response.body?.cancel();
    }
    const font = await app.request('/demo/fonts/ibm-plex-sans-latin-400-normal.woff2', { headers: { 'Accept-Encoding': 'br' } });
    assert.equal(font.headers.get('content-encoding'), null);
    await font.body?.cancel();
  });

  test('the all-in-one file, the chunk list and the source maps are served; nothing else is', async () => {
    const app = cdnApp();
    for (const path of ['/cdn/ungeforlob.all.min.js', '/cdn/ungeforlob.chunks.json', '/cdn/ungeforlob.min.js.map']) {
      const response = await app.request(path);
      assert.equal(response.status, 200, path);
      await response.body?.cancel();
    }
    for (const path of [
      '/cdn/chunks/contact-card-Missing1.js',
      '/cdn/chunks/..%2F..%2Fpackage.json',
      '/cdn/chunks/contact-card.js',
      '/cdn/ungeforlob-messages.en.min.js',
      '/cdn/other.min.js',
      '/cdn/chunks/',
    ]) {
      const refused = await app.request(path);
      assert.equal(refused.status, 404, path);
      await refused.body?.cancel();
    }
  });

  test('503 with a plain-text hint when the widgets are not built', async () => {
    const app = cdnApp('/nonexistent/ungeforlob.min.js');
    const response = await app.request('/cdn/ungeforlob.min.js');
    assert.equal(response.status, 503);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(await response.text(), /run npm run build/);
    assert.equal((await app.request('/cdn/ungeforlob.min.js.map')).status, 404);
  });
});

test('Accept-Encoding: brotli first, q=0 refuses, * stands for the rest, nonsense means none', () => {
  assert.equal(pickContentCoding(undefined), null);
  assert.equal(pickContentCoding(''), null);
  assert.equal(pickContentCoding('gzip, deflate, br'), 'br');
  assert.equal(pickContentCoding('gzip'), 'gzip');
  assert.equal(pickContentCoding('br;q=0.5, gzip'), 'gzip');
  assert.equal(pickContentCoding('BR'), 'br');
  assert.equal(pickContentCoding('*'), 'br');
  assert.equal(pickContentCoding('*;q=0, gzip'), 'gzip');
  assert.equal(pickContentCoding('br;q=0, gzip;q=0'), null);
  assert.equal(pickContentCoding('identity'), null);
  assert.equal(pickContentCoding('br;q=banana'), null);
});

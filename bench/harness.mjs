// What every benchmark does the same way: bundle its page once, serve it locally (so loading it
// is in no timing), start Debian's Chromium, and measure what a bundle costs minified and gzipped
// with the same plugins as rollup.config.mjs.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { rollup } from 'rollup';
import { minifyLiterals } from '../scripts/rollup-minify-literals.mjs';

/**
 * Bundles `entry` (a page script) with esbuild and serves it at `/page.js` under a page that loads
 * it, with `head` (e.g. a library's stylesheet) in every page. Returns the origin and a close().
 */
export async function servePage(entry, head = '') {
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    conditions: ['production'],
  });
  const script = bundled.outputFiles[0].text;
  const server = createServer((request, response) => {
    if (request.url === '/page.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><html lang="da"><head>${head}</head><body><script type="module" src="/page.js"></script></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Debian's Chromium (override with CHROME_PATH), launched as every tool here launches it. With
 * `scrollbars`, pages get the classic scrollbars of a Windows or Linux desktop, which take width
 * from the page (headless Chromium hides them unless told otherwise).
 */
export function launchChromium({ scrollbars = false } = {}) {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : [],
  });
}

/** Minified and gzipped bytes of `source` (an entry module's text), bundled as the CDN bundle is; lazily loaded files counted in. */
export async function measureBundle(source, { external = [], plugins = [] } = {}) {
  const bundle = await rollup({
    input: 'entry',
    external,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? source : null) },
      ...plugins,
      nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
      minifyLiterals(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn: (warning) => {
      // A silently unresolved import would measure as 0 bytes.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    },
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output[0].code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * The demo server as a user starts it, on a fresh data folder (the first start seeds it) and a
 * free port; `name` names the folder. Returns its origin and a close() that removes the folder.
 */
export async function startDemoServer(name) {
  const dataDir = mkdtempSync(join(tmpdir(), `uf-${name}-`));
  const child = spawn(process.execPath, ['packages/server/dist/cli.js'], {
    env: { ...process.env, UF_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // However this script ends (a failure, a closed pipe), the server does not outlive it.
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 120 s:\n${output}`)), 120_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const found = /Ungeforløb demo: http:\/\/localhost:(\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${found[1]}`);
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    exited.then((code) => reject(new Error(`the server exited (${code}):\n${output}`)));
  });
  return {
    origin,
    async close() {
      process.off('exit', stop);
      stop();
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

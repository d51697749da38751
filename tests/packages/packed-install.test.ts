import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, test } from 'node:test';

// The packages as someone outside this repository gets them until they are on the registry:
// `npm pack` tarballs, installed into an empty folder. They must install, and work there: the SDK
// answers through its memory transport, the server starts from its bin and serves the API and the
// demo page with the widgets from the elements tarball.

const run = promisify(execFile);
const PACKAGES = ['sdk', 'elements', 'server'];
let folder: string;
let tarballs: string[];
let installSeconds: number;
let installWarnings: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'uf-packed-'));
  const packed = join(folder, 'tarballs');
  mkdirSync(packed);
  await run('npm', ['pack', '--silent', '--pack-destination', packed, ...PACKAGES.flatMap((name) => ['--workspace', `packages/${name}`])], {
    env: { ...process.env },
  });
  tarballs = readdirSync(packed).map((file) => join(packed, file));
  const app = join(folder, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module' }));
  const started = Date.now();
  const { stderr } = await run('npm', ['install', '--no-audit', '--no-fund', ...tarballs], { cwd: app, env: { ...process.env }, maxBuffer: 16 * 1024 * 1024 });
  installWarnings = stderr;
  installSeconds = (Date.now() - started) / 1000;
});

after(() => rmSync(folder, { recursive: true, force: true }));

test('each package packs to one tarball, without tests or stories', async () => {
  assert.equal(tarballs.length, PACKAGES.length, tarballs.join(', '));
  for (const tarball of tarballs) {
    const { stdout } = await run('tar', ['-tzf', tarball], { maxBuffer: 16 * 1024 * 1024 });
    const tested = stdout.split('\n').filter((path) => /\.(test|stories)\.(ts|js)$/.test(path));
    assert.deepEqual(tested, [], `${tarball} holds tests or stories`);
  }
  console.log(`npm install of the ${tarballs.length} tarballs into an empty folder: ${installSeconds.toFixed(1)} s`);
  assert.doesNotMatch(installWarnings, /EBADENGINE/, `the packages' own dependencies install without engine warnings on Node ${process.versions.node}`);
});

test('in the empty folder the SDK answers through its memory transport', async () => {
  const script = `
    import { createMemoryClient } from '@ungeforlob/sdk';
    import { buildOpenApiDocument } from '@ungeforlob/sdk/openapi';
    const { client } = createMemoryClient();
    const plan = await client.plan.get('c-4f2a91');
    console.log(JSON.stringify({ course: plan?.value.courseId, openapi: buildOpenApiDocument().openapi }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: join(folder, 'app') });
  assert.deepEqual(JSON.parse(stdout), { course: 'c-4f2a91', openapi: '3.1.0' });
});

test('in the empty folder the server starts from its bin and serves the API and the demo page with the widgets', async () => {
  const app = join(folder, 'app');
  const child = spawn(join(app, 'node_modules/.bin/ungeforlob-server'), [], {
    cwd: app,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', UF_DATA_DIR: join(folder, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    let origin: string | undefined;
    for (const started = Date.now(); !origin && Date.now() - started < 60_000; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const port = /Ungeforløb demo: http:\/\/localhost:(\d+)/.exec(output)?.[1];
      if (port) origin = `http://127.0.0.1:${port}`;
      assert.equal(child.exitCode, null, output);
    }
    assert.ok(origin, `the server did not start:\n${output}`);
    assert.equal((await fetch(`${origin}/healthz`)).status, 200);
    const token = (
      (await (await fetch(`${origin}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"user":"s-jk01"}' })).json()) as {
        access_token: string;
      }
    ).access_token;
    assert.equal((await fetch(`${origin}/api/v1/courses/c-4f2a91/plan`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    const page = await fetch(`${origin}/`);
    assert.equal(page.status, 200);
    const loader = /<script type="module" src="([^"]+)"/.exec(await page.text())?.[1];
    assert.ok(loader, 'the demo page loads the widgets');
    assert.equal((await fetch(new URL(loader, origin))).status, 200, `${loader} is served from the elements tarball`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
  assert.ok(readFileSync(join(app, 'node_modules/@ungeforlob/elements/custom-elements.json'), 'utf8').includes('uf-contact-card'));
});

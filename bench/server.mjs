// The reference server's read path against a floor (issue #13): requests per second and p50/p99
// latency of GET plan and GET contact at 1, 10 and 50 connections, on PostgreSQL and on PGlite,
// with autocannon to 127.0.0.1 only, each run bounded in time. The server runs as users start it
// (packages/server/dist/cli.js) behind an OpenID Connect issuer this script plays (an ES256 key, a
// JWKS on loopback), so the token is checked as in production; the floor (bench/server/floor.mjs)
// is bare hono + the same driver doing only verify, one SELECT, one audit INSERT, JSON out.
// Both run as their own processes and take turns per measurement; each run starts with a warm-up.
//
// PostgreSQL comes from BENCH_DATABASE_URL or UF_TEST_DATABASE_URL (a scratch schema is created
// and dropped); without either only PGlite is measured. Needs `npm run build` first.
// BENCH_SECONDS=n per run (default 5), BENCH_NO_WRITE=1 only prints, BENCH_VERBOSE=1 prints each run,
// BENCH_SERVER_CLI=path runs another build of the server (e.g. a copy of main's, to compare a change).
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { SERVER_CLI as DEFAULT_SERVER_CLI, startLocalIssuer, startServerProcess, stopServerProcess } from '../scripts/support/server-processes.mjs';
import { writeSection } from './markdown-section.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARM_UP_SECONDS = 1;
const CONNECTIONS = [1, 10, 50];
const RESOURCES = ['plan', 'contact'];
// Jonas Kragh (Team Nord) and the steady course, whose plan and contact he may see.
const SUBJECT = 's-jk01';
const COURSE = 'c-4f2a91';
const verbose = Boolean(process.env.BENCH_VERBOSE);
const SERVER_CLI = process.env.BENCH_SERVER_CLI ?? DEFAULT_SERVER_CLI;
const databaseUrl = process.env.BENCH_DATABASE_URL ?? process.env.UF_TEST_DATABASE_URL;
const children = new Set();
process.once('exit', () => children.forEach((child) => child.kill('SIGTERM')));

const issuer = await startLocalIssuer({ issuer: 'urn:ungeforlob:bench-issuer', kid: 'bench' });
const token = await issuer.sign(SUBJECT);
const scratch = mkdtempSync(join(tmpdir(), 'uf-bench-server-'));

const results = [];
try {
  if (databaseUrl) {
    const schema = `uf_bench_${process.pid}`;
    await adminQuery(databaseUrl, `CREATE SCHEMA ${schema}`);
    try {
      const url = new URL(databaseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      await stop(await startOurs({ DATABASE_URL: url.href }, { seeding: true }));
      const ours = await startOurs({ DATABASE_URL: url.href });
      const floor = await startFloor({ FLOOR_DATABASE_URL: url.href });
      results.push(...(await compare('PostgreSQL', ours, floor)));
      await stop(ours);
      await stop(floor);
    } finally {
      await adminQuery(databaseUrl, `DROP SCHEMA ${schema} CASCADE`);
    }
  }
  // PGlite is one process's database: the floor gets a copy of the folder the server has seeded.
  const dataDir = join(scratch, 'pglite');
  await stop(await startOurs({ UF_DATA_DIR: dataDir }, { seeding: true }));
  cpSync(dataDir, join(scratch, 'pglite-floor'), { recursive: true });
  const ours = await startOurs({ UF_DATA_DIR: dataDir });
  const floor = await startFloor({ FLOOR_DATA_DIR: join(scratch, 'pglite-floor') });
  results.push(...(await compare('PGlite', ours, floor)));
  await stop(ours);
  await stop(floor);
} finally {
  issuer.close();
  rmSync(scratch, { recursive: true, force: true });
}

const markdown = report(results);
console.log(markdown);
if (!process.env.BENCH_NO_WRITE) writeSection('server', markdown);

/** Every resource at every concurrency, the server and the floor taking turns. */
async function compare(engine, ours, floor) {
  const rows = [];
  for (const resource of RESOURCES) {
    for (const connections of CONNECTIONS) {
      const url = (target) => `${target.origin}/api/v1/courses/${COURSE}/${resource}`;
      const server = await load(url(ours), connections);
      const bare = await load(url(floor), connections);
      const row = { engine, resource, connections, server, floor: bare };
      if (verbose) console.log(JSON.stringify(row));
      rows.push(row);
    }
  }
  return rows;
}

/** One bounded autocannon run after a warm-up; any answer but 200 fails the benchmark. */
async function load(url, connections) {
  const options = { url, connections, headers: { authorization: `Bearer ${token}` } };
  await autocannon({ ...options, duration: WARM_UP_SECONDS });
  const result = await autocannon({ ...options, duration: SECONDS });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx (${JSON.stringify(result.statusCodeStats)}), ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/**
 * The server as `npm start` runs it, with OIDC pointing at this script's issuer; its log goes to a
 * file, as to a journal. The seed's users and teams are written only by a start with the
 * development sign-in (`seeding`), so each database gets one such start first.
 */
async function startOurs(env, { seeding = false } = {}) {
  const started = await startServerProcess({
    cli: SERVER_CLI,
    logFile: join(scratch, `server-${Date.now()}.log`),
    env: { ...env, ...(seeding ? { UF_DEV_SIGN_IN: '1' } : issuer.env) },
  });
  children.add(started.child);
  return started;
}

async function startFloor(env) {
  const child = fork('bench/server/floor.mjs', {
    env: {
      ...process.env,
      ...env,
      FLOOR_ISSUER: issuer.env.UF_OIDC_ISSUER,
      FLOOR_AUDIENCE: issuer.env.UF_OIDC_AUDIENCE,
      FLOOR_JWKS_URL: issuer.env.UF_OIDC_JWKS_URL,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  const { port } = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the floor exited with ${code}`)));
  });
  return { child, origin: `http://127.0.0.1:${port}` };
}

function stop(started) {
  children.delete(started.child);
  return stopServerProcess(started);
}

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function report(rows) {
  const f0 = (n) => Math.round(n).toLocaleString('en-US');
  const ms = (n) => `${n} ms`;
  const ratio = (n) => `${n.toFixed(2)}×`;
  const lines = rows.map(
    (r) =>
      `| ${r.engine} | GET ${r.resource} | ${r.connections} | ${f0(r.server.rps)} | ${f0(r.floor.rps)} | **${ratio(r.server.rps / r.floor.rps)}** | ${ms(r.server.p50)} / ${ms(r.server.p99)} | ${ms(r.floor.p50)} / ${ms(r.floor.p99)} | **${ratio(r.server.p99 / r.floor.p99)}** |`,
  );
  const date = new Date().toISOString().slice(0, 10);
  return `## The server's read path against a floor

Measured ${date} by \`bench/server.mjs\` on this machine (${cpus().length} cores, which the server, PostgreSQL and autocannon share): autocannon to 127.0.0.1, ${SECONDS} s per run after a ${WARM_UP_SECONDS} s warm-up, one token of Jonas Kragh (a professional of the course's team) for course \`${COURSE}\`. The server runs as \`npm start\` does (\`packages/server/dist/cli.js\`, its access log to a file) with its tokens checked against an OpenID Connect key set this script serves on loopback. The **floor** is bare hono on the same Node adapter and database driver doing only verify the token (same key set), the server's own SELECT, one audit INSERT, JSON out — no principal lookup, no per-course access check, no transaction, no check of what was read, no access log, no security headers. They take turns per row. Every answer must be 200.

What the server does beyond the floor on each read: looks up the principal with every course they may see (one statement) and checks the course, validates what it read against the contract before sending it, writes the access log and the security headers; the audit row is written after the read, before the answer. It names its statements on PostgreSQL (prepared once per connection) where the floor sends them unnamed, as \`pg\` does by default, and trusts a verified token for up to a minute where the floor checks every signature. autocannon asks for no compression, so neither compresses (a browser gets the server's JSON brotli-coded, at some CPU cost not measured here).

Goal (issue #13): at 10 connections, ≥ 0.7× the floor's requests per second and p99 ≤ 1.5× the floor's.

| database | request | connections | server req/s | floor req/s | server / floor | server p50 / p99 | floor p50 / p99 | p99 server / floor |
|---|---|---:|---:|---:|---:|---:|---:|---:|
${lines.join('\n')}

Before (main at a428fd2: six round trips per read, each statement parsed and planned anew), measured 2026-12-07 by this script at 10 connections: PostgreSQL GET plan 1,013 against the floor's 2,522 req/s (0.40×), p99 18 against 8 ms (2.25×); GET contact 1,281 against 2,394 (0.54×), p99 13 against 8 ms (1.63×). PGlite GET plan 365 against 1,137 (0.32×); GET contact 330 against 825 (0.40×).`;
}

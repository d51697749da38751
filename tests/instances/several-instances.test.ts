import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Plan, toPlanUpdate } from '@ungeforlob/sdk';
import { buildSeed } from '@ungeforlob/sdk/seed';
import pg from 'pg';
import { freePort } from '../../scripts/support/free-port.mjs';
import { startLocalIssuer, startServerProcess, stopServerProcess } from '../../scripts/support/server-processes.mjs';

// Three server processes on one PostgreSQL behind HAProxy (round robin, health checks), as a
// municipality runs them: they start together and migrate once, and 50 clients editing plans with
// If-Match for 30 s across them lose no update; one instance killed mid-run costs no read and
// leaves every write landed exactly once or refused clearly. Needs UF_TEST_DATABASE_URL and haproxy.

const databaseUrl = process.env['UF_TEST_DATABASE_URL'];
const haproxyPath = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((path) => {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
});
const INSTANCES = 3;
const CLIENTS = Number(process.env['UF_INSTANCES_CLIENTS'] ?? 50);
const SECONDS = Number(process.env['UF_INSTANCES_SECONDS'] ?? 30);
const seed = buildSeed();
/** Each course with a professional of its team, who may edit its plan. */
const editors = seed.teams.flatMap((team) => {
  const professional = seed.users.find((user) => user.role === 'professional' && team.members.some((member) => member.id === user.staffId))!;
  return team.courseIds.filter((courseId) => courseId in seed.plans).map((courseId) => ({ courseId, subject: professional.subject }));
});

type Instance = Awaited<ReturnType<typeof startServerProcess>>;
let scratch: string;
let schemaUrl: string;
let schema: string;
let issuer: Awaited<ReturnType<typeof startLocalIssuer>>;
let instances: Instance[] = [];
let balancer: ChildProcess | undefined;
let balancerOrigin: string;

const skip = !databaseUrl ? 'UF_TEST_DATABASE_URL is not set' : !haproxyPath ? 'haproxy is not installed' : false;

before(async () => {
  if (skip) return;
  scratch = mkdtempSync(join(tmpdir(), 'uf-instances-'));
  schema = `uf_test_instances_${process.pid}`;
  await adminQuery(`CREATE SCHEMA ${schema}`);
  const url = new URL(databaseUrl!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  schemaUrl = url.href;
  issuer = await startLocalIssuer();
});

after(async () => {
  if (skip) return;
  balancer?.kill('SIGTERM');
  await Promise.all(instances.map(stopServerProcess));
  await issuer?.close();
  await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  rmSync(scratch, { recursive: true, force: true });
});

describe('several server instances on one PostgreSQL', { skip }, () => {
  test('three instances started together migrate and seed once, and all become healthy', async () => {
    // The seed's users are written only by a start with the development sign-in.
    const seeding = await Promise.all(
      Array.from({ length: INSTANCES }, (_, index) =>
        startServerProcess({ env: { DATABASE_URL: schemaUrl, UF_DEV_SIGN_IN: '1' }, logFile: join(scratch, `seeding-${index}.log`) }),
      ),
    );
    for (const instance of seeding) assert.equal((await fetch(`${instance.origin}/healthz`)).status, 200);
    await Promise.all(seeding.map(stopServerProcess));
    const migrations = await schemaQuery<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(
      migrations.map((row) => row.version),
      [...new Set(migrations.map((row) => row.version))],
    );
    const [plans] = await schemaQuery<{ count: string }>('SELECT count(*)::text AS count FROM course_plans');
    assert.equal(Number(plans!.count), Object.keys(seed.plans).length, 'each seeded plan once');
  });

  test(`${CLIENTS} clients editing plans for ${SECONDS} s through HAProxy lose no update, and one instance killed costs no read`, async () => {
    instances = await Promise.all(
      Array.from({ length: INSTANCES }, (_, index) =>
        startServerProcess({ env: { DATABASE_URL: schemaUrl, ...issuer.env }, logFile: join(scratch, `instance-${index}.log`) }),
      ),
    );
    balancerOrigin = await startBalancer(instances);
    const tokens = new Map(
      await Promise.all([...new Set(editors.map((editor) => editor.subject))].map(async (subject) => [subject, await issuer.sign(subject)] as const)),
    );

    const deadline = Date.now() + SECONDS * 1000;
    const killAt = Date.now() + (SECONDS * 1000) / 2;
    const tally = { reads: 0, readFailures: 0, readFailuresAfterKill: 0, accepted: 0, conflicts: 0, writeErrors: 0 };
    const accepted: { courseId: string; marker: string; base: string }[] = [];
    const uncertain: { courseId: string; marker: string }[] = [];
    let killed: Instance | undefined;
    const killer = (async () => {
      await sleep(killAt - Date.now());
      killed = instances[1]!;
      killed.child.kill('SIGKILL');
    })();

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const { courseId, subject } = editors[client % editors.length]!;
        const authorization = `Bearer ${tokens.get(subject)!}`;
        const url = `${balancerOrigin}/api/v1/courses/${courseId}/plan`;
        for (let attempt = 0; Date.now() < deadline; attempt += 1) {
          tally.reads += 1;
          const read = await fetch(url, { headers: { authorization } }).catch(() => null);
          if (!read || read.status !== 200) {
            tally.readFailures += 1;
            if (killed) tally.readFailuresAfterKill += 1;
            await read?.body?.cancel();
            continue;
          }
          const base = read.headers.get('etag')!;
          const plan = Plan.parse(await read.json());
          const marker = `c${client}-${attempt}`;
          const update = { ...toPlanUpdate(plan), reason: marker };
          update.lifeGoal = { ...update.lifeGoal, path: `Skridt for skridt (${marker})` };
          const write = await fetch(url, {
            method: 'PUT',
            headers: { authorization, 'content-type': 'application/json', 'if-match': base },
            body: JSON.stringify(update),
          }).catch(() => null);
          await write?.body?.cancel();
          if (write?.status === 200) {
            tally.accepted += 1;
            accepted.push({ courseId, marker, base });
          } else if (write?.status === 412) tally.conflicts += 1;
          else {
            tally.writeErrors += 1;
            uncertain.push({ courseId, marker });
          }
        }
      }),
    );
    await killer;

    const revisions = await schemaQuery<{ course_id: string; reason: string | null }>('SELECT course_id, reason FROM plan_revisions WHERE reason LIKE $1', [
      'c%-%',
    ]);
    const landed = new Map<string, number>();
    for (const revision of revisions) landed.set(`${revision.course_id} ${revision.reason}`, (landed.get(`${revision.course_id} ${revision.reason}`) ?? 0) + 1);
    const lost = accepted.filter((write) => landed.get(`${write.courseId} ${write.marker}`) !== 1);
    const sameBase = accepted.length - new Set(accepted.map((write) => `${write.courseId} ${write.base}`)).size;
    const uncertainLanded = uncertain.filter((write) => landed.has(`${write.courseId} ${write.marker}`)).length;
    const twice = [...landed.values()].filter((count) => count > 1).length;
    const served = instances.map((instance) => (readFileSync(instance.logFile, 'utf8').match(/^access method=/gm) ?? []).length);
    console.log(
      `\n${CLIENTS} clients × ${SECONDS} s over ${INSTANCES} instances: ${tally.accepted} edits accepted, ${tally.conflicts} conflicts (412), ${lost.length} lost, ${sameBase} accepted on a version another had already replaced; ` +
        `reads ${tally.reads}, ${tally.readFailures} failed (${tally.readFailuresAfterKill} after the kill -9); ` +
        `writes without an answer ${tally.writeErrors} (${uncertainLanded} of them landed, each once); requests per instance ${served.join(' / ')}`,
    );
    assert.equal(lost.length, 0, 'every accepted edit is in the history exactly once');
    assert.equal(sameBase, 0, 'no two edits were accepted on one version');
    assert.equal(twice, 0, 'no edit landed twice');
    assert.equal(tally.readFailures, 0, 'every read was answered, through the others after the kill');
    assert.ok(tally.accepted > CLIENTS, `only ${tally.accepted} edits were accepted`);
    for (const [index, count] of served.entries()) assert.ok(count > 0, `instance ${index} served no request`);
  });
});

/** HAProxy in front of `instances`: round robin, a health check each 300 ms, reads retried elsewhere, writes never. */
async function startBalancer(backends: Instance[]): Promise<string> {
  const port = await freePort();
  const config = `
global
  maxconn 2000
defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout 502 503
frontend api
  bind 127.0.0.1:${port}
  # A write that reached a server may have landed: never send it again. Connection failures
  # (nothing sent yet) are retried for every method.
  http-request disable-l7-retry if !METH_GET !METH_HEAD
  default_backend instances
backend instances
  balance roundrobin
  option httpchk
  http-check send meth GET uri /healthz ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
${backends.map((backend, index) => `  server i${index} 127.0.0.1:${backend.port} check inter 300ms fall 2 rise 2`).join('\n')}
`;
  const file = join(scratch, 'haproxy.cfg');
  writeFileSync(file, config);
  balancer = spawn(haproxyPath!, ['-f', file, '-db'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 10_000; await sleep(100)) {
    const answer = await fetch(`${origin}/healthz`).catch(() => null);
    if (answer?.status === 200) return origin;
  }
  throw new Error('HAProxy did not come up');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function schemaQuery<Row>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: schemaUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

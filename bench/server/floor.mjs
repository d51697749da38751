// The floor the reference server is measured against (issue #13): bare hono on the same Node
// adapter, doing only what a read of personal data cannot skip — verify the bearer token against
// the identity provider's keys, one SELECT (the server's own statement, so the same rows and JSON
// travel), one audit INSERT, JSON out. No principal lookup, no per-course access check, no
// transaction, no validation of what was read, no access log, no security headers.
//
// Run as a child of bench/server.mjs: FLOOR_DATABASE_URL (PostgreSQL) or FLOOR_DATA_DIR (PGlite),
// FLOOR_ISSUER, FLOOR_AUDIENCE, FLOOR_JWKS_URL. Tells its parent the port over IPC.
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import pg from 'pg';
import { CONTACT_READ } from '../../packages/server/dist/contact/contact-store.js';
import { PLAN_READ } from '../../packages/server/dist/plan/plan-queries.js';

const { FLOOR_DATABASE_URL, FLOOR_DATA_DIR, FLOOR_ISSUER, FLOOR_AUDIENCE, FLOOR_JWKS_URL } = process.env;
const keys = createRemoteJWKSet(new URL(FLOOR_JWKS_URL));

/** The server's own statements (imported from its build), so the same rows and JSON travel. */
const READS = { plan: PLAN_READ, contact: CONTACT_READ };
const AUDIT = 'INSERT INTO audit_log (request_id, actor, role, course_id, resource, action) VALUES ($1, $2, $3, $4, $5, $6)';

const query = FLOOR_DATABASE_URL ? await postgres(FLOOR_DATABASE_URL) : await pglite(FLOOR_DATA_DIR);

const app = new Hono();
for (const resource of Object.keys(READS)) {
  app.get(`/api/v1/courses/:courseId/${resource}`, async (c) => {
    const token = /^Bearer (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    if (!token) return c.json({ title: 'Unauthorized' }, 401);
    let subject;
    try {
      ({
        payload: { sub: subject },
      } = await jwtVerify(token, keys, { issuer: FLOOR_ISSUER, audience: FLOOR_AUDIENCE }));
    } catch {
      return c.json({ title: 'Unauthorized' }, 401);
    }
    const courseId = c.req.param('courseId');
    const [row] = await query(READS[resource], [courseId]);
    if (!row) return c.json({ title: 'Not found' }, 404);
    await query(AUDIT, [crypto.randomUUID(), subject, 'professional', courseId, resource, 'read']);
    return c.json(row);
  });
}

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => process.send({ port: info.port }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

async function postgres(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return async (sql, params) => (await pool.query(sql, params)).rows;
}

async function pglite(dataDir) {
  const db = await PGlite.create(dataDir);
  return async (sql, params) => (await db.query(sql, params)).rows;
}

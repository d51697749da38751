import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { problemResponse, problems } from '../http/problems.js';

/** `GET /healthz`: 200 when the server can reach its database, 503 otherwise (for load balancers). */
export function healthRoute(db: Database): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/healthz', async (c) => {
    try {
      await db.query('SELECT 1');
    } catch {
      return problemResponse(c, problems.serviceUnavailable('The database cannot be reached.'));
    }
    return c.json({ status: 'ok' });
  });
}

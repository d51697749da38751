import { buildSeed } from '@ungeforlob/sdk/seed';
import { Hono } from 'hono';
import { DEV_TOKEN_SECONDS, type DevIssuer } from '../auth/dev-issuer.js';
import { signIn } from '../auth/principals.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { limitBodySize } from '../http/body-limit.js';
import { readJsonBody } from '../http/request-validation.js';
import { ProblemError, problems } from '../http/problems.js';

const seedSubjects = new Set(buildSeed().users.map((user) => user.subject));

/** Where the development issuer hands out tokens. */
export const DEV_TOKEN_PATH = '/demo/token';

/**
 * `POST /demo/token` with `{"user": "<subject>"}`: a token for a seeded user, as an identity
 * provider would issue one after sign-in, in the OAuth token response's shape. Only mounted with
 * the development issuer, which refuses to exist in production.
 */
export function devTokenRoute(issuer: DevIssuer, db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(DEV_TOKEN_PATH, limitBodySize(1024));
  return app.post(DEV_TOKEN_PATH, async (c) => {
    const body = (await readJsonBody(c)) as { user?: unknown } | null;
    const subject = typeof body?.user === 'string' && body.user.length <= 64 ? body.user : null;
    if (subject === null) throw new ProblemError(problems.invalidRequest('Send {"user": "<subject>"} as JSON.', [{ path: 'user', code: 'invalid_type' }]));
    // The demo's fictional users only, never a real person who came to be in principals.
    if (!seedSubjects.has(subject) || !(await signIn(db, subject))) throw new ProblemError(problems.notFound('There is no demo user with this subject.'));
    return c.json({ access_token: await issuer.sign(subject), token_type: 'Bearer', expires_in: DEV_TOKEN_SECONDS }, 200, { 'Cache-Control': 'no-store' });
  });
}

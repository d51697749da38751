import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * Gives every request a fresh id, sent back as `X-Request-Id` on every response, errors included.
 * Always generated here: an incoming id is caller-chosen text, and it would be copied into the
 * audit log and the access log.
 */
export function assignRequestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    await next();
    c.header('X-Request-Id', requestId);
  };
}

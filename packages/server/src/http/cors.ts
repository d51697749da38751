import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './app-env.js';

/**
 * Lets pages on the listed origins (a municipal intranet embedding the widgets) call the API.
 * Bearer tokens, not cookies, carry sign-in, so credentials stay off. The widgets need to read
 * the ETag, send If-Match (If-None-Match: * to create a draft) and an Idempotency-Key on submit.
 */
export function corsForOrigins(origins: readonly string[]): MiddlewareHandler<AppEnv> {
  return cors({
    origin: [...origins],
    allowMethods: ['GET', 'HEAD', 'PATCH', 'PUT', 'POST'],
    allowHeaders: ['Authorization', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'Content-Type'],
    exposeHeaders: ['ETag', 'X-Request-Id'],
    maxAge: 600,
  });
}

/** Throws unless `origin` is exactly an origin (`https://host[:port]`), as browsers send it. */
export function assertOrigin(origin: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.origin !== origin) {
    throw new Error(`Not a CORS origin (expected https://host[:port], no path or trailing slash): ${JSON.stringify(origin)}`);
  }
  return origin;
}

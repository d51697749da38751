import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';
import { templateOf } from './route-path.js';

/**
 * One line per request: method, route template, status, duration and request id. The template
 * (`/api/v1/courses/{courseId}/contact`), never the concrete path: a path can carry a course id
 * or, typed by mistake, a CPR number. No bodies, no query strings, no headers.
 */
export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const ms = (performance.now() - started).toFixed(1);
    logger.info(`access method=${c.req.method} route=${routeTemplate(c)} status=${c.res.status} ms=${ms} requestId=${c.get('requestId')}`);
  };
}

/** The template of the route that answered, in the SDK's `{name}` style; `(none)` when no route matched. */
function routeTemplate(c: Context<AppEnv>): string {
  // After next() the route index points at the handler that answered (or the last middleware).
  const template = routePath(c);
  return template === '*' || template === '/*' ? '(none)' : templateOf(template);
}

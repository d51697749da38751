import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** Who is calling, as written to the audit log. */
export interface Actor {
  /** A stable id of the signed-in person or system, or `anonymous`. */
  id: string;
  role: string;
}

/** The caller until sign-in exists (issue #6). */
export const anonymousActor: Actor = { id: 'anonymous', role: 'unauthenticated' };

/**
 * Sets the `actor` context variable that handlers audit with. The sign-in issue (#6) replaces
 * this middleware with one that verifies a token and sets the signed-in actor instead.
 */
export function identifyActor(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', anonymousActor);
    await next();
  };
}

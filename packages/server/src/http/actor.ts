import type { Author } from '@ungeforlob/sdk';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** Who is calling, as written to the audit log. */
export interface Actor {
  /** A stable id of the signed-in person or system, or `anonymous`. */
  id: string;
  role: string;
  /**
   * How the caller signs a plan revision: shown to colleagues and to the young person, so a
   * display name, never the id.
   */
  author: Author;
}

/**
 * The caller until sign-in exists (issue #6). Only professionals edit plans today, so its
 * revisions are signed as a professional who is not signed in.
 */
export const anonymousActor: Actor = { id: 'anonymous', role: 'unauthenticated', author: { role: 'professional', name: 'Ikke logget ind' } };

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

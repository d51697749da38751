import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { actorOf } from '../http/actor.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, problems } from '../http/problems.js';
import { signIn } from './principals.js';
import { InvalidTokenError, KeysUnavailableError, type TokenVerifier } from './token-verifier.js';

// RFC 6750's b64token: what a bearer token may consist of.
const bearer = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Every API request but the public ones carries a bearer token: verified, then mapped to a
 * principal the server knows, who becomes the request's `principal` and audit `actor`, with the
 * courses they may see (`visibleCourseIds`, which `allow` checks without another query). A missing
 * or bad token is a 401 with `WWW-Authenticate` (RFC 6750), so a client knows to get a new one;
 * a valid token of someone who is no user here is a 403.
 *
 * @param isPublic - paths that need no sign-in (the OpenAPI document).
 */
export function authenticate(verify: TokenVerifier, db: Database, isPublic: (path: string) => boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' || isPublic(c.req.path)) return next();
    const header = c.req.header('Authorization');
    if (!header)
      throw new ProblemError(problems.unauthorized('Sign in: send Authorization: Bearer with a token from the identity provider.'), {
        'WWW-Authenticate': 'Bearer realm="ungeforlob"',
      });
    const token = bearer.exec(header.trim())?.[1];
    if (!token) {
      throw new ProblemError(problems.unauthorized('The Authorization header is not a bearer token.'), {
        'WWW-Authenticate': 'Bearer realm="ungeforlob", error="invalid_request"',
      });
    }
    let subject: string;
    try {
      ({ subject } = await verify(token));
    } catch (error) {
      if (error instanceof KeysUnavailableError)
        throw new ProblemError(problems.serviceUnavailable("The identity provider's keys could not be fetched; try again shortly."), { 'Retry-After': '5' });
      if (error instanceof InvalidTokenError) {
        throw new ProblemError(problems.unauthorized('The token is expired, malformed, or not issued for this API; get a new one.'), {
          'WWW-Authenticate': 'Bearer realm="ungeforlob", error="invalid_token"',
        });
      }
      throw error;
    }
    const signedIn = await signIn(db, subject);
    if (!signedIn) throw new ProblemError(problems.forbidden('This sign-in is not a user of this service.'));
    c.set('principal', signedIn.principal);
    c.set('actor', actorOf(signedIn.principal));
    c.set('visibleCourseIds', signedIn.courseIds);
    await next();
  };
}

import { operations, type Operation } from '@ungeforlob/sdk';
import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import { allow } from '../auth/allow.js';
import type { AppEnv } from './app-env.js';
import { problemResponse, problems } from './problems.js';
import { honoPath } from './route-path.js';

// The server's routes come from the SDK's table of operations: the method and path of each are
// written once, there, and the route-table test holds the server to serving exactly those.

/**
 * Serves one operation of the contract: first its access rule (the table's, so the server cannot
 * grant what the document does not say), then `handlers`, for its method and path.
 */
export function serve(app: Hono<AppEnv>, operation: Operation, ...handlers: (MiddlewareHandler<AppEnv> | Handler<AppEnv>)[]): void {
  // One path, given as a list: hono types only that form of on() for any number of handlers.
  app.on(operation.method, [honoPath(operation.route)], allow(operation.access), ...handlers);
}

/**
 * 405 for every other method of each route, with `Allow` naming the methods the table has for it
 * (`GET, HEAD, PUT`: hono answers HEAD with GET's handler). Registered after the routes' own
 * handlers, which answer first.
 */
export function refuseOtherMethods(app: Hono<AppEnv>, ...routes: { template: string }[]): void {
  for (const route of routes) {
    const allowed = allowedMethods(route).join(', ');
    app.all(honoPath(route), (c: Context<AppEnv>) => problemResponse(c, problems.methodNotAllowed(), { Allow: allowed }));
  }
}

/** The methods the contract's table has for a route, in the table's order, with HEAD after GET. */
export function allowedMethods(route: { template: string }): string[] {
  return Object.values(operations)
    .filter((operation) => operation.route.template === route.template)
    .flatMap((operation) => (operation.method === 'GET' ? ['GET', 'HEAD'] : [operation.method]));
}

import { API_BASE_PATH, LIMITS } from '@ungeforlob/sdk';
import { Hono } from 'hono';
import type { Database } from './db/database.js';
import { authenticate } from './auth/authenticate.js';
import type { DevIssuer } from './auth/dev-issuer.js';
import type { DemoClient, TokenVerifier } from './auth/token-verifier.js';
import { accessLog } from './http/access-log.js';
import type { AppEnv } from './http/app-env.js';
import { limitBodySize } from './http/body-limit.js';
import { compressJson } from './http/compress-json.js';
import { assertOrigin, corsForOrigins } from './http/cors.js';
import { answerNotFound, handleErrors } from './http/error-handler.js';
import type { Logger } from './http/logger.js';
import { assignRequestId } from './http/request-id.js';
import { apiSecurityHeaders, assertSourceList, baseSecurityHeaders } from './http/security-headers.js';
import { defaultBundlePath, defaultPublicDir } from './package-paths.js';
import { resources } from './resources.js';
import { demoRoutes } from './routes/demo-routes.js';
import { DEV_TOKEN_PATH, devTokenRoute } from './routes/dev-token-route.js';
import { healthRoute } from './routes/health-route.js';
import { openApiRoute } from './routes/openapi-route.js';

/**
 * The largest bodies the contract allows are a whole plan (hundreds of efforts) and a questionnaire
 * draft with every reflection written out (about 24 texts of 4 000 characters, æøå two bytes
 * each): a few hundred KiB. Far more than that is a mistake or an attack.
 */
export const DEFAULT_MAX_BODY_BYTES = LIMITS.bodyBytes;

export interface AppOptions {
  /** An open, migrated database (see `startServer`, which prepares one). */
  database: Database;
  /**
   * Verifies the bearer token of every API request but `/openapi.json` (see `createOidcVerifier`).
   * `startServer` makes one from its `oidc` option, or from the development issuer.
   */
  verifyToken: TokenVerifier;
  /** The development issuer, whose `POST /demo/token` the demo page signs in with. Never in production. */
  devIssuer?: DevIssuer;
  /** Access-log and failure lines. Default `console`. */
  logger?: Logger;
  /** The widget bundle served at `/cdn/ungeforlob.min.js`. Default: the elements package's `dist/cdn/ungeforlob.min.js`. */
  bundlePath?: string;
  /** The demo page's folder. Default: this package's `public/`. */
  publicDir?: string;
  /** Origins (`https://intra.kommune.example`) whose pages may call the API from a browser. Default none. */
  corsOrigins?: readonly string[];
  /** Who may frame the demo page, a CSP source list. Default `'self'`. */
  frameAncestors?: string;
  /** Largest accepted request body. Default 512 KiB. */
  maxBodyBytes?: number;
  /** The identity provider's public client for the demo page, when it signs in there instead of through `devIssuer`. */
  demoClient?: DemoClient & { issuer: string };
}

/**
 * The HTTP application: the API under `/api/v1`, `/healthz`, and the demo portal page.
 * Use it with any fetch-style runtime (`app.fetch`), or let `startServer` listen for you.
 *
 * @throws when `corsOrigins` or `frameAncestors` are malformed, so a misconfiguration stops start-up.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const logger = options.logger ?? console;
  const corsOrigins = (options.corsOrigins ?? []).map(assertOrigin);
  const frameAncestors = assertSourceList(options.frameAncestors ?? "'self'");

  const app = new Hono<AppEnv>();
  app.onError(handleErrors(logger));
  app.notFound(answerNotFound);

  // Outermost first: the request id exists before anything can fail, and the access log sees the final status.
  app.use(assignRequestId());
  app.use(accessLog(logger));
  app.use(baseSecurityHeaders());

  const api = `${API_BASE_PATH}/*`;
  app.use(api, apiSecurityHeaders());
  app.use(api, compressJson());
  if (corsOrigins.length > 0) app.use(api, corsForOrigins(corsOrigins));
  // A portal on another origin (a framework's dev server) signs in to the demo through this route too.
  if (corsOrigins.length > 0 && options.devIssuer) app.use(DEV_TOKEN_PATH, corsForOrigins(corsOrigins));
  app.use(api, limitBodySize(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES));
  const openApiPath = `${API_BASE_PATH}/openapi.json`;
  app.use(
    api,
    authenticate(options.verifyToken, options.database, (path) => path === openApiPath),
  );

  for (const resource of Object.values(resources)) app.route(API_BASE_PATH, resource.routes(options.database));
  app.route(API_BASE_PATH, openApiRoute());
  app.route('/', healthRoute(options.database));
  if (options.devIssuer) app.route('/', devTokenRoute(options.devIssuer, options.database));
  app.route(
    '/',
    demoRoutes({
      publicDir: options.publicDir ?? defaultPublicDir,
      bundlePath: options.bundlePath ?? defaultBundlePath,
      frameAncestors,
      logger,
      signIn: options.devIssuer ? { mode: 'development' } : options.demoClient ? { mode: 'oidc', scope: 'openid', ...options.demoClient } : { mode: 'none' },
    }),
  );
  return app;
}

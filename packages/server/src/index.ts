/**
 * @packageDocumentation
 * Reference API server for Ungeforløb: the SDK's contract over HTTP, on an embedded PostgreSQL
 * (PGlite) or a real one, with an audit log and a demo portal page.
 */
export { startServer, DEFAULT_DATA_DIR, type ServerOptions, type RunningServer } from './start-server.js';
export { createApp, DEFAULT_MAX_BODY_BYTES, type AppOptions } from './app.js';
export { serverOptionsFromEnv } from './env-options.js';
export { answerClientErrors } from './http/client-errors.js';
export type { Database, Queryable } from './db/database.js';
export type { PreparedDatabase } from './prepare-database.js';
export { openDatabase, type DatabaseLocation } from './db/open-database.js';
export { prepareDatabase } from './prepare-database.js';
export { migrate } from './db/migrate.js';
export type { Logger } from './http/logger.js';
export { actorOf, type Actor } from './http/actor.js';
export {
  createOidcVerifier,
  createTokenVerifier,
  InvalidTokenError,
  KeysUnavailableError,
  type DemoClient,
  type OidcOptions,
  type TokenVerifier,
  type VerifiedToken,
} from './auth/token-verifier.js';
export { createDevIssuer, DevIssuerInProductionError, DevIssuerNotChosenError, type DevIssuer } from './auth/dev-issuer.js';
export type { Principal, PrincipalRole } from './auth/principals.js';
export type { AppEnv } from './http/app-env.js';

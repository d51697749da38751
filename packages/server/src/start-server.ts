import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { createApp, type AppOptions } from './app.js';
import { answerClientErrors } from './http/client-errors.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open-database.js';
import { prepareDatabase, type PreparedDatabase } from './prepare-database.js';
import type { Logger } from './http/logger.js';
import { createDevIssuer, DevIssuerNotChosenError } from './auth/dev-issuer.js';
import { createOidcVerifier, type OidcOptions } from './auth/token-verifier.js';

export interface ServerOptions extends Omit<AppOptions, 'database' | 'verifyToken' | 'devIssuer' | 'demoClient'> {
  /**
   * The identity provider whose tokens the API accepts. Without it the server runs its own
   * development issuer (`POST /demo/token` signs tokens for seeded users), which `production` forbids.
   */
  oidc?: OidcOptions;
  /** Production mode: refuses to start without `oidc`. Default: `NODE_ENV === 'production'`. */
  production?: boolean;
  /**
   * Run the development issuer when there is no `oidc`. Default: only for a demo, i.e. on the
   * embedded database and a loopback host; a server on a real PostgreSQL or reachable from the
   * network refuses to start without `oidc` unless this is set. Never allowed in production.
   */
  devSignIn?: boolean;
  /** TCP port; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`, so a demo is not reachable from the network by accident. */
  host?: string;
  /** Folder of the embedded PostgreSQL. Default `.data/pglite` under the current directory. Ignored with `databaseUrl`. */
  dataDir?: string;
  /** A PostgreSQL connection string; when set, a real PostgreSQL is used instead of the embedded one. */
  databaseUrl?: string;
}

export interface RunningServer {
  /** Where the server answers, without a trailing slash, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  /** The open database, for tests and administration. Closed by {@link RunningServer.close}. */
  database: Database;
  /** Where the data lives, for people: the PGlite folder's absolute path, or `PostgreSQL (DATABASE_URL)`. */
  dataLocation: string;
  /** What start-up did: migrations applied and whether the seed was written. */
  prepared: PreparedDatabase;
  /** Signs a token for a seeded user; only with the development issuer (no `oidc`), for tests and tools. */
  signDevToken?: (subject: string) => Promise<string>;
  /** Stops accepting requests, lets running ones finish, then closes the database. Safe to call twice. */
  close(): Promise<void>;
}

/** Default folder of the embedded database, relative to the current directory. */
export const DEFAULT_DATA_DIR = '.data/pglite';

/**
 * Opens the database (embedded PGlite in `dataDir`, or PostgreSQL at `databaseUrl`), applies
 * migrations, seeds an empty database, and listens for HTTP.
 *
 * @example
 * const server = await startServer({ port: 0, dataDir: tmp });
 * const client = createClient({ baseUrl: `${server.url}/api/v1` });
 * await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const {
    port = 8080,
    host = '127.0.0.1',
    dataDir: dataDirOption = DEFAULT_DATA_DIR,
    databaseUrl,
    oidc,
    production = process.env['NODE_ENV'] === 'production',
    devSignIn,
    ...appOptions
  } = options;
  const logger: Logger = appOptions.logger ?? console;
  // Before the database opens: a server without an identity provider starts only as a demo.
  const demo = devSignIn ?? (!databaseUrl && isLoopback(host));
  if (!oidc && !demo && !production) throw new DevIssuerNotChosenError();
  const devIssuer = oidc ? undefined : await createDevIssuer(production);
  const verifyToken = oidc ? createOidcVerifier(oidc, production) : devIssuer!.verify;
  const dataDir = resolve(dataDirOption);
  const database = await openDatabase({ databaseUrl, dataDir }, (error) => logger.error(`database connection lost while idle: error=${error.name}`));
  try {
    const prepared = await prepareDatabase(database, { seedAccess: devIssuer !== undefined });
    const demoClient = oidc?.demoClient && { issuer: oidc.issuer, ...oidc.demoClient };
    const app = createApp({ ...appOptions, database, logger, verifyToken, ...(devIssuer ? { devIssuer } : {}), ...(demoClient ? { demoClient } : {}) });
    // Keeps node-server's default of installing its Request class globally: hono's body limit
    // re-creates the request from the buffered body, which only that class allows.
    const server = createAdaptorServer({ fetch: app.fetch });
    answerClientErrors(server);
    await new Promise<void>((resolveListening, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolveListening();
      });
    });
    const { port: boundPort } = server.address() as AddressInfo;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`,
      port: boundPort,
      database,
      dataLocation: database.engine === 'pglite' ? dataDir : 'PostgreSQL (DATABASE_URL)',
      prepared,
      ...(devIssuer ? { signDevToken: (subject: string) => devIssuer.sign(subject) } : {}),
      close() {
        closing ??= new Promise<void>((resolveClosed) => server.close(() => resolveClosed())).then(() => database.close());
        return closing;
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

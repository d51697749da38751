import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '@ungeforlob/server';
import { seedUserIds } from '@ungeforlob/sdk/seed';
import pg from 'pg';
import { signInFor } from './http.js';

/** The lines a server wrote, so tests can check what the logs contain (and what they must not). */
export interface CapturedLog {
  info: string[];
  error: string[];
}

export interface TestServer extends RunningServer {
  log: CapturedLog;
  /** The Authorization header of a seeded user (default: Jonas Kragh, Team Nord). */
  headersFor(user?: string): Promise<Record<string, string>>;
  /** A `getToken` for the SDK client, signed in as a seeded user (default: Jonas Kragh, Team Nord). */
  tokenFor(user?: string): () => Promise<string>;
}

/**
 * Where a test file's server keeps its data. With `DATABASE_URL` set, the suite runs against that
 * PostgreSQL, in a schema of its own per test file (so files can run in parallel); otherwise on
 * PGlite in a fresh temporary folder.
 */
export interface TestDatabase {
  /** Options that point `startServer` at this database. */
  options: Pick<ServerOptions, 'dataDir' | 'databaseUrl'>;
  /** Removes the temporary folder or drops the schema. */
  dispose(): Promise<void>;
}

/** True when the suite runs against a real PostgreSQL. */
export const usesPostgres = Boolean(process.env['DATABASE_URL']);

/**
 * A fresh, empty database for one test file.
 *
 * @param name - unique per test file; becomes the PostgreSQL schema name (letters and _ only).
 */
export async function createTestDatabase(name: string): Promise<TestDatabase> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    if (!/^[a-z_]+$/.test(name)) throw new Error(`schema name must be lower-case letters and _: ${name}`);
    const schema = `uf_test_${name}`;
    await resetSchema(serverUrl, schema);
    const url = new URL(serverUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return { options: { databaseUrl: url.toString() }, dispose: () => dropSchema(serverUrl, schema) };
  }
  const dataDir = await mkdtemp(join(tmpdir(), `uf-${name}-`));
  return { options: { dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
}

/**
 * Starts the real server on a free port with a captured log, signed in through its development
 * issuer: the helpers in `http.ts` send Jonas Kragh's token to it unless told otherwise.
 */
export async function startTestServer(database: TestDatabase, options: ServerOptions = {}): Promise<TestServer> {
  const log: CapturedLog = { info: [], error: [] };
  const server = await startServer({
    port: 0,
    // Tests sign in through the development issuer, on PostgreSQL too.
    devSignIn: true,
    ...database.options,
    logger: { info: (line) => log.info.push(line), error: (line) => log.error.push(line) },
    ...options,
  });
  const sign = server.signDevToken;
  if (!sign) throw new Error('the test server needs the development issuer (no oidc option)');
  signInFor(server.url, sign);
  const tokenFor =
    (user: string = seedUserIds.teamNord) =>
    () =>
      sign(user);
  const headersFor = async (user: string = seedUserIds.teamNord) => ({ authorization: `Bearer ${await sign(user)}` });
  return Object.assign(server, { log, headersFor, tokenFor });
}

// The schema name is checked above and is not a value: identifiers cannot be parameters.
async function resetSchema(serverUrl: string, schema: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
  });
}

async function dropSchema(serverUrl: string, schema: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

async function withClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

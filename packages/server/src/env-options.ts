import type { ServerOptions } from './start-server.js';

/**
 * Server options from environment variables, for the command line and containers:
 * `PORT` (default 8080), `HOST` (default 127.0.0.1), `UF_DATA_DIR`, `DATABASE_URL`,
 * `UF_CORS_ORIGINS` (comma-separated origins) and `UF_FRAME_ANCESTORS` (a CSP source list).
 * Unset or empty variables leave the option to its default.
 *
 * @throws when `PORT` is not a port number.
 */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const options: ServerOptions = { port: env['PORT'] ? parsePort(env['PORT']) : 8080 };
  const host = env['HOST']?.trim();
  if (host) options.host = host;
  const dataDir = env['UF_DATA_DIR']?.trim();
  if (dataDir) options.dataDir = dataDir;
  const databaseUrl = env['DATABASE_URL']?.trim();
  if (databaseUrl) options.databaseUrl = databaseUrl;
  const corsOrigins = (env['UF_CORS_ORIGINS'] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (corsOrigins.length > 0) options.corsOrigins = corsOrigins;
  const frameAncestors = env['UF_FRAME_ANCESTORS']?.trim();
  if (frameAncestors) options.frameAncestors = frameAncestors;
  return options;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number (0–65535), not ${JSON.stringify(text)}`);
  return port;
}

#!/usr/bin/env node
import { serverOptionsFromEnv } from './env-options.js';
import { startServer } from './start-server.js';

// The reference server with its demo page, configured from the environment (see env-options.ts).

const server = await Promise.resolve()
  .then(() => startServer(serverOptionsFromEnv(process.env)))
  .catch((error: unknown) => {
    console.error(`Ungeforløb could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });

console.info(`Ungeforløb demo: ${browsableUrl(server.url)} (data in ${server.dataLocation})`);
console.info(
  server.signDevToken
    ? 'Sign-in: development issuer for the seeded users (POST /demo/token); never in production. Set UF_OIDC_* for a real identity provider.'
    : 'Sign-in: tokens from the identity provider in UF_OIDC_ISSUER.',
);

/** Loopback and "all interfaces" are both reachable as localhost from this machine, and that is what people type. */
function browsableUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  if (['127.0.0.1', '[::1]', '0.0.0.0', '[::]'].includes(url.hostname)) url.hostname = 'localhost';
  return url.href;
}

let stopping = false;
function stop(signal: NodeJS.Signals): void {
  // A second Ctrl-C means "now": skip the graceful close.
  if (stopping) process.exit(130);
  stopping = true;
  console.info(`${signal}: closing the server and the database`);
  // PGlite must be closed cleanly, or its folder may need recovery on the next start.
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`closing failed: error=${error instanceof Error ? error.name : typeof error}`);
      process.exit(1);
    },
  );
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

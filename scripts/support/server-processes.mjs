// Reference servers as separate processes, as `npm start` runs them, and an identity provider of
// our own that they all trust: for the benchmarks and for the tests that need more than one
// process (several instances behind a balancer).
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** The built server's command line. */
export const SERVER_CLI = 'packages/server/dist/cli.js';

/**
 * An identity provider of our own: an ES256 key, its JWKS on loopback, access tokens (`at+jwt`)
 * for one hour. `env` configures a server to trust it.
 */
export async function startLocalIssuer({ issuer = 'urn:ungeforlob:local-issuer', audience = 'ungeforlob-api', kid = 'local' } = {}) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] });
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${server.address().port}/jwks`;
  return {
    env: { UF_OIDC_ISSUER: issuer, UF_OIDC_AUDIENCE: audience, UF_OIDC_JWKS_URL: jwksUrl },
    sign: (subject) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Starts the server (`cli`, default the built one) with `env` on a free loopback port; its log
 * goes to `logFile`, as to a journal. Resolves once it says where it listens.
 */
export async function startServerProcess({ env, logFile, cli = SERVER_CLI, timeoutMs = 120_000 }) {
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [cli], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', log, log] });
  const started = Date.now();
  for (;;) {
    const found = /Ungeforløb demo: http:\/\/localhost:(\d+)/.exec(readFileSync(logFile, 'utf8'));
    if (found) return { child, port: Number(found[1]), origin: `http://127.0.0.1:${found[1]}`, logFile };
    if (child.exitCode !== null || Date.now() - started > timeoutMs) throw new Error(`the server did not start:\n${readFileSync(logFile, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Stops a server started by {@link startServerProcess} the way a service manager does (SIGTERM), and waits for it. */
export function stopServerProcess({ child }) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

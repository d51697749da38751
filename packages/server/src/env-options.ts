import type { ServerOptions } from './start-server.js';

/**
 * Server options from environment variables, for the command line and containers:
 * `PORT` (default 8080), `HOST` (default 127.0.0.1), `UF_DATA_DIR`, `DATABASE_URL`,
 * `UF_CORS_ORIGINS` (comma-separated origins), `UF_FRAME_ANCESTORS` (a CSP source list), and the
 * identity provider: `UF_OIDC_ISSUER`, `UF_OIDC_AUDIENCE` and `UF_OIDC_JWKS_URL` (all three or none),
 * with `UF_OIDC_ACCESS_TOKEN_TYPE` when its access tokens' `typ` is not `at+jwt`, and
 * `UF_OIDC_DEMO_CLIENT_ID` (with `UF_OIDC_DEMO_SCOPE`) for the demo page to sign in there,
 * or `UF_DEV_SIGN_IN=1` to force the development sign-in for a demo off localhost.
 * Unset or empty variables leave the option to its default.
 *
 * @throws when `PORT` is not a port number, or only some of the `UF_OIDC_*` variables are set
 * (`UF_OIDC_DEMO_CLIENT_ID` needs the other three).
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
  const oidc = { issuer: env['UF_OIDC_ISSUER']?.trim(), audience: env['UF_OIDC_AUDIENCE']?.trim(), jwksUrl: env['UF_OIDC_JWKS_URL']?.trim() };
  const devSignIn = env['UF_DEV_SIGN_IN']?.trim();
  if (devSignIn) options.devSignIn = devSignIn === '1' || devSignIn === 'true';
  const given = Object.values(oidc).filter(Boolean).length;
  const accessTokenType = env['UF_OIDC_ACCESS_TOKEN_TYPE']?.trim();
  const demoClientId = env['UF_OIDC_DEMO_CLIENT_ID']?.trim();
  const demoScope = env['UF_OIDC_DEMO_SCOPE']?.trim();
  const demoClient = demoClientId ? { clientId: demoClientId, ...(demoScope && { scope: demoScope }) } : undefined;
  if (given === 3)
    options.oidc = { ...(oidc as ServerOptions['oidc'] & object), ...(accessTokenType && { accessTokenType }), ...(demoClient && { demoClient }) };
  else if (given > 0) throw new Error('Set all of UF_OIDC_ISSUER, UF_OIDC_AUDIENCE and UF_OIDC_JWKS_URL, or none (development sign-in).');
  else if (demoClient)
    throw new Error('UF_OIDC_DEMO_CLIENT_ID names a client at an identity provider: set UF_OIDC_ISSUER, UF_OIDC_AUDIENCE and UF_OIDC_JWKS_URL too.');
  return options;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number (0–65535), not ${JSON.stringify(text)}`);
  return port;
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverOptionsFromEnv } from '@ungeforlob/server';

test('defaults: port 8080 and nothing else set', () => {
  assert.deepEqual(serverOptionsFromEnv({}), { port: 8080 });
});

test('reads every variable, splitting and trimming the CORS origins', () => {
  const options = serverOptionsFromEnv({
    PORT: '0',
    HOST: '0.0.0.0',
    UF_DATA_DIR: '/var/lib/ungeforlob',
    DATABASE_URL: 'postgres://uf@db/uf',
    UF_CORS_ORIGINS: ' https://intra.fjordby.example , https://portal.fjordby.example,',
    UF_FRAME_ANCESTORS: "'self' https://intra.fjordby.example",
  });
  assert.deepEqual(options, {
    port: 0,
    host: '0.0.0.0',
    dataDir: '/var/lib/ungeforlob',
    databaseUrl: 'postgres://uf@db/uf',
    corsOrigins: ['https://intra.fjordby.example', 'https://portal.fjordby.example'],
    frameAncestors: "'self' https://intra.fjordby.example",
  });
});

test('empty variables count as unset; a bad PORT stops start-up', () => {
  assert.deepEqual(serverOptionsFromEnv({ HOST: '', DATABASE_URL: ' ', UF_CORS_ORIGINS: '' }), { port: 8080 });
  for (const port of ['abc', '-1', '65536', '80.5']) assert.throws(() => serverOptionsFromEnv({ PORT: port }), /PORT/);
});

const oidcEnv = {
  UF_OIDC_ISSUER: ' https://login.fjordby.example/realms/ungeforlob ',
  UF_OIDC_AUDIENCE: 'ungeforlob-api',
  UF_OIDC_JWKS_URL: 'https://login.fjordby.example/realms/ungeforlob/protocol/openid-connect/certs',
};

test('all three UF_OIDC_* variables set: the identity provider, trimmed, as options.oidc', () => {
  assert.deepEqual(serverOptionsFromEnv(oidcEnv), {
    port: 8080,
    oidc: {
      issuer: 'https://login.fjordby.example/realms/ungeforlob',
      audience: 'ungeforlob-api',
      jwksUrl: 'https://login.fjordby.example/realms/ungeforlob/protocol/openid-connect/certs',
    },
  });
});

test('UF_OIDC_ACCESS_TOKEN_TYPE names the typ of access tokens a provider issues otherwise', () => {
  assert.equal(serverOptionsFromEnv({ ...oidcEnv, UF_OIDC_ACCESS_TOKEN_TYPE: ' JWT ' }).oidc?.accessTokenType, 'JWT');
  assert.equal(serverOptionsFromEnv({ ...oidcEnv, UF_OIDC_ACCESS_TOKEN_TYPE: '' }).oidc?.accessTokenType, undefined);
});

test("UF_OIDC_DEMO_CLIENT_ID (and UF_OIDC_DEMO_SCOPE) name the demo page's public client at the provider", () => {
  assert.deepEqual(
    serverOptionsFromEnv({ ...oidcEnv, UF_OIDC_DEMO_CLIENT_ID: ' ungeforlob-demo ', UF_OIDC_DEMO_SCOPE: ' openid ungeforlob ' }).oidc?.demoClient,
    {
      clientId: 'ungeforlob-demo',
      scope: 'openid ungeforlob',
    },
  );
  assert.deepEqual(serverOptionsFromEnv({ ...oidcEnv, UF_OIDC_DEMO_CLIENT_ID: 'ungeforlob-demo' }).oidc?.demoClient, { clientId: 'ungeforlob-demo' });
  assert.equal(serverOptionsFromEnv({ ...oidcEnv, UF_OIDC_DEMO_SCOPE: 'openid' }).oidc?.demoClient, undefined, 'a scope without a client is no client');
  assert.throws(
    () => serverOptionsFromEnv({ UF_OIDC_DEMO_CLIENT_ID: 'ungeforlob-demo' }),
    /UF_OIDC_ISSUER, UF_OIDC_AUDIENCE and UF_OIDC_JWKS_URL/,
    'a client without its provider stops start-up',
  );
});

test('none of the UF_OIDC_* variables set (or all empty): no oidc, so development sign-in', () => {
  assert.equal(serverOptionsFromEnv({}).oidc, undefined);
  assert.equal(serverOptionsFromEnv({ UF_OIDC_ISSUER: '', UF_OIDC_AUDIENCE: ' ', UF_OIDC_JWKS_URL: '' }).oidc, undefined);
});

test('only some UF_OIDC_* variables set stops start-up, naming all three', () => {
  const keys = Object.keys(oidcEnv) as (keyof typeof oidcEnv)[];
  for (const missing of keys) {
    const some = { ...oidcEnv, [missing]: undefined };
    assert.throws(() => serverOptionsFromEnv(some), /UF_OIDC_ISSUER, UF_OIDC_AUDIENCE and UF_OIDC_JWKS_URL/, `without ${missing}`);
    // An empty variable counts as unset here too.
    assert.throws(() => serverOptionsFromEnv({ ...oidcEnv, [missing]: ' ' }), /UF_OIDC_/, `with an empty ${missing}`);
  }
  for (const only of keys) assert.throws(() => serverOptionsFromEnv({ [only]: oidcEnv[only] }), /UF_OIDC_/, `only ${only}`);
});

test('UF_DEV_SIGN_IN=1 forces the development sign-in off localhost; unset leaves the choice to the server', () => {
  assert.equal(serverOptionsFromEnv({ UF_DEV_SIGN_IN: '1' }).devSignIn, true);
  assert.equal(serverOptionsFromEnv({ UF_DEV_SIGN_IN: '0' }).devSignIn, false);
  assert.equal(serverOptionsFromEnv({}).devSignIn, undefined);
});

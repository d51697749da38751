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

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

// The SDK's in-memory transport and seed data drive Storybook and tests; a portal never needs them,
// and re-exporting them from the elements would put about 5.5 KB gzipped into the CDN bundle
// (issue #2 allows 50 KB for all four widgets). Rollup drops them only while nothing reaches them,
// so the source map is checked for what actually went in. npm test builds before the node tests.
const MAP = 'packages/elements/dist/cdn/ungeforlob.min.js.map';
const SDK = resolve('packages/sdk');
const DEV_ONLY = ['memory', 'seed'];

test('the CDN bundle holds none of the SDK’s in-memory transport or seed data', () => {
  assert.ok(existsSync(MAP), `${MAP} is missing: run npm run build first (npm test does)`);
  const { sources } = JSON.parse(readFileSync(MAP, 'utf8')) as { sources: string[] };
  const fromSdk = sources
    .map((source) => relative(SDK, resolve(dirname(MAP), source)))
    .filter((path) => !path.startsWith('..') && !path.split(sep).includes('node_modules'));
  // Without SDK modules in the map, paths have moved and this test would pass checking nothing.
  assert.ok(
    fromSdk.some((path) => path.startsWith(`dist${sep}`)),
    `no SDK modules found in ${MAP}`,
  );
  const devOnly = fromSdk.filter((path) => path.split(sep).some((segment) => DEV_ONLY.includes(segment)));
  assert.deepEqual(devOnly, [], `development-only SDK modules in the CDN bundle: ${devOnly.join(', ')}`);
});

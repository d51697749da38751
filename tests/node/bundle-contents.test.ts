import assert from 'node:assert/strict';
import { dirname, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { cdnSourceMaps } from './helpers/cdn-build.js';

// The SDK's in-memory transport and seed data drive Storybook and tests; a portal never needs them,
// and re-exporting them from the elements would put about 5.5 KB gzipped into what a page loads.
// Rollup drops them only while nothing reaches them, so every source map of the CDN folder (the
// loader's, each chunk's, the all-in-one file's) is checked for what actually went in. npm test
// builds before the node tests.
const SDK = resolve('packages/sdk');
const DEV_ONLY = ['memory', 'seed'];

test('the CDN files hold none of the SDK’s in-memory transport or seed data', () => {
  const fromSdk = cdnSourceMaps().flatMap(({ map, sources }) =>
    sources.map((source) => relative(SDK, resolve(dirname(map), source))).filter((path) => !path.startsWith('..') && !path.split(sep).includes('node_modules')),
  );
  // Without SDK modules in the maps, paths have moved and this test would pass checking nothing.
  assert.ok(
    fromSdk.some((path) => path.startsWith(`dist${sep}`)),
    'no SDK modules found in the CDN source maps',
  );
  const devOnly = fromSdk.filter((path) => path.split(sep).some((segment) => DEV_ONLY.includes(segment)));
  assert.deepEqual([...new Set(devOnly)], [], `development-only SDK modules in the CDN files: ${devOnly.join(', ')}`);
});

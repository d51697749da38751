import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

// Issue #2's budget: all four widgets with SDK, Lit, zod and ky within 50 KB gzipped. A size
// budget, not a timing, so it belongs in the tests; bench/size.mjs reports the breakdown.
const BUDGET_BYTES = 50 * 1024;

test('the single-file CDN bundle stays within 50 KB gzipped', () => {
  const bundle = readFileSync('packages/elements/dist/cdn/ungeforlob.min.js');
  const gzipped = gzipSync(bundle, { level: 9 }).length;
  assert.ok(gzipped <= BUDGET_BYTES, `${gzipped} bytes gzipped is over the ${BUDGET_BYTES} byte budget`);
});

test('the CDN bundle carries no development-only code or source paths', () => {
  const code = readFileSync('packages/elements/dist/cdn/ungeforlob.min.js', 'utf8');
  assert.doesNotMatch(code, /Lit is in dev mode/);
  assert.doesNotMatch(code, /\/work\/|node_modules/);
});

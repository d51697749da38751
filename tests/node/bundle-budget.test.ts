import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

// Issue #2's budget is all four widgets with SDK, Lit, zod and ky within 50 KB gzipped. With all
// four the main file is 59.9 KB, English already split off (docs/benchmarks.md has the breakdown:
// Lit, zod and ky alone are about 20 KB, the plan view 17 KB), so the budget cannot hold on this
// stack without a decision (replace ky, per-widget files, or a new budget); that is raised on the
// issues. Until then this is a ceiling against growth: no change may make the bundle bigger than
// this without someone deciding so here. A size, not a timing, so it belongs in the tests.
//
// Raised from 62 KB (63,488 B) to 63 KB for issue #11's shared layer: the bundle went from
// 62,882 B to 64,250 B. The resource cache, the one store base and the contract table are new
// code (+1,046 B), and so are the fixes an independent review found in them (+322 B: a store
// whose read began before another store's write reads again; a new round refreshes only the
// rounds). The repetition they replaced had compressed well, so folding it saved little after
// gzip. Issue #13 (per-widget chunks over this shared layer) is where the size is to be won, not
// by trimming.
//
// Raised from 63 KB to 64 KB for issue #12's layout: every widget lays out by its own width
// (container queries), and the plan's and the summary's tables turn into labelled rows where their
// columns do not fit (+350 B). The resource lists of issue #11 cost +101 B over 64,250 after two
// savings (write-state functions instead of methods, the copy loader as a closure); 64,702 B then.
const BUDGET_BYTES = 50 * 1024;
const INTERIM_CEILING_BYTES = 64 * 1024;

test('the single-file CDN bundle stays under the interim ceiling (issue #2 budget: 50 KB, not met)', () => {
  const bundle = readFileSync('packages/elements/dist/cdn/ungeforlob.min.js');
  const gzipped = gzipSync(bundle, { level: 9 }).length;
  assert.ok(gzipped <= INTERIM_CEILING_BYTES, `${gzipped} bytes gzipped is over the interim ceiling of ${INTERIM_CEILING_BYTES} bytes`);
  if (gzipped > BUDGET_BYTES) console.log(`# bundle ${gzipped} B gzipped: ${gzipped - BUDGET_BYTES} B over issue #2's 50 KB budget`);
});

test('the CDN bundle carries no development-only code or source paths', () => {
  const code = readFileSync('packages/elements/dist/cdn/ungeforlob.min.js', 'utf8');
  assert.doesNotMatch(code, /Lit is in dev mode/);
  assert.doesNotMatch(code, /\/work\/|node_modules/);
});

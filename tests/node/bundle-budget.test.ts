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
//
// Raised from 64 KB to 70 KB for the rest of issue #12, 65,093 B → 70,778 B, each part something
// the issue asks the widgets to show: the progression's dot plot, HTML chart words and annotation
// list (+1,400 B with the young person's own wording), loading skeletons the size of each widget's
// content so the page does not jump (+1,680 B), and messages that fit the case — refusals at their
// fields, "Prøv igen" only where it helps, the unsaved status, the questionnaire's list of what to
// fix (+2,330 B); the DKFDS look and plain appearance +100 B. Issue #13 is next: per-widget chunks,
// where a page with one widget stops paying for the others.
const BUDGET_BYTES = 50 * 1024;
const INTERIM_CEILING_BYTES = 70 * 1024;

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

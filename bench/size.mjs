// Bundle size per entry, minified and gzipped, written to docs/benchmarks.md.
// Budget (issue #2): all four widgets with SDK, Lit, zod and ky within 50 KB gzipped.
// Peers for scale: SurveyJS alone ≈ 346 KB, Chart.js alone ≈ 70 KB (gzipped).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { writeSection } from './markdown-section.mjs';

const BUDGET_GZIP = 50 * 1024;
const elements = (file) => resolve('packages/elements/dist', file);

const entries = [
  ['Everything (CDN bundle: widgets, SDK, Lit, zod, ky)', `export * from ${JSON.stringify(elements('index.js'))};`],
  ['Everything but the contact card', `export * from ${JSON.stringify(elements('provider/define.js'))};`],
  ['SDK alone (all exports)', `export * from '@ungeforlob/sdk';`],
  ['Lit + @lit/context', `export * from 'lit'; export * from '@lit/context';`],
  ['ky', `export { default } from 'ky';`],
  ['zod/mini (all exports)', `export * from 'zod/mini';`],
  ["zod classic, import * as z from 'zod' (not used; for comparison)", `import * as z from 'zod'; export { z };`],
];

async function measure(source) {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? source : null) },
      nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output[0].code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
for (const [label, source] of entries) rows.push({ label, ...(await measure(source)) });

const full = rows[0];
const withoutCard = rows[1];
const cdnFile = readFileSync('packages/elements/dist/cdn/ungeforlob.min.js');
const cdnGzip = gzipSync(cdnFile, { level: 9 }).length;

const table = [
  '| entry | minified | gzipped |',
  '|---|---:|---:|',
  ...rows.map((row) => `| ${row.label} | ${kb(row.min)} | ${kb(row.gzip)} |`),
  `| Contact card's own share (everything − everything but the card) | ${kb(full.min - withoutCard.min)} | ${kb(full.gzip - withoutCard.gzip)} |`,
].join('\n');

writeSection(
  'size',
  `## Bundle size\n\nMeasured ${new Date().toISOString().slice(0, 10)} by \`bench/size.mjs\` (rollup + terser, gzip level 9).\n\n${table}\n\nThe shipped file \`packages/elements/dist/cdn/ungeforlob.min.js\` is **${kb(cdnGzip)} gzipped** (${kb(cdnFile.length)} minified): ${((cdnGzip / BUDGET_GZIP) * 100).toFixed(0)} % of the 50 KB budget for all four widgets. For scale: SurveyJS alone is about 346 KB and Chart.js alone about 70 KB gzipped.`,
);
console.log(table);
console.log(`CDN bundle: ${kb(cdnGzip)} gzipped of ${kb(BUDGET_GZIP)} budget`);

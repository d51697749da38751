// Bundle size per entry, minified and gzipped, written to docs/benchmarks.md.
// Budget (issue #2): all four widgets with SDK, Lit, zod and ky within 50 KB gzipped.
// Peers for scale: SurveyJS alone ≈ 346 KB, Chart.js alone ≈ 70 KB (gzipped).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { writeSection } from './markdown-section.mjs';

const BUDGET_GZIP = 50 * 1024;
const elements = (file) => resolve('packages/elements/dist', file);
// ky is the SDK's dependency and may sit in its own node_modules, out of reach of the root.
const kyEntry = createRequire(resolve('packages/sdk/package.json')).resolve('ky');

// Each widget's own share is everything minus everything but that widget (same shared parts).
const widgets = { 'Contact card': 'contact-card/define.js', 'Plan view': 'plan/define.js' };
const everythingBut = (skipped) =>
  ['provider/define.js', ...Object.values(widgets).filter((file) => file !== skipped)]
    .map((file, index) => `export * as m${index} from ${JSON.stringify(elements(file))};`)
    .join('\n');

const entries = [
  ['Everything (CDN bundle: widgets, SDK, Lit, zod, ky)', `export * from ${JSON.stringify(elements('index.js'))};`],
  ...Object.entries(widgets).map(([name, file]) => [`Everything but the ${name.toLowerCase()}`, everythingBut(file)]),
  ['SDK alone (all exports)', `export * from '@ungeforlob/sdk';`],
  ['Lit + @lit/context', `export * from 'lit'; export * from '@lit/context';`],
  ['ky', `export { default } from ${JSON.stringify(kyEntry)};`],
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
    onwarn: (warning) => {
      // A silently unresolved import would measure as 0 bytes.
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    },
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
const shares = Object.keys(widgets).map((name, index) => ({ name, without: rows[index + 1] }));
const cdnFile = readFileSync('packages/elements/dist/cdn/ungeforlob.min.js');
const cdnGzip = gzipSync(cdnFile, { level: 9 }).length;

const table = [
  '| entry | minified | gzipped |',
  '|---|---:|---:|',
  ...rows.map((row) => `| ${row.label} | ${kb(row.min)} | ${kb(row.gzip)} |`),
  ...shares.map(({ name, without }) => `| ${name}'s own share (element, styles, copy, its SDK store and schemas) | ${kb(full.min - without.min)} | ${kb(full.gzip - without.gzip)} |`),
].join('\n');

writeSection(
  'size',
  `## Bundle size\n\nMeasured ${new Date().toISOString().slice(0, 10)} by \`bench/size.mjs\` (rollup + terser, gzip level 9).\n\n${table}\n\nThe shipped file \`packages/elements/dist/cdn/ungeforlob.min.js\` is **${kb(cdnGzip)} gzipped** (${kb(cdnFile.length)} minified): ${((cdnGzip / BUDGET_GZIP) * 100).toFixed(0)} % of the 50 KB budget for all four widgets. For scale: SurveyJS alone is about 346 KB and Chart.js alone about 70 KB gzipped.`,
);
console.log(table);
console.log(`CDN bundle: ${kb(cdnGzip)} gzipped of ${kb(BUDGET_GZIP)} budget`);

// What a page costs, read from the build (npm run build first), written to docs/benchmarks.md:
// each page as the loader fetches it, each chunk with what is in it, and the stack's own parts.
// Issue #13's budgets: loader 1.5 KB, a contact-card page 25 KB, a page with every widget 50 KB
// (gzipped). tests/node/bundle-budget.test.ts holds the same figures against ceilings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { measureBundle } from './harness.mjs';
import { writeSection } from './markdown-section.mjs';

const CDN = 'packages/elements/dist/cdn';
const manifest = JSON.parse(readFileSync(join(CDN, 'ungeforlob.chunks.json'), 'utf8'));
const read = (file) => readFileSync(join(CDN, file));
const gz = (file) => gzipSync(read(file), { level: 9 }).length;
const br = (file) => brotliCompressSync(read(file)).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const pageFiles = (tags) => [...new Set([manifest.loader, ...tags.flatMap((tag) => manifest.tags[tag])])];
const sum = (files, size) => files.reduce((total, file) => total + size(file), 0);

const every = Object.keys(manifest.tags);
const pages = [
  ['Loader alone', [], 1.5 * 1024],
  ['Contact card (`uf-provider` + `uf-contact-card`)', ['uf-provider', 'uf-contact-card'], 25 * 1024],
  ['Plan', ['uf-provider', 'uf-plan'], null],
  ['Questionnaire and summary', ['uf-provider', 'uf-criteria-questionnaire', 'uf-criteria-summary'], null],
  ['Progression', ['uf-provider', 'uf-progression'], null],
  ['Offer catalogue', ['uf-provider', 'uf-offer-catalogue'], null],
  ['Plan and offer catalogue (the catalogue hands offers to the plan)', ['uf-provider', 'uf-plan', 'uf-offer-catalogue'], null],
  ["Leaders' overview", ['uf-provider', 'uf-criteria-rollup'], null],
  ['Needs bank', ['uf-provider', 'uf-needs-bank'], null],
  ['Plan and needs bank (a proposal taken in shows in the plan)', ['uf-provider', 'uf-plan', 'uf-needs-bank'], null],
  ['Contact log', ['uf-provider', 'uf-contact-log'], null],
  ['Contact card and contact log (a logged contact shows on the card)', ['uf-provider', 'uf-contact-card', 'uf-contact-log'], null],
  ['Network meetings', ['uf-provider', 'uf-network-meeting'], null],
  ['Plan and network meetings (an agreed decision shows in the plan)', ['uf-provider', 'uf-plan', 'uf-network-meeting'], null],
  ['Every widget', every, 50 * 1024],
];
const pageRows = pages.map(([label, tags, budget]) => {
  const files = pageFiles(tags);
  const gzip = sum(files, gz);
  return `| ${label} | ${files.length} | ${kb(gzip)} | ${kb(sum(files, br))} | ${budget === null ? '' : `${kb(budget)}${gzip > budget ? ` (**${kb(gzip - budget)} over**)` : ' (met)'}`} |`;
});
pageRows.push(
  `| All-in-one file \`ungeforlob.all.min.js\` (English included) | 1 | ${kb(gz('ungeforlob.all.min.js'))} | ${kb(br('ungeforlob.all.min.js'))} | |`,
);

// What each chunk holds, from its source map: the minified bytes each source produced, grouped by
// package or folder, and the gzipped size shared out in proportion (an estimate, as
// source-map-explorer gives).
const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VLQ.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}
/** `lit-html`, `zod`, or an own folder such as `sdk/plan` or `elements/styles`. */
function groupOf(path) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (inPackage) return inPackage;
  const own = /packages\/(sdk|elements)\/dist\/([^/]+)/.exec(path);
  return own ? `${own[1]}/${own[2].replace(/\.js$/, '')}` : path;
}
function contents(file) {
  const code = read(file).toString('utf8');
  const map = JSON.parse(read(`${file}.map`).toString('utf8'));
  const lines = code.split('\n');
  const bytes = new Map();
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const starts = [];
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const [columnDelta, sourceDelta] = decode(segment);
      column += columnDelta;
      if (sourceDelta !== undefined) source += sourceDelta;
      starts.push([column, sourceDelta === undefined ? null : resolve(CDN, dirname(file), map.sources[source])]);
    }
    starts.forEach(([start, name], at) => {
      const end = at + 1 < starts.length ? starts[at + 1][0] : (lines[index] ?? '').length;
      const group = name === null ? 'glue' : groupOf(name);
      bytes.set(group, (bytes.get(group) ?? 0) + end - start);
    });
  });
  const gzip = gz(file);
  return [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .filter(([group, size]) => group !== 'glue' && size / code.length >= 0.03)
    .map(([group, size]) => `${group} ${kb((size / code.length) * gzip)}`)
    .join(', ');
}

const usedBy = (file) => every.filter((tag) => manifest.tags[tag].includes(file));
const chunkRows = [...new Set(every.flatMap((tag) => manifest.tags[tag]))].map((file) => {
  const tags = usedBy(file);
  const who = tags.length === every.length ? 'every page' : tags.map((tag) => `\`${tag}\``).join(', ');
  return `| \`${file.replace(/-[\w-]{8}\.js$/, '')}\` | ${who} | ${kb(read(file).length)} | ${kb(gz(file))} | ${contents(file)} |`;
});
const english = manifest.english.map((file) => `\`${file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')}\` ${kb(gz(file))}`).join(', ');

// The decided stack on its own, bundled the same way, for scale.
const kyEntry = createRequire(resolve('packages/sdk/package.json')).resolve('ky');
const stack = [
  ['Lit + @lit/context', `export * from 'lit'; export * from '@lit/context';`],
  ['ky', `export { default } from ${JSON.stringify(kyEntry)};`],
  ['zod/mini, every export (the chunks carry only what the schemas use)', `export * from 'zod/mini';`],
];
const stackRows = [];
for (const [label, source] of stack) {
  const { min, gzip } = await measureBundle(source);
  stackRows.push(`| ${label} | ${kb(min)} | ${kb(gzip)} |`);
}

const date = new Date().toISOString().slice(0, 10);
writeSection(
  'size',
  `## What a page loads

Measured ${date} by \`bench/size.mjs\` from the build (rollup + terser). A page fetches the loader \`ungeforlob.min.js\` and, for each Ungeforløb tag on it, that widget's chunk and the chunks it imports (\`ungeforlob.chunks.json\`); each file is compressed on its own, as a browser receives it. English copy is left out: only pages in English fetch it (${english}).

| page | files | gzip | brotli | issue #13 budget (gzip) |
|---|---:|---:|---:|---|
${pageRows.join('\n')}

Before the loader (issue #13 on main), every page fetched one file of 71,080 B gzipped.

### The chunks

What is in each is estimated from its source map (each source's share of the minified bytes, applied to the gzipped size); parts under 3 % are left out.

| chunk | fetched by | minified | gzip | what is in it (gzip, estimated) |
|---|---|---:|---:|---|
${chunkRows.join('\n')}

### The decided stack alone

| part | minified | gzip |
|---|---:|---:|
${stackRows.join('\n')}

Lit, zod and ky are about 20 KB of every page before any of our code, so the contact-card page's 25 KB budget is out of reach on this stack; the levers measured so far: a small fetch wrapper instead of ky (about −4.6 KB), and a client that loads each resource's schemas with its widget (about −3 KB on a card page).`,
);
console.log(pageRows.join('\n'));

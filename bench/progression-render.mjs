// The progression overview, 12 scales × 260 readings, drawn by <uf-progression> (SVG) and, in the
// same headless Chromium run, by Chart.js and uPlot (canvas; benchmark-only dev dependencies).
// Issue #5's goals: a faster first render than Chart.js, and the chart code's gzipped share of our
// bundle under a fifth of Chart.js's. Needs `npm run build` first: the page uses the packages'
// production builds. Writes its section of docs/benchmarks.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, measureBundle, servePage } from './harness.mjs';
import { writeSection } from './markdown-section.mjs';

// Five by default; more on a busy machine (BENCH_COLD_SAMPLES=11), where one page can take twice as long as the next.
const COLD_SAMPLES = Number(process.env.BENCH_COLD_SAMPLES) || 5;
const require = createRequire(import.meta.url);
const versionOf = (name) => JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// Size: the same rollup + terser + gzip -9 pipeline as bench/size.mjs and the shipped bundle.
// ---------------------------------------------------------------------------------------------

const measure = measureBundle;

const elements = (file) => resolve('packages/elements/dist', file);
const progressionDir = elements('progression');
const hasWidget = existsSync(resolve(progressionDir, 'define.js'));
// The element's chart drawing: the modules under dist/progression/ whose name says chart (or
// radar/star, should the star of first versus latest get a module of its own).
const chartModules = hasWidget ? readdirSync(progressionDir).filter((file) => /chart|radar|star/i.test(file) && file.endsWith('.js')) : [];
const isChartModule = (id) => chartModules.some((file) => id === resolve(progressionDir, file));

/** The chart modules with every export replaced by a stub: the bundle without the drawing code. */
const withoutCharts = {
  name: 'without-charts',
  load(id) {
    if (!isChartModule(id)) return null;
    const code = readFileSync(id, 'utf8');
    const names = [...code.matchAll(/^export (?:const|let|function\*?|async function|class) (\w+)/gm)].map((match) => match[1]);
    if (names.length === 0) throw new Error(`no exports found in ${id}`);
    return names.map((name) => `export const ${name} = 0;`).join('\n');
  },
};

const everything = `export * from ${JSON.stringify(elements('index.js'))};`;
const defines = [...readFileSync(elements('index.js'), 'utf8').matchAll(/from '\.\/([\w-]+\/define\.js)'/g)].map((match) => match[1]);
const everythingButProgression = defines
  .filter((file) => file !== 'progression/define.js')
  .map((file, index) => `export * as m${index} from ${JSON.stringify(elements(file))};`)
  .join('\n');

const sizes = {
  // Chart.js as the bench uses it: its tree-shakable entry with only what the bench registers.
  chartjs: await measure(
    `import { Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
     Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);
     export { Chart };`,
  ),
  uplot: await measure(`export { default } from 'uplot';`),
  uplotCss: gzipSync(readFileSync(require.resolve('uplot/dist/uPlot.min.css')), { level: 9 }).length,
  everything: hasWidget ? await measure(everything) : null,
  // The chart code's share of our bundle: everything minus everything with the chart modules stubbed.
  withoutCharts: chartModules.length ? await measure(everything, { plugins: [withoutCharts] }) : null,
  // The chart modules alone, Lit left out (it is in the bundle for every widget) and the SDK
  // helpers they call counted in.
  chartsAlone: chartModules.length
    ? await measure(chartModules.map((file, index) => `export * as m${index} from ${JSON.stringify(resolve(progressionDir, file))};`).join('\n'), {
        external: (id) => /^(lit|@lit)(\/|$)/.test(id),
      })
    : null,
  withoutWidget: defines.includes('progression/define.js') ? await measure(everythingButProgression) : null,
};

// ---------------------------------------------------------------------------------------------
// Render: one esbuild bundle for all three, served locally, so loading it is in no timing.
// ---------------------------------------------------------------------------------------------

// uPlot's own stylesheet, which its legend and overlay need, in every page before any timing.
const uplotCss = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');
const server = await servePage('bench/progression-render/page.ts', `<style>${uplotCss}</style>`);
const browser = await launchChromium();
const VIEWPORT = { width: 1280, height: 900 };
let result;
const cold = {};
try {
  const errors = [];
  const open = async (query) => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'warning' && console.warn(`${query || 'warm'}: ${message.text()}`));
    await page.goto(`${server.origin}/${query}`);
    return page;
  };
  const page = await open('');
  result = await page.waitForFunction(() => window.benchResult, null, { timeout: 120_000 }).then((handle) => handle.jsonValue());
  await page.close();
  // Cold first renders, each in a fresh page of its own, the libraries taking turns (each round
  // in another order) so that machine load falls on all alike.
  const { libraries, size } = result;
  for (const library of libraries) cold[library] = [];
  for (let sample = 0; sample < COLD_SAMPLES; sample++) {
    for (const library of libraries.map((_, at) => libraries[(at + sample) % libraries.length])) {
      const fresh = await open(`?cold=${library}&width=${size.width}&height=${size.height}`);
      cold[library].push(await fresh.waitForFunction(() => window.cold, null, { timeout: 60_000 }).then((handle) => handle.jsonValue()));
      await fresh.close();
    }
  }
  if (errors.length) throw new Error(errors.join('\n'));
} finally {
  await browser.close();
  server.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const MARKS = ['layout', 'frame', 'presented'];
const coldMedian = Object.fromEntries(
  Object.entries(cold).map(([library, timings]) => [library, Object.fromEntries(MARKS.map((mark) => [mark, median(timings.map((t) => t[mark]))]))]),
);
if (process.env.BENCH_VERBOSE) console.log(JSON.stringify({ cold, warm: result.warm }, null, 1));
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const hasOurs = result.libraries.includes('ours');
const ratio = (ours, peer) => (hasOurs ? `${(ours / peer).toFixed(2)}×` : '–');
const cell = (timing, mark) => (timing ? ms(timing[mark]) : 'not built yet');

const rows = [
  [`**cold** (a fresh page each, median of ${COLD_SAMPLES}): until **presented** on screen`, coldMedian, 'presented'],
  ["… until the next frame's main-thread work (style, layout, paint) is done", coldMedian, 'frame'],
  ['… until all charts are drawn (canvas calls issued) + forced layout', coldMedian, 'layout'],
  [`**warm** (median of ${result.rounds} more in one page): until **presented**`, result.warm, 'presented'],
  ["… until the next frame's main-thread work is done", result.warm, 'frame'],
  ['… until all charts are drawn + forced layout', result.warm, 'layout'],
];
const renderTable = [
  `| render (${result.scales} scales × ${result.readings / 1} readings) | \`<uf-progression>\` (SVG) | Chart.js ${versionOf('chart.js')} | uPlot ${versionOf('uplot')} | ours / Chart.js | ours / uPlot |`,
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    ([label, timings, mark]) =>
      `| ${label} | ${cell(timings.ours, mark)} | ${cell(timings.chartjs, mark)} | ${cell(timings.uplot, mark)} | ${ratio(timings.ours?.[mark], timings.chartjs[mark])} | ${ratio(timings.ours?.[mark], timings.uplot[mark])} |`,
  ),
].join('\n');

const share = (bytes) => `${((bytes / sizes.chartjs.gzip) * 100).toFixed(1)} %`;
const chartShare = sizes.withoutCharts && { min: sizes.everything.min - sizes.withoutCharts.min, gzip: sizes.everything.gzip - sizes.withoutCharts.gzip };
const chartFiles = chartModules.map((file) => `\`progression/${file}\``).join(', ');
const sizeTable = [
  '| chart code | minified | gzipped | of Chart.js (gzipped) |',
  '|---|---:|---:|---:|',
  chartShare
    ? `| **ours: the chart code's share of our bundle** (everything minus everything with ${chartFiles} stubbed out) | ${kb(chartShare.min)} | **${kb(chartShare.gzip)}** | **${share(chartShare.gzip)}** |`
    : '| ours: `<uf-progression>` not built yet | – | – | – |',
  sizes.chartsAlone
    ? `| ours: ${chartFiles} bundled alone, Lit left out, the SDK date helper it calls counted in | ${kb(sizes.chartsAlone.min)} | ${kb(sizes.chartsAlone.gzip)} | ${share(sizes.chartsAlone.gzip)} |`
    : null,
  sizes.withoutWidget
    ? `| for scale: the whole progression widget's share (element, styles, copy, its SDK store, facts and schemas; everything minus everything but it) | ${kb(sizes.everything.min - sizes.withoutWidget.min)} | ${kb(sizes.everything.gzip - sizes.withoutWidget.gzip)} | ${share(sizes.everything.gzip - sizes.withoutWidget.gzip)} |`
    : null,
  `| Chart.js ${versionOf('chart.js')}, tree-shaken to what the bench registers (line controller, line and point elements, linear scale, legend) | ${kb(sizes.chartjs.min)} | ${kb(sizes.chartjs.gzip)} | 100 % |`,
  `| uPlot ${versionOf('uplot')} (+ ${kb(sizes.uplotCss)} gzipped of CSS it needs) | ${kb(sizes.uplot.min)} | ${kb(sizes.uplot.gzip)} | ${share(sizes.uplot.gzip)} |`,
]
  .filter(Boolean)
  .join('\n');

const drawn = result.drawn;
const verdict = (met) => (met ? 'met' : '**not met**');
const goals = hasOurs
  ? `Goals (issue #5): a faster first render than Chart.js — cold, until presented: ${ratio(coldMedian.ours.presented, coldMedian.chartjs.presented)} (${verdict(coldMedian.ours.presented < coldMedian.chartjs.presented)}); the chart code's gzipped share of our bundle under a fifth of Chart.js's — ${chartShare ? `${share(chartShare.gzip)} (${verdict(chartShare.gzip * 5 < sizes.chartjs.gzip)})` : 'not measured'}.`
  : 'Goals (issue #5): a faster first render than Chart.js, and the chart code under a fifth of its gzipped size. `<uf-progression>` was not in the build when this ran, so only the peers are measured.';

writeSection(
  'progression-render',
  `## Progression overview: first render of ${result.scales} scales × ${result.readings} readings against Chart.js and uPlot

Measured ${new Date().toISOString().slice(0, 10)} by \`bench/progression-render.mjs\` in one headless Chromium run (\`progressionBenchData(${result.scales}, ${result.readings})\`: ${result.total} readings, the young person and the professional taking turns weekly, plus annotations). Each render starts from the scale set and readings in hand (a client that answers at once), so grouping the readings per scale and rater counts for all three:

- \`<uf-progression>\`, default overview: ${drawn ? `${drawn.charts} charts (an SVG plot with its axis values, dates and annotation numbers as HTML), ${drawn.size.width}×${drawn.size.height} px each at this viewport, ${drawn.marks} elements in all (lines and markers are one path per rater), first → latest on every scale as a dot plot, the annotations as a numbered list, and under each chart the numbers in a closed \`<details>\` table (${drawn.tableCells} cells built)` : 'not built yet'};
- Chart.js: one canvas per scale, a line with point markers per rater (the professional's dashed, as ours), the scale's own y range, its legend and axes, \`animation: false\`, \`responsive: false\` with the canvas sized before the chart exists, and its documented fast path (\`parsing: false\`, \`normalized: true\`);
- uPlot: the same charts, legend, markers and y ranges (both raters on one x array of days, gaps spanned), with its stylesheet in the page beforehand.

Both peers draw at the element's chart size (${result.size.width}×${result.size.height} px) under an HTML heading per chart, at 1280×900 and device pixel ratio 1. Three marks per render: **drawn** — the element has fired \`uf-progression-loaded\` and finished the update after it (its charts are SVG templates of its own render; the bench checks all ${result.scales} are there after the clock stops), Chart.js has returned (it draws synchronously without animation), every uPlot's \`ready\` hook has fired (after its first draw, a microtask later) — then a forced layout; **next frame** — a requestAnimationFrame and a task queued from it, so the main thread's style, layout and paint recording count too; **presented** — Element Timing's renderTime of a marker added with the charts, i.e. when the compositor put that frame on screen, after rastering what is visible. The canvas libraries' drawing is deferred in Chromium (recorded, rastered at the frame), so "drawn" flatters them; **presented is the fair comparison and the goal's measure**. Cold renders run in a fresh page each, the three libraries taking turns in a rotating order; warm ones in one page after an untimed warm-up, also rotating.

${renderTable}

${goals}

${sizeTable}

Sizes are rollup + terser + gzip -9, the plugins of the shipped bundle (as in the size section). The peers draw what ours does not (x-axis date labels, more y ticks) and ours builds what they do not (annotations, the data tables); the timings include all of it. The machine was shared with other jobs while this ran; see the spread of the samples with \`BENCH_VERBOSE=1\`.`,
);
console.log(renderTable);
console.log();
console.log(sizeTable);

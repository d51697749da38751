// The strategic-criteria questionnaire (16 ratings, 24 free-text fields), drawn by
// <uf-criteria-questionnaire> and, in the same headless Chromium run, by SurveyJS (survey-core +
// survey-js-ui) and LHC-Forms (<wc-lhc-form>) from the same definition and answers (benchmark-only
// dev dependencies): first render cold and warm, a click on a rating, a typed character, and what
// each costs in bytes. Issue #13's goal: a first render within a quarter of SurveyJS's. Needs
// `npm run build` first: the page uses the packages' production builds. Writes its section of
// docs/benchmarks.md.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, measureBundle, servePage } from './harness.mjs';
import { writeSection } from './markdown-section.mjs';

// Five by default; more on a busy machine (BENCH_COLD_SAMPLES=11), where one page can take twice as long as the next.
const COLD_SAMPLES = Number(process.env.BENCH_COLD_SAMPLES) || 5;
// Fewer while working on the bench (BENCH_WARM_ROUNDS=3 BENCH_INTERACTIONS=5).
const WARM_ROUNDS = Number(process.env.BENCH_WARM_ROUNDS) || 15;
const INTERACTIONS = Number(process.env.BENCH_INTERACTIONS) || 30;
// Untimed clicks and keys before the timed ones, as the renders have their warm-up.
const INTERACTION_WARMUP = 3;
const TYPED = 'Han kommer til traening hver tirsdag. ';
const VIEWPORT = { width: 1280, height: 900 };
const LIBRARIES = ['ours', 'surveyjs', 'lhc'];

const versionOf = (name) => JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')).version;
const elements = (file) => resolve('packages/elements/dist', file);
const lformsDir = resolve('node_modules/lforms/dist/lforms');
const surveyCoreDir = resolve('node_modules/survey-core');
const SURVEY_CSS = 'survey-core.fontless.min.css';
// What LHC-Forms' README says to load, in its order (the FHIR library only for FHIR Questionnaires).
const LHC_FILES = [
  'webcomponent/styles.css',
  'webcomponent/assets/lib/zone.min.js',
  'webcomponent/runtime.js',
  'webcomponent/polyfills.js',
  'webcomponent/main.js',
];
const LHC_FHIR = 'fhir/R4/lformsFHIR.min.js';

if (!existsSync(elements('criteria-questionnaire/define.js'))) {
  console.error('bench/questionnaire-render.mjs: packages/elements/dist is missing; run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Size: ours and SurveyJS through the same rollup + terser + gzip -9 pipeline as bench/size.mjs;
// LHC-Forms ships prebuilt files (minified already), counted as they are, each gzipped on its own.
// ---------------------------------------------------------------------------------------------

const gzipOf = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const everything = `export * from ${JSON.stringify(elements('index.js'))};`;
const defines = [...readFileSync(elements('index.js'), 'utf8').matchAll(/from '\.\/([\w-]+\/define\.js)'/g)].map((match) => match[1]);
const everythingButQuestionnaire = defines
  .filter((file) => file !== 'criteria-questionnaire/define.js')
  .map((file, index) => `export * as m${index} from ${JSON.stringify(elements(file))};`)
  .join('\n');
const lhcFiles = LHC_FILES.map((file) => ({ file, min: readFileSync(resolve(lformsDir, file)).length, gzip: gzipOf(resolve(lformsDir, file)) }));
const sum = (files, key) => files.reduce((total, file) => total + file[key], 0);
const isCss = (entry) => entry.file.endsWith('.css');

const sizes = {
  ours: await measureBundle(`export * from ${JSON.stringify(elements('criteria-questionnaire/define.js'))};`),
  everything: await measureBundle(everything),
  withoutQuestionnaire: defines.includes('criteria-questionnaire/define.js') ? await measureBundle(everythingButQuestionnaire) : null,
  // SurveyJS as the page uses it: the model and the framework-free renderer.
  surveyjs: await measureBundle(`export { Model } from 'survey-core'; export { renderSurvey } from 'survey-js-ui';`),
  surveyCss: gzipOf(resolve(surveyCoreDir, SURVEY_CSS)),
  lhcJs: {
    min: sum(
      lhcFiles.filter((entry) => !isCss(entry)),
      'min',
    ),
    gzip: sum(
      lhcFiles.filter((entry) => !isCss(entry)),
      'gzip',
    ),
  },
  lhcCss: sum(lhcFiles.filter(isCss), 'gzip'),
  lhcFhir: { min: readFileSync(resolve(lformsDir, LHC_FHIR)).length, gzip: gzipOf(resolve(lformsDir, LHC_FHIR)) },
};

// ---------------------------------------------------------------------------------------------
// Render and input: one esbuild bundle for all three, served locally, so loading it is in no
// timing; each library in pages of its own (see page.ts), the peers' own files from a second
// local server.
// ---------------------------------------------------------------------------------------------

/** The peers' stylesheets and LHC-Forms' scripts, under /survey-core/ and /lforms/. */
async function serveAssets() {
  const roots = { '/survey-core/': surveyCoreDir, '/lforms/': lformsDir };
  const types = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };
  const server = createServer((request, response) => {
    const prefix = Object.keys(roots).find((candidate) => request.url.startsWith(candidate));
    const file = prefix && resolve(roots[prefix], `.${new URL(request.url, 'http://x').pathname.slice(prefix.length - 1)}`);
    if (!file || !file.startsWith(roots[prefix] + sep) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

const server = await servePage('bench/questionnaire-render/page.ts');
const assets = await serveAssets();
const browser = await launchChromium();
/** The libraries in turn, each round starting one further on, so none is always first. */
const rotated = (round) => LIBRARIES.map((_, at) => LIBRARIES[(at + round) % LIBRARIES.length]);
const cold = Object.fromEntries(LIBRARIES.map((library) => [library, []]));
const warm = Object.fromEntries(LIBRARIES.map((library) => [library, []]));
const clicks = Object.fromEntries(LIBRARIES.map((library) => [library, []]));
const typing = Object.fromEntries(LIBRARIES.map((library) => [library, []]));
const typingOnBlur = [];
const drawn = {};
try {
  const errors = [];
  const open = async (library, query = '') => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.on('pageerror', (error) => errors.push(`${library}: ${error.message}`));
    page.on('console', (message) => message.type() === 'warning' && console.warn(`${library}: ${message.text()}`));
    await page.goto(`${server.origin}/?lib=${library}&assets=${assets.origin}${query}`);
    await page.waitForFunction(() => window.bench || window.benchError, null, { timeout: 60_000 });
    const failed = await page.evaluate(() => window.benchError);
    if (failed) throw new Error(`${library}: ${failed}`);
    return page;
  };
  const render = (page, library) => page.evaluate((name) => window.bench.render(name), library);

  // Cold first renders, each in a fresh page of its own, the libraries taking turns.
  for (let sample = 0; sample < COLD_SAMPLES; sample++) {
    for (const library of rotated(sample)) {
      const page = await open(library);
      cold[library].push(await render(page, library));
      await page.close();
    }
  }

  // Warm renders: one page per library, driven in turns after an untimed warm-up in each.
  const pages = {};
  for (const library of LIBRARIES) pages[library] = await open(library);
  for (const library of LIBRARIES) for (let round = 0; round < 2; round++) await render(pages[library], library);
  for (let round = 0; round < WARM_ROUNDS; round++) for (const library of rotated(round)) warm[library].push(await render(pages[library], library));

  // Input, as a person gives it (Playwright's mouse and keyboard, so Chromium hit-tests and fires
  // every pointer and key event); the page times it.
  for (const library of LIBRARIES) drawn[library] = await pages[library].evaluate((name) => window.bench.mount(name), library);
  const measured = (page) => page.evaluate(() => window.bench.measured());
  const click = async (page) => {
    const at = await page.evaluate(() => window.bench.armClick());
    await page.mouse.click(at.x, at.y);
    return measured(page);
  };
  const type = async (page, character) => {
    await page.evaluate(() => window.bench.armTyping());
    await page.keyboard.type(character);
    return measured(page);
  };
  const typedText = (count) => Array.from({ length: count }, (_, at) => TYPED[at % TYPED.length]).join('');
  for (let at = 0; at < INTERACTION_WARMUP + INTERACTIONS; at++) {
    for (const library of rotated(at)) {
      const ms = await click(pages[library]);
      if (at >= INTERACTION_WARMUP) clicks[library].push(ms);
    }
  }
  for (const library of LIBRARIES) {
    const field = await pages[library].evaluate(() => window.bench.textField());
    await pages[library].mouse.click(field.x, field.y);
  }
  for (let at = 0; at < INTERACTION_WARMUP + INTERACTIONS; at++) {
    for (const library of rotated(at)) {
      const ms = await type(pages[library], TYPED[at % TYPED.length]);
      if (at >= INTERACTION_WARMUP) typing[library].push(ms);
    }
  }
  // Every click and key must have reached the form: the last rating chosen (options 2 and 3 by
  // turns) is checked, and the field holds what was typed.
  const lastChoice = (INTERACTION_WARMUP + INTERACTIONS - 1) % 2 === 0 ? 1 : 2;
  for (const library of LIBRARIES) {
    const state = await pages[library].evaluate(() => window.bench.state());
    if (state.checked !== lastChoice || state.text !== typedText(INTERACTION_WARMUP + INTERACTIONS))
      throw new Error(`${library}: the input did not reach the form (${JSON.stringify(state)})`);
    await pages[library].close();
  }

  // SurveyJS as it comes: text taken when the field is left, not at every key.
  const onBlur = await open('surveyjs', '&textUpdateMode=onBlur');
  await render(onBlur, 'surveyjs');
  await onBlur.evaluate(() => window.bench.mount('surveyjs'));
  const field = await onBlur.evaluate(() => window.bench.textField());
  await onBlur.mouse.click(field.x, field.y);
  for (let at = 0; at < INTERACTION_WARMUP + INTERACTIONS; at++) {
    const ms = await type(onBlur, TYPED[at % TYPED.length]);
    if (at >= INTERACTION_WARMUP) typingOnBlur.push(ms);
  }
  await onBlur.close();
  if (errors.length) throw new Error(errors.join('\n'));
} finally {
  await browser.close();
  server.close();
  assets.close();
}

const all = [cold, warm].flatMap((samples) =>
  Object.values(samples)
    .flat()
    .flatMap((timing) => [timing.layout, timing.frame]),
);
if ([...all, ...Object.values(clicks).flat(), ...Object.values(typing).flat(), ...typingOnBlur].some((ms) => !Number.isFinite(ms)))
  throw new Error('a measurement did not complete (NaN): an input missed its target');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const MARKS = ['layout', 'frame'];
const medianOf = (samples) =>
  Object.fromEntries(
    Object.entries(samples).map(([library, timings]) => [library, Object.fromEntries(MARKS.map((mark) => [mark, median(timings.map((t) => t[mark]))]))]),
  );
const coldMedian = medianOf(cold);
const warmMedian = medianOf(warm);
const inputMedian = (samples) => Object.fromEntries(Object.entries(samples).map(([library, values]) => [library, { input: median(values) }]));
const clickMedian = inputMedian(clicks);
const typingMedian = inputMedian(typing);
if (process.env.BENCH_VERBOSE) console.log(JSON.stringify({ cold, warm, clicks, typing, typingOnBlur, drawn, sizes }, null, 1));

const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (ours, peer) => `${(ours / peer).toFixed(2)}×`;
const rows = [
  [
    `**first render, cold** (a fresh page each, median of ${COLD_SAMPLES}): until the next frame's main-thread work (style, layout, paint) is done`,
    coldMedian,
    'frame',
  ],
  ['… until every question is in the DOM + forced layout', coldMedian, 'layout'],
  [`**first render, warm** (median of ${WARM_ROUNDS} more in one page): until the next frame`, warmMedian, 'frame'],
  ['… until every question is in the DOM + forced layout', warmMedian, 'layout'],
  [`**clicking a rating** (median of ${INTERACTIONS}): from the release (pointerup) until the next frame`, clickMedian, 'input'],
  [`**typing a character** in a free-text field (median of ${INTERACTIONS}): from keydown until the next frame`, typingMedian, 'input'],
];
const renderTable = [
  `| questionnaire (${drawn.ours.radios / 5} ratings, ${drawn.ours.textareas} text fields) | \`<uf-criteria-questionnaire>\` | SurveyJS ${versionOf('survey-core')} | LHC-Forms ${versionOf('lforms')} | ours / SurveyJS | ours / LHC-Forms |`,
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    ([label, timings, mark]) =>
      `| ${label} | ${ms(timings.ours[mark])} | ${ms(timings.surveyjs[mark])} | ${ms(timings.lhc[mark])} | ${ratio(timings.ours[mark], timings.surveyjs[mark])} | ${ratio(timings.ours[mark], timings.lhc[mark])} |`,
  ),
].join('\n');

const totals = { ours: sizes.ours.gzip, surveyjs: sizes.surveyjs.gzip + sizes.surveyCss, lhc: sizes.lhcJs.gzip + sizes.lhcCss };
const share = sizes.withoutQuestionnaire && {
  min: sizes.everything.min - sizes.withoutQuestionnaire.min,
  gzip: sizes.everything.gzip - sizes.withoutQuestionnaire.gzip,
};
const sizeTable = [
  '| what a page loads for the questionnaire | JS minified | JS gzipped | CSS gzipped | JS + CSS gzipped | ours / it |',
  '|---|---:|---:|---:|---:|---:|',
  `| **ours**: \`criteria-questionnaire/define.js\` bundled alone (the questionnaire and the summary, the provider, Lit, the SDK's client, store and schemas, zod, ky) | ${kb(sizes.ours.min)} | ${kb(sizes.ours.gzip)} | – (in the JS) | **${kb(totals.ours)}** | 1.00× |`,
  share
    ? `| for scale: the questionnaire's share of the every-widget bundle (everything minus everything but it) | ${kb(share.min)} | ${kb(share.gzip)} | – | ${kb(share.gzip)} | |`
    : null,
  `| **SurveyJS** ${versionOf('survey-core')}: \`survey-core\` + \`survey-js-ui\` (\`Model\`, \`renderSurvey\`), and \`${SURVEY_CSS}\` | ${kb(sizes.surveyjs.min)} | ${kb(sizes.surveyjs.gzip)} | ${kb(sizes.surveyCss)} | **${kb(totals.surveyjs)}** | ${ratio(totals.ours, totals.surveyjs)} |`,
  `| **LHC-Forms** ${versionOf('lforms')}: ${LHC_FILES.map((file) => `\`${file.replace('webcomponent/', '').replace('assets/lib/', '')}\``).join(', ')} as shipped | ${kb(sizes.lhcJs.min)} | ${kb(sizes.lhcJs.gzip)} | ${kb(sizes.lhcCss)} | **${kb(totals.lhc)}** | ${ratio(totals.ours, totals.lhc)} |`,
  `| … and for a FHIR Questionnaire also \`${LHC_FHIR}\` (not loaded here) | ${kb(sizes.lhcFhir.min)} | ${kb(sizes.lhcFhir.gzip)} | – | +${kb(sizes.lhcFhir.gzip)} | |`,
]
  .filter(Boolean)
  .join('\n');

const goalRatio = coldMedian.ours.frame / coldMedian.surveyjs.frame;
const verdict = (met) => (met ? 'met' : '**not met**');
const goal = `Goal (issue #13): first render ≤ 0.25× SurveyJS — cold, until the next frame: ${ratio(coldMedian.ours.frame, coldMedian.surveyjs.frame)} (${verdict(goalRatio <= 0.25)}); warm: ${ratio(warmMedian.ours.frame, warmMedian.surveyjs.frame)} (${verdict(warmMedian.ours.frame <= 0.25 * warmMedian.surveyjs.frame)}).`;

writeSection(
  'questionnaire-render',
  `## Criteria questionnaire: first render and input against SurveyJS and LHC-Forms

Measured ${new Date().toISOString().slice(0, 10)} by \`bench/questionnaire-render.mjs\` in one headless Chromium run at 1280×900: the strategic-criteria questionnaire (\`defaultQuestionnaireDefinition\` about a course: 3 criteria, ${drawn.ours.radios / 5} ratings of five radios each, ${drawn.ours.textareas} free-text fields for reflection and next step) with a draft half answered (8 ratings, one of them "don't know", and the first item's two texts). The peers' definitions are built from ours in the page, once and untimed, as a portal would keep them: a panel (SurveyJS) or section (LHC-Forms) per criterion, a single-choice question of the same five labelled radios per rating, a multi-line text field per reflection and next step, the help text under its question, the draft's answers as the form's data. Each render starts from definition and answers in hand:

- \`<uf-criteria-questionnaire course="…">\` with a client that answers at once (definition, draft, no submitted rounds; no fetch, no parsing): its SDK store loads, derives the items shown and the progress, and the element renders in its shadow root (${drawn.ours.elements} elements): heading, intro, "8 af 16 svar givet" with a progress bar, a fieldset per item with native radios and two text areas, the submit button and the live region for the save status. Every answer goes to the store at once (the progress follows) and the draft saves itself after a pause;
- SurveyJS: \`new Model(json)\`, \`data\` set, \`renderSurvey\` (Preact inside) into a div (${drawn.surveyjs.elements} elements), its default theme (\`${SURVEY_CSS}\`: the Open Sans web font it otherwise fetches from Google is left out, the page being offline), a progress bar of the required questions answered (its own text in English) and its Complete button; \`textUpdateMode: 'onTyping'\`, so each key is an answer as in ours. It saves nothing (a portal would listen to \`onValueChanged\`);
- LHC-Forms: \`<wc-lhc-form>\` (Angular and ng-zorro, with zone.js), given a fresh copy of its own form format with the answers as the items' values (a FHIR Questionnaire would need its FHIR library too), until its \`onFormReady\` event and every question in the DOM (${drawn.lhc.elements} elements); help text inline, English UI, no progress, no submit button, no saving.

Each library runs in pages of its own (zone.js patches the promises, timers and event listeners of the page it is in, and both peers add a global stylesheet), all pages loading the same bundle before any timing. Two marks per render: every question in the DOM (ours: \`uf-questionnaire-loaded\` and the update after it) and a forced layout; and **the next frame** — a requestAnimationFrame and a task queued from it, so style, layout and paint count too: the goal's measure. Cold renders run in a fresh page each, the three taking turns in a rotating order; warm ones in one page per library after two untimed renders, in turns. Clicks and keys are real input (Playwright's mouse and keyboard: Chromium hit-tests and fires every pointer and key event), timed in the page from the event that starts the answer — the button's release (\`pointerup\`; the press before it is left out, as there the driver waits for its round trip) or \`keydown\` — until the frame after the click or input is done, the libraries taking turns, after ${INTERACTION_WARMUP} untimed ones each; the clicks alternate between two options of one unanswered rating, so each changes the answer, and the bench checks the form holds the last choice and all the text typed.

${renderTable}

${goal}

${sizeTable}

Sizes of ours and SurveyJS are rollup + terser + gzip -9, the plugins of the shipped bundle (as in the size section); LHC-Forms' files are prebuilt and minified already, each gzipped on its own as a browser receives it. What each does and does not do, all of it inside the timings: ours is a widget for this one kind of questionnaire (1–4 ratings with "don't know", reflection and next step, sub-items, items shown by subject or by earlier answers, one criterion at a time if asked) and nothing more — no other question types, no theming beyond CSS custom properties and parts; it runs its SDK store as in use (items shown, progress, the autosave timer), while its bundle's HTTP client and response validation (zod) lie idle behind the client that answers at once. SurveyJS is a general form engine (20-odd question types, expressions, validators, themes, 50-odd languages) and builds a model to match, and draws more around each question (${drawn.surveyjs.elements} elements against our ${drawn.ours.elements}). LHC-Forms is a general engine for clinical forms and FHIR SDC Questionnaires (skip logic, units, answer lists, scores) in Angular and ng-zorro, whose radio component handles the click itself; here it shows no progress or submit button and saves nothing. With SurveyJS's default \`textUpdateMode: 'onBlur'\`, where typing changes nothing but the text area until the field is left, a character takes ${ms(median(typingOnBlur))} (median of ${typingOnBlur.length}). The machine was shared with other jobs while this ran; see the spread of the samples with \`BENCH_VERBOSE=1\`.`,
);
console.log(renderTable);
console.log();
console.log(goal);
console.log();
console.log(sizeTable);

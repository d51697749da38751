// Layout shift of the demo page (issue #12: "a page that does not jump", goal ≤ 0.05 at 320, 768
// and 1280 px). Starts the real server on a fresh data folder, loads the demo page in headless
// Chromium by each course's address at each width (a fresh browser context each time: nothing
// cached, as on a first visit), and sums the layout-shift entries until the page has settled. Each
// load runs twice: the page as served, and with the `:not(:defined)` rules that docs/embedding.md
// gives embedders appended to its stylesheet. A third measure switches the course in the page's
// switcher. Needs `npm run build` first. Writes its section of docs/benchmarks.md;
// BENCH_VERBOSE=1 prints every load, BENCH_REPETITIONS=n (default 3), BENCH_NO_WRITE=1 only prints.
import { readFileSync } from 'node:fs';
import { launchChromium, startDemoServer } from './harness.mjs';
import { writeSection } from './markdown-section.mjs';

const COURSES = ['c-4f2a91', 'c-8b13d7', 'c-2e6c55', 'c-9a0f4e', 'c-5d7b20'];
// One height for every width: a shift is scored against the viewport and only what is inside it
// counts; at 320 px a phone's 640 px would hold little more than the portal's header and switcher.
const VIEWPORTS = [320, 768, 1280].map((width) => ({ width, height: 900 }));
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const GOAL = 0.05;
const WIDGETS = 'uf-plan, uf-contact-card, uf-criteria-questionnaire, uf-criteria-summary, uf-progression';
const verbose = Boolean(process.env.BENCH_VERBOSE);

// Main before the skeletons (commit 74a129e, the demo page with IBM Plex Sans and plain widgets),
// measured 2026-12-07 by this script: [median over courses, worst course] of each course's median
// of 3 loads, as served and with docs/embedding.md's rules, and of switching.
const BEFORE = {
  commit: '74a129e',
  served: { 320: [0.314, 0.318], 768: [0.67, 0.688], 1280: [0.696, 0.752] },
  reserved: { 320: [0.235, 0.349], 768: [0.362, 0.483], 1280: [0.625, 0.681] },
  switched: { 320: [0.301, 0.302], 768: [0.714, 0.735], 1280: [0.734, 0.837] },
};

/** The CSS docs/embedding.md tells embedders to add: the first css block under "Room before the script has run". */
function documentedReservation() {
  const guide = readFileSync('docs/embedding.md', 'utf8');
  const found = /### Room before the script has run[\s\S]*?```css\n([\s\S]*?)```/.exec(guide);
  if (!found) throw new Error('docs/embedding.md has no css block under "Room before the script has run"');
  return found[1];
}

// Runs in the page before any of its scripts: every layout shift from the first frame on, with the
// elements that moved (a node inside a shadow root is reported as null).
function observeShifts() {
  const describe = (node) => {
    if (!node) return '(inside a widget)';
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!element) return '(text)';
    const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    return `${node === element ? '' : 'text in '}${element.localName}${element.id ? `#${element.id}` : ''}${classes}`;
  };
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.layoutShifts.push({ value: entry.value, time: entry.startTime, sources: entry.sources.map((source) => describe(source.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Every widget shows what it loaded (not its skeleton), the network is idle, and nothing has moved for 750 ms. */
async function waitUntilSettled(page) {
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((widget) => {
        const body = widget.shadowRoot?.querySelector('.body');
        return body?.getAttribute('aria-busy') === 'false' && [...body.children].some((child) => child.getAttribute('aria-hidden') !== 'true');
      }),
    WIDGETS,
    { timeout: 30_000, polling: 50 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => performance.now() - (window.layoutShifts.at(-1)?.time ?? 0) > 750, null, { timeout: 30_000, polling: 100 });
}

/**
 * One visit: load `course` at `viewport` and sum its shifts; with `switchTo`, then pick that course
 * in the switcher and sum what moves after. The stylesheet goes through the same interception in
 * both variants, so the reservation changes nothing but the CSS.
 */
async function visit(browser, origin, viewport, course, { reservation = '', switchTo } = {}) {
  const context = await browser.newContext({ viewport });
  await context.route('**/demo/portal.css', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n${reservation}` });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(observeShifts);
  await page.goto(`${origin}/?course=${course}`);
  await waitUntilSettled(page);
  const load = await page.evaluate(() => window.layoutShifts);
  let switched = [];
  if (switchTo) {
    await page.selectOption('#course-switcher', switchTo);
    // The widgets take the new course in the next update; only then is "settled" a new question.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    await waitUntilSettled(page);
    switched = (await page.evaluate(() => window.layoutShifts)).slice(load.length);
  }
  await context.close();
  if (errors.length) throw new Error(`${course} at ${viewport.width} px: ${errors.join('\n')}`);
  return { load, switched };
}

const sum = (shifts) => shifts.reduce((total, shift) => total + shift.value, 0);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** What moved, weighted by the score of the shifts it moved in. */
function attribute(shifts, into) {
  for (const shift of shifts)
    for (const source of shift.sources) {
      const seen = into.get(source) ?? { score: 0, count: 0 };
      seen.score += shift.value / shift.sources.length;
      seen.count += 1;
      into.set(source, seen);
    }
}

const reservation = documentedReservation();
const server = await startDemoServer('layout-shift');
// Classic scrollbars, as on the Windows desktops of a municipality: one appearing takes width from
// the page and moves it, as it does for them.
const browser = await launchChromium({ scrollbars: true });
try {
  // One unmeasured visit, so the server's first queries and the first read of the bundle are behind us.
  await visit(browser, server.origin, VIEWPORTS[2], COURSES[0]);
  const results = [];
  const moved = new Map();
  for (let repetition = 0; repetition < REPETITIONS; repetition++)
    for (const viewport of VIEWPORTS)
      for (const [index, course] of COURSES.entries()) {
        // Each course is also reached by switching, from the one before it in the list.
        const from = COURSES[(index + COURSES.length - 1) % COURSES.length];
        const served = await visit(browser, server.origin, viewport, course);
        const reserved = await visit(browser, server.origin, viewport, course, { reservation });
        const { switched } = await visit(browser, server.origin, viewport, from, { switchTo: course });
        attribute(served.load, moved);
        attribute(reserved.load, moved);
        attribute(switched, moved);
        const result = { width: viewport.width, course, served: sum(served.load), reserved: sum(reserved.load), switched: sum(switched) };
        results.push(result);
        if (verbose)
          console.log(
            `${viewport.width} px ${course}: served ${result.served.toFixed(3)}, reserved ${result.reserved.toFixed(3)}, switch ${result.switched.toFixed(3)}`,
          );
      }

  const figure = (value) => (value === null ? '–' : value.toFixed(3));
  const judged = (value) => `${figure(value)}${value > GOAL ? ' ✗' : ''}`;
  const perCourse = (width, key) => COURSES.map((course) => median(results.filter((r) => r.width === width && r.course === course).map((r) => r[key])));
  const rows = VIEWPORTS.map(({ width, height }) => {
    const summary = (key) => {
      const medians = perCourse(width, key);
      return { median: median(medians), worst: Math.max(...medians), worstLoad: Math.max(...results.filter((r) => r.width === width).map((r) => r[key])) };
    };
    return { width, height, served: summary('served'), reserved: summary('reserved'), switched: summary('switched') };
  });
  const table = [
    '| viewport | as served: median over courses | worst course | worst single load | with the embedder rules: median | worst course | worst single load | switching course: median | worst course |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      ({ width, height, served, reserved, switched }) =>
        `| ${width}×${height} | ${figure(served.median)} | ${judged(served.worst)} | ${figure(served.worstLoad)} | ${figure(reserved.median)} | ${judged(reserved.worst)} | ${figure(reserved.worstLoad)} | ${figure(switched.median)} | ${judged(switched.worst)} |`,
    ),
  ].join('\n');
  const before = [
    `| viewport | as served: median | worst course | with the embedder rules: median | worst course | switching: median | worst course |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...VIEWPORTS.map(({ width, height }) => {
      const [served, reserved, switched] = ['served', 'reserved', 'switched'].map((key) => BEFORE[key][width]);
      return `| ${width}×${height} | ${figure(served[0])} | ${figure(served[1])} | ${figure(reserved[0])} | ${figure(reserved[1])} | ${figure(switched[0])} | ${figure(switched[1])} |`;
    }),
  ].join('\n');
  const courses = [
    `| course | ${VIEWPORTS.map(({ width }) => `${width} px as served | ${width} px with the rules`).join(' | ')} |`,
    `|---|${VIEWPORTS.map(() => '---:|---:').join('|')}|`,
    ...COURSES.map(
      (course, index) =>
        `| ${course} | ${VIEWPORTS.map(({ width }) => `${figure(perCourse(width, 'served')[index])} | ${figure(perCourse(width, 'reserved')[index])}`).join(' | ')} |`,
    ),
  ].join('\n');
  const visits = results.length * 3;
  const movers = [
    "| what moved (a node inside a widget's shadow root is not named) | score per visit | times |",
    '|---|---:|---:|',
    ...[...moved.entries()]
      .sort((a, b) => b[1].score - a[1].score)
      .slice(0, 8)
      .map(([node, seen]) => `| \`${node}\` | ${seen.score / visits >= 0.0005 ? figure(seen.score / visits) : '< 0.001'} | ${seen.count} |`),
  ].join('\n');
  console.log(`${table}\n\n${courses}\n\n${movers}`);
  if (!process.env.BENCH_NO_WRITE)
    writeSection(
      'layout-shift',
      `## Layout shift of the demo page

Measured ${new Date().toISOString().slice(0, 10)} by \`bench/layout-shift.mjs\`: the real server on a fresh data folder, the demo page in headless Chromium with classic scrollbars, each course loaded by its address (\`/?course=…\`) in a fresh browser context (nothing cached), ${REPETITIONS} times per course and width. The score is the sum of every \`layout-shift\` entry without recent input (PerformanceObserver, \`buffered: true\`) until each widget shows what it loaded, the network is idle and nothing has moved for 750 ms. Each load runs twice: the page as served, and with the \`:not(:defined)\` rules of docs/embedding.md ("Room before the script has run") added to its stylesheet — the room a page keeps for the widgets before the bundle has run, which only the page can keep. "Switching course" picks the course in the page's switcher once the one before it has settled, and sums what moves after (a script's change, so none of it counts as following input). A course's figure is the median of its ${REPETITIONS} loads. Goal (issue #12): ≤ ${GOAL} at each width (Web Vitals: ≤ 0.1 is good).

${table}

Per course (median of ${REPETITIONS}):

${courses}

Before the skeletons (main at ${BEFORE.commit}, one 6–8rem grey block per widget while loading; the same rules added for the middle columns):

${before}

What moved, over every visit of this run (as served, with the rules and switching):

${movers}

Where the rest comes from: before the bundle has run, the widget tags are empty and 0 px high, and the page's first paint usually comes before it; turning into their skeletons then pushes the panels below them down (\`section.portal-panel\`). Only the page can keep that room, with the rules. With them, what is left at 320 px is the portal's own header: the signed-in name replacing "…" re-wraps it (\`p.portal-user\`, \`text in span\`).`,
    );
} finally {
  await browser.close();
  await server.close();
}

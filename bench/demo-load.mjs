// The demo page's load, shipped two ways: as served (the loader `/cdn/ungeforlob.min.js`, which
// fetches each widget's chunks) and as the all-in-one file (`ungeforlob.all.min.js` answering the
// loader's request). Starts the real server on a fresh data folder and loads the page in headless
// Chromium at 1280×900, a fresh browser context per load (nothing cached), on the network as it is
// (localhost) and on a slower one emulated by the DevTools protocol, where every round trip costs.
// Measures until every widget shows its data, the layout shift until the page has settled, and the
// JavaScript requested and transferred. Needs `npm run build` first. Writes its section of
// docs/benchmarks.md; BENCH_REPETITIONS=n (default 5) loads per variant and network,
// BENCH_VERBOSE=1 prints every load, BENCH_NO_WRITE=1 only prints.
import { statSync } from 'node:fs';
import { launchChromium, startDemoServer } from './harness.mjs';
import { writeSection } from './markdown-section.mjs';

const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 5);
const VIEWPORT = { width: 1280, height: 900 };
const WIDGETS = 'uf-plan, uf-contact-card, uf-criteria-questionnaire, uf-criteria-summary, uf-progression';
const TAGS = ['uf-provider', 'uf-plan', 'uf-contact-card', 'uf-criteria-questionnaire', 'uf-criteria-summary', 'uf-progression'];
const ALL_IN_ONE = 'packages/elements/dist/cdn/ungeforlob.all.min.js';
const verbose = Boolean(process.env.BENCH_VERBOSE);

/** Chromium's emulation adds the latency to each response (not to each packet or handshake) and caps the throughput. */
const NETWORKS = [
  { key: 'local', label: 'as it is (localhost)', conditions: null },
  {
    key: 'slow',
    label: 'slower (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up)',
    conditions: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
];
const VARIANTS = [
  { key: 'loader', label: 'loader + chunks (as served)' },
  { key: 'all', label: 'all-in-one file' },
];

// Runs in the page before any of its scripts. Layout shifts as bench/layout-shift.mjs sums them;
// when every widget tag is defined; and, checked at every animation frame, the first frame in
// which every widget shows what it loaded (not its skeleton), the clock stopping in a task queued
// from that frame's requestAnimationFrame, once its style, layout and paint are done.
function watchLoad({ widgets, tags }) {
  window.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShifts.push({ value: entry.value, time: entry.startTime });
  }).observe({ type: 'layout-shift', buffered: true });
  Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() => (window.definedAt = performance.now()));
  const shows = (widget) => {
    const body = widget.shadowRoot?.querySelector('.body');
    return body?.getAttribute('aria-busy') === 'false' && [...body.children].some((child) => child.getAttribute('aria-hidden') !== 'true');
  };
  const check = () => {
    const found = [...document.querySelectorAll(widgets)];
    if (!found.length || !found.every(shows)) return void requestAnimationFrame(check);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.shownAt = performance.now();
      window.shownCount = found.length;
    };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(check);
}

/** One first visit: a fresh context, the page loaded, measured until it has settled as in bench/layout-shift.mjs. */
async function visit(browser, origin, variant, network) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // Both variants' loader requests go through the same interception. The all-in-one file goes
  // through the browser's network like any other (gzip, throttling), only under the loader's name.
  await context.route('**/cdn/ungeforlob.min.js', (route) =>
    variant.key === 'all' ? route.continue({ url: `${origin}/cdn/ungeforlob.all.min.js` }) : route.continue(),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network.conditions) await cdp.send('Network.emulateNetworkConditions', network.conditions);
  const scripts = new Map();
  const finished = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    if (type === 'Script')
      scripts.set(requestId, { url: response.url, encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => finished.set(requestId, encodedDataLength));
  await page.addInitScript(watchLoad, { widgets: WIDGETS, tags: TAGS });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.shownAt, null, { timeout: 60_000, polling: 100 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => performance.now() - (window.layoutShifts.at(-1)?.time ?? 0) > 750, null, { timeout: 30_000, polling: 100 });
  const measured = await page.evaluate((widgets) => {
    const problems = [...document.querySelectorAll(widgets)]
      .filter((widget) => widget.shadowRoot.querySelector('[part~="error"]'))
      .map((widget) => widget.localName);
    // The page's own module script runs after the widgets' (module scripts run in document order): its first act is the sign-in.
    const signIn = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === '/demo/token');
    return {
      signIn: signIn?.startTime ?? NaN,
      shown: window.shownAt,
      defined: window.definedAt,
      count: window.shownCount,
      cls: window.layoutShifts.reduce((total, shift) => total + shift.value, 0),
      problems,
    };
  }, WIDGETS);
  await context.close();
  if (errors.length) throw new Error(`${variant.key}, ${network.key}: ${errors.join('\n')}`);
  if (measured.problems.length) throw new Error(`${variant.key}, ${network.key}: an error shown in ${measured.problems.join(', ')}`);
  if (measured.count !== 8) throw new Error(`${variant.key}, ${network.key}: ${measured.count} widgets, not 8`);
  const js = [...scripts.entries()].map(([id, script]) => ({ ...script, bytes: finished.get(id) ?? 0 }));
  if (variant.key === 'all' && js.some((script) => script.url.includes('/cdn/chunks/'))) throw new Error('the all-in-one load fetched chunks');
  return { ...measured, jsRequests: js.length, jsBytes: js.reduce((total, script) => total + script.bytes, 0), scripts: js };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await startDemoServer('demo-load');
const browser = await launchChromium({ scrollbars: true });
try {
  // Unmeasured visits, so the server's first queries and first reads of the files are behind us.
  for (const variant of VARIANTS) await visit(browser, server.origin, variant, NETWORKS[0]);
  const results = [];
  for (let repetition = 0; repetition < REPETITIONS; repetition++)
    for (const network of NETWORKS) {
      // Taking turns, and which goes first alternates too.
      const order = repetition % 2 ? [...VARIANTS].reverse() : VARIANTS;
      for (const variant of order) {
        const result = await visit(browser, server.origin, variant, network);
        results.push({ variant: variant.key, network: network.key, ...result });
        if (verbose)
          console.log(
            `${network.key} ${variant.key}: sign-in ${result.signIn.toFixed(0)} ms, defined ${result.defined.toFixed(0)} ms, shown ${result.shown.toFixed(0)} ms, CLS ${result.cls.toFixed(3)}, ${result.jsRequests} JS, ${result.jsBytes} B (${result.scripts.map((script) => `${script.url.replace(server.origin, '')} ${script.bytes} B ${script.encoding ?? 'identity'}`).join(', ')})`,
          );
      }
    }

  const of = (network, variant, key) => median(results.filter((r) => r.network === network && r.variant === variant).map((r) => r[key]));
  const spread = (network, variant, key) => {
    const values = results.filter((r) => r.network === network && r.variant === variant).map((r) => r[key]);
    return [Math.min(...values), Math.max(...values)];
  };
  const ms = (value) => `${Math.round(value)} ms`;
  const kb = (value) => `${(value / 1000).toFixed(1)} KB`;
  const measures = [
    ['**every widget shows its data**', 'shown', ms, true],
    ['every widget tag defined', 'defined', ms, true],
    ["the page's sign-in request sent (`portal.js` has run)", 'signIn', ms, true],
    ['layout shift (CLS sum until settled)', 'cls', (value) => value.toFixed(3), false],
    ['JavaScript requests', 'jsRequests', (value) => String(value), false],
    ['JavaScript transferred (compressed, with headers)', 'jsBytes', kb, false],
  ];
  const table = [
    `| network | median of ${REPETITIONS} loads | ${VARIANTS.map((variant) => variant.label).join(' | ')} | loader / all-in-one |`,
    '|---|---|---:|---:|---:|',
    ...NETWORKS.flatMap((network) =>
      measures.map(([label, key, format, withRange], index) => {
        const [loader, all] = VARIANTS.map((variant) => of(network.key, variant.key, key));
        const cell = (variant, value) => {
          if (!withRange) return format(value);
          const [low, high] = spread(network.key, variant, key);
          return `${format(value)} (${Math.round(low)}–${Math.round(high)})`;
        };
        // Nothing to divide when the all-in-one's figure shows as zero (a layout shift of 0.000).
        const ratio = Number(format(all).replace(/[^0-9.]/g, '')) === 0 ? '–' : `${(loader / all).toFixed(2)}×`;
        return `| ${index === 0 ? network.label : ''} | ${label} | ${cell('loader', loader)} | ${cell('all', all)} | ${ratio} |`;
      }),
    ),
  ].join('\n');
  const encodings = [...new Set(results.flatMap((r) => r.scripts.map((script) => script.encoding ?? 'none')))].join(', ');
  const files = `The all-in-one file is ${kb(statSync(ALL_IN_ONE).size)} minified; the server sent every script with \`Content-Encoding: ${encodings}\`.`;
  console.log(`${table}\n\n${files}`);
  if (!process.env.BENCH_NO_WRITE)
    writeSection(
      'demo-load',
      `## Demo page: loader and chunks against the all-in-one file

Measured ${new Date().toISOString().slice(0, 10)} by \`bench/demo-load.mjs\`: the real server on a fresh data folder, the demo page (\`/\`, course 1, eight widgets in four panels) in headless Chromium at ${VIEWPORT.width}×${VIEWPORT.height} with classic scrollbars, each load a first visit in a fresh browser context (nothing cached), ${REPETITIONS} loads per way of shipping and network, the two ways taking turns (which goes first alternating). Two ways of shipping the same widgets: **as served**, the page's \`<script type="module" src="/cdn/ungeforlob.min.js">\` is the loader, which imports each widget's chunk when it finds the tag and those import the chunks they share; **all-in-one**, Playwright's \`route.continue\` sends that same request to \`/cdn/ungeforlob.all.min.js\` (invisibly to the page), so the browser fetches the one file through its own network stack, compressed and throttled like everything else. The server and the page are unchanged; the loader's request goes through the same interception in both.

Times are from navigation start. "Every widget shows its data": checked at every animation frame, the first frame in which each of the eight widgets has left its skeleton for what it loaded (\`aria-busy="false"\` on its body and content not hidden — the test bench/layout-shift.mjs uses), the clock stopped in a task queued from that frame's requestAnimationFrame, after its style, layout and paint; no widget may show an error. "Every widget tag defined": \`customElements.whenDefined\` for all six tags. The layout shift is the sum of every \`layout-shift\` entry until the page has settled (each widget shows its data, the network is idle, nothing has moved for 750 ms), as bench/layout-shift.mjs sums it. JavaScript is every response of type Script (the widgets' files and the page's own \`portal.js\`), its bytes as the DevTools protocol counts them on the wire (\`encodedDataLength\`: compressed body and headers). The slower network is Chromium's emulation (\`Network.emulateNetworkConditions\`), which adds its latency to each response — not to connection set-up, and HTTP/1.1 over localhost with up to six connections at once, as the reference server serves it — so it shows the round trips a chain of imports costs, not a real mobile network; the data requests the widgets make (sign-in, plan, contact, questionnaire, readings) pay it too. Ranges in brackets are the fastest and slowest load.

${table}

${files} Where the time goes: the loader defines each tag when its chunk and the chunks that chunk imports have arrived — the loader, then the widgets' chunks, then the ones they share, a round trip each — where the all-in-one file defines all six at once when it has arrived. But both are module scripts before the page's own \`portal.js\`, and module scripts run in document order: with the all-in-one file, \`portal.js\` (which signs in and gives the widgets their course) waits for the whole file to arrive and run, while the small loader lets it run at once, so the sign-in and the data requests start while the chunks are still on their way. The machine has two cores shared with other jobs; see every load with \`BENCH_VERBOSE=1\`.`,
    );
} finally {
  await browser.close();
  await server.close();
}

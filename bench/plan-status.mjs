// One effort's status changed in <uf-plan mode="staff"> with 200 efforts, against a vanilla-DOM
// floor that makes the same visible change to the same markup (issue #13: goal ≤ 1.5× the floor),
// in one headless Chromium run. Needs `npm run build` first: the page uses the packages'
// production builds. Writes its section of docs/benchmarks.md; BENCH_CHANGES=n (default 100) sets
// the timed changes per side, BENCH_VERBOSE=1 prints every sample, BENCH_NO_WRITE=1 only prints.
import { launchChromium, servePage } from './harness.mjs';
import { writeSection } from './markdown-section.mjs';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 100);
const BATCH = Math.min(10, CHANGES);
const GOAL = 1.5;

const server = await servePage('bench/plan-status/page.ts');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/?changes=${CHANGES}&batch=${BATCH}`);
  const result = await page
    .waitForFunction(() => window.benchResult, null, { timeout: 300_000 })
    .then((handle) => handle.jsonValue())
    .catch((error) => {
      throw new Error([error.message, ...errors].join('\n'));
    });
  if (errors.length) throw new Error(errors.join('\n'));
  if (process.env.BENCH_VERBOSE)
    for (const side of ['element', 'floor'])
      console.log(`${side}: ${result.samples[side].map((sample) => `${sample.pick.toFixed(1)}+${sample.save.toFixed(1)}`).join(' ')}`);

  const ms = (value) => `${value.toFixed(1)} ms`;
  const ratio = (element, floor) => `${(element / floor).toFixed(2)}×`;
  const rows = [
    ['**the whole change** (pick + save)', 'total'],
    ['… pick in the select ("Ikke gemt" appears), until the next frame', 'pick'],
    ['… press "Gem status" (saved, "Gemt.", new revision), until the next frame', 'save'],
    ["the whole change, only until the DOM is changed (script: event handlers, the element's update; no style, layout or paint)", 'script'],
  ];
  const table = [
    '| one status change (median / p95) | `<uf-plan>` | vanilla-DOM floor | ratio of medians | ratio of p95s |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(([label, key]) => {
      const [element, floor] = [result.element[key], result.floor[key]];
      return `| ${label} | ${ms(element.median)} / ${ms(element.p95)} | ${ms(floor.median)} / ${ms(floor.p95)} | ${ratio(element.median, floor.median)} | ${ratio(element.p95, floor.p95)} |`;
    }),
  ].join('\n');
  const measured = result.element.total.median / result.floor.total.median;
  const close = Math.abs(measured - GOAL) < GOAL / 10 ? '; within a tenth of the line, so a run on a busier or quieter machine may land on the other side' : '';
  const goal = `Goal (issue #13): ≤ ${GOAL}× the floor — ${measured.toFixed(2)}× (${measured <= GOAL ? 'met' : '**not met**'}${close}).`;
  console.log(`${table}\n\n${goal}`);
  if (!process.env.BENCH_NO_WRITE)
    writeSection(
      'plan-status',
      `## Plan view: one effort's status changed among ${result.efforts}

Measured ${new Date().toISOString().slice(0, 10)} by \`bench/plan-status.mjs\` in one headless Chromium run at 1280×900: \`<uf-plan mode="staff">\` with the ${result.efforts} efforts of the first-render bench (${result.nodes} elements in its shadow root), a professional changing one effort's status through the element's own controls — picking the new status in the effort's select (\`input\` and \`change\` events, as a browser fires them), then pressing its "Gem status" button (\`click()\`) — with a client that answers the save at once with the plan as the reference server would store it (the answers are worked out beforehand with the server's own \`applyPlanUpdate\`, so no fetch, parsing or server work is timed). Each step is timed from the event to the next frame (a requestAnimationFrame and a task queued from it, so style, layout and paint recording count); for the save, the element has fired \`uf-plan-saved\` and finished its update first. A frame comes every 16.7 ms, so part of each figure, for both, is the wait for it. The last row stops the clock when the DOM is changed, before the browser's own work: the floor's handlers are done when the event returns.

The floor is the element's own markup and stylesheets in a plain shadow root, with two delegated listeners that make the same visible change by hand, holding references to each effort's nodes from when it was built: on the pick, the "Ikke gemt" paragraph and the select's \`aria-describedby\`; on the save, the bar's \`status-…\` class and the status word in the timeline's label, the paragraph and the attribute taken away again, "Gemt." in the live region, and the new revision inserted at the top of the revisions list (its markup as the element renders it). After every change the floor's markup (comments dropped, whitespace between tags collapsed) and its selects' values are compared with the element's, and the run stops if they differ; every save's request is checked against the update the edit calls for.

The changes: the ${result.effortsChanged} planned efforts without a next action, in turn, to "Sat på pause" and back, so each is a real change and the element renders again each time; such an effort is in no warning and not in "Hvem gør hvad", so nothing else in the view changes — the change where the element's work (a new view of the plan and a render of the whole template, all ${result.efforts} rows and bars compared) is largest against what actually changes. ${result.changes} timed changes each, after ${result.warmup} untimed ones in the element, the element and the floor taking turns every ${result.batch} changes on the same page, the one not measured hidden (\`display: none\`).

${table}

${goal}

The machine has two cores shared with other jobs; see every sample with \`BENCH_VERBOSE=1\`.`,
    );
} finally {
  await browser.close();
  server.close();
}

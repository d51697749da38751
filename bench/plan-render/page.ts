// Runs in headless Chromium: first render of <uf-plan> with 200 efforts, against a vanilla-DOM
// floor that builds the element's own final markup (same nodes, same styles) with no framework at
// all. Both are timed up to a forced layout, so style and layout count for both. A cold first
// render of each happens in a fresh page of its own (`?cold` runs only the element, `?floor` only
// the floor), so neither profits from the other having warmed the style engine or the JIT.
import '@ungeforlob/elements';
import type { UfClient } from '@ungeforlob/sdk';
import { planWithEfforts, type PlanElement } from './fixture.js';

const TODAY = '2026-11-24';
const NOW = new Date(`${TODAY}T09:15:00Z`);
const EFFORTS = 200;
const ROUNDS = 15;

const plan = planWithEfforts(TODAY, EFFORTS);
// Answers at once, without fetch or parsing: the benchmark is about rendering, not I/O.
const client = {
  plan: { get: async () => ({ value: plan, etag: '"1"' }) },
  contact: { get: async () => null },
} as unknown as UfClient;

async function renderElement(): Promise<{ ms: number; markup: string; sheets: CSSStyleSheet[] }> {
  const element = document.createElement('uf-plan') as PlanElement;
  element.setAttribute('mode', 'staff');
  element.setAttribute('course', plan.courseId);
  element.client = client;
  element.now = NOW;
  const loaded = new Promise((resolve) => element.addEventListener('uf-plan-loaded', resolve, { once: true }));
  const started = performance.now();
  document.body.append(element);
  await loaded;
  await element.updateComplete;
  void element.offsetHeight;
  const ms = performance.now() - started;
  const root = element.shadowRoot!;
  const result = { ms, markup: root.innerHTML.replace(/<!--[^]*?-->/g, ''), sheets: [...root.adoptedStyleSheets] };
  element.remove();
  return result;
}

function renderFloor(markup: string, sheets: CSSStyleSheet[] | string[]): number {
  const started = performance.now();
  // From CSS text in a fresh page, as the element too must build its stylesheets the first time.
  sheets = sheets.map((sheet) => {
    if (typeof sheet !== 'string') return sheet;
    const built = new CSSStyleSheet();
    built.replaceSync(sheet);
    return built;
  });
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;
  root.innerHTML = markup;
  document.body.append(host);
  void host.offsetHeight;
  const ms = performance.now() - started;
  host.remove();
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cssText = (sheets: CSSStyleSheet[]) => sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));

async function run() {
  const first = await renderElement(); // cold, in this fresh page
  const floorInput = { markup: first.markup, css: cssText(first.sheets) };
  const element: number[] = [];
  const floor: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const rendered = await renderElement();
    element.push(rendered.ms);
    floor.push(renderFloor(rendered.markup, rendered.sheets));
  }
  return {
    efforts: EFFORTS,
    nodes: new DOMParser().parseFromString(first.markup, 'text/html').querySelectorAll('*').length,
    firstElement: first.ms,
    floorInput,
    median: { element: median(element), floor: median(floor) },
    rounds: ROUNDS,
  };
}

const bench = window as unknown as {
  benchResult?: Promise<unknown>;
  coldElement?: Promise<number>;
  coldFloor?: (input: { markup: string; css: string[] }) => number;
};
if (location.search === '?floor') bench.coldFloor = (input) => renderFloor(input.markup, input.css);
else if (location.search === '?cold') bench.coldElement = renderElement().then((rendered) => rendered.ms);
else bench.benchResult = run();

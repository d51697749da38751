// First render of <uf-plan> with 200 efforts against a vanilla-DOM floor, in one headless
// Chromium run (issue #3: goal within 1.5× of the floor). Needs `npm run build` first: the page
// uses the packages' production builds. Writes its section of docs/benchmarks.md.
import { launchChromium, servePage } from './harness.mjs';
import { writeSection } from './markdown-section.mjs';

const COLD_SAMPLES = 5;

// Both pages load the same bundle, so parsing it is not part of either timing.
const server = await servePage('bench/plan-render/page.ts');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/`);
  const result = await page
    .waitForFunction(() => window.benchResult, null, { timeout: 60_000 })
    .then((handle) => handle.jsonValue())
    .then((promise) => promise);
  // Cold first renders, each in a fresh page of its own, element and floor taking turns so that
  // machine load falls on both alike; one sample each is too noisy to compare.
  const freshPage = async (query) => {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    fresh.on('pageerror', (error) => errors.push(error.message));
    await fresh.goto(`${server.origin}/${query}`);
    return fresh;
  };
  const coldElement = [result.firstElement];
  const coldFloor = [];
  for (let sample = 0; sample < COLD_SAMPLES; sample++) {
    const floorPage = await freshPage('?floor');
    await floorPage.waitForFunction(() => window.coldFloor);
    coldFloor.push(await floorPage.evaluate((input) => window.coldFloor(input), result.floorInput));
    await floorPage.close();
    if (coldElement.length >= COLD_SAMPLES) continue;
    const elementPage = await freshPage('?cold');
    coldElement.push(await elementPage.waitForFunction(() => window.coldElement).then((handle) => handle.jsonValue()));
    await elementPage.close();
  }
  if (errors.length) throw new Error(errors.join('\n'));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const firstFloor = median(coldFloor);
  result.firstElement = median(coldElement);
  const ratio = (element, floor) => (element / floor).toFixed(2);
  const ms = (value) => `${value.toFixed(1)} ms`;
  const table = [
    '| render | `<uf-plan>` | vanilla-DOM floor | ratio |',
    '|---|---:|---:|---:|',
    `| first render in a fresh page (cold), median of ${COLD_SAMPLES} pages each | ${ms(result.firstElement)} | ${ms(firstFloor)} | ${ratio(result.firstElement, firstFloor)}× |`,
    `| median of ${result.rounds} more | ${ms(result.median.element)} | ${ms(result.median.floor)} | ${ratio(result.median.element, result.median.floor)}× |`,
  ].join('\n');
  writeSection(
    'plan-render',
    `## Plan view: first render of ${result.efforts} efforts\n\nMeasured ${new Date().toISOString().slice(0, 10)} by \`bench/plan-render.mjs\` in one headless Chromium run: \`<uf-plan mode="staff">\` from "data in hand" (a client that answers at once) to a forced layout, against a floor that builds the element's own final markup (${result.nodes} elements, same stylesheets) with \`innerHTML\` and no framework. Goal (issue #3): within 1.5× of the floor.\n\n${table}`,
  );
  console.log(table);
} finally {
  await browser.close();
  server.close();
}

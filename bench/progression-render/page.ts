// Runs in headless Chromium: the progression overview for 12 scales × 260 readings drawn three
// ways from the same data in hand — `<uf-progression>` (SVG), Chart.js and uPlot (canvas), the
// peers with production settings (no animation, fixed size). Every render starts from the raw
// scale set and readings, so grouping the readings per scale and rater counts for all three, and
// has three marks: `layout` once every chart has drawn (the element updated; Chart.js returned —
// it draws synchronously without animation; uPlot's `ready` hook fired after its first draw) and
// a forced layout; `frame` once the next frame's main-thread work is done (a requestAnimationFrame
// and a task queued from it); `presented` when the compositor showed that frame (Element Timing),
// which is where a canvas's deferred drawing and an SVG's tiles are rastered — the fair mark. A
// cold first render of each happens in a fresh page of its own (`?cold=<library>`), so none
// profits from another having warmed the style engine or the JIT.
import '@ungeforlob/elements';
import type { UfClient } from '@ungeforlob/sdk';
import { progressionBenchData } from '@ungeforlob/sdk/seed';
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import uPlot from 'uplot';
import { nextFrame } from '../next-frame.js';

const SCALES = 12;
const READINGS = 260;
const ROUNDS = 15;
const NOW = new Date('2026-11-23T09:15:00Z');

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

const { scaleSet, progression } = progressionBenchData(SCALES, READINGS);
// Answers at once, without fetch or parsing: the benchmark is about rendering, not I/O.
const client = {
  progression: { getScales: async () => scaleSet, get: async () => progression },
  plan: { get: async () => null },
  contact: { get: async () => null },
} as unknown as UfClient;

type Library = 'ours' | 'chartjs' | 'uplot';
interface Timing {
  layout: number;
  frame: number;
  presented: number;
}
interface Size {
  width: number;
  height: number;
}
type Point = { x: number; y: number };

const DEFAULT_SIZE: Size = { width: 640, height: 240 };
const COLOURS = { youth: '#1f5fa8', professional: '#b3471d' } as const;
// As the element draws them: the professional's line dashed, markers 7 px across.
const DASH = { youth: [], professional: [6, 4] } as Record<'youth' | 'professional', number[]>;
const RATER_LABELS = { youth: 'Den unge', professional: 'Medarbejder' } as const;
type ShownRater = keyof typeof COLOURS;
const monthYear = new Intl.DateTimeFormat('da', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const MARKER = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const markerReady = (() => {
  const image = new Image();
  image.src = MARKER;
  return image.decode();
})();

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
  loadTime: number;
}

/**
 * When the frame that first shows `marker` was presented (Element Timing's renderTime): later than
 * the next frame's main-thread work, as it also waits for the compositor to raster what is on
 * screen — where a canvas's deferred drawing and an SVG's tiles become pixels.
 */
function presentation(marker: HTMLElement): Promise<{ renderTime: number; loadTime: number }> {
  const identifier = `drawn-${performance.now()}`;
  marker.setAttribute('elementtiming', identifier);
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = (list.getEntries() as ElementTiming[]).find((candidate) => candidate.identifier === identifier);
      if (!entry) return;
      observer.disconnect();
      resolve(entry);
    });
    observer.observe({ type: 'element', buffered: true });
    setTimeout(() => {
      observer.disconnect();
      resolve({ renderTime: Number.NaN, loadTime: Number.NaN });
    }, 5000);
  });
}

async function timed(draw: (host: HTMLElement) => Promise<void> | void): Promise<Timing & { host: HTMLElement }> {
  await markerReady;
  const host = document.createElement('div');
  const started = performance.now();
  document.body.append(host);
  await draw(host);
  // A 1-px image above the charts, added with them in the same frame, for Element Timing (it
  // reports images added at any time; text only from the page's first paint). Its source is
  // decoded up front and served from memory, so the marker is ready before the charts are.
  const marker = document.createElement('img');
  marker.width = marker.height = 1;
  marker.alt = '';
  marker.src = MARKER;
  host.prepend(marker);
  const presented = presentation(marker);
  void host.offsetHeight;
  const layout = performance.now() - started;
  await nextFrame();
  const frame = performance.now() - started;
  const entry = await presented;
  // The marker must have been ready with the charts, or its frame is not theirs.
  if (entry.loadTime - started > layout) console.warn(`marker loaded ${(entry.loadTime - started - layout).toFixed(1)} ms after the charts`);
  return { layout, frame, presented: entry.renderTime - started, host };
}

/** The peers' shared data step: per scale, its y range and each rater's points as epoch ms and value. */
function pointsPerScale() {
  const byScale = new Map<string, Record<ShownRater, Point[]>>();
  for (const scale of scaleSet.scales) byScale.set(scale.id, { youth: [], professional: [] });
  for (const reading of progression.readings) {
    if (reading.ratedBy === 'joint') continue; // the bench data has none; the element would show them
    byScale.get(reading.scaleId)?.[reading.ratedBy].push({ x: Date.parse(reading.date), y: reading.value });
  }
  return scaleSet.scales.map((scale) => {
    const range = scale.kind === 'anchored' ? { min: 1, max: scale.steps.length } : { min: scale.min, max: scale.max };
    return { scale, range, points: byScale.get(scale.id)! };
  });
}

/** A heading per chart, as the element has: the same small DOM around both peers' canvases. */
function figure(host: HTMLElement, title: string): HTMLElement {
  const section = document.createElement('section');
  const heading = document.createElement('h3');
  heading.textContent = title;
  section.append(heading);
  host.append(section);
  return section;
}

interface ProgressionElement extends HTMLElement {
  client: UfClient;
  now: Date;
  updateComplete: Promise<boolean>;
}

/** The element's charts: each `part="chart"` holds the axis values and dates (HTML) and the plot (SVG). */
function chartSvgs(root: ParentNode, found: Element[] = []): Element[] {
  for (const element of root.querySelectorAll('*')) {
    if (/(^|\s)chart(\s|$)/.test(element.getAttribute('part') ?? '')) found.push(element);
    if (element.shadowRoot) chartSvgs(element.shadowRoot, found);
  }
  return found;
}

const hasElement = () => customElements.get('uf-progression') !== undefined;

async function drawOurs(host: HTMLElement): Promise<void> {
  const element = document.createElement('uf-progression') as ProgressionElement;
  element.setAttribute('course', 'bench-course');
  element.client = client;
  element.now = NOW;
  const loaded = new Promise((resolve) => element.addEventListener('uf-progression-loaded', resolve, { once: true }));
  host.append(element);
  await loaded;
  await element.updateComplete;
  // The charts are SVG templates in the element's own render, so they are drawn now; render()
  // checks that, after the clock has stopped.
}

function drawChartJs(host: HTMLElement, size: Size): Chart<'line', Point[]>[] {
  return pointsPerScale().map(({ scale, range, points }) => {
    // Not responsive: the canvas's own size, set before the chart exists, so it draws once.
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    canvas.style.cssText = `display: block; width: ${size.width}px; height: ${size.height}px`;
    figure(host, scale.title.da).append(canvas);
    // The settings Chart.js's performance guide names: no animation, data already parsed and sorted.
    return new Chart<'line', Point[]>(canvas, {
      type: 'line',
      data: {
        datasets: (Object.keys(COLOURS) as ShownRater[]).map((rater) => ({
          label: RATER_LABELS[rater],
          data: points[rater],
          borderColor: COLOURS[rater],
          backgroundColor: COLOURS[rater],
          borderWidth: 2,
          borderDash: DASH[rater],
          pointRadius: 3.5,
        })),
      },
      options: {
        animation: false,
        responsive: false,
        parsing: false,
        normalized: true,
        scales: {
          x: { type: 'linear', ticks: { callback: (value) => monthYear.format(Number(value)), maxTicksLimit: 8 } },
          y: { type: 'linear', min: range.min, max: range.max },
        },
      },
    });
  });
}

function drawUPlot(host: HTMLElement, size: Size): Promise<uPlot[]> {
  const charts: uPlot[] = [];
  const drawn = pointsPerScale().map(({ scale, range, points }) => {
    // uPlot wants one x array for all series: the union of both raters' days, gaps as null.
    const days = [...new Set([...points.youth, ...points.professional].map((point) => point.x))].sort((a, b) => a - b);
    const index = new Map(days.map((day, at) => [day, at]));
    const series = (Object.keys(COLOURS) as ShownRater[]).map((rater) => {
      const values: (number | null)[] = new Array<number | null>(days.length).fill(null);
      for (const point of points[rater]) values[index.get(point.x)!] = point.y;
      return values;
    });
    return new Promise<void>((resolve) => {
      charts.push(
        new uPlot(
          {
            width: size.width,
            height: size.height,
            scales: { x: { time: true }, y: { range: [range.min, range.max] } },
            series: [
              {},
              ...(Object.keys(COLOURS) as ShownRater[]).map((rater) => ({
                label: RATER_LABELS[rater],
                stroke: COLOURS[rater],
                width: 2,
                dash: DASH[rater],
                spanGaps: true,
                points: { show: true, size: 7 },
              })),
            ],
            hooks: { ready: [() => resolve()] },
          },
          [days.map((day) => day / 1000), ...series] as uPlot.AlignedData,
          figure(host, scale.title.da),
        ),
      );
    });
  });
  return Promise.all(drawn).then(() => charts);
}

async function render(library: Library, size: Size): Promise<Timing> {
  let destroy = () => {};
  const result = await timed(async (host) => {
    if (library === 'ours') return drawOurs(host);
    if (library === 'chartjs') {
      const charts = drawChartJs(host, size);
      destroy = () => charts.forEach((chart) => chart.destroy());
      return;
    }
    const charts = await drawUPlot(host, size);
    destroy = () => charts.forEach((chart) => chart.destroy());
  });
  destroy();
  if (library === 'ours' && chartSvgs(result.host).length !== SCALES)
    throw new Error(`<uf-progression> drew ${chartSvgs(result.host).length} charts, not ${SCALES}`);
  result.host.remove();
  return { layout: result.layout, frame: result.frame, presented: result.presented };
}

/** What the element draws, so the peers draw at the same size and the report can say what was drawn. */
function oursDrawn(): { size: Size; charts: number; marks: number; tableCells: number } {
  const element = document.querySelector('uf-progression')!;
  const svgs = chartSvgs(element.shadowRoot!);
  const box = svgs[0]?.getBoundingClientRect();
  let tableCells = 0;
  const count = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.tagName === 'TD' || node.tagName === 'TH') tableCells++;
      if (node.shadowRoot) count(node.shadowRoot);
    }
  };
  count(element.shadowRoot!);
  return {
    size: box && box.width > 0 ? { width: Math.round(box.width), height: Math.round(box.height) } : DEFAULT_SIZE,
    charts: svgs.length,
    // Every element a chart is drawn with: the SVG's shapes and the HTML words around them.
    marks: svgs.reduce((sum, chart) => sum + chart.querySelectorAll('*').length, 0),
    tableCells,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function run() {
  const libraries: Library[] = hasElement() ? ['ours', 'chartjs', 'uplot'] : ['chartjs', 'uplot'];
  let drawn: ReturnType<typeof oursDrawn> | null = null;
  let size = DEFAULT_SIZE;
  if (hasElement()) {
    // Once, untimed, to learn the element's chart size; kept in the page to be measured.
    const host = document.createElement('div');
    document.body.append(host);
    await drawOurs(host);
    drawn = oursDrawn();
    size = drawn.size;
    host.remove();
  }
  for (const library of libraries) await render(library, size); // warm-up, untimed
  const samples = Object.fromEntries(libraries.map((library) => [library, [] as Timing[]])) as Record<Library, Timing[]>;
  for (let round = 0; round < ROUNDS; round++) {
    // Taking turns, each round in another order, so neither a warming machine nor a collector
    // pause left behind by the one before favours a library.
    const order = libraries.map((_, at) => libraries[(at + round) % libraries.length]!);
    for (const library of order) samples[library].push(await render(library, size));
  }
  const warm = Object.fromEntries(
    Object.entries(samples).map(([library, timings]) => [
      library,
      { layout: median(timings.map((t) => t.layout)), frame: median(timings.map((t) => t.frame)), presented: median(timings.map((t) => t.presented)) },
    ]),
  );
  return { scales: SCALES, readings: READINGS, total: progression.readings.length, rounds: ROUNDS, libraries, size, drawn, warm };
}

const bench = window as unknown as { benchResult?: Promise<unknown>; cold?: Promise<Timing | null> };
const params = new URLSearchParams(location.search);
const cold = params.get('cold') as Library | null;
if (cold) {
  const size = { width: Number(params.get('width')) || DEFAULT_SIZE.width, height: Number(params.get('height')) || DEFAULT_SIZE.height };
  bench.cold = cold === 'ours' && !hasElement() ? Promise.resolve(null) : render(cold, size);
} else bench.benchResult = run();

// Runs in headless Chromium: one effort's status changed in <uf-plan mode="staff"> with 200
// efforts, through the element's own controls as a professional changes it (pick in the effort's
// status select, then press "Gem status"), against a vanilla-DOM floor: the element's own markup
// and stylesheets in a shadow root, with listeners that make exactly the changes the element makes
// (the "Ikke gemt" marker and aria-describedby on the pick; the bar's class, the timeline label,
// the live region's "Gemt." and the new revision at the top of the revisions on the save). Each
// step is timed from the input event to the next frame (a requestAnimationFrame and a task queued
// from it, so style, layout and paint recording count), and the floor's markup is compared with
// the element's after every change, so both end in the same DOM.
import '@ungeforlob/elements';
import { applyPlanEdit, applyPlanUpdate, type EffortStatus, type Plan, type PlanUpdate, type UfClient, type Versioned } from '@ungeforlob/sdk';
import { nextFrame } from '../next-frame.js';
import { planWithEfforts, type PlanElement } from '../plan-render/fixture.js';

const TODAY = '2026-11-24';
const NOW = new Date(`${TODAY}T09:15:00Z`);
const EFFORTS = 200;
const params = new URLSearchParams(location.search);
/** Timed changes for each of the element and the floor. */
const CHANGES = Number(params.get('changes') ?? 100);
/** Changes in a row for one side before the other takes its turn. */
const BATCH = Number(params.get('batch') ?? 10);
/** Untimed changes first, for the JIT and so that the revisions list exists. */
const WARMUP = 4;

const plan = planWithEfforts(TODAY, EFFORTS);

/**
 * The changes, in turn: planned efforts without a next action (every twelfth from the ninth) to
 * "paused" and back. Such an effort is in no warning and not in "who does what", so the status is
 * all that changes in the plan's view: the change that touches the least besides the effort itself.
 */
const candidates = plan.efforts.filter((effort) => effort.status === 'planned' && !effort.nextAction).map((effort) => effort.id);
const steps: { effortId: string; status: EffortStatus }[] = [];
for (let index = 0; steps.length < WARMUP + CHANGES; index++) {
  const round = Math.floor(index / candidates.length);
  steps.push({ effortId: candidates[index % candidates.length]!, status: round % 2 ? 'planned' : 'paused' });
}

// The server's answers, worked out beforehand (with the same pure function the reference server
// uses, so each save writes a revision): the client answers at once, with no fetch, parsing or
// server work in any timing.
const BY = { role: 'professional' as const, name: 'Jonas Kragh' };
const answers: Versioned<Plan>[] = [];
const expectedUpdates: PlanUpdate[] = [];
{
  let current = plan;
  for (const [index, step] of steps.entries()) {
    const request = applyPlanEdit(current, { kind: 'effortStatus', ...step });
    if (!('update' in request)) throw new Error('a status edit became a comment');
    current = applyPlanUpdate(current, request.update, { at: NOW.toISOString(), by: BY }).plan;
    expectedUpdates.push(request.update);
    answers.push({ value: current, etag: `"${index + 2}"` });
  }
}
const sentUpdates: PlanUpdate[] = [];
const client = {
  plan: {
    get: async () => ({ value: plan, etag: '"1"' }),
    update: async (_courseId: string, update: PlanUpdate) => {
      const answer = answers[sentUpdates.length];
      sentUpdates.push(update);
      if (!answer) throw new Error('more saves than planned');
      return answer;
    },
  },
  contact: { get: async () => null },
} as unknown as UfClient;

/** What a browser fires when the user picks an option in a select. */
function pick(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const saveButton = (select: HTMLSelectElement) => select.closest('td')!.querySelector<HTMLButtonElement>('[part~="save-status-button"]')!;

/** Markup without Lit's comment markers, whitespace between and around tags collapsed. */
const normalized = (root: ShadowRoot) =>
  root.innerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/\s+</g, '<')
    .replace(/>\s+/g, '>');
const selectValues = (root: ShadowRoot) => [...root.querySelectorAll<HTMLSelectElement>('select[id^="status-"]')].map((select) => select.value).join();

interface Timing {
  pick: number;
  save: number;
  /** Until the DOM is changed (the element's update complete), before style, layout and paint. */
  pickScript: number;
  saveScript: number;
}

/** The element: pick, then press "Gem status", each until the next frame. */
async function changeInElement(element: PlanElement, step: (typeof steps)[number]): Promise<Timing> {
  const root = element.shadowRoot!;
  const select = root.querySelector<HTMLSelectElement>(`#status-${step.effortId}`)!;
  let started = performance.now();
  pick(select, step.status);
  await element.updateComplete;
  const pickScript = performance.now() - started;
  await nextFrame();
  const picked = performance.now() - started;
  const saved = new Promise((resolve) => element.addEventListener('uf-plan-saved', resolve, { once: true }));
  started = performance.now();
  saveButton(select).click();
  await saved;
  await element.updateComplete;
  const saveScript = performance.now() - started;
  await nextFrame();
  return { pick: picked, save: performance.now() - started, pickScript, saveScript };
}

/**
 * The floor: the element's markup and stylesheets in a plain shadow root, and what a hand-written
 * page would do to it, with references to each effort's nodes kept from when it was built.
 */
function buildFloor(element: PlanElement, revisionItem: (offer: string) => string) {
  const source = element.shadowRoot!;
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...source.adoptedStyleSheets];
  root.innerHTML = source.innerHTML.replace(/<!--[^]*?-->/g, '');
  // The element sets its selects' choice as a property, which is not in the markup.
  const sourceSelects = [...source.querySelectorAll<HTMLSelectElement>('select')];
  root.querySelectorAll('select').forEach((select, index) => (select.value = sourceSelects[index]!.value));

  const labels = new Map([...root.querySelector('select[id^="status-"]')!.querySelectorAll('option')].map((option) => [option.value, option.text]));
  const unsavedText = (element as unknown as { copy: { statusUnsaved: string } }).copy.statusUnsaved;
  const savedText = source.querySelector('[part="status"]')!.textContent.trim();
  const liveRegion = root.querySelector('[part="status"]')!;
  const revisions = root.querySelector('ol.revisions')!;
  // Bars and rows come in the same order (unit by unit), so the nth bar is the nth row's effort.
  const bars = [...root.querySelectorAll('.bar-row')];
  const efforts = new Map(
    [...root.querySelectorAll<HTMLSelectElement>('tbody select[id^="status-"]')].map((select, index) => {
      const row = bars[index]!;
      const label = row.querySelector('.bar-label')!;
      return [
        select.id,
        {
          select,
          saved: select.value,
          offer: row.querySelector('.bar-label strong')!.textContent,
          bar: row.querySelector('.bar')!,
          statusText: label.lastChild as Text,
          cell: select.closest('td')!,
        },
      ];
    }),
  );
  if (efforts.size !== EFFORTS) throw new Error(`the floor found ${efforts.size} efforts`);

  root.addEventListener('change', (event) => {
    const effort = efforts.get((event.target as HTMLElement).id);
    if (!effort) return;
    const unsaved = effort.select.value !== effort.saved;
    const markerId = `${effort.select.id}-unsaved`;
    const marker = root.getElementById(markerId);
    if (unsaved && !marker) {
      effort.select.setAttribute('aria-describedby', markerId);
      const paragraph = document.createElement('p');
      paragraph.className = 'unsaved';
      paragraph.id = markerId;
      paragraph.textContent = unsavedText;
      effort.cell.append(paragraph);
    } else if (!unsaved && marker) {
      effort.select.removeAttribute('aria-describedby');
      marker.remove();
    }
  });
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[part~="save-status-button"]');
    const select = button?.closest('td')?.querySelector('select');
    const effort = select && efforts.get(select.id);
    if (!effort || effort.select.value === effort.saved) return;
    const status = effort.select.value;
    effort.bar.classList.replace(`status-${effort.saved}`, `status-${status}`);
    effort.statusText.data = effort.statusText.data.replace(labels.get(effort.saved)!, labels.get(status)!);
    effort.saved = status;
    effort.select.removeAttribute('aria-describedby');
    root.getElementById(`${effort.select.id}-unsaved`)?.remove();
    liveRegion.textContent = savedText;
    revisions.insertAdjacentHTML('afterbegin', revisionItem(effort.offer));
  });
  return { host, root };
}

async function changeInFloor(root: ShadowRoot, step: (typeof steps)[number]): Promise<Timing> {
  const select = root.getElementById(`status-${step.effortId}`) as HTMLSelectElement;
  let started = performance.now();
  pick(select, step.status);
  const pickScript = performance.now() - started;
  await nextFrame();
  const picked = performance.now() - started;
  started = performance.now();
  saveButton(select).click();
  const saveScript = performance.now() - started;
  await nextFrame();
  return { pick: picked, save: performance.now() - started, pickScript, saveScript };
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => sorted(values)[Math.ceil(values.length * 0.95) - 1]!;
const summary = (timings: Timing[]) => {
  const of = (values: number[]) => ({ median: median(values), p95: p95(values) });
  return {
    pick: of(timings.map((t) => t.pick)),
    save: of(timings.map((t) => t.save)),
    total: of(timings.map((t) => t.pick + t.save)),
    script: of(timings.map((t) => t.pickScript + t.saveScript)),
  };
};

async function run() {
  const element = document.createElement('uf-plan') as PlanElement;
  element.setAttribute('mode', 'staff');
  element.setAttribute('course', plan.courseId);
  element.client = client;
  element.now = NOW;
  const loaded = new Promise((resolve) => element.addEventListener('uf-plan-loaded', resolve, { once: true }));
  document.body.append(element);
  await loaded;
  await element.updateComplete;
  await nextFrame();
  for (const step of steps.slice(0, WARMUP)) await changeInElement(element, step);

  // The floor adds a revision as the element's newest one reads, with another offer's name in it.
  const newest = element.shadowRoot!.querySelector('ol.revisions > li')!;
  const newestOffer = plan.efforts.find((effort) => effort.id === steps[WARMUP - 1]!.effortId)!.offer.name;
  const [before, after] = newest.outerHTML.replace(/<!--[^]*?-->/g, '').split(newestOffer) as [string, string];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const floor = buildFloor(element, (offer) => `${before}${escape(offer)}${after}`);
  floor.host.hidden = true;
  document.body.append(floor.host);
  const nodes = floor.root.querySelectorAll('*').length;
  if (normalized(floor.root) !== normalized(element.shadowRoot!)) throw new Error('the floor does not start from the same markup');

  const timings: { element: Timing[]; floor: Timing[] } = { element: [], floor: [] };
  const timed = steps.slice(WARMUP);
  for (let from = 0; from < timed.length; from += BATCH) {
    const batch = timed.slice(from, from + BATCH);
    // The element's turn, then the floor's with the same changes; the one not measured is hidden
    // (display: none), so it costs the frame nothing.
    const expected: { markup: string; values: string }[] = [];
    element.hidden = false;
    floor.host.hidden = true;
    await nextFrame();
    await nextFrame();
    for (const step of batch) {
      timings.element.push(await changeInElement(element, step));
      expected.push({ markup: normalized(element.shadowRoot!), values: selectValues(element.shadowRoot!) });
    }
    element.hidden = true;
    floor.host.hidden = false;
    await nextFrame();
    await nextFrame();
    for (const [index, step] of batch.entries()) {
      timings.floor.push(await changeInFloor(floor.root, step));
      const markup = normalized(floor.root);
      if (markup !== expected[index]!.markup || selectValues(floor.root) !== expected[index]!.values) {
        const at = [...markup].findIndex((char, position) => char !== expected[index]!.markup[position]);
        throw new Error(
          `after change ${from + index} the floor differs from the element:\nfloor:   …${markup.slice(at - 200, at + 200)}\nelement: …${expected[index]!.markup.slice(at - 200, at + 200)}`,
        );
      }
    }
  }
  // Every save sent the update the edit calls for, so each answer was the right one.
  for (const [index, update] of sentUpdates.entries())
    if (JSON.stringify(update) !== JSON.stringify(expectedUpdates[index])) throw new Error(`save ${index} sent another update than planned`);
  if (sentUpdates.length !== steps.length) throw new Error(`${sentUpdates.length} saves for ${steps.length} changes`);

  return {
    efforts: EFFORTS,
    nodes,
    changes: CHANGES,
    batch: BATCH,
    warmup: WARMUP,
    effortsChanged: candidates.length,
    element: summary(timings.element),
    floor: summary(timings.floor),
    samples: timings,
  };
}

(window as unknown as { benchResult?: Promise<unknown> }).benchResult = run();

// Shared by the plan's test files: render <uf-plan> on the memory transport at a fixed time, and read it.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, danishToday, type OfferChoice, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, offerCatalogue, seedCourseIds, type Seed } from '@ungeforlob/sdk/seed';
import './define.js';
import type { UfPlan } from './plan.js';

/** Tuesday 24 November 2026, 10.15 in Copenhagen, as in the contact card's tests. */
export const NOW = new Date('2026-11-24T09:15:00Z');
export const TODAY = danishToday(NOW);
export const { steady, contactAway, aftercare, noContact, manyHandovers } = seedCourseIds;

export interface Setup {
  course?: string;
  mode?: 'youth' | 'staff';
  lang?: string;
  headingLevel?: number;
  seed?: Seed;
  fault?: TransportFault;
  timeoutMs?: number;
  offers?: readonly OfferChoice[];
  /** Answers a request before the memory transport does (a 400 naming fields, say); undefined lets it through. */
  intercept?: Intercept;
}

import { clientOf, type Intercept } from '../testing/failure-cases.js';

export { refusal } from '../testing/failure-cases.js';

export async function renderPlan(setup: Setup = {}, settle = true) {
  const transport = new MemoryTransport({ seed: setup.seed ?? buildSeed(TODAY) });
  const client = clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const record = (event: Event): void => void events.push(event as CustomEvent);
  const wrapper = await fixture<HTMLDivElement>(html`
    <div @uf-plan-loaded=${record} @uf-error=${record} @uf-before-plan-save=${record} @uf-plan-saved=${record}>
      <button>before</button>
      <uf-plan
        .client=${client}
        .now=${NOW}
        course=${setup.course ?? steady}
        mode=${ifDefined(setup.mode)}
        lang=${ifDefined(setup.lang)}
        heading-level=${ifDefined(setup.headingLevel)}
        author-name="Jonas Kragh"
        .offers=${setup.offers ?? offerCatalogue}
      ></uf-plan>
      <button>after</button>
    </div>
  `);
  const plan = wrapper.querySelector('uf-plan')!;
  if (settle) await settled(plan);
  return { plan, root: plan.shadowRoot!, transport, client, events };
}

export async function settled(plan: UfPlan): Promise<void> {
  await waitUntil(() => {
    const body = plan.shadowRoot?.querySelector('.body');
    return body?.getAttribute('aria-busy') === 'false' && body.childElementCount > 0;
  }, 'the plan did not settle');
  await plan.updateComplete;
}

export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function warnings(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part="warning"]')].map(text);
}

export function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

export function statusText(root: ShadowRoot): string {
  return text(root.querySelector('[part="status"]'));
}

export async function pickStatus(plan: UfPlan, effortId: string, status: string): Promise<void> {
  const select = plan.shadowRoot!.querySelector<HTMLSelectElement>(`#status-${effortId}`)!;
  select.value = status;
  select.dispatchEvent(new Event('change'));
  await plan.updateComplete;
  select.closest('td')!.querySelector('button')!.click();
}

export async function typeNote(plan: UfPlan, kind: string, note: string): Promise<void> {
  const root = plan.shadowRoot!;
  const kindSelect = root.querySelector<HTMLSelectElement>('#note-kind')!;
  kindSelect.value = kind;
  kindSelect.dispatchEvent(new Event('change'));
  const textarea = root.querySelector<HTMLTextAreaElement>('#note-text')!;
  textarea.value = note;
  textarea.dispatchEvent(new Event('input'));
  await plan.updateComplete;
}

export const savedText = (root: ShadowRoot, expected: string) => () => statusText(root) === expected;

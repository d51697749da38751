import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, danishToday, recentPeriods, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, withMoreCourses, type Seed } from '@ungeforlob/sdk/seed';
import { messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, clientOf, failureCases, shown } from '../testing/failure-cases.js';
import './define.js';
import type { UfCriteriaRollup } from './criteria-rollup.js';
import { da as copy } from './criteria-rollup.copy.js';
import { en as englishCopy } from './criteria-rollup.copy.en.js';

const NOW = new Date('2026-11-24T09:15:00Z');
const TODAY = danishToday(NOW);

interface Setup {
  seed?: Seed;
  period?: string;
  lang?: string;
  fault?: TransportFault;
  timeoutMs?: number;
}

async function renderRollup(setup: Setup = {}) {
  const transport = new MemoryTransport({ seed: setup.seed ?? withMoreCourses(buildSeed(TODAY), TODAY) });
  const client = clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const wrapper = await fixture<HTMLDivElement>(html`
    <div @uf-error=${(event: Event) => events.push(event as CustomEvent)}>
      <uf-criteria-rollup .client=${client} .now=${NOW} period=${ifDefined(setup.period)} lang=${ifDefined(setup.lang)}></uf-criteria-rollup>
    </div>
  `);
  const rollup = wrapper.querySelector('uf-criteria-rollup')!;
  await settled(rollup);
  return { rollup, root: rollup.shadowRoot!, transport, events };
}

async function settled(rollup: UfCriteriaRollup): Promise<void> {
  await waitUntil(() => rollup.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') === 'false', 'the overview did not settle', { timeout: 4000 });
  await rollup.updateComplete;
}

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowOf = (root: ShadowRoot, offer: string) =>
  [...root.querySelectorAll('[part="table"] > tbody > tr')].find((row) => text(row.querySelector('th')).startsWith(offer));

describe('<uf-criteria-rollup>', () => {
  it('shows offers × criteria with the courses’ figures where five courses or more used the offer, and is accessible', async () => {
    const { root } = await renderRollup();
    const club = rowOf(root, 'Fodbold med følgeskab')!;
    const cells = [...club.querySelectorAll('td')].map(text);
    expect(cells).to.have.length(3);
    expect(cells[0]).to.match(/^Tilbuddet: 3,7 \(steget 0,7\) Forløbene: \d,\d$/);
    expect(text(root.querySelector('[part="summary"]'))).to.contain(copy.suppressionNote(5));
    await expect(root.host).to.be.accessible();
  });

  it('suppresses every course figure below five courses, and sends none of them (the demo’s five courses)', async () => {
    const { root, transport } = await renderRollup({ seed: buildSeed(TODAY) });
    const courseLines = [...root.querySelectorAll('.courses')].map(text);
    expect(courseLines.length).to.be.greaterThan(0);
    expect(courseLines.every((line) => line === copy.suppressed)).to.equal(true);
    expect(transport.requests).to.include('GET /api/v1/questionnaires/strategic-criteria/overview/all');
    await expect(root.host).to.be.accessible();
  });

  it('filters by unit here and by period at the server', async () => {
    // Data from 2029 and a clock in 2026: the periods offered (2025, 2026) hold none of it.
    const { rollup, root, transport } = await renderRollup({ seed: withMoreCourses(buildSeed('2029-06-01'), '2029-06-01') });
    const unit = root.querySelector<HTMLSelectElement>('#unit')!;
    const before = root.querySelectorAll('[part="table"] > tbody > tr').length;
    unit.value = [...unit.options].find((option) => option.textContent?.includes('Idrætsforening'))!.value;
    unit.dispatchEvent(new Event('change'));
    await rollup.updateComplete;
    const after = [...root.querySelectorAll('[part="table"] > tbody > tr > th .unit')].map(text);
    expect(after.length).to.be.within(1, before - 1);
    expect(after.every((name) => name === 'Fjordby Idrætsforening')).to.equal(true);

    const period = root.querySelector<HTMLSelectElement>('#period')!;
    period.value = '2026-H1';
    period.dispatchEvent(new Event('change'));
    await waitUntil(() => text(root.querySelector('.empty')) === copy.empty, 'nothing in the first half of 2026');
    expect(transport.requests).to.include('GET /api/v1/questionnaires/strategic-criteria/overview/2026-H1');
    expect(root.querySelector<HTMLSelectElement>('#period')!.value, 'the choice stays to change it back').to.equal('2026-H1');
    await expect(root.host).to.be.accessible();
  });

  it('drills into an offer’s review rounds by keyboard, and out again', async () => {
    const { rollup, root } = await renderRollup();
    const button = rowOf(root, 'Fodbold med følgeskab')!.querySelector<HTMLButtonElement>('[part~="rounds-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await rollup.updateComplete;
    const rounds = root.querySelector('#rounds-o-klub')!;
    expect(text(rounds.querySelector('caption'))).to.equal(copy.roundsCaption('Fodbold med følgeskab'));
    expect([...rounds.querySelectorAll(':scope > tbody th')].map(text)).to.deep.equal(['1', '2']);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(root.host).to.be.accessible();
    await sendKeys({ press: ' ' });
    await rollup.updateComplete;
    expect(shown(root, '#rounds-o-klub')).to.equal(false);
  });

  it('offers this year and last, their halves and this year’s quarters', () => {
    expect(recentPeriods('2026-11-24')).to.deep.equal([
      'all',
      '2026',
      '2026-H1',
      '2026-H2',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2025',
      '2025-H1',
      '2025-H2',
    ]);
  });

  it('starts at the period the host gives, and speaks English when asked', async () => {
    const { root, transport } = await renderRollup({ period: '2026-H2', lang: 'en' });
    expect(transport.requests).to.include('GET /api/v1/questionnaires/strategic-criteria/overview/2026-H2');
    await waitUntil(() => text(root.querySelector('#title')) === englishCopy.title, 'English arrives');
    expect(text(root.querySelector('caption'))).to.contain('second half of 2026');
  });

  describe('when loading fails', () => {
    const da = messagesFor('da');
    for (const failure of failureCases(da)) {
      it(`${failure.name}: says so${failure.retry ? ', with Prøv igen' : ''}`, async () => {
        const { root, events } = await renderRollup({ fault: failure.fault, timeoutMs: FAILURE_TIMEOUT_MS });
        expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(failure.sentence('staff'));
        expect(shown(root, '[part~="retry-button"]'), 'Prøv igen').to.equal(failure.retry);
        expect(events).to.have.length(1);
        await expect(root.host).to.be.accessible();
      });
    }

    it('a malformed overview is an error: a course figure shown without its score is refused', async () => {
      const { root } = await renderRollup({
        fault: {
          kind: 'body',
          body: JSON.stringify({
            definition: { id: 'strategic-criteria', version: 1 },
            criteria: [],
            period: 'all',
            minimumCourses: 5,
            rows: [
              {
                offer: { id: 'o-1', name: 'X' },
                unit: { id: 'u', name: 'U' },
                review: null,
                rounds: [],
                courses: [{ criterionId: 'relations', status: 'shown' }],
              },
            ],
          }),
        },
      });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(da.errors.validation);
    });
  });
});

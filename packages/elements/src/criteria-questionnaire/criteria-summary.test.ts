import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createMemoryClient, defaultQuestionnaireDefinition, type QuestionnaireDefinition, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import { messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, failureCases } from '../testing/failure-cases.js';
import './define.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function renderSummary(
  setup: { course?: string; subjectKind?: 'offer'; subject?: string; lang?: string; fault?: boolean | TransportFault; timeoutMs?: number } = {},
) {
  const { client, transport } = createMemoryClient({ seed: buildSeed('2026-11-24'), retries: 0, ...(setup.timeoutMs ? { timeoutMs: setup.timeoutMs } : {}) });
  if (setup.fault) transport.inject(setup.fault === true ? { kind: 'status', status: 500 } : setup.fault, { times: 1 });
  const element = await fixture(html`
    <uf-criteria-summary .client=${client} course=${ifDefined(setup.course)} subject-kind=${ifDefined(setup.subjectKind)} subject=${ifDefined(setup.subject)} lang=${ifDefined(setup.lang)}></uf-criteria-summary>
  `);
  await waitUntil(
    () => element.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') === 'false' && element.shadowRoot.querySelector('.body')!.childElementCount > 0,
  );
  return { element, root: element.shadowRoot! };
}

const rows = (root: ShadowRoot) => [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map(text));

describe('<uf-criteria-summary>', () => {
  it('shows the latest round per criterion with the change since the round before, bars repeating the table', async () => {
    const { element, root } = await renderSummary({ course: seedCourseIds.steady });
    expect(text(root.querySelector('caption'))).to.match(/^Runde 2, indsendt .+\. Gennemsnit på skalaen 1–4\.$/);
    expect(rows(root)).to.deep.equal([
      ['Relationsdannelse og netværk', '3,0', '1,3', 'steget 1,7', '0'],
      // Round 2 answered "ved ikke" to critical sense: left out of the mean, not counted as 0.
      ['Empowerment', '2,8', '2,0', 'steget 0,8', '0'],
      ['Individuelt og fleksibelt fokus', '3,0', '2,0', 'steget 1,0', '0'],
    ]);
    const bars = [...root.querySelectorAll<HTMLElement>('[part="bar"]')].map((bar) => bar.style.getPropertyValue('--score'));
    expect(bars).to.deep.equal(['3', String(17 / 6), '3']);
    expect(root.querySelector('.bars')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('a first round has no change yet, and "don’t know" is not scored', async () => {
    const { root } = await renderSummary({ subjectKind: 'offer', subject: 'o-psykolog' });
    expect(rows(root).map((row) => [row[2], row[3]])).to.deep.equal([
      ['–', '–'],
      ['–', '–'],
      ['–', '–'],
    ]);
  });

  it('says so when no round has been submitted, and explains a failed load with Retry', async () => {
    expect(text((await renderSummary({ course: seedCourseIds.contactAway })).root.querySelector('.body'))).to.equal('Der er ikke indsendt nogen runder endnu.');
    const told: { operation: string; status?: number }[] = [];
    const listen = (event: Event) => {
      const { error, operation } = (event as CustomEvent<{ error: { status?: number }; operation: string }>).detail;
      told.push({ operation, status: error.status });
    };
    document.addEventListener('uf-error', listen);
    const { element, root } = await renderSummary({ course: seedCourseIds.steady, fault: true }).finally(() =>
      document.removeEventListener('uf-error', listen),
    );
    expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal('Der er en fejl i kommunens system lige nu. Prøv igen om lidt.');
    expect(told, 'the host hears of it as from every widget').to.deep.equal([{ operation: 'load', status: 500 }]);
    await expect(element).to.be.accessible();
  });

  it('after a municipality loads version 2 (one more question), the questionnaire asks it and old rounds still show against version 1', async () => {
    const { client } = createMemoryClient({ seed: buildSeed('2026-11-24'), retries: 0 });
    const v2 = structuredClone(defaultQuestionnaireDefinition) as QuestionnaireDefinition;
    v2.version = 2;
    v2.criteria[0]!.items.push({
      id: 'relations-civil-society',
      text: { da: 'Samarbejder indsatsen med foreninger?' },
      parts: ['rating'],
      required: ['rating'],
    });
    await client.questionnaire.addDefinition(v2);
    const wrapper = await fixture(html`
      <div>
        <uf-criteria-questionnaire .client=${client} course=${seedCourseIds.steady}></uf-criteria-questionnaire>
        <uf-criteria-summary .client=${client} course=${seedCourseIds.steady}></uf-criteria-summary>
      </div>
    `);
    const [questionnaire, summary] = [wrapper.querySelector('uf-criteria-questionnaire')!, wrapper.querySelector('uf-criteria-summary')!];
    await waitUntil(() => questionnaire.shadowRoot!.querySelector('form') && summary.shadowRoot!.querySelector('table'));
    expect(text(questionnaire.shadowRoot!.querySelector('#item-relations-civil-society legend'))).to.include('Samarbejder indsatsen med foreninger?');
    expect(rows(summary.shadowRoot!)[0]!.slice(0, 3)).to.deep.equal(['Relationsdannelse og netværk', '3,0', '1,3']);
  });

  it('shows a round made by a questionnaire on the same page, shares its reads, and never reads the draft itself', async () => {
    const { client, transport } = createMemoryClient({ seed: buildSeed('2026-11-24'), retries: 0 });
    const wrapper = await fixture(html`
      <div>
        <uf-criteria-questionnaire .client=${client} course=${seedCourseIds.steady}></uf-criteria-questionnaire>
        <uf-criteria-summary .client=${client} course=${seedCourseIds.steady}></uf-criteria-summary>
      </div>
    `);
    const [questionnaire, summary] = [wrapper.querySelector('uf-criteria-questionnaire')!, wrapper.querySelector('uf-criteria-summary')!];
    await waitUntil(() => questionnaire.shadowRoot!.querySelector('form') && summary.shadowRoot!.querySelector('table'));
    expect(transport.requests.filter((request) => request.startsWith('GET') && request.includes('/draft'))).to.have.length(1);
    // One client, one cache: the pair reads the definition and the rounds once between them.
    expect(transport.requests.filter((request) => /^GET \S+\/questionnaires\/strategic-criteria$/.test(request))).to.have.length(1);
    expect(transport.requests.filter((request) => /^GET \S+\/responses$/.test(request))).to.have.length(1);
    for (const radio of questionnaire.shadowRoot!.querySelectorAll<HTMLInputElement>('.rating input:first-of-type')) radio.click();
    for (const group of questionnaire.shadowRoot!.querySelectorAll('.rating')) group.querySelector<HTMLInputElement>('input')!.click();
    await questionnaire.updateComplete;
    questionnaire.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => text(summary.shadowRoot!.querySelector('caption')).startsWith('Runde 3'), 'the summary did not show the new round', {
      timeout: 3000,
    });
  });

  it('speaks English with lang="en"', async () => {
    const { root } = await renderSummary({ course: seedCourseIds.steady, lang: 'en' });
    await waitUntil(() => text(root.querySelector('#title')) === 'Strategic criteria: results', 'English did not arrive');
    expect(rows(root)[0]).to.deep.equal(['Relations and network', '3.0', '1.3', 'up 1.7', '0']);
  });

  // Issue #12: for every kind of failure to load, the one sentence (for staff) and "Prøv igen" only where it can help.
  describe('messages', () => {
    const da = messagesFor('da');
    // A staff tool: the sentences staff read.
    const failures = failureCases(da).map((failure) => ({ ...failure, sentence: failure.sentence('staff') }));
    // A read carries no If-Match, so 409 and 412 cannot answer it; the summary writes nothing.
    for (const failure of failures) {
      it(`loading, ${failure.name}: ${failure.retry ? 'offers' : 'does not offer'} Prøv igen`, async () => {
        const { root } = await renderSummary({ course: seedCourseIds.steady, fault: failure.fault, timeoutMs: FAILURE_TIMEOUT_MS });
        expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(failure.sentence);
        expect(root.querySelector('[part~="retry-button"]') !== null, 'Prøv igen').to.equal(failure.retry);
      });
    }
  });
});

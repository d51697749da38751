import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, answerTargets, createMemoryClient, defaultQuestionnaireDefinition, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import { messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, clientOf, failureCases, refuseOnce, shown, statusFault, type Intercept } from '../testing/failure-cases.js';
import './define.js';
import type { UfCriteriaQuestionnaire } from './criteria-questionnaire.js';
import type { QuestionnaireErrorDetail, QuestionnaireSubmittedDetail } from './events.js';
import { da as questionnaireDa } from './criteria-questionnaire.copy.da.js';

const TODAY = '2026-11-24';
const { steady, contactAway } = seedCourseIds;

interface Setup {
  course?: string;
  subjectKind?: 'course' | 'offer';
  subject?: string;
  layout?: 'all' | 'one';
  lang?: string;
  latencyMs?: number;
  timeoutMs?: number;
  /** Answer the first request (a read) with this fault. */
  fault?: TransportFault;
  /** Answers a request before the memory transport does (a 400 naming answers, say); undefined lets it through. */
  intercept?: Intercept;
}

async function renderQuestionnaire(setup: Setup = {}) {
  const transport = new MemoryTransport({ seed: buildSeed(TODAY), latencyMs: setup.latencyMs ?? 0 });
  const client = clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const record = (event: Event): void => void events.push(event as CustomEvent);
  const wrapper = await fixture<HTMLDivElement>(html`
    <div @uf-error=${record} @uf-questionnaire-loaded=${record} @uf-questionnaire-submitted=${record}>
      <uf-criteria-questionnaire
        .client=${client}
        course=${ifDefined(setup.subjectKind === 'offer' ? undefined : (setup.course ?? contactAway))}
        subject-kind=${ifDefined(setup.subjectKind)}
        subject=${ifDefined(setup.subject)}
        layout=${ifDefined(setup.layout)}
        lang=${ifDefined(setup.lang)}
      ></uf-criteria-questionnaire>
    </div>
  `);
  const element = wrapper.querySelector('uf-criteria-questionnaire')!;
  await waitUntil(() => element.shadowRoot?.querySelector('form') || element.shadowRoot?.querySelector('[part="error"]'), 'the questionnaire did not load');
  await element.updateComplete;
  return { element, root: element.shadowRoot!, transport, client, events };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (root: ShadowRoot) => text(root.querySelector('[part="save-status"]'));

function radio(root: ShadowRoot, targetId: string, value: number | 'unknown'): HTMLInputElement {
  const radios = [...root.querySelectorAll<HTMLInputElement>(`[name="rating-${targetId}"]`)];
  const found = radios[value === 'unknown' ? 4 : value - 1];
  if (!found) throw new Error(`No rating ${value} for ${targetId}`);
  return found;
}

async function rate(element: UfCriteriaQuestionnaire, targetId: string, value: number | 'unknown'): Promise<void> {
  radio(element.shadowRoot!, targetId, value).click();
  await element.updateComplete;
}

/** Every required rating of the default definition for a course. */
async function rateAll(element: UfCriteriaQuestionnaire, value: number): Promise<void> {
  for (const target of answerTargets(defaultQuestionnaireDefinition)) if (target.parts.includes('rating')) await rate(element, target.id, value);
}

describe('<uf-criteria-questionnaire>', function () {
  // Whole rounds of answering with axe runs take longer than the default on a loaded 2-core machine.
  this.timeout(20_000);

  it('shows the three criteria with labelled 1–4 steps and "don’t know", and is accessible', async () => {
    const { element, root } = await renderQuestionnaire();
    expect(text(root.querySelector('#title'))).to.equal('Strategiske kriterier');
    expect([...root.querySelectorAll('[part="criterion"] h3')].map(text)).to.have.length(3);
    const labels = [...root.querySelectorAll('#item-relations-non-professionals .choice')].map(text);
    expect(labels).to.deep.equal(['1 – Slet ikke', '2 – I mindre grad', '3 – I høj grad', '4 – I meget høj grad', 'Ved ikke / ikke relevant']);
    expect(root.querySelector('#item-relations-non-professionals [role="radiogroup"]')!.getAttribute('aria-labelledby')).to.equal(
      'legend-relations-non-professionals',
    );
    expect(text(root.querySelector('[part="progress"]'))).to.equal('0 af 16 svar givet');
    await expect(element).to.be.accessible();
  });

  it('rates by keyboard, and the draft saves by itself after a pause', async () => {
    const { element, root, transport } = await renderQuestionnaire();
    radio(root, 'relations-non-professionals', 1).focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(radio(root, 'relations-non-professionals', 2).checked).to.equal(true);
    expect(text(root.querySelector('[part="progress"]'))).to.equal('1 af 16 svar givet');
    await waitUntil(() => status(root) === 'Kladden er gemt.', 'the draft was not saved', { timeout: 3000 });
    expect(transport.requests.filter((request) => request.startsWith('PUT'))).to.have.length(1);
  });

  it('keeps every answer while the server cannot be reached, says so, and saves by itself when it can', async () => {
    const { element, root, transport, client } = await renderQuestionnaire();
    transport.inject({ kind: 'network' }, { method: 'PUT', times: 1 });
    await rate(element, 'relations-communities', 3);
    const reflection = root.querySelector<HTMLTextAreaElement>('#reflection-relations-communities')!;
    reflection.value = 'Han er kommet på holdet igen.';
    reflection.dispatchEvent(new Event('input'));
    await waitUntil(() => status(root).startsWith('Ikke gemt endnu'), 'no "not saved yet"', { timeout: 3000 });
    expect(radio(root, 'relations-communities', 3).checked).to.equal(true);
    expect(reflection.value).to.equal('Han er kommet på holdet igen.');
    await expect(element).to.be.accessible();
    await waitUntil(() => status(root) === 'Kladden er gemt.', 'did not save by itself', { timeout: 5000 });
    const draft = await client.questionnaire.getDraft('strategic-criteria', { kind: 'course', id: contactAway });
    expect(draft?.value.answers['relations-communities']).to.deep.equal({ rating: 3, reflection: 'Han er kommet på holdet igen.' });
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.include('holdet');
  });

  it('leaving the page with answers not saved yet asks first; once saved it does not', async () => {
    const { element, root } = await renderQuestionnaire();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave(), 'nothing answered yet').to.equal(false);
    await rate(element, 'relations-measured', 1);
    expect(leave(), 'an answer waiting for the autosave').to.equal(true);
    await waitUntil(() => status(root) === 'Kladden er gemt.', 'the draft was not saved', { timeout: 3000 });
    expect(leave(), 'saved').to.equal(false);
    element.remove();
    await rate(element, 'relations-measured', 2).catch(() => undefined);
    expect(leave(), 'a removed widget no longer listens').to.equal(false);
  });

  it('submitting with answers missing lists them, and each one moves focus to its question', async () => {
    const { element, root, transport } = await renderQuestionnaire();
    await rate(element, 'relations-non-professionals', 2);
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => root.querySelector('[part="missing"]'));
    expect(text(root.querySelector('#missing-heading'))).to.equal('Der mangler 15 svar, før du kan indsende');
    expect(root.querySelector('#missing-heading')!.localName, 'a heading, one level below the criteria’s').to.equal('h3');
    expect(root.activeElement?.id).to.equal('missing-heading');
    const first = root.querySelector<HTMLButtonElement>('[part="missing"] button')!;
    // The question, then which part: "…fællesskaber? (vurdering)", not "…fællesskaber?: vurdering".
    expect(text(first)).to.equal('Peger tilbuddet mod at øge den unges deltagelsesmuligheder i brede almene fællesskaber? (vurdering)');
    first.click();
    await element.updateComplete;
    expect((root.activeElement as HTMLInputElement).name).to.equal('rating-relations-communities');
    const group = root.querySelector('#item-relations-communities [role="radiogroup"]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root.querySelector(`#${group.getAttribute('aria-describedby')}`)), 'the reason, tied to the question').to.equal('Mangler: vurdering.');
    expect(transport.requests.some((request) => request.startsWith('POST'))).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('a double click on submit makes one round, announced and reported', async () => {
    const { element, root, transport, events } = await renderQuestionnaire();
    await rateAll(element, 3);
    const submit = root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!;
    submit.click();
    submit.click();
    await waitUntil(() => status(root) === 'Besvarelsen er indsendt som runde 1.', 'not submitted', { timeout: 3000 });
    expect(transport.requests.filter((request) => request.startsWith('POST'))).to.have.length(1);
    const submitted = events.filter((event) => event.type === 'uf-questionnaire-submitted') as CustomEvent<QuestionnaireSubmittedDetail>[];
    expect(submitted.map((event) => event.detail.response.round)).to.deep.equal([1]);
  });

  it('a failed submit says why, keeps the answers, and trying again makes one round', async () => {
    const { element, root, transport, events } = await renderQuestionnaire();
    await rateAll(element, 2);
    transport.inject({ kind: 'status', status: 503 }, { method: 'POST', times: 1 });
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => root.querySelector('form [part="error"]'));
    expect(text(root.querySelector('form [part="error"]'))).to.equal('Der er en fejl i kommunens system lige nu. Prøv igen om lidt.');
    expect((events.find((event) => event.type === 'uf-error') as CustomEvent<QuestionnaireErrorDetail>).detail.operation).to.equal('submit');
    expect(radio(root, 'focus-learning', 2).checked).to.equal(true);
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => status(root) === 'Besvarelsen er indsendt som runde 1.', 'not submitted', { timeout: 3000 });
  });

  it('while a submit is on its way the questions cannot change; after it fails, what is typed is kept and sent', async () => {
    const { element, root, transport } = await renderQuestionnaire({ latencyMs: 150 });
    await rateAll(element, 3);
    transport.inject({ kind: 'status', status: 503 }, { method: 'POST', times: 1 });
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await element.updateComplete;
    expect(root.querySelector('.questions')!.hasAttribute('inert'), 'no answer can be given that the round would not hold').to.equal(true);
    await waitUntil(() => root.querySelector('form [part="error"]'), 'the failure was not shown');
    expect(root.querySelector('.questions')!.hasAttribute('inert')).to.equal(false);
    const reflection = root.querySelector<HTMLTextAreaElement>('#reflection-focus-learning')!;
    reflection.value = 'Skrevet efter fejlen.';
    reflection.dispatchEvent(new Event('input'));
    await element.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => status(root).startsWith('Besvarelsen er indsendt'), 'not submitted', { timeout: 3000 });
    const [round] = transport.questionnaires.responses.filter((response) => response.subject.id === contactAway);
    expect(round!.answers['focus-learning']).to.deep.equal({ rating: 3, reflection: 'Skrevet efter fejlen.' });
  });

  it('after a submit, answers that cannot be saved say so rather than the old news', async () => {
    const { element, root, transport } = await renderQuestionnaire();
    await rateAll(element, 4);
    root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitUntil(() => status(root) === 'Besvarelsen er indsendt som runde 1.', 'not submitted', { timeout: 3000 });
    transport.inject({ kind: 'network' }, { method: 'PUT', times: 100 });
    await rate(element, 'relations-measured', 2);
    await waitUntil(() => status(root).startsWith('Ikke gemt endnu'), 'the save problem was not said', { timeout: 3000 });
  });

  it('one criterion at a time, with previous and next', async () => {
    const { element, root } = await renderQuestionnaire({ layout: 'one' });
    expect(root.querySelectorAll('[part="criterion"]')).to.have.length(1);
    expect(text(root.querySelector('.stepper'))).to.include('Kriterium 1 af 3');
    [...root.querySelectorAll<HTMLButtonElement>('.stepper button')].find((button) => !button.hidden)!.click();
    await element.updateComplete;
    expect(text(root.querySelector('.stepper'))).to.include('Kriterium 2 af 3');
    expect(root.activeElement?.id).to.equal('criterion-empowerment');
    await expect(element).to.be.accessible();
  });

  it('one at a time: answers on both sides of a step stay where they were given', async () => {
    const { element, root } = await renderQuestionnaire({ layout: 'one' });
    const step = async (label: string) => {
      [...root.querySelectorAll<HTMLButtonElement>('.stepper button')].find((button) => text(button) === label)!.click();
      await element.updateComplete;
    };
    for (const id of ['relations-non-professionals', 'relations-communities', 'relations-measured']) await rate(element, id, 3);
    await step('Næste kriterium');
    await rate(element, 'empowerment-capacity', 2);
    await rate(element, 'empowerment-insight', 4);
    await step('Forrige kriterium');
    expect([...root.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.name)).to.deep.equal([
      'rating-relations-non-professionals',
      'rating-relations-communities',
      'rating-relations-measured',
    ]);
    expect(radio(root, 'relations-communities', 3).checked).to.equal(true);
    await step('Næste kriterium');
    expect(radio(root, 'empowerment-capacity', 2).checked).to.equal(true);
    expect(radio(root, 'empowerment-insight', 4).checked).to.equal(true);
  });

  it('reviews an offer: the question about the young person’s plan is not asked', async () => {
    const { root } = await renderQuestionnaire({ subjectKind: 'offer', subject: 'o-klub' });
    expect(root.querySelector('#item-focus-life-goal-in-plan')).to.equal(null);
    expect(root.querySelector('#item-focus-goals-first')).not.to.equal(null);
    expect(text(root.querySelector('[part="progress"]'))).to.equal('0 af 15 svar givet');
  });

  it('a failed load says why under a heading, and Retry loads it', async () => {
    const { client, transport } = createMemoryClient({ seed: buildSeed(TODAY), retries: 0 });
    transport.inject({ kind: 'status', status: 503 }, { times: 1 });
    const element = await fixture<UfCriteriaQuestionnaire>(
      html`<uf-criteria-questionnaire .client=${client} course=${contactAway}></uf-criteria-questionnaire>`,
    );
    const root = element.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="error"]'));
    expect(text(root.querySelector('#title'))).to.equal('Strategiske kriterier');
    expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal('Der er en fejl i kommunens system lige nu. Prøv igen om lidt.');
    await expect(element).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => root.querySelector('form'));
    expect(root.activeElement?.id).to.equal('title');
  });

  it('speaks English with lang="en", from the definition’s own English text', async () => {
    const { element, root } = await renderQuestionnaire({ course: steady, lang: 'en' });
    await waitUntil(() => text(root.querySelector('[part="progress"]')).endsWith('answers given'), 'English did not arrive');
    expect(text(root.querySelector('#title'))).to.equal('Strategic criteria');
    expect(text(root.querySelector('[part="progress"]'))).to.equal('0 of 16 answers given');
    await expect(element).to.be.accessible();
  });

  // Issue #12, messages that fit the case: for every kind of failure, on loading, on saving the
  // draft and on submitting, the one sentence (for staff: this is their tool) and whether the
  // widget offers to try again — "Prøv igen" or "Gem nu" only where sending the same can help.
  describe('messages', () => {
    const da = messagesFor('da');
    // A staff tool: the sentences staff read.
    const failures = failureCases(da).map((failure) => ({ ...failure, sentence: failure.sentence('staff') }));

    // A read carries no If-Match, so 409 and 412 cannot answer it.
    for (const failure of failures) {
      it(`loading, ${failure.name}: ${failure.retry ? 'offers' : 'does not offer'} Prøv igen`, async () => {
        const { root } = await renderQuestionnaire({ fault: failure.fault, timeoutMs: FAILURE_TIMEOUT_MS });
        expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(failure.sentence);
        expect(shown(root, '[part~="retry-button"]'), 'Prøv igen').to.equal(failure.retry);
      });
    }

    for (const failure of failures) {
      // Unreachable or overloaded, the store keeps the answers and tries again by itself; refused, it stops and says why.
      const waits = failure.name !== '401' && failure.retry;
      it(`saving the draft, ${failure.name}: ${waits ? 'not saved yet, trying again by itself' : failure.retry ? 'offers Gem nu' : 'does not offer Gem nu'}`, async () => {
        const { element, root, transport } = await renderQuestionnaire({ timeoutMs: FAILURE_TIMEOUT_MS });
        transport.inject(failure.fault, { method: 'PUT', times: 1 });
        await rate(element, 'relations-communities', 3);
        if (waits) {
          await waitUntil(() => status(root) === questionnaireDa.saveStatus.unsaved, 'no "not saved yet"', { timeout: 3000 });
          expect(shown(root, '[part~="save-now-button"]'), 'nothing to press: it tries again').to.equal(false);
          await waitUntil(() => status(root) === questionnaireDa.saveStatus.saved, 'did not save by itself', { timeout: 5000 });
          return;
        }
        await waitUntil(() => root.querySelector('div[part="error"]'), 'no save problem shown', { timeout: 3000 });
        expect(text(root.querySelector('div[part="error"] [role="alert"]'))).to.equal(`${failure.sentence} ${questionnaireDa.notSaved}`);
        expect(shown(root, '[part~="save-now-button"]'), 'Gem nu').to.equal(failure.retry);
        expect(radio(root, 'relations-communities', 3).checked, 'the answer is kept').to.equal(true);
      });
    }

    for (const code of [409, 412]) {
      it(`saving the draft, ${code}: takes the other version, puts these answers on top and saves, with nothing to press`, async () => {
        const { element, root, transport } = await renderQuestionnaire();
        transport.inject(statusFault(code), { method: 'PUT', times: 1 });
        await rate(element, 'relations-communities', 3);
        await waitUntil(() => status(root) === questionnaireDa.saveStatus.saved, 'not saved', { timeout: 5000 });
        expect(shown(root, '[part="error"]')).to.equal(false);
        expect(radio(root, 'relations-communities', 3).checked).to.equal(true);
      });
    }

    const submitCases = [
      ...failures.map((failure) => ({ name: failure.name, fault: failure.fault, sentence: failure.sentence })),
      ...[409, 412].map((code) => ({ name: String(code), fault: statusFault(code), sentence: da.errors.conflict })),
    ];
    for (const failure of submitCases) {
      // Submitting is the form's own button, there after every failure: a retry is a second press, and makes one round.
      it(`submitting, ${failure.name}: says why and keeps the answers, and the submit button stays the only way on`, async () => {
        const { element, root, transport } = await renderQuestionnaire({ timeoutMs: FAILURE_TIMEOUT_MS });
        await rateAll(element, 2);
        transport.inject(failure.fault, { method: 'POST', times: 1 });
        root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
        await waitUntil(() => root.querySelector('form [part="error"]'), 'no submit problem shown', { timeout: 3000 });
        expect(text(root.querySelector('form [part="error"] [role="alert"]'))).to.equal(failure.sentence);
        expect(shown(root, '[part~="retry-button"], [part~="save-now-button"]')).to.equal(false);
        expect(shown(root, '[part~="submit-button"]')).to.equal(true);
        expect(radio(root, 'focus-learning', 2).checked, 'the answers are kept').to.equal(true);
      });
    }

    it('a submit refused for answers lists them under a heading, says why at each question, and a changed answer is no longer refused', async () => {
      const intercept = refuseOnce('POST', [
        { path: 'answers.relations-communities.rating', code: 'unknown_not_allowed' },
        { path: 'answers.focus-learning.reflection', code: 'too_big' },
        { path: 'definitionVersion', code: 'unknown_version' },
      ]);
      const { element, root } = await renderQuestionnaire({ intercept });
      await rateAll(element, 2);
      root.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
      await waitUntil(() => root.querySelector('[part="missing"]'), 'the refused answers are not listed');
      expect(text(root.querySelector('#missing-heading'))).to.equal(questionnaireDa.refusedHeading(2));
      expect(root.activeElement?.id, 'focus on the list').to.equal('missing-heading');
      expect([...root.querySelectorAll('[part="missing"] button')].map(text)).to.deep.equal([
        'Peger tilbuddet mod at øge den unges deltagelsesmuligheder i brede almene fællesskaber? (vurdering)',
        'Bruger vi den unges læring til at justere målene eller vejen til dem? (refleksion)',
      ]);
      const group = root.querySelector('#item-relations-communities [role="radiogroup"]')!;
      expect(group.getAttribute('aria-invalid')).to.equal('true');
      expect(text(root.querySelector(`#${group.getAttribute('aria-describedby')}`))).to.equal(questionnaireDa.unknownNotAllowed);
      expect(text(root.querySelector('#problem-reflection-focus-learning'))).to.equal(questionnaireDa.answerRefused);
      expect(text(root.querySelector('form [part="error"] [role="alert"]'))).to.equal(da.errors.refused);
      expect(text(root.querySelector('form [part="error"] details')), 'what no question shows, for staff to pass on').to.include('definitionVersion');
      await expect(element).to.be.accessible();

      await rate(element, 'relations-communities', 3);
      expect(group.getAttribute('aria-invalid'), 'changed: no longer refused').to.equal('false');
      expect([...root.querySelectorAll('[part="missing"] button')]).to.have.length(1);
      expect(text(root.querySelector('#missing-heading'))).to.equal(questionnaireDa.refusedHeading(1));
    });

    it('a draft refused for an answer says so there, offers no Gem nu, and saves once the answer is changed', async () => {
      const { element, root } = await renderQuestionnaire({
        intercept: refuseOnce('PUT', [{ path: 'answers.relations-communities.reflection', code: 'too_big' }]),
      });
      const reflection = root.querySelector<HTMLTextAreaElement>('#reflection-relations-communities')!;
      reflection.value = 'Han er kommet på holdet igen.';
      reflection.dispatchEvent(new Event('input'));
      await waitUntil(() => root.querySelector('#problem-reflection-relations-communities'), 'the refusal is not at the answer', { timeout: 3000 });
      expect(text(root.querySelector('#problem-reflection-relations-communities'))).to.equal(questionnaireDa.answerRefused);
      expect(reflection.getAttribute('aria-invalid')).to.equal('true');
      expect(text(root.querySelector('div[part="error"] [role="alert"]'))).to.equal(`${da.errors.refused} ${questionnaireDa.notSaved}`);
      expect(shown(root, '[part~="save-now-button"]'), 'the same answers get the same answer').to.equal(false);
      expect(reflection.value, 'what was typed is kept').to.equal('Han er kommet på holdet igen.');
      await expect(element).to.be.accessible();
      reflection.value = 'Han er på holdet igen.';
      reflection.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(shown(root, '#problem-reflection-relations-communities')).to.equal(false);
      await waitUntil(() => status(root) === questionnaireDa.saveStatus.saved, 'not saved', { timeout: 3000 });
      expect(shown(root, 'div[part="error"]')).to.equal(false);
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { answerTargets, createMemoryClient, defaultQuestionnaireDefinition } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import './define.js';
import type { UfCriteriaQuestionnaire } from './criteria-questionnaire.js';
import type { QuestionnaireErrorDetail, QuestionnaireSubmittedDetail } from './events.js';

const TODAY = '2026-11-24';
const { steady, contactAway } = seedCourseIds;

interface Setup {
  course?: string;
  subjectKind?: 'course' | 'offer';
  subject?: string;
  layout?: 'all' | 'one';
  lang?: string;
  latencyMs?: number;
}

async function renderQuestionnaire(setup: Setup = {}) {
  const { client, transport } = createMemoryClient({ seed: buildSeed(TODAY), retries: 0, timeoutMs: 3000, latencyMs: setup.latencyMs ?? 0 });
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
    await sendKeys({ press: 'Space' });
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
    expect(text(root.querySelector('#missing-heading'))).to.equal('Der mangler 15 svar, før du kan indsende:');
    expect(root.activeElement?.id).to.equal('missing-heading');
    const first = root.querySelector<HTMLButtonElement>('[part="missing"] button')!;
    expect(text(first)).to.include(': vurdering');
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
});

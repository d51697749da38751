import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UfPlan } from './plan.js';
import { button, noContact, renderPlan, savedText, statusText, steady, text, warnings } from './plan-fixture.js';

// The staff forms: add and edit efforts and goals, write down the life goal. What is typed is
// never lost: through problems, errors and conflicts it stays in the form until saved or cancelled.

function field<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(plan: UfPlan, id: string): T {
  const found = plan.shadowRoot!.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`No field #${id}`);
  return found;
}

async function fill(plan: UfPlan, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const control = field(plan, id);
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input'));
  }
  await plan.updateComplete;
}

async function check(plan: UfPlan, id: string): Promise<void> {
  const box = field<HTMLInputElement>(plan, id);
  box.click();
  await plan.updateComplete;
}

const formAlert = (plan: UfPlan) => text(plan.shadowRoot!.querySelector('.plan-form .form-alerts'));
const problemOf = (plan: UfPlan, id: string) => text(plan.shadowRoot!.querySelector(`#${id}-problem`));
const active = (plan: UfPlan) => plan.shadowRoot!.activeElement;

async function open(plan: UfPlan, buttonId: string): Promise<void> {
  plan.shadowRoot!.querySelector<HTMLButtonElement>(`#${buttonId}`)!.click();
  await waitUntil(() => plan.shadowRoot!.querySelector('.plan-form'), 'the form did not open');
  await plan.updateComplete;
}

async function saveForm(plan: UfPlan): Promise<void> {
  plan.shadowRoot!.querySelector<HTMLButtonElement>('.plan-form button[type="submit"]')!.click();
  await plan.updateComplete;
}

const closed = (plan: UfPlan) => () => !plan.shadowRoot!.querySelector('.plan-form');

describe('<uf-plan> staff forms', function () {
  // Each test walks a whole form with axe runs; on a loaded 2-core machine that exceeds the default.
  this.timeout(20_000);

  it('adds an effort: problems first, named and focused, then saved with its goal and next action', async () => {
    const { plan, root, client } = await renderPlan({ mode: 'staff', course: steady });
    await open(plan, 'add-effort');
    expect(active(plan)?.id).to.equal('effort-form-heading');
    expect(text(active(plan))).to.equal('Tilføj indsats');
    await saveForm(plan);
    expect(formAlert(plan)).to.equal('Ret 2 felter, før du gemmer.');
    expect(problemOf(plan, 'effort-offer')).to.equal('Skal udfyldes.');
    expect(field(plan, 'effort-offer').getAttribute('aria-invalid')).to.equal('true');
    expect(field(plan, 'effort-offer').getAttribute('aria-describedby')).to.equal('effort-offer-problem');
    expect(active(plan)?.id, 'focus on the first field to correct').to.equal('effort-offer');
    await expect(plan).to.be.accessible();

    await fill(plan, {
      'effort-offer': 'o-psykolog@u-psykiatri',
      'effort-responsible': 'Sofie Lund',
      'effort-how': 'Samtale hver anden uge',
      'effort-nextActionText': 'Første samtale',
      'effort-nextActionDue': '2026-12-03',
    });
    await check(plan, 'effort-goal-g-s3');
    expect(formAlert(plan), 'problems follow the corrections').to.equal('');
    await saveForm(plan);
    await waitUntil(closed(plan), 'the form did not close after saving');
    await waitUntil(savedText(root, 'Gemt.'));

    const stored = (await client.plan.get(steady))!.value;
    const added = stored.efforts.find((effort) => effort.offer.id === 'o-psykolog')!;
    expect(added).to.deep.include({ status: 'planned', start: '2026-11-24', how: 'Samtale hver anden uge', goalIds: ['g-s3'] });
    expect(added.responsible).to.deep.equal({ name: 'Sofie Lund', unit: { id: 'u-psykiatri', name: 'Børne- og ungdomspsykiatrien, Region Midt (fiktiv)' } });
    expect(added.nextAction).to.deep.include({ text: 'Første samtale', due: '2026-12-03' });
    expect(stored.revisions[0]!.changes).to.deep.equal([{ target: 'effort', targetId: added.id, action: 'added' }]);
    expect([...root.querySelectorAll('tbody th')].map(text)).to.include('Samtaler hos psykolog');
    expect(active(plan)?.id, 'focus on the new effort’s edit button').to.equal(`edit-effort-${added.id}`);
  });

  it('edits an effort: filled in, saved, written to the revisions', async () => {
    const { plan, client, root } = await renderPlan({ mode: 'staff', course: steady });
    await open(plan, 'edit-effort-e-s1');
    expect(text(active(plan))).to.equal('Ret indsatsen „Virksomhedspraktik“');
    expect(field<HTMLSelectElement>(plan, 'effort-offer').value).to.equal('o-praktik@u-jobcenter');
    expect(field<HTMLInputElement>(plan, 'effort-responsible').value).to.equal('Peter Nørgaard');
    expect(field<HTMLInputElement>(plan, 'effort-goal-g-s1').checked).to.equal(true);
    await fill(plan, { 'effort-end': '2026-10-01' });
    await saveForm(plan);
    expect(problemOf(plan, 'effort-end')).to.equal('Slutdatoen ligger før startdatoen.');
    await fill(plan, { 'effort-end': '2027-02-28', 'effort-status': 'paused' });
    await saveForm(plan);
    await waitUntil(closed(plan));
    const effort = (await client.plan.get(steady))!.value.efforts.find((candidate) => candidate.id === 'e-s1')!;
    expect(effort).to.deep.include({ end: '2027-02-28', status: 'paused' });
    expect(effort.responsible.staffId, 'the responsible person keeps their staff id').to.equal('s-pn05');
    expect(text(root.querySelector('[part="revisions"] li'))).to.include('Indsats ændret (Virksomhedspraktik)');
    expect(active(plan)?.id).to.equal('edit-effort-e-s1');
  });

  it('a missing community goal can be added from the warning', async () => {
    const { plan, root } = await renderPlan({ mode: 'staff', course: noContact });
    await open(plan, 'add-community-goal');
    expect(field<HTMLSelectElement>(plan, 'goal-kind').value).to.equal('community');
    await fill(plan, { 'goal-text': 'Gå til klub om torsdagen' });
    await saveForm(plan);
    await waitUntil(closed(plan));
    expect(warnings(root).some((warning) => warning.includes('fællesskabsmål'))).to.equal(false);
    expect([...root.querySelectorAll('[part~="community-goal"]')].map(text).join()).to.include('Gå til klub om torsdagen');
  });

  it('edits a goal and writes down the life goal with dreams one per line', async () => {
    const { plan, client } = await renderPlan({ mode: 'staff', course: steady });
    await open(plan, 'edit-goal-g-s3');
    await fill(plan, { 'goal-status': 'reached' });
    await saveForm(plan);
    await waitUntil(closed(plan));
    await open(plan, 'edit-life-goal');
    expect(field<HTMLTextAreaElement>(plan, 'lifeGoal-dreams').value).to.equal('Bo tæt på min lillesøster\nTage kørekort');
    await fill(plan, { 'lifeGoal-text': 'Jeg vil være snedker.', 'lifeGoal-dreams': 'Tage kørekort\n\nEn hund' });
    await saveForm(plan);
    await waitUntil(closed(plan));
    const stored = (await client.plan.get(steady))!.value;
    expect(stored.goals.find((goal) => goal.id === 'g-s3')!.status).to.equal('reached');
    expect(stored.lifeGoal).to.deep.include({ text: 'Jeg vil være snedker.', dreams: ['Tage kørekort', 'En hund'] });
    expect(text(plan.shadowRoot!.querySelector('.life-goal-text'))).to.equal('Jeg vil være snedker.');
  });

  it('keeps what was typed when saving fails, and saving again sends it once', async () => {
    const { plan, root, transport, client } = await renderPlan({ mode: 'staff', course: steady });
    await open(plan, 'add-goal');
    await fill(plan, { 'goal-kind': 'job', 'goal-text': 'Fritidsjob i et supermarked' });
    transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
    await saveForm(plan);
    await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no save problem shown');
    expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.include('Der er en fejl i kommunens system lige nu.');
    expect(field<HTMLTextAreaElement>(plan, 'goal-text').value).to.equal('Fritidsjob i et supermarked');
    await fill(plan, { 'goal-text': 'Fritidsjob i et byggemarked' });
    await saveForm(plan);
    await waitUntil(closed(plan));
    const goals = (await client.plan.get(steady))!.value.goals.filter((goal) => goal.kind === 'job');
    expect(goals.map((goal) => goal.text)).to.deep.equal(['Fritidsjob i et byggemarked']);
    expect(root.querySelector('[part="save-problem"]')).to.equal(null);
  });

  it('a conflict on the same effort keeps the form, shows their change, and re-applies mine over it', async () => {
    const { plan, root, transport, client } = await renderPlan({ mode: 'staff', course: steady });
    await open(plan, 'edit-effort-e-s2');
    await fill(plan, { 'effort-how': 'Maja henter ved de første fem træninger' });
    transport.changePlan(steady, (stored) => {
      stored.efforts[1]!.how = 'Ringer inden træning';
    });
    await saveForm(plan);
    await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no conflict shown');
    expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal('En anden har ændret planen imens. Din ændring er ikke gemt endnu.');
    expect(text(root.querySelector('.their-changes'))).to.equal('Indsatsen „Fodbold med følgeskab“ er ændret');
    expect(text(root.querySelector('.drafts'))).to.equal('Indsatsen „Fodbold med følgeskab“');
    expect(field<HTMLInputElement>(plan, 'effort-how').value, 'typed text kept').to.equal('Maja henter ved de første fem træninger');
    await expect(plan).to.be.accessible();
    button(root, 'Gem mit igen').click();
    await waitUntil(closed(plan), 'the form did not close after re-applying');
    expect((await client.plan.get(steady))!.value.efforts[1]!.how).to.equal('Maja henter ved de første fem træninger');
  });

  it('never drops a form with changes for another: it asks to finish or cancel first, and Cancel returns focus', async () => {
    const { plan } = await renderPlan({ mode: 'staff', course: steady });
    await open(plan, 'edit-effort-e-s3');
    await fill(plan, { 'effort-how': 'Noget nyt' });
    plan.shadowRoot!.querySelector<HTMLButtonElement>('#add-goal')!.click();
    await waitUntil(() => formAlert(plan) !== '');
    expect(formAlert(plan)).to.equal('Gem eller annullér den ændring, du er i gang med, før du begynder på en ny.');
    expect(active(plan)?.id).to.equal('effort-form-heading');
    expect(field<HTMLInputElement>(plan, 'effort-how').value).to.equal('Noget nyt');
    button(plan.shadowRoot!, 'Annullér').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(closed(plan));
    expect(active(plan)?.id).to.equal('edit-effort-e-s3');
    // An untouched form gives way at once.
    await open(plan, 'edit-effort-e-s3');
    plan.shadowRoot!.querySelector<HTMLButtonElement>('#add-goal')!.click();
    await waitUntil(() => plan.shadowRoot!.querySelector('#goal-form-heading'));
    expect(statusText(plan.shadowRoot!)).to.equal('');
  });

  it('a correction typed while the save is on its way stays in the open form, and saves next', async () => {
    const { plan, transport, client } = await renderPlan({ mode: 'staff', course: steady });
    await open(plan, 'add-goal');
    await fill(plan, { 'goal-kind': 'job', 'goal-text': 'Fritidsjob i et supermarkd' });
    transport.inject({ kind: 'delay', ms: 300 }, { method: 'PUT', times: 1 });
    await saveForm(plan);
    await fill(plan, { 'goal-text': 'Fritidsjob i et supermarked' });
    await waitUntil(() => statusText(plan.shadowRoot!) === 'Gemt.', 'the first save did not land');
    expect(plan.shadowRoot!.querySelector('.plan-form'), 'the form stays open').not.to.equal(null);
    expect(field<HTMLTextAreaElement>(plan, 'goal-text').value).to.equal('Fritidsjob i et supermarked');
    await saveForm(plan);
    await waitUntil(closed(plan));
    const jobs = (await client.plan.get(steady))!.value.goals.filter((goal) => goal.kind === 'job');
    expect(jobs.map((goal) => goal.text)).to.deep.equal(['Fritidsjob i et supermarked']);
  });

  it('a save the host page vetoes sends nothing and leaves no form stuck', async () => {
    const { plan, transport } = await renderPlan({ mode: 'staff', course: steady });
    plan.addEventListener('uf-before-plan-save', (event) => event.preventDefault());
    await open(plan, 'edit-goal-g-s1');
    await saveForm(plan);
    await plan.updateComplete;
    expect(transport.requests.some((request) => request.startsWith('PUT'))).to.equal(false);
    plan.shadowRoot!.querySelector<HTMLButtonElement>('#edit-goal-g-s2')!.click();
    await waitUntil(() => field<HTMLTextAreaElement>(plan, 'goal-text').value === 'Spille fodbold på et hold igen', 'the other form did not open');
  });

  it('speaks English with lang="en"', async () => {
    const { plan } = await renderPlan({ mode: 'staff', course: steady, lang: 'en' });
    await waitUntil(
      () => text(plan.shadowRoot!.querySelector('#title')) === 'Plan' && text(plan.shadowRoot!.querySelector('#add-effort')) === 'Add effort',
      'English did not arrive',
    );
    await open(plan, 'add-effort');
    expect(text(active(plan))).to.equal('Add effort');
    await saveForm(plan);
    expect(formAlert(plan)).to.equal('Correct 2 fields before saving.');
    await expect(plan).to.be.accessible();
  });
});

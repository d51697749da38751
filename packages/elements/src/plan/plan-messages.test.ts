import { expect, waitUntil } from '@open-wc/testing';
import { messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, failureCases, shown, statusFault } from '../testing/failure-cases.js';
import type { UfPlan } from './plan.js';
import { pickStatus, refusal, renderPlan, savedText, steady, text, typeNote } from './plan-fixture.js';
import { da as planDa } from './plan.copy.da.js';

// Issue #12, messages that fit the case: for every kind of failure, on loading and on saving, in
// both modes, the one sentence the plan says and whether it offers "Prøv igen" — only where
// sending the same again can help. A 400 that names fields is said at those fields.

const da = messagesFor('da');

type Mode = 'staff' | 'youth';
const failures = failureCases(da);

/** The edit each mode makes: a professional a status, the young person their comment. */
async function edit(plan: UfPlan, mode: Mode): Promise<void> {
  const root = plan.shadowRoot!;
  if (mode === 'staff') return pickStatus(plan, 'e-s1', 'paused');
  const comment = root.querySelector<HTMLTextAreaElement>('#comment-text')!;
  comment.value = 'Jeg vil gerne starte tidligere.';
  comment.dispatchEvent(new Event('input'));
  await plan.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="save-comment-button"]')!.click();
}

/** What was entered is still there after the failure. */
function kept(root: ShadowRoot, mode: Mode): string {
  return mode === 'staff' ? root.querySelector<HTMLSelectElement>('#status-e-s1')!.value : root.querySelector<HTMLTextAreaElement>('#comment-text')!.value;
}

describe('<uf-plan> messages', function () {
  this.timeout(20_000);

  for (const mode of ['staff', 'youth'] as const) {
    describe(`${mode}: loading`, () => {
      // A read carries no If-Match, so 409 and 412 cannot answer it.
      for (const failure of failures) {
        it(`${failure.name}: ${failure.retry ? 'offers' : 'does not offer'} Prøv igen`, async () => {
          const { root } = await renderPlan({ mode, fault: failure.fault, timeoutMs: FAILURE_TIMEOUT_MS });
          expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(failure.sentence(mode));
          const retry = root.querySelector('[part~="retry-button"]');
          expect(retry !== null, 'Prøv igen').to.equal(failure.retry);
          if (retry) expect(text(retry)).to.equal(da.retry);
        });
      }
    });

    describe(`${mode}: saving`, () => {
      const saveCases = [
        ...failures.map((failure) => ({ ...failure, said: failure.sentence(mode) + ' ' + planDa.notSaved, label: da.retry })),
        // Someone else saved first: "save mine again" puts the change on top of theirs, so it is offered.
        ...[409, 412].map((code) => ({
          name: String(code),
          fault: statusFault(code),
          said: mode === 'staff' ? planDa.conflict : planDa.conflictComment,
          retry: true,
          label: mode === 'staff' ? planDa.reapply : planDa.youthReapply,
        })),
      ];
      for (const failure of saveCases) {
        it(`${failure.name}: ${failure.retry ? 'offers' : 'does not offer'} to save again, and keeps what was entered`, async () => {
          const { plan, root, transport } = await renderPlan({ mode, timeoutMs: FAILURE_TIMEOUT_MS });
          transport.inject(failure.fault, { method: 'PUT', times: 1 });
          await edit(plan, mode);
          await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no save problem shown', { timeout: 3000 });
          expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(failure.said);
          const reapply = root.querySelector('[part~="reapply-button"]');
          expect(reapply !== null, 'the button that sends it again').to.equal(failure.retry);
          if (reapply) expect(text(reapply)).to.equal(failure.label);
          expect(shown(root, '[part~="discard-button"]'), 'undoing is always possible').to.equal(true);
          expect(kept(root, mode)).to.equal(mode === 'staff' ? 'paused' : 'Jeg vil gerne starte tidligere.');
        });
      }
    });
  }

  it('after a refusal "Fortryd min ændring" is the way on, and the problem goes', async () => {
    const { plan, root, transport } = await renderPlan({ mode: 'staff' });
    transport.inject(statusFault(403), { method: 'PUT', times: 1 });
    await pickStatus(plan, 'e-s1', 'paused');
    await waitUntil(() => root.querySelector('[part="save-problem"]'));
    root.querySelector<HTMLButtonElement>('[part~="discard-button"]')!.click();
    await plan.updateComplete;
    expect(shown(root, '[part="save-problem"]')).to.equal(false);
    expect(root.querySelector<HTMLSelectElement>('#status-e-s1')!.value, 'back to the saved status').to.equal('active');
    await expect(plan).to.be.accessible();
  });

  describe('saving again from the same control after a refusal', () => {
    // No "Prøv igen" after a 403: once access is given, the person presses the control's own save.
    const notes = (plan: { notes: { text: string }[] }, note: string) => plan.notes.filter((stored) => stored.text === note).length;

    it('a note: saved once, and the failure goes', async () => {
      const { plan, root, transport, client } = await renderPlan({ mode: 'staff' });
      transport.inject(statusFault(403), { method: 'PUT', times: 1 });
      await typeNote(plan, 'success', 'Hun kom selv.');
      root.querySelector<HTMLButtonElement>('[part~="add-note-button"]')!.click();
      await waitUntil(() => root.querySelector('[part="save-problem"]'));
      root.querySelector<HTMLButtonElement>('[part~="add-note-button"]')!.click();
      await waitUntil(savedText(root, 'Gemt.'), 'not saved');
      expect(shown(root, '[part="save-problem"]')).to.equal(false);
      expect(notes((await client.plan.get(steady))!.value, 'Hun kom selv.'), 'exactly once').to.equal(1);
    });

    it('a host page that vetoes the new save keeps the failed one, and its "Fortryd"', async () => {
      const { plan, root, transport } = await renderPlan({ mode: 'staff' });
      transport.inject(statusFault(403), { method: 'PUT', times: 1 });
      await typeNote(plan, 'success', 'Hun kom selv.');
      root.querySelector<HTMLButtonElement>('[part~="add-note-button"]')!.click();
      await waitUntil(() => root.querySelector('[part="save-problem"]'));
      plan.addEventListener('uf-before-plan-save', (event) => event.preventDefault());
      root.querySelector<HTMLButtonElement>('[part~="add-note-button"]')!.click();
      await plan.updateComplete;
      expect(shown(root, '[part="save-problem"] [part~="discard-button"]'), 'the failed note can still be undone').to.equal(true);
      expect(text(root.querySelector('[part="save-problem"] .drafts'))).to.include('Hun kom selv.');
    });

    it('a note pressed twice while it is on its way is saved once', async () => {
      const { plan, root, client } = await renderPlan({ mode: 'staff' });
      await typeNote(plan, 'learning', 'To tryk.');
      const add = root.querySelector<HTMLButtonElement>('[part~="add-note-button"]')!;
      add.click();
      add.click();
      await waitUntil(savedText(root, 'Gemt.'), 'not saved');
      expect(notes((await client.plan.get(steady))!.value, 'To tryk.'), 'exactly once').to.equal(1);
    });

    it('a status and the comment: the new edit replaces the failed one', async () => {
      const staff = await renderPlan({ mode: 'staff' });
      staff.transport.inject(statusFault(403), { method: 'PUT', times: 1 });
      await pickStatus(staff.plan, 'e-s1', 'paused');
      await waitUntil(() => staff.root.querySelector('[part="save-problem"]'));
      await pickStatus(staff.plan, 'e-s1', 'completed');
      await waitUntil(savedText(staff.root, 'Gemt.'), 'the status was not saved');
      expect(shown(staff.root, '[part="save-problem"]')).to.equal(false);
      expect((await staff.client.plan.get(steady))!.value.efforts.find((effort) => effort.id === 'e-s1')!.status).to.equal('completed');

      const youth = await renderPlan({ mode: 'youth' });
      youth.transport.inject(statusFault(403), { method: 'PUT', times: 1 });
      await edit(youth.plan, 'youth');
      await waitUntil(() => youth.root.querySelector('[part="save-problem"]'));
      youth.root.querySelector<HTMLButtonElement>('[part~="save-comment-button"]')!.click();
      await waitUntil(savedText(youth.root, 'Din kommentar er gemt.'), 'the comment was not saved');
      expect(shown(youth.root, '[part="save-problem"]')).to.equal(false);
    });
  });

  describe('a status picked and not saved', () => {
    const barLabel = (root: ShadowRoot) =>
      text([...root.querySelectorAll('.bar-label')].find((label) => label.textContent?.includes('Virksomhedspraktik')) ?? null);

    it('looks unsaved until it is: the timeline keeps the saved status, the select says "Ikke gemt"', async () => {
      const { plan, root, transport } = await renderPlan({ mode: 'staff' });
      expect(barLabel(root)).to.match(/, Aktiv$/);
      const select = root.querySelector<HTMLSelectElement>('#status-e-s1')!;
      select.value = 'paused';
      select.dispatchEvent(new Event('change'));
      await plan.updateComplete;
      expect(barLabel(root), 'the timeline shows what is saved').to.match(/, Aktiv$/);
      expect(shown(root, '.bar.status-active'), 'and so does its bar').to.equal(true);
      const marker = root.querySelector('#status-e-s1-unsaved');
      expect(text(marker)).to.equal(planDa.statusUnsaved);
      expect(select.getAttribute('aria-describedby'), 'the select is described by it').to.equal('status-e-s1-unsaved');
      await expect(plan).to.be.accessible();

      // A failed save leaves it unsaved, and says so.
      transport.inject(statusFault(503), { method: 'PUT', times: 1 });
      select.closest('td')!.querySelector('button')!.click();
      await waitUntil(() => root.querySelector('[part="save-problem"]'));
      expect(barLabel(root)).to.match(/, Aktiv$/);
      expect(shown(root, '#status-e-s1-unsaved')).to.equal(true);

      root.querySelector<HTMLButtonElement>('[part~="reapply-button"]')!.click();
      await waitUntil(savedText(root, 'Gemt.'), 'not saved');
      await plan.updateComplete;
      expect(barLabel(root), 'saved: now the timeline changes').to.match(/, Sat på pause$/);
      expect(shown(root, '#status-e-s1-unsaved')).to.equal(false);
      expect(select.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('picking the saved status again is not an unsaved change', async () => {
      const { plan, root } = await renderPlan({ mode: 'staff' });
      const select = root.querySelector<HTMLSelectElement>('#status-e-s1')!;
      for (const value of ['paused', 'active']) {
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await plan.updateComplete;
      }
      expect(shown(root, '#status-e-s1-unsaved')).to.equal(false);
    });
  });

  describe('a 400 that names fields', () => {
    /** Refuses the next PUTs, one for each list of field problems. */
    function refuseOnce(...refusals: { path: string; code: string }[][]) {
      return (method: string) => {
        const errors = method === 'PUT' ? refusals.shift() : undefined;
        return errors ? refusal(errors) : undefined;
      };
    }

    const problemAt = (root: ShadowRoot, id: string) => text(root.querySelector(`#${id}-problem`));

    it('shows each at its field in the effort form, the rest under technical details, keeps the text, and offers no Prøv igen', async () => {
      // The football effort is the second in the plan: the request names it by that index.
      const intercept = refuseOnce([
        { path: 'efforts[1].how', code: 'too_big' },
        { path: 'efforts[1].responsible.name', code: 'invalid_value' },
        { path: 'reason', code: 'invalid_type' },
      ]);
      const { plan, root } = await renderPlan({ mode: 'staff', course: steady, intercept });
      root.querySelector<HTMLButtonElement>('#edit-effort-e-s2')!.click();
      await waitUntil(() => root.querySelector('#effort-how'));
      const how = root.querySelector<HTMLInputElement>('#effort-how')!;
      how.value = 'Maja henter ved de første fem træninger';
      how.dispatchEvent(new Event('input'));
      await plan.updateComplete;
      root.querySelector<HTMLButtonElement>('.plan-form button[type="submit"]')!.click();
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no save problem');

      expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(`${da.errors.refused} ${planDa.notSaved}`);
      expect(shown(root, '[part~="reapply-button"]'), 'sending the same again gets the same answer').to.equal(false);
      expect(problemAt(root, 'effort-how')).to.equal(planDa.forms.problems.tooLong);
      expect(problemAt(root, 'effort-responsible')).to.equal(planDa.staff.fieldRefused);
      expect(how.getAttribute('aria-invalid')).to.equal('true');
      expect(how.getAttribute('aria-describedby')).to.include('effort-how-problem');
      expect(text(root.querySelector('.plan-form .form-alerts'))).to.equal(planDa.forms.fixProblems(2));
      expect(text(root.querySelector('[part="save-problem"] details')), 'a path no field shows').to.include('reason');
      expect(how.value, 'what was typed is kept').to.equal('Maja henter ved de første fem træninger');
      await expect(plan).to.be.accessible();

      // Editing a field clears what was said about it, and only that.
      how.value = 'Maja henter';
      how.dispatchEvent(new Event('input'));
      await plan.updateComplete;
      expect(shown(root, '#effort-how-problem')).to.equal(false);
      expect(how.getAttribute('aria-invalid')).to.equal('false');
      expect(problemAt(root, 'effort-responsible')).to.equal(planDa.staff.fieldRefused);
      expect(text(root.querySelector('.plan-form .form-alerts'))).to.equal(planDa.forms.fixProblems(1));

      // Saving again sends the corrected form, and everything said about the refusal goes.
      root.querySelector<HTMLButtonElement>('.plan-form button[type="submit"]')!.click();
      await waitUntil(savedText(root, 'Gemt.'), 'not saved');
      expect(shown(root, '.field-problem')).to.equal(false);
    });

    it('closing the form ends the refusal: no field problem waits in the next form', async () => {
      const { plan, root } = await renderPlan({ mode: 'staff', intercept: refuseOnce([{ path: 'goals[3].text', code: 'too_big' }]) });
      root.querySelector<HTMLButtonElement>('#add-goal')!.click();
      await waitUntil(() => root.querySelector('#goal-text'));
      const goal = root.querySelector<HTMLTextAreaElement>('#goal-text')!;
      goal.value = 'Komme op om morgenen';
      goal.dispatchEvent(new Event('input'));
      await plan.updateComplete;
      root.querySelector<HTMLButtonElement>('.plan-form button[type="submit"]')!.click();
      await waitUntil(() => root.querySelector('#goal-text-problem'), 'the refusal is not at the goal');
      expect(problemAt(root, 'goal-text')).to.equal(planDa.forms.problems.tooLong);
      root.querySelector<HTMLButtonElement>('[part~="cancel-form-button"]')!.click();
      await plan.updateComplete;
      expect(shown(root, '[part="save-problem"]'), 'nothing left unsaved').to.equal(false);
      root.querySelector<HTMLButtonElement>('#add-goal')!.click();
      await waitUntil(() => root.querySelector('#goal-text'));
      expect(shown(root, '.field-problem')).to.equal(false);
    });

    it('says it at the status select and at the note, and each goes when that field changes', async () => {
      const { plan, root } = await renderPlan({
        mode: 'staff',
        intercept: refuseOnce([{ path: 'efforts[0].status', code: 'invalid_value' }], [{ path: 'notes[0].text', code: 'too_big' }]),
      });
      await pickStatus(plan, 'e-s1', 'completed');
      await waitUntil(() => root.querySelector('#status-e-s1-problem'), 'the refusal is not at the status');
      expect(problemAt(root, 'status-e-s1')).to.equal(planDa.staff.fieldRefused);
      const select = root.querySelector<HTMLSelectElement>('#status-e-s1')!;
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      expect(select.getAttribute('aria-describedby')).to.equal('status-e-s1-unsaved status-e-s1-problem');
      await expect(plan).to.be.accessible();
      select.value = 'paused';
      select.dispatchEvent(new Event('change'));
      await plan.updateComplete;
      expect(shown(root, '#status-e-s1-problem'), 'another status picked').to.equal(false);
      root.querySelector<HTMLButtonElement>('[part~="discard-button"]')!.click();
      await plan.updateComplete;

      await typeNote(plan, 'learning', 'Hun kom selv.');
      root.querySelector<HTMLButtonElement>('[part~="add-note-button"]')!.click();
      await waitUntil(() => root.querySelector('#note-text-problem'), 'the refusal is not at the note');
      expect(problemAt(root, 'note-text')).to.equal(planDa.forms.problems.tooLong);
      expect(root.querySelector<HTMLTextAreaElement>('#note-text')!.value, 'the note as typed').to.equal('Hun kom selv.');
      await typeNote(plan, 'learning', 'Hun kom selv til mødet.');
      expect(shown(root, '#note-text-problem')).to.equal(false);
    });

    it('says it at the young person’s comment in their words, until they change it', async () => {
      const { plan, root } = await renderPlan({ mode: 'youth', intercept: refuseOnce([{ path: 'text', code: 'invalid_value' }]) });
      const comment = root.querySelector<HTMLTextAreaElement>('#comment-text')!;
      comment.value = 'Jeg vil gerne starte tidligere.';
      comment.dispatchEvent(new Event('input'));
      await plan.updateComplete;
      root.querySelector<HTMLButtonElement>('[part~="save-comment-button"]')!.click();
      await waitUntil(() => root.querySelector('#comment-text-problem'), 'the refusal is not at the comment');
      expect(problemAt(root, 'comment-text')).to.equal(planDa.youth.fieldRefused);
      expect(shown(root, '[part~="reapply-button"]')).to.equal(false);
      expect(shown(root, '[part="save-problem"] details'), 'no technical details for the young person').to.equal(false);
      await expect(plan).to.be.accessible();
      comment.value = 'Jeg vil gerne starte i januar.';
      comment.dispatchEvent(new Event('input'));
      await plan.updateComplete;
      expect(shown(root, '#comment-text-problem')).to.equal(false);
    });
  });
});

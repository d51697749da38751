import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  EffortStatus,
  GoalKind,
  GoalStatus,
  IsoDate,
  doubleOffersWith,
  offerChoiceKey,
  type DraftProblem,
  type Effort,
  type OfferChoice,
  type Plan,
} from '@ungeforlob/sdk';
import { inputField, selectField, textareaField, type FieldSpec } from '../internal/form-fields.js';
import { fieldId, formHeadingId, type OpenForm, type PlanForms } from './plan-forms.js';
import type { PlanRenderer } from './plan-renderer.js';

type FormOf<Kind extends OpenForm['kind']> = Extract<OpenForm, { kind: Kind }>;

/** The frame every plan form shares: heading, the problems summary, the fields, save and cancel. */
function formFrame(
  r: PlanRenderer,
  forms: PlanForms,
  form: OpenForm,
  heading: string,
  saveLabel: string,
  saving: boolean,
  fields: TemplateResult,
): TemplateResult {
  const { copy } = r;
  const count = forms.problemCount(form);
  return html`
    <form
      part=${`${form.kind === 'lifeGoal' ? 'life-goal' : form.kind}-form plan-form`}
      class="plan-form"
      aria-labelledby=${formHeadingId(form.kind)}
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        if (!saving) void forms.save();
      }}
    >
      ${r.heading(2, formHeadingId(form.kind), heading, undefined, true)}
      <div role="alert" class="form-alerts">
        ${form.blocked ? html`<p class="field-problem">${copy.forms.finishOpenForm}</p>` : nothing}
        ${count ? html`<p class="field-problem">${copy.forms.fixProblems(count)}</p>` : nothing}
      </div>
      ${fields}
      <div class="actions">
        <button part="button save-form-button" class="primary" type="submit" aria-disabled=${saving ? 'true' : 'false'}>${saveLabel}</button>
        <button part="button cancel-form-button" type="button" @click=${() => void forms.cancel()}>${copy.forms.cancel}</button>
      </div>
    </form>
  `;
}

/**
 * A field's spec with its translated problem: the form's own check first (it describes what is
 * there now), else what the server said when it refused the save, until the field is changed.
 */
function spec(
  r: PlanRenderer,
  form: { kind: OpenForm['kind']; problems: Partial<Record<string, DraftProblem>> | null },
  field: string,
  label: string,
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  const id = fieldId(form.kind, field);
  const problem = form.problems?.[field];
  return { id, label, problem: problem ? r.copy.forms.problems[problem] : r.refusedAt(id), ...extra };
}

/** Add or edit an effort: offer and unit, who answers for it and how, when, status, goals, next action. */
export function renderEffortForm(
  r: PlanRenderer,
  forms: PlanForms,
  form: FormOf<'effort'>,
  plan: Plan,
  offers: readonly OfferChoice[],
  saving: boolean,
  catalogue: { failed: boolean; retry(): void },
): TemplateResult {
  const { copy } = r;
  const f = copy.forms;
  const { draft } = form;
  const doubles = doublesOf(plan, draft, offers);
  const set = (change: Partial<FormOf<'effort'>['draft']>) => forms.set('effort', change);
  const offerName = form.base?.offer.name ?? '';
  const people = [...new Set(plan.efforts.map((effort) => effort.responsible.name))];
  const toggleGoal = (goalId: string, on: boolean) => set({ goalIds: on ? [...draft.goalIds, goalId] : draft.goalIds.filter((id) => id !== goalId) });
  return formFrame(
    r,
    forms,
    form,
    form.base ? f.editEffortHeading(offerName) : f.addEffort,
    f.saveEffort,
    saving,
    html`
      ${selectField(
        spec(r, form, 'offer', f.offer, { required: true }),
        draft.offer,
        offers.map((choice) => [offerChoiceKey(choice), `${choice.offer.name} – ${choice.unit.name}`] as const),
        (offer) => set({ offer }),
        f.chooseOffer,
      )}
      <div class="offer-notes" aria-live="polite">
        ${doubles.map((effort) => html`<p class="field-warning" part="double-offer-warning">${f.doubleOffer(effort.offer.name, effort.unit.name)}</p>`)}
        ${
          catalogue.failed
            ? html`<p class="hint">${f.catalogueFailed}</p>
                <button part="button" type="button" @click=${() => catalogue.retry()}>${f.retryCatalogue}</button>`
            : nothing
        }
      </div>
      ${inputField(spec(r, form, 'responsible', f.responsible, { required: true }), draft.responsible, (responsible) => set({ responsible }), { maxlength: 500, list: 'effort-people' })}
      <datalist id="effort-people">${people.map((name) => html`<option value=${name}></option>`)}</datalist>
      ${inputField(spec(r, form, 'how', f.how, { hint: f.howHint }), draft.how, (how) => set({ how }), { maxlength: 500 })}
      <div class="field-row">
        ${inputField(spec(r, form, 'start', f.start, { required: true }), draft.start, (start) => set({ start }), { type: 'date' })}
        ${inputField(spec(r, form, 'end', f.end), draft.end, (end) => set({ end }), { type: 'date' })}
      </div>
      ${selectField(
        spec(r, form, 'status', f.status),
        draft.status,
        EffortStatus.options.map((status) => [status, copy.effortStatus[status]] as const),
        (status) => set({ status: status as EffortStatus }),
      )}
      <fieldset>
        <legend>${f.linkedGoals}</legend>
        ${
          plan.goals.length
            ? plan.goals.map(
                (goal) => html`
                <div class="check">
                  <input
                    type="checkbox"
                    id=${`effort-goal-${goal.id}`}
                    .checked=${live(draft.goalIds.includes(goal.id))}
                    @change=${(event: Event) => toggleGoal(goal.id, (event.target as HTMLInputElement).checked)}
                  />
                  <label for=${`effort-goal-${goal.id}`}>${copy.goalKinds[goal.kind]}: ${goal.text}</label>
                </div>
              `,
              )
            : html`<p>${f.noGoalsYet}</p>`
        }
      </fieldset>
      <fieldset>
        <legend>${f.nextAction}</legend>
        ${inputField(spec(r, form, 'nextActionText', f.nextActionText), draft.nextActionText, (nextActionText) => set({ nextActionText }), { maxlength: 500 })}
        ${inputField(spec(r, form, 'nextActionDue', f.nextActionDue), draft.nextActionDue, (nextActionDue) => set({ nextActionDue }), { type: 'date' })}
      </fieldset>
    `,
  );
}

/**
 * The active efforts the effort as typed would make a double offer with (same kind, another unit,
 * overlapping): shown under the offer while it can still be chosen otherwise (seed 001 §4).
 */
function doublesOf(plan: Plan, draft: FormOf<'effort'>['draft'], offers: readonly OfferChoice[]): Effort[] {
  const chosen = offers.find((choice) => offerChoiceKey(choice) === draft.offer);
  if (!chosen || !IsoDate.safeParse(draft.start).success) return [];
  const end = IsoDate.safeParse(draft.end).success ? draft.end : null;
  const candidate = { offerKind: chosen.offer.kind, unitId: chosen.unit.id, start: draft.start, end, status: draft.status };
  return doubleOffersWith(plan.efforts, candidate, draft.id ?? undefined);
}

/** Add or edit a goal, in the young person's words. */
export function renderGoalForm(r: PlanRenderer, forms: PlanForms, form: FormOf<'goal'>, saving: boolean): TemplateResult {
  const { copy } = r;
  const f = copy.forms;
  const { draft } = form;
  const set = (change: Partial<FormOf<'goal'>['draft']>) => forms.set('goal', change);
  return formFrame(
    r,
    forms,
    form,
    form.base ? f.editGoalHeading : f.addGoal,
    f.saveGoal,
    saving,
    html`
      ${selectField(
        spec(r, form, 'kind', f.goalKind),
        draft.kind,
        GoalKind.options.map((kind) => [kind, copy.goalKinds[kind]] as const),
        (kind) => set({ kind: kind as GoalKind }),
      )}
      ${textareaField(spec(r, form, 'text', f.goalText, { required: true }), draft.text, (text) => set({ text }), { rows: 2, maxlength: 4000 })}
      ${selectField(
        spec(r, form, 'status', f.status),
        draft.status,
        GoalStatus.options.map((status) => [status, copy.goalStatus[status]] as const),
        (status) => set({ status: status as GoalStatus }),
      )}
      ${inputField(spec(r, form, 'targetDate', f.targetDate), draft.targetDate, (targetDate) => set({ targetDate }), { type: 'date' })}
    `,
  );
}

/** Write down the life goal, dreams and path as the young person says them. */
export function renderLifeGoalForm(r: PlanRenderer, forms: PlanForms, form: FormOf<'lifeGoal'>, saving: boolean): TemplateResult {
  const f = r.copy.forms;
  const { draft } = form;
  const set = (change: Partial<FormOf<'lifeGoal'>['draft']>) => forms.set('lifeGoal', change);
  return formFrame(
    r,
    forms,
    form,
    f.editLifeGoal,
    f.saveLifeGoal,
    saving,
    html`
      ${textareaField(spec(r, form, 'text', f.lifeGoalText, { required: true }), draft.text, (text) => set({ text }), { rows: 2, maxlength: 4000 })}
      ${textareaField(spec(r, form, 'dreams', f.dreams, { hint: f.dreamsHint }), draft.dreams, (dreams) => set({ dreams }), { rows: 3 })}
      ${textareaField(spec(r, form, 'path', f.path), draft.path, (path) => set({ path }), { rows: 3, maxlength: 4000 })}
    `,
  );
}

import {
  draftChanged,
  editTarget,
  effortDraft,
  effortDraftProblems,
  effortFromDraft,
  goalDraft,
  goalDraftProblems,
  goalFromDraft,
  lifeGoalDraft,
  lifeGoalDraftProblems,
  lifeGoalFromDraft,
  newPlanItemId,
  toPlanUpdate,
  type DraftProblems,
  type EffortDraft,
  type EffortInput,
  type GoalInput,
  type LifeGoalInput,
  type EffortField,
  type GoalDraft,
  type GoalField,
  type GoalKind,
  type IsoDate,
  type LifeGoalDraft,
  type LifeGoalField,
  type OfferChoice,
  type Plan,
  type PlanEdit,
} from '@ungeforlob/sdk';

interface FormState<Draft, Field extends string, Base> {
  draft: Draft;
  /** The item as it was when the form opened: a save will not silently undo a change made since. */
  base: Base;
  /** The draft as the form opened, to tell whether closing it would lose anything. */
  initial: Draft;
  /** Shown after the first attempt to save, then kept current while the user corrects them. */
  problems: DraftProblems<Field> | null;
  /** The id of the button that opened the form: focus goes back there when it closes. */
  opener: string;
  /** The user tried to open another form while this one held changes. */
  blocked: boolean;
  /** What the last save of this form was about, so the form closes when exactly that is saved. */
  sent: PlanEdit | null;
  /** The draft as it was when `sent` was made: typed after that, the form must stay open. */
  sentDraft: Draft | null;
}

/** The one form open in the staff view, with what has been typed into it. */
export type OpenForm =
  | ({ kind: 'effort' } & FormState<EffortDraft, EffortField, EffortInput | null>)
  | ({ kind: 'goal' } & FormState<GoalDraft, GoalField, GoalInput | null>)
  | ({ kind: 'lifeGoal' } & FormState<LifeGoalDraft, LifeGoalField, LifeGoalInput>);

export type FormKind = OpenForm['kind'];

/** What the forms need from the element around them. */
export interface PlanFormsHost {
  requestUpdate(): void;
  /** Focus the element matching `selector` in the shadow root after the next render. */
  focusAfterRender(selector: string): Promise<void>;
  plan(): Plan | null;
  today(): IsoDate;
  offers(): OfferChoice[];
  /**
   * Hand an edit to the store (asking the host page first), in place of the unsaved edit `replaces`
   * picks once the host has agreed; false when the host vetoed it, and then nothing is withdrawn.
   */
  submit(edit: PlanEdit, replaces?: (draft: PlanEdit) => boolean): Promise<boolean>;
  /** Drop an unsaved edit: the form it came from was closed. */
  withdraw(edit: PlanEdit): void;
  /** What the server said about the control with this id when it refused the last save, if anything. */
  refusedAt(control: string): string | undefined;
  /** The user changed the control with this id. */
  changed(control: string): void;
}

/** The element's id for a field, shared by the renderers and the focus logic. */
export const fieldId = (kind: FormKind, field: string): string => `${kind}-${field}`;
export const formHeadingId = (kind: FormKind): string => `${kind}-form-heading`;

/** Every field a form shows a problem at: its own checks' fields, and the selects the server may refuse too. */
const formFields: Record<FormKind, readonly string[]> = {
  effort: ['offer', 'responsible', 'how', 'start', 'end', 'status', 'nextActionText', 'nextActionDue'],
  goal: ['kind', 'text', 'status', 'targetDate'],
  lifeGoal: ['text', 'dreams', 'path'],
};

/**
 * The staff view's forms: add and edit an effort or a goal, write down the life goal. One form is
 * open at a time; what is typed stays until it is saved or the user cancels, through errors and
 * conflicts alike. Checks and conversions are the SDK's (`plan-drafts`), so every framework's
 * form behaves the same; this only keeps the state and moves focus.
 */
export class PlanForms {
  form: OpenForm | null = null;

  constructor(private readonly host: PlanFormsHost) {}

  /** Open the effort form: empty to add one, or filled with the effort `effortId`. */
  openEffort(opener: string, effortId?: string): Promise<void> {
    const plan = this.host.plan();
    const effort = (plan && effortId && toPlanUpdate(plan).efforts.find((candidate) => candidate.id === effortId)) || null;
    return this.open({ kind: 'effort', ...fresh(effortDraft(effort ?? undefined, this.host.today()), effort, opener) });
  }

  /** Open the effort form to add one with `offerKey` (an {@link offerChoiceKey}) already chosen: an offer handed over from the catalogue. */
  openEffortWithOffer(opener: string, offerKey: string): Promise<void> {
    return this.open({ kind: 'effort', ...fresh({ ...effortDraft(undefined, this.host.today()), offer: offerKey }, null, opener) });
  }

  /** Open the goal form: empty (of `kind`) to add one, or filled with the goal `goalId`. */
  openGoal(opener: string, goalId?: string, kind?: GoalKind): Promise<void> {
    const plan = this.host.plan();
    const goal = (plan && goalId && toPlanUpdate(plan).goals.find((candidate) => candidate.id === goalId)) || null;
    return this.open({ kind: 'goal', ...fresh(goalDraft(goal ?? undefined, kind), goal, opener) });
  }

  /** Open the life goal form, filled with the life goal, dreams and path as they are. */
  openLifeGoal(opener: string): Promise<void> {
    const plan = this.host.plan();
    if (!plan) return Promise.resolve();
    const { lifeGoal } = toPlanUpdate(plan);
    return this.open({ kind: 'lifeGoal', ...fresh(lifeGoalDraft(lifeGoal), lifeGoal, opener) });
  }

  /** Change one field of the open form's draft; problems already shown follow the change. */
  set<Kind extends FormKind>(kind: Kind, change: Partial<Extract<OpenForm, { kind: Kind }>['draft']>): void {
    const form = this.form;
    if (!form || form.kind !== kind) return;
    form.draft = { ...form.draft, ...change };
    form.blocked = false;
    for (const field of Object.keys(change)) this.host.changed(fieldId(kind, field));
    if (form.problems) form.problems = this.problemsOf(form);
    this.host.requestUpdate();
  }

  /** Check the draft; with problems, show them and focus the first; else save it. */
  async save(): Promise<void> {
    const form = this.form;
    if (!form) return;
    form.problems = this.problemsOf(form);
    const first = Object.keys(form.problems)[0];
    if (first) {
      this.host.requestUpdate();
      await this.host.focusAfterRender(`#${fieldId(form.kind, first)}`);
      return;
    }
    form.problems = null;
    const edit = this.editOf(form);
    const previous = { sent: form.sent, sentDraft: form.sentDraft };
    form.sent = edit;
    form.sentDraft = form.draft;
    this.host.requestUpdate();
    // A retried save replaces the one that failed rather than racing it.
    if (!(await this.host.submit(edit, previous.sent ? (draft) => draft === previous.sent : undefined)) && this.form === form) {
      // The host page vetoed it: nothing was sent, so nothing may keep the form "in flight".
      Object.assign(form, previous);
      this.host.requestUpdate();
    }
  }

  /** Close the form without saving; focus goes back to where it was opened. */
  cancel(): Promise<void> {
    const form = this.form;
    if (!form) return Promise.resolve();
    if (form.sent) this.host.withdraw(form.sent);
    this.form = null;
    this.host.requestUpdate();
    return this.host.focusAfterRender(`#${form.opener}`);
  }

  /** The store saved `edits` (or the user dropped them): close the form they came from. */
  settled(edits: readonly PlanEdit[], saved: boolean): void {
    const form = this.form;
    if (!form?.sent) return;
    const target = editTarget(form.sent);
    if (!edits.some((edit) => edit === form.sent || (target !== null && editTarget(edit) === target && edit.kind === form.sent!.kind))) return;
    if (saved && form.sentDraft && draftChanged(form.draft, form.sentDraft)) {
      // Typed while it was saving: keep the form open on the saved version, with the new text.
      form.base = this.savedItem(form);
      form.initial = form.sentDraft;
      form.sent = null;
      form.sentDraft = null;
      this.host.requestUpdate();
      return;
    }
    this.form = null;
    this.host.requestUpdate();
    // After adding, focus the new item's edit button; otherwise back to where the form was opened.
    const added = saved && target && form.opener.startsWith('add-') ? `#edit-${form.kind}-${target}` : null;
    void this.host.focusAfterRender(added ?? `#${form.opener}`).then(() => undefined);
  }

  /** The item as the plan now holds it: what a further save of the form is based on. */
  private savedItem(form: OpenForm): OpenForm['base'] {
    const plan = this.host.plan();
    if (!plan) return form.base;
    const stored = toPlanUpdate(plan);
    const id = form.kind === 'lifeGoal' ? null : form.draft.id;
    if (form.kind === 'effort') return stored.efforts.find((effort) => effort.id === id) ?? form.base;
    if (form.kind === 'goal') return stored.goals.find((goal) => goal.id === id) ?? form.base;
    return stored.lifeGoal;
  }

  /** How many fields of the form show a problem: found by its own checks, or named by the server when it refused the save. */
  problemCount(form: OpenForm): number {
    const problems: Partial<Record<string, unknown>> = form.problems ?? {};
    return formFields[form.kind].filter((field) => problems[field] !== undefined || this.host.refusedAt(fieldId(form.kind, field)) !== undefined).length;
  }

  /** Whether closing the open form now would lose typed text. */
  get dirty(): boolean {
    return Boolean(this.form && draftChanged(this.form.draft, this.form.initial));
  }

  /** Whether another form cannot open now: the open one holds typed text or a save on its way. */
  get busy(): boolean {
    return Boolean(this.form && (this.dirty || this.form.sent));
  }

  private async open(next: OpenForm): Promise<void> {
    if (this.busy && this.form) {
      // Never throw away what someone typed: send them back to finish or cancel it.
      this.form.blocked = true;
      this.host.requestUpdate();
      await this.host.focusAfterRender(`#${formHeadingId(this.form.kind)}`);
      return;
    }
    this.form = next;
    this.host.requestUpdate();
    await this.host.focusAfterRender(`#${formHeadingId(next.kind)}`);
  }

  private problemsOf(form: OpenForm): DraftProblems<string> {
    switch (form.kind) {
      case 'effort':
        return effortDraftProblems(form.draft, this.host.offers());
      case 'goal':
        return goalDraftProblems(form.draft);
      case 'lifeGoal':
        return lifeGoalDraftProblems(form.draft);
    }
  }

  /** The edit to save. A new item gets its id now and keeps it, so saving again cannot add it twice. */
  private editOf(form: OpenForm): PlanEdit {
    switch (form.kind) {
      case 'effort':
        if (!form.draft.id) form.draft = { ...form.draft, id: newPlanItemId('e') };
        return { kind: 'effort', effort: effortFromDraft(form.draft, this.host.offers(), form.base ?? undefined), base: form.base };
      case 'goal':
        if (!form.draft.id) form.draft = { ...form.draft, id: newPlanItemId('g') };
        return { kind: 'goal', goal: goalFromDraft(form.draft), base: form.base };
      case 'lifeGoal':
        return { kind: 'lifeGoal', lifeGoal: lifeGoalFromDraft(form.draft), base: form.base };
    }
  }
}

function fresh<Draft, Base>(draft: Draft, base: Base, opener: string) {
  return { draft, initial: draft, base, problems: null, opener, blocked: false, sent: null, sentDraft: null };
}

import { html, nothing, type TemplateResult } from 'lit';
import {
  PlanStore,
  danishToday,
  goalTextOf,
  isPlanEditOverlapError,
  isPlanEditTargetGoneError,
  newPlanItemId,
  offerChoices,
  offerChoiceKey,
  offerNameOf,
  type OfferChoice,
  type EffortStatus,
  type NoteKind,
  type Plan,
  type PlanEdit,
  type PlanState,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { describeError, formatDate, type Audience } from '../i18n/index.js';
import { canRetry } from '../i18n/error-message.js';
import type { PlanAudienceMessages, PlanMessages } from '../i18n/messages.js';
import { emptySlot, errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
// The events the plan fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';
import { planStyles } from './plan.styles.js';
import { planSkeleton } from './plan-skeleton.js';
import { PlanForms, formHeadingId } from './plan-forms.js';
import { planRefusals, type PlanRefusals } from './plan-refusals.js';
import type { PlanRenderer } from './plan-renderer.js';
import { renderStaffPlan, type StaffEditing } from './staff-view.js';
import { renderYouthPlan } from './youth-view.js';
import { planCopy } from './plan.copy.js';
import { CatalogueChoices } from './catalogue-choices.js';
import type { UfOfferAddToPlanEvent } from '../events/uf-offer-add-to-plan.js';

/** Who reads the plan: the young person (plain words, their own comment) or a professional (full detail, editing). */
export type PlanMode = 'youth' | 'staff';

/**
 * @summary The young person's one plan (én plan): life goal in their own words, goals with the
 * community goal made explicit, efforts in parallel on one timeline by unit, who does what by
 * when, warnings, revisions and learning. Staff add and edit efforts and goals, write down the
 * life goal, change an effort's status and add notes; the young person edits their own comment.
 *
 * Reads the client, course and language from a surrounding `<uf-provider>`; `course`, `lang` and
 * the `client` property on the element win. All data logic lives in the SDK's `PlanStore`.
 *
 * In staff mode it listens on the window for `uf-offer-add-to-plan` from `<uf-offer-catalogue>`:
 * for its own course it opens the add-effort form with that offer chosen (no host code needed).
 *
 * @fires uf-plan-loaded - The plan arrived (`detail.plan`, `null` when the course has no plan yet).
 * @fires uf-error - Loading or saving failed (`detail.error`: the SDK's typed error; `detail.operation`: `load` or `save`).
 * @fires uf-before-plan-save - Cancelable, before an edit is sent (`detail.edit`). `preventDefault()` vetoes it.
 * @fires uf-plan-saved - The server accepted every pending edit (`detail.plan`: the saved version).
 *
 * @slot empty - What to show when the course has no plan yet (default: a short explanation).
 *
 * @csspart base - The plan.
 * @csspart heading - The plan's heading.
 * @csspart status - The polite live region (loading, saving, "Gemt").
 * @csspart life-goal - The life goal, dreams and path, in the young person's words.
 * @csspart goals - The list of goals.
 * @csspart goal - One goal.
 * @csspart community-goal - A community (fællesskab) goal, in addition to `goal`.
 * @csspart community-marker - The text that marks a community (fællesskab) goal.
 * @csspart warnings - The list of warnings (staff).
 * @csspart warning - One warning sentence.
 * @csspart actions - Who does what, how and when: next actions by due date.
 * @csspart action - One next action.
 * @csspart overdue-marker - The text that marks an overdue action.
 * @csspart efforts - The efforts section (timeline and table).
 * @csspart timeline - The visual timeline of parallel efforts.
 * @csspart bar - One effort's bar on the timeline.
 * @csspart table - The efforts table.
 * @csspart status-select - An effort's status select (staff).
 * @csspart notes - Learning notes and small successes.
 * @csspart note-form - The form that adds a note (staff).
 * @csspart plan-form - Every form that adds or edits part of the plan (staff), in addition to its own part below.
 * @csspart effort-form - The form that adds or edits an effort (staff).
 * @csspart goal-form - The form that adds or edits a goal (staff).
 * @csspart life-goal-form - The form that writes down the life goal, dreams and path (staff).
 * @csspart edit-button - The buttons that open a form to edit the life goal, a goal or an effort, in addition to `button`.
 * @csspart add-goal-button - "Tilføj mål", in addition to `button`.
 * @csspart add-community-goal-button - "Tilføj et fællesskabsmål" beside the missing-community-goal warning, in addition to `button`.
 * @csspart add-effort-button - "Tilføj indsats", in addition to `button`.
 * @csspart double-offer-warning - In the effort form: the active effort the chosen offer would double (same kind, another unit, same period).
 * @csspart save-form-button - A form's save button, in addition to `button`.
 * @csspart cancel-form-button - A form's cancel button, in addition to `button`.
 * @csspart revisions - The revisions, newest first (staff).
 * @csspart comment - The young person's comment.
 * @csspart comment-form - The young person's comment form (youth).
 * @csspart button - Every button.
 * @csspart save-problem - The message and choices after a failed or conflicting save.
 * @csspart error - The error message when loading failed.
 *
 * @cssprop [--uf-font-family=inherit] - Font (the page's own unless set).
 * @cssprop [--uf-font-size=1rem] - Body text size.
 * @cssprop [--uf-font-size-small=0.875rem] - Secondary text size.
 * @cssprop [--uf-font-size-heading=1.25rem] - Heading size.
 * @cssprop [--uf-line-height=1.5] - Line height.
 * @cssprop [--uf-color-text=#1a1a1a] - Text.
 * @cssprop [--uf-color-text-muted=#454545] - Secondary text.
 * @cssprop [--uf-color-surface=#ffffff] - Background.
 * @cssprop [--uf-color-surface-muted=#f5f5f5] - Timeline tracks, table stripes, placeholder.
 * @cssprop [--uf-color-border=#8e8e8e] - Borders, planned and ended bars.
 * @cssprop [--uf-color-primary=#0059b3] - Buttons, active bars.
 * @cssprop [--uf-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--uf-color-success=#2b6a00] - Completed bars.
 * @cssprop [--uf-color-notice-surface=#ffeecc] - Background of warnings, overdue actions and save problems.
 * @cssprop [--uf-color-notice-border=#8a5a00] - Their border.
 * @cssprop [--uf-color-error=#cc0000] - Loading errors and today's line on the timeline.
 * @cssprop [--uf-color-focus=#454545] - The focus ring.
 * @cssprop [--uf-radius=8px] - Corner radius.
 * @cssprop [--uf-space-s=0.5rem] - Small spacing.
 * @cssprop [--uf-space-m=1rem] - Medium spacing.
 * @cssprop [--uf-space-l=1.5rem] - Large spacing.
 */
export class UfPlan extends UfElement implements PlanRenderer {
  static override styles = planStyles;

  static override properties = {
    mode: { reflect: true },
    authorName: { attribute: 'author-name' },
    offers: { attribute: false },
  };

  /**
   * `youth` (default): plain words for the young person, read-only except their own comment.
   * `staff`: full detail, warnings and editing. Presentation only — the server decides access.
   */
  declare mode: PlanMode;

  /**
   * The professional's name, sent as the author of the notes they add (default "Medarbejder"). A
   * server that knows who is signed in signs the stored note itself, as the reference server does.
   */
  declare authorName: string | undefined;

  /**
   * What a professional can pick when adding an effort, each offer with the unit that delivers it.
   * Left empty (the default), the plan reads the municipality's catalogue from the API (`GET
   * /offers`, active offers only); set it to use a list of the host's own instead. Offers the plan
   * already uses are always there, and so is an offer handed over from `<uf-offer-catalogue>`.
   */
  declare offers: readonly OfferChoice[];

  /** Statuses picked in the table and not saved yet, by effort id. */
  private statusChoices = new Map<string, EffortStatus>();
  private noteKind: NoteKind = 'learning';
  private noteText = '';
  private noteMissing = false;
  /** The young person's comment as typed; `undefined` = not touched. */
  private commentText: string | undefined;
  /** The fields the server named when it refused the last save, by the controls that show them. */
  private refusals: PlanRefusals | null = null;
  /** The note the form sent last: sending the form again replaces it while it is unsaved. */
  private noteSent: PlanEdit | null = null;

  private readonly planState = new CourseStoreController<PlanState, PlanStore>(this, {
    create: (client, courseId, now) => new PlanStore({ client, courseId, now }),
    onChange: (state, previous) => {
      // Clear the inputs the server has taken before telling the host it has them.
      if (state.save.status === 'saved' && previous.save.status !== 'saved' && state.plan) this.clearInputsOf(previous.save.drafts);
      if (state.save.status === 'error' && state.save.error !== previous.save.error)
        this.refusals = planRefusals(state.save.error, state.plan, state.save.drafts);
      this.announce(state, previous);
    },
    onReplace: () => this.clearInputs(),
  });

  /** The offers an effort can be added with: the host's `offers`, else the municipality's catalogue. */
  private readonly catalogue = new CatalogueChoices(this, () => ({ client: this.planState.client, override: this.offers, wanted: this.mode === 'staff' }));

  constructor() {
    super();
    this.mode = 'youth';
    this.offers = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On the window, so a catalogue anywhere on the page reaches the plan without host code.
    window.addEventListener('uf-offer-add-to-plan', this.takeOffer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('uf-offer-add-to-plan', this.takeOffer);
  }

  /**
   * "Tilføj til planen" in `<uf-offer-catalogue>` for this plan's course: open the add-effort form
   * with the offer chosen, so the professional fills in who, when and which goals, and sees the
   * double-offer warning there. Not when the host has taken it (`preventDefault`), nor in youth
   * mode. The outcome says why when the form cannot open: another form holds unsaved changes (it
   * is not thrown away), the plan is loading, or the course has no plan.
   */
  private readonly takeOffer = (event: UfOfferAddToPlanEvent): void => {
    const { detail } = event;
    if (event.defaultPrevented || detail.outcome !== 'unhandled' || this.mode !== 'staff' || detail.courseId !== this.planState.courseId) return;
    const state = this.planState.state;
    if (!state?.plan) {
      detail.outcome = state?.status === 'empty' ? 'noPlan' : 'loading';
      return;
    }
    this.catalogue.handOver(detail.choice);
    detail.outcome = this.forms.busy ? 'busy' : 'opened';
    // Busy: the open form is marked and focused, as when its own buttons open another.
    void this.forms.openEffortWithOffer('add-effort', offerChoiceKey(detail.choice));
  };

  private get store(): PlanStore | undefined {
    return this.planState.store;
  }

  get copy(): PlanMessages {
    return this.localize.copy(planCopy);
  }

  get audience(): PlanAudienceMessages {
    return this.mode === 'staff' ? this.copy.staff : this.copy.youth;
  }

  private readonly announce = storeEvents(this, planEvents);

  /** The inputs these edits came from (saved, or dropped for the other person's version); what was typed since stays. */
  private clearInputsOf(edits: readonly PlanEdit[], saved = true): void {
    this.forms.settled(edits, saved);
    for (const edit of edits) {
      if (edit.kind === 'effortStatus' && this.statusChoices.get(edit.effortId) === edit.status) this.statusChoices.delete(edit.effortId);
      if (edit.kind === 'note' && this.noteText.trim() === edit.note.text) this.noteText = '';
      if (edit.kind === 'comment' && (this.commentText ?? '').trim() === (edit.text ?? '')) this.commentText = undefined;
    }
    this.requestUpdate();
  }

  private clearInputs(): void {
    this.forms.form = null;
    this.statusChoices = new Map();
    this.noteText = '';
    this.noteMissing = false;
    this.commentText = undefined;
  }

  /**
   * Asks the host (cancelable `uf-before-plan-save`), then hands the edit to the store. Resolves
   * false when nothing was sent (vetoed, or no store), true once the store has answered.
   */
  /**
   * Sends an edit once the host page has had its say (`uf-before-plan-save`). `replaces` picks the
   * control's earlier unsaved edit, which goes in its place rather than beside it: beside it, a note
   * would be saved twice, or an old failure stay on screen after the new edit is saved. After a
   * refusal, where "Prøv igen" is not offered, this is the way on. Withdrawn only after the host
   * agreed: a veto keeps the failed edit, and its "Fortryd".
   */
  private async submit(edit: PlanEdit, replaces?: (draft: PlanEdit) => boolean): Promise<boolean> {
    const store = this.store;
    if (!store) return false;
    if (this.emit('uf-before-plan-save', { edit }, { cancelable: true }).defaultPrevented) return false;
    if (replaces) for (const draft of this.planState.state?.save.drafts ?? []) if (replaces(draft)) store.withdraw(draft);
    await store.edit(edit);
    return true;
  }

  /**
   * What the server said about one control when it refused the last save. Only while that failure
   * is the save's state and the edit is still unsaved: a new save, "Fortryd" or closing the form
   * ends it, and changing the field ends it for that field.
   */
  refusedAt(control: string): string | undefined {
    const save = this.planState.state?.save;
    const refusals = this.refusals;
    if (!save || !refusals || save.status !== 'error' || save.error !== refusals.error) return undefined;
    for (const [edit, controls] of refusals.byEdit) {
      const refusal = save.drafts.includes(edit) ? controls.get(control) : undefined;
      if (refusal) return refusal === 'refused' ? this.audience.fieldRefused : this.copy.forms.problems[refusal];
    }
    return undefined;
  }

  /** The user changed the field: what the server said about the old value no longer applies. */
  private clearRefusal(control: string): void {
    for (const controls of this.refusals?.byEdit.values() ?? []) controls.delete(control);
  }

  private readonly editing: StaffEditing = {
    statusShown: (effortId, current) => this.statusChoices.get(effortId) ?? current,
    pickStatus: (effortId, status) => {
      this.statusChoices.set(effortId, status);
      this.clearRefusal(`status-${effortId}`);
      this.requestUpdate();
    },
    saveStatus: (effortId, current) =>
      void this.submit(
        { kind: 'effortStatus', effortId, status: this.statusChoices.get(effortId) ?? current },
        (draft) => draft.kind === 'effortStatus' && draft.effortId === effortId,
      ),
    noteKind: () => this.noteKind,
    noteText: () => this.noteText,
    noteMissing: () => this.noteMissing,
    setNoteKind: (kind) => {
      this.noteKind = kind;
      this.clearRefusal('note-kind');
      this.requestUpdate();
    },
    setNoteText: (text) => {
      this.noteText = text;
      if (text.trim()) this.noteMissing = false;
      this.clearRefusal('note-text');
      this.requestUpdate();
    },
    addNote: () => void this.addNote(),
    forms: new PlanForms({
      requestUpdate: () => this.requestUpdate(),
      focusAfterRender: (selector) => this.restoreFocus(selector),
      plan: () => this.planState.state?.plan ?? null,
      today: () => this.today(),
      offers: () => this.offerChoices(),
      submit: (edit, replaces) => this.submit(edit, replaces),
      withdraw: (edit) => this.store?.withdraw(edit),
      refusedAt: (control) => this.refusedAt(control),
      changed: (control) => this.clearRefusal(control),
    }),
    offers: () => this.offerChoices(),
    catalogue: () => ({
      failed: this.catalogue.status === 'error',
      retry: () => {
        // The button goes while it reads: keep keyboard and screen-reader users on the offer field.
        void this.restoreFocus('#effort-offer');
        void this.catalogue.retry();
      },
    }),
  };

  private get forms(): PlanForms {
    return this.editing.forms;
  }

  private offerChoices(): OfferChoice[] {
    return offerChoices(this.planState.state?.plan ?? null, this.catalogue.choices);
  }

  private today(): string {
    return this.planState.state?.facts?.today ?? danishToday(this.now ?? new Date());
  }

  private async addNote(): Promise<void> {
    // A second press while the plan is saving would send the note twice (a press can come before
    // the button shows it is busy).
    if (this.planState.state?.save.status === 'saving') return;
    const text = this.noteText.trim();
    const today = this.today();
    if (!text) {
      this.noteMissing = true;
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLTextAreaElement>('#note-text')?.focus();
      return;
    }
    const author = { role: 'professional' as const, name: this.authorName?.trim() || this.copy.staffAuthor };
    const sent = this.noteSent;
    const edit: PlanEdit = { kind: 'note', note: { id: newPlanItemId('n'), kind: this.noteKind, date: today, text, author } };
    this.noteSent = edit;
    await this.submit(edit, (draft) => draft === sent);
  }

  private readonly commentEditing = {
    text: (saved: string): string => this.commentText ?? saved,
    input: (text: string): void => {
      this.commentText = text;
      this.clearRefusal('comment-text');
      this.requestUpdate();
    },
    save: (saved: string): void => {
      const text = (this.commentText ?? saved).trim();
      void this.submit({ kind: 'comment', text: text === '' ? null : text }, (draft) => draft.kind === 'comment');
    },
  };

  private async retry(): Promise<void> {
    await this.retryLoad(this.store, true);
  }

  private async reapply(): Promise<void> {
    const focus = this.focusTarget();
    const saving = this.store?.reapply();
    await this.restoreFocus(focus);
    await saving;
  }

  private async discardDraft(): Promise<void> {
    const focus = this.focusTarget();
    const dropped = this.planState.state?.save.drafts ?? [];
    this.store?.discardDraft();
    this.clearInputsOf(dropped, false);
    await this.restoreFocus(focus);
  }

  /** Where focus goes when the problem's buttons go away: the control of the (first) unsaved edit. */
  private focusTarget(): string {
    const edit = this.planState.state?.save.drafts[0];
    if (edit?.kind === 'effortStatus' || edit?.kind === 'nextAction') return `#status-${edit.effortId}`;
    if (edit?.kind === 'note') return '#note-text';
    if (edit?.kind === 'comment') return '#comment-text';
    if (edit?.kind === 'effort' || edit?.kind === 'goal' || edit?.kind === 'lifeGoal')
      return this.forms.form ? `#${formHeadingId(this.forms.form.kind)}` : '#title';
    return '#title';
  }

  private async restoreFocus(selector: string): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>(selector) ?? this.renderRoot.querySelector<HTMLElement>('#title'))?.focus();
  }

  protected override render(): TemplateResult {
    const state = this.planState.state;
    // Loaded again because another widget changed the plan (a proposal taken in from the needs
    // bank): the plan, and any form open in it, stays until the new version is there.
    const status = state?.status === 'loading' && state.plan ? 'ready' : state?.status;
    return frame({
      element: 'article',
      className: 'plan',
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', this.audience.title, 'heading'),
      status: this.statusText(state),
      statusPart: 'status',
      busy: waitingForContent(state?.status),
      body: statusBranch(status, {
        initial: () => placeholder(planSkeleton(this.mode)),
        loading: () => placeholder(planSkeleton(this.mode)),
        empty: () => emptySlot(this.audience.empty),
        error: () => errorPanel(state!.error, this.messages, () => void this.retry(), nothing, this.reader),
        ready: () => this.renderPlan(state!),
      }),
    });
  }

  private statusText(state: PlanState | undefined): string {
    if (state?.status === 'loading') return this.audience.loading;
    if (state?.save.status === 'saving') return this.copy.saving;
    if (state?.save.status === 'saved') return this.audience.saved;
    return '';
  }

  private renderPlan(state: PlanState): unknown {
    if (!state.plan || !state.view || !state.facts) return nothing;
    return this.mode === 'staff'
      ? renderStaffPlan(this, state, state.plan, state.view, this.editing, this.renderSaveProblem(state, state.plan))
      : renderYouthPlan(this, state, state.plan, state.view, this.commentEditing, this.renderSaveProblem(state, state.plan));
  }

  /** After a failed or conflicting save: what was not saved, what the other person changed, and the choices. */
  private renderSaveProblem(state: PlanState, plan: Plan): unknown {
    const { save } = state;
    if ((save.status !== 'error' && save.status !== 'conflict') || !save.drafts.length) return nothing;
    const { copy } = this;
    const youth = this.mode === 'youth';
    const conflict = save.status === 'conflict';
    const explanation = !conflict
      ? `${this.describeSaveError(save.error)} ${copy.notSaved}`
      : !state.theirChanges
        ? copy.conflictUnknown
        : youth
          ? copy.conflictComment
          : copy.conflict;
    const reapplyLabel = !conflict ? this.messages.retry : youth ? copy.youthReapply : copy.reapply;
    const discardLabel = !conflict ? copy.undo : youth ? copy.youthKeepTheirs : copy.keepTheirs;
    // Saving again re-applies a conflicting edit on top of theirs; after a refusal the same request gets the same answer.
    const reapply = conflict || canRetry(save.error);
    const changes = conflict && state.theirChanges && !youth ? this.describeTheirChanges(state, plan) : [];
    const unplaced = !conflict && !youth && this.refusals?.error === save.error ? this.refusals.rest : [];
    return html`
      <div part="save-problem" class="save-problem">
        <p role="alert">${explanation}</p>
        ${
          youth
            ? nothing
            : html`<p class="label">${copy.yourEdits}</p>
              <ul class="drafts">${save.drafts.map((edit) => html`<li>${this.describeEdit(edit, plan)}</li>`)}</ul>`
        }
        ${changes.length ? html`<p class="label">${copy.theirChangesHeading}</p><ul class="their-changes">${changes.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
        ${
          unplaced.length
            ? html`<details>
              <summary>${this.messages.technicalDetails}</summary>
              <p>${this.messages.refusedFields}</p>
              <ul>${unplaced.map((problem) => html`<li><code>${problem.path || '(body)'}</code></li>`)}</ul>
            </details>`
            : nothing
        }
        <div class="actions">
          ${reapply ? html`<button part="button reapply-button" class="primary" type="button" @click=${this.reapply}>${reapplyLabel}</button>` : nothing}
          <button part="button discard-button" type="button" @click=${this.discardDraft}>${discardLabel}</button>
        </div>
      </div>
    `;
  }

  /** Edits the store could not apply on top of the newest plan have their own words; the rest are the SDK's errors. */
  private describeSaveError(error: Error | null): string {
    if (isPlanEditOverlapError(error)) return this.copy.editOverlap;
    if (isPlanEditTargetGoneError(error)) return this.copy.editTargetGone;
    return describeError(error, this.messages, this.reader);
  }

  /** Who reads this plan's messages. */
  private get reader(): Audience {
    return this.mode === 'youth' ? 'youth' : 'staff';
  }

  private describeTheirChanges(state: PlanState, plan: Plan): string[] {
    const changes = state.theirChanges!;
    const { copy } = this;
    // A part the other person removed has no name any more: its id is all there is.
    const offer = (id: string) => offerNameOf(plan, id) ?? id;
    const goal = (id: string) => goalTextOf(plan, id) ?? id;
    return [
      ...(changes.lifeGoal ? [copy.changedLifeGoal] : []),
      ...changes.goals.map((change) => copy.changedGoal(goal(change.id), change.action)),
      ...changes.efforts.map((change) => copy.changedEffort(offer(change.id), change.action)),
      ...changes.notes.map((change) => copy.changedNote(change.action)),
      ...(changes.comment ? [copy.changedComment] : []),
    ];
  }

  private describeEdit(edit: PlanEdit, plan: Plan): string {
    const { editDescription, effortStatus, noteKinds } = this.copy;
    const offer = (id: string) => offerNameOf(plan, id) ?? id;
    switch (edit.kind) {
      case 'effortStatus':
        return editDescription.effortStatus(offer(edit.effortId), effortStatus[edit.status]);
      case 'nextAction':
        return editDescription.nextAction(offer(edit.effortId));
      case 'note':
        return editDescription.note(noteKinds[edit.note.kind], edit.note.text);
      case 'effort':
        return editDescription.effort(edit.effort.offer.name);
      case 'goal':
        return editDescription.goal(edit.goal.text);
      case 'lifeGoal':
        return editDescription.lifeGoal;
      case 'update':
        return editDescription.update;
      case 'comment':
        return editDescription.comment(edit.text ?? '');
    }
  }

  date(date: string): TemplateResult {
    return html`<time datetime=${date}>${formatDate(date, this.messages)}</time>`;
  }

  dateOf(instant: string): TemplateResult {
    return html`<time datetime=${instant}>${formatDate(danishToday(new Date(instant)), this.messages)}</time>`;
  }
}

/** The plan's public events, by store transition. */
const planEvents: readonly StoreEvent<PlanState>[] = [
  { event: 'uf-plan-loaded', when: entered((state) => state.status, 'ready', 'empty'), detail: (state) => ({ plan: state.plan }) },
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
  { event: 'uf-error', when: entered((state) => state.save.status, 'error', 'conflict'), detail: failure((state) => state.save.error, 'save') },
  { event: 'uf-plan-saved', when: entered((state) => state.save.status, 'saved'), detail: (state) => (state.plan ? { plan: state.plan } : undefined) },
];

import { html, nothing, type TemplateResult } from 'lit';
import {
  MeetingsStore,
  PlanEditTargetGoneError,
  PlanStore,
  danishToday,
  offerChoices,
  type DecisionFollowUp,
  type Id,
  type MeetingAction,
  type MeetingEdit,
  type MeetingsState,
  type NetworkMeeting,
  type PlanState,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { canRetry, describeError } from '../i18n/index.js';
import type { PlanMessages } from '../i18n/messages.js';
import { emptySlot, errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { CatalogueChoices } from '../plan/catalogue-choices.js';
import { planCopy } from '../plan/plan.copy.js';
import {
  meetingEditOf,
  meetingFormProblems,
  meetingUnits,
  DECISION_NEW_EFFORT,
  openMeetingForm,
  plannedMeeting,
  decisionOwners,
  type MeetingFormChoices,
  type MeetingForm,
  type MeetingFormKind,
} from '@ungeforlob/sdk';
import type { MeetingViewHost } from './meeting-view-host.js';
import { networkMeetingCopy } from './network-meeting.copy.js';
import type { NetworkMeetingCopy } from './network-meeting.copy.types.js';
import { networkMeetingSkeleton } from './network-meeting-skeleton.js';
import { networkMeetingStyles } from './network-meeting.styles.js';
import { staffView } from './staff-view.js';
import { youthView } from './youth-view.js';
// The events the network meeting fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';

/** Who reads the meetings: `staff` (the coordinator and the team) or `youth` (the young person). */
export type NetworkMeetingMode = 'staff' | 'youth';

/** Why agreeing a decision did not put it in the plan. */
interface AgreeFailure {
  decisionId: Id;
  outcome: 'planConflict' | 'failed';
  error: Error | null;
}

/**
 * @summary Network meetings (netværksmøder) around one course: a meeting led by a coordinator with
 * the people around the young person, an agenda built from the plan with the young person's own
 * points first, decisions that land in the plan as next actions when agreed, a handover to a new
 * contact person, and minutes in plain words shared with the young person.
 *
 * Reads the client, course and language from a surrounding `<uf-provider>`; the widget's own
 * `course`, `lang` and `client` win. The data logic is the SDK's `MeetingsStore` and, for the
 * agenda and agreeing, the plan's own `PlanStore`: an agreed decision is saved with If-Match, so a
 * plan changed meanwhile by someone else is a conflict the coordinator sees and resolves without
 * losing the decision. Every `<uf-plan>` of the course on the page with the same client shows the
 * new next action at once. The young person sees who comes, their own points, what was agreed, and
 * minutes shared with them, never the professionals' points or unshared minutes.
 *
 * @fires uf-meetings-loaded - The meetings arrived (`detail.count`, `detail.upcoming`).
 * @fires uf-meeting-saved - A meeting was stored (`detail.change`: `planned`, or the kind of edit).
 * @fires uf-decision-agreed - Agreeing a decision ended (`detail.outcome`: `inPlan`; `planConflict`, someone changed the plan meanwhile; or `failed`).
 * @fires uf-error - Loading failed (`detail.operation` is `load`), or saving the meeting, or the plan while agreeing a decision, did (`save`).
 *
 * @slot empty - What the young person sees when there are no meetings (default: a short sentence).
 *
 * @csspart base - The widget.
 * @csspart heading - Its heading.
 * @csspart status - The polite live region (loading, saving, saved).
 * @csspart intro - The young person's explanation.
 * @csspart meeting - A meeting.
 * @csspart participants - The list of participants.
 * @csspart agenda - The agenda.
 * @csspart agenda-item - One entry of the agenda, with one of the five parts below.
 * @csspart point - An agenda entry that is someone's point.
 * @csspart youth-point - An agenda entry that is the young person's own point (also `point`).
 * @csspart lastDecision - An agenda entry that is a decision of the meeting before, with how it went.
 * @csspart lifeGoalChanged - The agenda entry that says the life goal changed.
 * @csspart planWarning - An agenda entry that is one of the plan's warnings.
 * @csspart decisions - The list of decisions.
 * @csspart decision - One decision.
 * @csspart minutes - The minutes.
 * @csspart other-meetings - The list of the course's other meetings.
 * @csspart form - A form.
 * @csspart button - Every button.
 * @csspart write-problem - Why a write was not saved, with "Prøv igen" where it can help.
 * @csspart error - The error message when loading failed.
 *
 * @cssprop [--uf-font-family=inherit] - Font (the page's own unless set).
 * @cssprop [--uf-font-size=1rem] - Body text size.
 * @cssprop [--uf-font-size-small=0.875rem] - Secondary text size.
 * @cssprop [--uf-font-size-heading=1.25rem] - Heading size.
 * @cssprop [--uf-line-height=1.5] - Line height.
 * @cssprop [--uf-color-text=#1a1a1a] - Text.
 * @cssprop [--uf-color-text-muted=#454545] - Secondary text (keep 4.5:1 on the surface).
 * @cssprop [--uf-color-surface=#ffffff] - Background.
 * @cssprop [--uf-color-surface-muted=#f5f5f5] - Background of shared minutes and the loading placeholder.
 * @cssprop [--uf-color-border=#8e8e8e] - Borders.
 * @cssprop [--uf-color-primary=#0059b3] - Buttons and chosen follow-ups.
 * @cssprop [--uf-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--uf-color-notice-surface=#ffeecc] - Background of a write problem.
 * @cssprop [--uf-color-notice-border=#8a5a00] - The mark beside the young person's points and the plan's warnings.
 * @cssprop [--uf-color-error=#cc0000] - The border that marks an error.
 * @cssprop [--uf-color-focus=#454545] - The 3px focus ring.
 * @cssprop [--uf-radius=8px] - Corner radius.
 * @cssprop [--uf-space-s=0.5rem] - Small spacing.
 * @cssprop [--uf-space-m=1rem] - Medium spacing.
 * @cssprop [--uf-space-l=1.5rem] - Large spacing.
 */
export class UfNetworkMeeting extends UfElement implements MeetingViewHost {
  static override styles = networkMeetingStyles;

  static override properties = {
    mode: { reflect: true },
    meeting: {},
  };

  /** `youth` (default) or `staff`. Presentation only: the server decides what a user may see and do. */
  declare mode: NetworkMeetingMode;
  /** The id of the meeting the staff view opens with. Default: the next planned meeting, else the latest. */
  declare meeting: string | undefined;

  /** The open form's draft; kept through failed writes until the meeting is stored. */
  form: MeetingForm | null = null;
  agreeing: Id | null = null;
  private agreeFailure: AgreeFailure | null = null;
  /** The meeting the coordinator opened from "Andre møder". */
  private shown: Id | null = null;
  /** Where focus returns when the open form closes. */
  private opener = '';
  /** The open form's problems are shown: the user has tried to send it. */
  private tried = false;
  /** What the live region says after the latest stored write. */
  private said = '';

  private readonly meetings = new CourseStoreController<MeetingsState, MeetingsStore>(this, {
    create: (client, courseId, now) => new MeetingsStore({ client, courseId, now }),
    onChange: storeEvents(
      this,
      meetingEvents(() => this.now ?? new Date()),
    ),
    onReplace: () => this.forget(),
  });

  /** The plan, for the agenda and for agreeing decisions: the coordinator's only (the young person's view needs neither). */
  private readonly plan = new CourseStoreController<PlanState, PlanStore>(this, {
    create: (client, courseId, now) => new PlanStore({ client, courseId, now }),
    subject: (provided) => (this.mode === 'staff' ? this.course || provided : undefined),
  });

  /** The catalogue's offers, read only when a decision makes a new effort. */
  private readonly catalogue = new CatalogueChoices(this, () => ({
    client: this.meetings.client,
    override: [],
    wanted: this.form?.kind === 'decision' && this.form.effort === DECISION_NEW_EFFORT,
  }));

  constructor() {
    super();
    this.mode = 'youth';
  }

  get copy(): NetworkMeetingCopy {
    return this.localize.copy(networkMeetingCopy);
  }

  get planCopy(): PlanMessages {
    return this.localize.copy(planCopy);
  }

  get saving(): boolean {
    return this.meetings.state?.write.status === 'saving';
  }

  get previousHasCoordinator(): boolean {
    return Boolean(this.latestMeeting()?.participants.some((participant) => participant.role === 'coordinator'));
  }

  get problems(): Readonly<Record<string, string>> {
    if (!this.tried || !this.form) return {};
    const { forms } = this.copy.staff;
    return Object.fromEntries(
      Object.entries(meetingFormProblems(this.form, this.previousHasCoordinator, this.choices(this.focused), this.focused)).map(([id, problem]) => [
        id,
        problem === 'phone' ? forms.badPhone : forms.missing,
      ]),
    );
  }

  /** The meeting the staff view shows: the one opened, else `meeting`, else the next planned one, else the latest. */
  get focused(): NetworkMeeting | null {
    const meetings = this.meetings.state?.meetings ?? [];
    const wanted = this.shown ?? this.meeting;
    const chosen = wanted ? meetings.find((meeting) => meeting.id === wanted) : undefined;
    if (chosen) return chosen;
    const planned = meetings.filter((meeting) => meeting.status === 'planned');
    return planned.at(-1) ?? meetings[0] ?? null;
  }

  changed(): void {
    this.requestUpdate();
  }

  open(kind: MeetingFormKind, opener: string): void {
    this.agreeFailure = null;
    const isNew = kind === 'meeting' && opener === '[data-action="plan-meeting"]';
    // The form is for this meeting: a colleague's new meeting arriving meanwhile does not take its place.
    if (!isNew) this.shown = this.focused?.id ?? null;
    this.form = openMeetingForm(kind, isNew ? null : this.focused, danishToday(this.now ?? new Date()));
    this.opener = opener;
    this.tried = false;
    this.meetings.store?.discard();
    this.focusAfterRender('[part="form"] input:not([type="radio"]), [part="form"] input:checked, [part="form"] select, [part="form"] textarea');
  }

  cancelForm(): void {
    this.form = null;
    this.meetings.store?.discard();
    this.focusAfterRender(this.opener);
  }

  reloadPlan(): void {
    void this.plan.store?.load().then(() => this.focusAfterRender('#agenda-title'));
  }

  show(meetingId: Id): void {
    this.shown = meetingId;
    this.form = null;
    this.agreeFailure = null;
    this.focusAfterRender('#meeting-title');
  }

  async submit(): Promise<void> {
    const form = this.form;
    const store = this.meetings.store;
    if (!form || !store) return;
    this.said = '';
    this.tried = true;
    if (Object.keys(this.problems).length > 0) {
      this.focusAfterRender('[aria-invalid="true"]');
      return;
    }
    const focus = this.focused;
    let stored: boolean;
    if (form.kind === 'meeting' && form.isNew) {
      stored = await store.save(plannedMeeting(form, this.latestMeeting(), this.choices(focus).units));
      if (stored) this.shown = form.id;
    } else {
      const edit = focus && meetingEditOf(form, focus, this.choices(focus));
      if (!focus || !edit) return;
      stored = await store.edit(focus.id, edit);
    }
    if (stored) {
      this.form = null;
      this.tried = false;
      this.emit('uf-meeting-saved', { change: form.kind === 'meeting' && form.isNew ? 'planned' : editKind(form) });
      this.say(this.copy.staff.saved);
      // Back to the button that opened the form; where it is gone (a handover is recorded once), to its section.
      this.focusAfterRender(form.kind === 'meeting' ? '#meeting-title' : this.opener, `#${sectionOf(form.kind)}-title`);
    } else this.focusProblem();
  }

  markHeld(): void {
    void this.change({ kind: 'held' }, '#meeting-title');
  }

  followUp(meetingId: Id, decisionId: Id, followUp: DecisionFollowUp): void {
    // Focus stays on the button pressed (it is disabled while saving, which drops focus to the page).
    const pressed = this.shadowRoot?.activeElement?.getAttribute('data-follow-up');
    void this.change({ kind: 'followUp', decisionId, followUp }, pressed ? `[data-follow-up="${CSS.escape(pressed)}"]` : '#agenda-title', meetingId);
  }

  removeParticipant(participantId: Id): void {
    void this.change({ kind: 'removeParticipant', participantId }, '[data-action="add-participant"]');
  }

  removeDecision(decisionId: Id): void {
    void this.change({ kind: 'removeDecision', decisionId }, '[data-action="add-decision"]');
  }

  async agree(decisionId: Id): Promise<void> {
    const meetings = this.meetings.store;
    const plan = this.plan.store;
    const focus = this.focused;
    if (!meetings || !plan || !focus || this.agreeing) return;
    this.agreeing = decisionId;
    this.agreeFailure = null;
    this.said = '';
    this.requestUpdate();
    const outcome = await meetings.agree(focus.id, decisionId, plan);
    this.agreeing = null;
    this.emit('uf-decision-agreed', { outcome });
    if (outcome === 'inPlan') {
      this.say(this.copy.staff.inPlan);
    } else {
      const planSave = plan.getSnapshot().save;
      const write = meetings.getSnapshot().write;
      this.agreeFailure = { decisionId, outcome, error: planSave.error ?? write.error };
      // The meeting's own failed write has fired its uf-error already; the plan's has not.
      if (write.status !== 'error' && write.status !== 'conflict' && planSave.error) this.emit('uf-error', { operation: 'save', error: planSave.error });
    }
    this.focusAfterRender(`#decision-${CSS.escape(decisionId)}`);
  }

  agreeProblem(decisionId: Id): TemplateResult | typeof nothing {
    const failed = this.agreeFailure;
    if (!failed || failed.decisionId !== decisionId) return nothing;
    const { staff } = this.copy;
    const write = this.meetings.state?.write;
    const meetingFailed = write?.status === 'error' || write?.status === 'conflict';
    let reason: string;
    let again = false;
    if (failed.outcome === 'planConflict') {
      // "Læg i planen" beside the decision puts it in the version that won.
      // Revisions come newest first: the first is the change that won.
      reason = staff.planChanged(this.plan.state?.theirs?.revisions[0]?.by.name ?? staff.someone);
    } else if (meetingFailed) {
      // The meeting could not record the decision as agreed (or as in the plan): nothing else changed.
      reason =
        write.status === 'conflict'
          ? staff.changedMeanwhile(this.changedBy(write.action))
          : `${describeError(write.error, this.messages, 'staff')} ${staff.notSaved}`;
      again = write.status === 'conflict' || canRetry(write.error);
    } else if (failed.error instanceof PlanEditTargetGoneError) {
      reason = staff.effortGoneProblem;
    } else {
      reason = `${staff.planFailed} ${describeError(failed.error, this.messages, 'staff')}`;
      again = canRetry(failed.error);
    }
    return html`<div part="write-problem" class="write-problem">
      <p role="alert">${reason}</p>
      ${again ? html`<button part="button" type="button" @click=${() => void this.agree(decisionId)}>${staff.tryAgain}</button>` : nothing}
    </div>`;
  }

  writeProblem(inForm: boolean): TemplateResult | typeof nothing {
    const write = this.meetings.state?.write;
    // A failed agree says its problem beside its decision.
    if (!write || (write.status !== 'error' && write.status !== 'conflict') || inForm !== (this.form !== null) || this.agreeFailure) return nothing;
    const { staff } = this.copy;
    const conflict = write.status === 'conflict';
    const reason = conflict ? staff.changedMeanwhile(this.changedBy(write.action)) : `${describeError(write.error, this.messages, 'staff')} ${staff.notSaved}`;
    const again = conflict || canRetry(write.error);
    return html`<div part="write-problem" class="write-problem">
      <p role="alert">${reason}</p>
      ${again ? html`<button part="button" type="button" @click=${() => void this.resend()}>${staff.tryAgain}</button>` : nothing}
    </div>`;
  }

  /** Who saved the meeting a refused write was for, as the version that won says. */
  private changedBy(action: MeetingAction | null): string {
    const id = action?.kind === 'edit' ? action.meetingId : action?.input.id;
    return this.meetings.state?.meetings.find((meeting) => meeting.id === id)?.changedBy ?? this.copy.staff.someone;
  }

  /** Load the meetings and the plan again: changes made elsewhere since. For a host that knows something changed. */
  async refresh(): Promise<void> {
    await Promise.all([this.meetings.store?.load(), this.plan.store?.load()]);
  }

  /** The choices the forms offer for `meeting`. */
  choices(meeting: NetworkMeeting | null): MeetingFormChoices {
    const plan = this.plan.state?.plan ?? null;
    const meetings = this.meetings.state?.meetings ?? [];
    return {
      units: meetingUnits(plan, meetings),
      owners: meeting ? decisionOwners(meeting, plan) : [],
      offers: offerChoices(plan, this.catalogue.choices),
      plan,
    };
  }

  /** The meeting the next one is planned from: the latest that has been held, else the latest. */
  private latestMeeting(): NetworkMeeting | null {
    const meetings = this.meetings.state?.meetings ?? [];
    return meetings.find((meeting) => meeting.status === 'held') ?? meetings[0] ?? null;
  }

  /** A change without a form: saved at once; on failure the problem shows under the meeting's heading with "Prøv igen". */
  private async change(edit: MeetingEdit, focusAfter: string | null, meetingId: Id | undefined = this.focused?.id): Promise<void> {
    const store = this.meetings.store;
    if (!store || !meetingId) return;
    this.agreeFailure = null;
    this.said = '';
    if (await store.edit(meetingId, edit)) {
      this.emit('uf-meeting-saved', { change: edit.kind });
      this.say(this.copy.staff.saved);
      if (focusAfter) this.focusAfterRender(focusAfter);
    } else this.focusProblem();
  }

  private async resend(): Promise<void> {
    if (this.form) return this.submit();
    // The same change again, applied on top of the meeting as it is now.
    const store = this.meetings.store;
    if (!store) return;
    const action = store.getSnapshot().write.action;
    await store.retry();
    if (store.getSnapshot().write.status === 'saved' && action?.kind === 'edit') {
      this.emit('uf-meeting-saved', { change: action.edit.kind });
      this.say(this.copy.staff.saved);
      this.focusAfterRender('#meeting-title');
    } else this.focusProblem();
  }

  /** After a failed write focus goes to "Prøv igen", or to the form's submit button where there is none, never to the page. */
  private focusProblem(): void {
    this.focusAfterRender('[part="write-problem"] button', 'form button[type="submit"]', '#meeting-title');
  }

  private say(text: string): void {
    this.said = text;
    this.requestUpdate();
  }

  private forget(): void {
    this.form = null;
    this.shown = null;
    this.agreeing = null;
    this.agreeFailure = null;
    this.tried = false;
    this.said = '';
  }

  /** Focus the first of `selectors` (in their order, not the page's) that is there once rendered. */
  private focusAfterRender(...selectors: string[]): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      for (const selector of selectors) {
        const target = this.renderRoot.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    });
  }

  private statusText(state: MeetingsState | undefined, shown: string | undefined): string {
    if (state?.status === 'loading' || shown === 'loading') return this.copy.loading;
    if (state?.write.status === 'saving' || this.agreeing) return this.copy.saving;
    return this.said;
  }

  protected override render(): TemplateResult {
    const { copy } = this;
    const state = this.meetings.state;
    const plan = this.plan.state;
    // The staff view is where the first meeting is planned: it has no empty state of its own. Loading
    // again (refresh, or another widget's write) keeps what is shown, with an open form, until the answer is there.
    // The coordinator's agenda is built from the plan too: until the plan has answered (or failed) the
    // meeting would grow under the reader, so it waits in its skeleton. Loading again keeps what is shown.
    const planPending = this.mode === 'staff' && !plan?.plan && (plan?.status === 'idle' || plan?.status === 'loading');
    const shownBefore = state?.status === 'loading' && (state.meetings.length > 0 || this.form !== null);
    const loaded = state?.status === 'empty' && this.mode === 'staff' ? 'ready' : shownBefore ? 'ready' : state?.status;
    const status = planPending && (loaded === 'ready' || loaded === 'empty') && !shownBefore ? 'loading' : loaded;
    const focus = this.focused;
    return frame({
      element: this.mode === 'youth' ? 'section' : 'article',
      className: `network-meeting ${this.mode}`,
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', this.mode === 'staff' ? copy.staff.title : copy.youth.title, 'heading'),
      status: this.statusText(state, status),
      statusPart: 'status',
      busy: waitingForContent(status === 'loading' ? 'loading' : state?.status),
      body: statusBranch(status, {
        initial: () => placeholder(networkMeetingSkeleton(this.mode)),
        loading: () => placeholder(networkMeetingSkeleton(this.mode)),
        empty: () => emptySlot(copy.youth.empty),
        error: () => errorPanel(state!.error, this.messages, () => void this.retryLoad(this.meetings.store, true), nothing, this.mode),
        ready: () =>
          this.mode === 'staff'
            ? staffView(this, {
                meetings: state!.meetings,
                focus,
                plan: plan?.plan ?? null,
                facts: plan?.facts ?? null,
                planFailed: plan?.status === 'error',
                choices: this.choices(focus),
              })
            : youthView(this, this.meetings.courseId ?? '', state!.meetings, this.now ?? new Date()),
      }),
    });
  }
}

/** The section a form belongs to, by its heading's id. */
function sectionOf(kind: MeetingFormKind): string {
  return { meeting: 'meeting', participant: 'participants', point: 'agenda', decision: 'decisions', handover: 'handover', minutes: 'minutes' }[kind];
}

/** What kind of edit a form makes, for `uf-meeting-saved`. */
function editKind(form: MeetingForm): MeetingEdit['kind'] {
  return form.kind === 'meeting' ? 'details' : form.kind;
}

function meetingEvents(now: () => Date): readonly StoreEvent<MeetingsState>[] {
  return [
    {
      event: 'uf-meetings-loaded',
      when: entered((state) => state.status, 'ready', 'empty'),
      detail: (state) => ({
        count: state.meetings.length,
        upcoming: state.meetings.filter((meeting) => meeting.status === 'planned' && Date.parse(meeting.at) >= now().getTime()).length,
      }),
    },
    { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
    { event: 'uf-error', when: entered((state) => state.write.status, 'error', 'conflict'), detail: failure((state) => state.write.error, 'save') },
  ];
}

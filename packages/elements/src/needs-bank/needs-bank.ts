import { html, nothing, type TemplateResult } from 'lit';
import {
  CourseNeedsStore,
  OpenNeedsStore,
  danishToday,
  isHttpError,
  newPlanItemId,
  proposalStart,
  problemTypes,
  type CourseNeedsState,
  type NeedsBankWrite,
  type OpenNeedsState,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { canRetry, describeError } from '../i18n/index.js';
import { emptySlot, errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { bankView, type BankViewHost, type ProposalDraft } from './bank-view.js';
import { needsBankCopy } from './needs-bank.copy.js';
import type { NeedsBankCopy } from './needs-bank.copy.types.js';
import { needsBankSkeleton } from './needs-bank-skeleton.js';
import { needsBankStyles } from './needs-bank.styles.js';
import { teamView, type ShareDraft, type TeamViewHost } from './team-view.js';
import { youthView } from './youth-view.js';
// The events the needs bank fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';

/**
 * Who uses the needs bank: `team` (the course's team: share a need, decide on proposals), `bank`
 * (a professional of another team: answer open needs) or `youth` (the young person: the proposals
 * that concern them).
 */
export type NeedsBankMode = 'team' | 'bank' | 'youth';

/**
 * @summary The needs bank (behovsbank): the course's team shares a need in the young person's words,
 * professionals of other teams answer it with an offer, and the team takes a proposal into the
 * plan or declines it; the young person sees the proposals in plain words.
 *
 * Reads the client, course and language from a surrounding `<uf-provider>`; the widget's own
 * `course`, `lang` and `client` win. `bank` mode needs no course. The data logic is the SDK's
 * `CourseNeedsStore` and `OpenNeedsStore`. A proposal taken into the plan makes every
 * `<uf-plan>` of the course on the page load again, with the new planned effort.
 *
 * @fires uf-needs-loaded - The needs arrived (`detail.count`: how many needs are shown).
 * @fires uf-error - Loading failed (`detail.operation` is `load`), or a write did (`save`): sharing, changing or
 *   closing a need, deciding on a proposal, proposing.
 *
 * @slot empty - What to show when there is nothing to show (default: a short explanation).
 *
 * @csspart base - The needs bank.
 * @csspart heading - Its heading.
 * @csspart status - The polite live region (loading, saving, saved).
 * @csspart intro - The explanation under the heading.
 * @csspart needs - The list of needs.
 * @csspart need - One need.
 * @csspart words - The young person's shared words.
 * @csspart proposal - One proposal.
 * @csspart form - The share, decline and proposal forms.
 * @csspart button - Every button.
 * @csspart write-problem - Why a write was not saved, with "Prøv igen" where it can help.
 * @csspart double-offer-warning - A proposal that would double an active effort of the plan.
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
 * @cssprop [--uf-color-surface-muted=#f5f5f5] - Background of the young person's words and the loading placeholder.
 * @cssprop [--uf-color-border=#8e8e8e] - Borders.
 * @cssprop [--uf-color-primary=#0059b3] - Buttons.
 * @cssprop [--uf-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--uf-color-notice-surface=#ffeecc] - Background of notices.
 * @cssprop [--uf-color-notice-border=#8a5a00] - Border of notices.
 * @cssprop [--uf-color-error=#cc0000] - The border that marks an error.
 * @cssprop [--uf-color-focus=#454545] - The 3px focus ring.
 * @cssprop [--uf-radius=8px] - Corner radius.
 * @cssprop [--uf-space-s=0.5rem] - Small spacing.
 * @cssprop [--uf-space-m=1rem] - Medium spacing.
 * @cssprop [--uf-space-l=1.5rem] - Large spacing.
 */
export class UfNeedsBank extends UfElement implements TeamViewHost, BankViewHost {
  static override styles = needsBankStyles;

  static override properties = {
    mode: { reflect: true },
  };

  /** `youth` (default), `team` or `bank`; see {@link NeedsBankMode}. Presentation only: the server decides what a user may see. */
  declare mode: NeedsBankMode;

  /** The share form's draft while it is open; kept through failed writes until the need is stored. */
  shareDraft: ShareDraft | null = null;
  /** Decline reasons being written, by proposal id. */
  readonly declineDrafts = new Map<string, string>();
  /** The effort id each acceptance is sent with, by proposal id, so a retry cannot make two efforts. */
  private readonly acceptIds = new Map<string, string>();
  /** Proposal forms being filled in, by need id. */
  readonly proposalDrafts = new Map<string, ProposalDraft>();
  /** Forms whose missing fields are shown (after a first try to send), by form key. */
  readonly tried = new Set<string>();
  /** What the live region says after the latest stored write. */
  private said = '';

  private readonly courseNeeds = new CourseStoreController<CourseNeedsState, CourseNeedsStore>(this, {
    // One store per course and view: the team reads the plan too, the young person only the needs.
    subject: (provided) => {
      const courseId = this.course || provided;
      return this.mode === 'bank' || !courseId ? undefined : `${this.mode} ${courseId}`;
    },
    create: (client, subject, now) => {
      const [mode, courseId] = subject.split(' ') as [NeedsBankMode, string];
      return new CourseNeedsStore({ client, courseId, withPlan: mode === 'team', now });
    },
    onChange: storeEvents(this, courseNeedsEvents),
    // The other view's controller has no store and is "replaced" on every update: only the shown view's drafts are dropped.
    onReplace: () => this.mode !== 'bank' && this.forgetDrafts(),
  });

  private readonly openNeeds = new CourseStoreController<OpenNeedsState, OpenNeedsStore>(this, {
    // The bank is the municipality's, not a course's: one store per client.
    subject: () => (this.mode === 'bank' ? 'bank' : undefined),
    create: (client, _subject, now) => new OpenNeedsStore({ client, now }),
    onChange: storeEvents(this, openNeedsEvents),
    onReplace: () => this.mode === 'bank' && this.forgetDrafts(),
  });

  constructor() {
    super();
    this.mode = 'youth';
  }

  get copy(): NeedsBankCopy {
    return this.localize.copy(needsBankCopy);
  }

  get today(): string {
    return danishToday(this.now ?? new Date());
  }

  /** Re-render after a draft changed (the drafts are plain fields, not reactive properties). */
  changed(): void {
    this.requestUpdate();
  }

  /** The share form's field ids are the widget's own: one form at a time. */
  openShare(): void {
    this.shareDraft = { id: newPlanItemId('n').replace(/^n-/, 'need-'), goalId: '', text: '', agreed: false };
    this.tried.delete('share');
    this.focusAfterRender('#share-goal');
  }

  cancelShare(): void {
    this.shareDraft = null;
    this.focusAfterRender('[data-action="open-share"]');
  }

  async submitShare(): Promise<void> {
    // The live region says nothing of the write before while this one is on its way.
    this.said = '';
    const draft = this.shareDraft;
    const store = this.courseNeeds.store;
    if (!draft || !store) return;
    this.tried.add('share');
    if (!draft.goalId || !draft.text.trim() || !draft.agreed) {
      this.focusAfterRender('[aria-invalid="true"]');
      return;
    }
    const need = { goalId: draft.goalId, text: draft.text.trim(), agreedOn: this.today };
    draft.id = idFor(draft.id, need, draft, 'need');
    if (await store.share({ id: draft.id, ...need })) {
      this.shareDraft = null;
      this.say(this.copy.team.savedShare);
      this.focusAfterRender(`#need-${draft.id}`);
    }
  }

  async setNeedStatus(needId: string, status: 'open' | 'closed'): Promise<void> {
    this.said = '';
    const store = this.courseNeeds.store;
    const need = store?.getSnapshot().needs.find((candidate) => candidate.id === needId);
    if (!store || !need) return;
    if (await store.change(need, { status })) this.say(this.copy.team.savedChange(status));
  }

  async accept(needId: string, proposalId: string): Promise<void> {
    this.said = '';
    const store = this.courseNeeds.store;
    const need = store?.getSnapshot().needs.find((candidate) => candidate.id === needId);
    const proposal = need?.proposals.find((candidate) => candidate.id === proposalId);
    if (!store || !need || !proposal) return;
    const effortId = this.acceptIds.get(proposalId) ?? newPlanItemId('e');
    this.acceptIds.set(proposalId, effortId);
    const start = proposalStart(proposal, this.today);
    if (await store.decide(need, proposal, { outcome: 'accepted', effortId, start })) {
      this.acceptIds.delete(proposalId);
      this.say(this.copy.team.savedAccepted(proposal.offer.name));
      // The buttons go with the decision: focus stays on the proposal, which now says it is in the plan.
      this.focusAfterRender(`#proposal-${proposalId}`);
    }
  }

  openDecline(proposalId: string): void {
    this.declineDrafts.set(proposalId, '');
    this.tried.delete(`decline-${proposalId}`);
    this.focusAfterRender(`#reason-${proposalId}`);
  }

  cancelDecline(proposalId: string): void {
    this.declineDrafts.delete(proposalId);
    this.focusAfterRender(`[data-decline="${proposalId}"]`);
  }

  async submitDecline(needId: string, proposalId: string): Promise<void> {
    this.said = '';
    const store = this.courseNeeds.store;
    const need = store?.getSnapshot().needs.find((candidate) => candidate.id === needId);
    const proposal = need?.proposals.find((candidate) => candidate.id === proposalId);
    const reason = this.declineDrafts.get(proposalId)?.trim() ?? '';
    if (!store || !need || !proposal) return;
    this.tried.add(`decline-${proposalId}`);
    if (!reason) {
      this.focusAfterRender(`#reason-${proposalId}`);
      return;
    }
    if (await store.decide(need, proposal, { outcome: 'declined', reason })) {
      this.declineDrafts.delete(proposalId);
      this.say(this.copy.team.savedDeclined);
      this.focusAfterRender(`#proposal-${proposalId}`);
    }
  }

  openProposal(needId: string): void {
    this.proposalDrafts.set(needId, { id: newPlanItemId('n').replace(/^n-/, 'p-'), offerId: '', person: '', how: '', when: '', start: '' });
    this.tried.delete(`propose-${needId}`);
    this.focusAfterRender(`#offer-${needId}`);
  }

  cancelProposal(needId: string): void {
    this.proposalDrafts.delete(needId);
    // Back to the need's "Byd ind"; for a need that has left the bank, to the widget's heading.
    this.focusAfterRender(`[data-propose="${needId}"]`, '#title');
  }

  async submitProposal(needId: string): Promise<void> {
    this.said = '';
    const store = this.openNeeds.store;
    const draft = this.proposalDrafts.get(needId);
    if (!store || !draft) return;
    this.tried.add(`propose-${needId}`);
    const offer = store.getSnapshot().offers.find((candidate) => candidate.id === draft.offerId);
    const [person, how, when] = [draft.person.trim(), draft.how.trim(), draft.when.trim()];
    if (!offer || !person || !how || !when) {
      this.focusAfterRender(`[data-form="propose-${needId}"] [aria-invalid="true"]`);
      return;
    }
    const content = {
      offer: { id: offer.id, name: offer.name, kind: offer.kind },
      unit: offer.unit,
      person,
      how,
      when,
      ...(draft.start ? { start: draft.start } : {}),
    };
    draft.id = idFor(draft.id, content, draft, 'p');
    if (await store.propose(needId, { id: draft.id, ...content })) {
      this.proposalDrafts.delete(needId);
      this.say(this.copy.bank.saved);
      this.focusAfterRender(`#need-${needId}`);
    }
  }

  /**
   * Why the latest write failed, in one sentence, for the form or proposal it was about: the
   * conflicts in the needs bank's own words, every other failure as every widget says it.
   */
  writeProblem(write: NeedsBankWrite, about: (action: NonNullable<NeedsBankWrite['action']>) => boolean, retry: () => void): TemplateResult | typeof nothing {
    if ((write.status !== 'error' && write.status !== 'conflict') || !write.action || !about(write.action)) return nothing;
    const { copy } = this;
    const type = isHttpError(write.error) ? write.error.problem?.type : undefined;
    const reason =
      type === problemTypes.alreadyDecided
        ? copy.team.alreadyDecided
        : type === problemTypes.needClosed
          ? write.action.kind === 'decide'
            ? copy.team.needClosed
            : copy.bank.needClosed
          : write.status === 'conflict' && write.action.kind === 'change'
            ? copy.team.changedMeanwhile
            : describeError(write.error, this.messages, this.mode === 'youth' ? 'youth' : 'staff');
    // A conflict's newest version is shown already; sending the same again would only meet it again.
    const again = write.status !== 'conflict' && canRetry(write.error);
    return html`<div part="write-problem" class="write-problem">
      <p role="alert">${reason} ${typed(write.action) ? copy.notSaved : write.status === 'conflict' ? nothing : copy.notDone}</p>
      ${again ? html`<button part="button" type="button" @click=${retry}>${copy.tryAgain}</button>` : nothing}
    </div>`;
  }

  /**
   * Load the needs again: other teams' new needs in the bank, or proposals that came for the
   * course's. For a host that knows something changed (a notification, a tab shown again).
   */
  refresh(): Promise<void> {
    return (this.mode === 'bank' ? this.openNeeds.store : this.courseNeeds.store)?.load() ?? Promise.resolve();
  }

  private say(text: string): void {
    this.said = text;
    this.requestUpdate();
  }

  private forgetDrafts(): void {
    this.shareDraft = null;
    this.declineDrafts.clear();
    this.acceptIds.clear();
    this.proposalDrafts.clear();
    this.tried.clear();
    this.said = '';
  }

  private focusAfterRender(selector: string, fallback?: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(selector) ?? (fallback ? this.renderRoot.querySelector<HTMLElement>(fallback) : null);
      target?.focus();
    });
  }

  private statusText(status: string | undefined, write: NeedsBankWrite | undefined): string {
    if (status === 'loading') return this.copy.loading;
    if (write?.status === 'saving') return this.copy.saving;
    return write?.status === 'saved' ? this.said : '';
  }

  protected override render(): TemplateResult {
    const { copy } = this;
    const state = this.mode === 'bank' ? this.openNeeds.state : this.courseNeeds.state;
    // Loading again (Hent nye behov) keeps what is shown, with the forms in it, until the new answer is there.
    const status = state?.status === 'loading' && state.needs.length > 0 ? 'ready' : state?.status;
    const title = this.mode === 'bank' ? copy.bank.title : this.mode === 'team' ? copy.team.title : copy.youth.title;
    return frame({
      element: this.mode === 'youth' ? 'section' : 'article',
      className: `needs-bank ${this.mode}`,
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', title, 'heading'),
      status: this.statusText(state?.status, state?.write),
      statusPart: 'status',
      busy: waitingForContent(state?.status),
      body: statusBranch(status, {
        initial: () => placeholder(needsBankSkeleton(this.mode)),
        loading: () => placeholder(needsBankSkeleton(this.mode)),
        empty: () =>
          this.mode === 'bank'
            ? // An empty bank fills up as other teams share: "Hent nye behov" stays.
              html`${emptySlot(copy.bank.empty)}
                <p><button part="button" type="button" @click=${() => void this.refresh()}>${copy.bank.refresh}</button></p>`
            : emptySlot(this.mode === 'team' ? copy.team.empty : copy.youth.empty),
        error: () =>
          errorPanel(
            state!.error,
            this.messages,
            () => void this.retryLoad(this.mode === 'bank' ? this.openNeeds.store : this.courseNeeds.store, true),
            nothing,
            this.mode === 'youth' ? 'youth' : 'staff',
          ),
        ready: () => this.renderReady(),
      }),
    });
  }

  private renderReady(): TemplateResult {
    if (this.mode === 'bank') return bankView(this, this.openNeeds.state!);
    if (this.mode === 'team') return teamView(this, this.courseNeeds.state!);
    return youthView(this, this.courseNeeds.state!);
  }
}

/**
 * The id to send `content` under. A draft keeps its id for every try of the same content, so a
 * retry after a lost answer cannot store it twice; once the user changes it after a try, it is
 * something new under a new id (the old one may already name what was sent before).
 */
function idFor(id: string, content: object, draft: { sent?: string }, prefix: 'need' | 'p'): string {
  const sent = JSON.stringify(content);
  const next = draft.sent !== undefined && draft.sent !== sent ? newPlanItemId('n').replace(/^n-/, `${prefix}-`) : id;
  draft.sent = sent;
  return next;
}

/** Whether the action sent something the user typed, which the form keeps after a failure. */
function typed(action: NonNullable<NeedsBankWrite['action']>): boolean {
  return action.kind === 'share' || action.kind === 'propose' || (action.kind === 'decide' && action.outcome === 'declined');
}

/** How many needs the widget shows: the young person's and the team's are the course's, the bank's the open ones. Both stores' states have the same parts. */
function needsEvents<S extends Pick<CourseNeedsState, 'status' | 'error' | 'write'> & { needs: readonly unknown[] }>(): readonly StoreEvent<S>[] {
  return [
    { event: 'uf-needs-loaded', when: entered((state) => state.status, 'ready', 'empty'), detail: (state) => ({ count: state.needs.length }) },
    { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
    { event: 'uf-error', when: entered((state) => state.write.status, 'error', 'conflict'), detail: failure((state) => state.write.error, 'save') },
  ];
}

const courseNeedsEvents = needsEvents<CourseNeedsState>();
const openNeedsEvents = needsEvents<OpenNeedsState>();

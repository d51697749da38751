import { html, nothing, type TemplateResult } from 'lit';
import {
  ContactLogStore,
  danishToday,
  instantOfWallClock,
  isAheadOfClock,
  isHttpError,
  wallClockOf,
  type ContactEntryInput,
  type ContactLogState,
  type ContactLogWrite,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { canRetry, describeError } from '../i18n/index.js';
import { emptySlot, errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { contactLogCopy } from './contact-log.copy.js';
import type { ContactLogCopy } from './contact-log.copy.types.js';
import { contactLogSkeleton } from './contact-log-skeleton.js';
import { contactLogStyles } from './contact-log.styles.js';
import { SHOWN_ENTRIES, staffView, youthView, type LogDraft, type LogViewHost, type RhythmDraft } from './log-views.js';
// The events the contact log fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';

/** Who reads the log: `staff` (the contact person and the team: log contacts, agree the rhythm) or `youth` (the young person). */
export type ContactLogMode = 'staff' | 'youth';

/**
 * @summary The contact log (kontaktlog): each contact between the contact person and the young
 * person, the agreed rhythm ("mindst hver anden uge"), the last contact and the next one due, a
 * broken rhythm and no-shows in a row flagged in words; quick entry from a phone.
 *
 * Reads the client, course and language from a surrounding `<uf-provider>`; the widget's own
 * `course`, `lang` and `client` win. The data logic is the SDK's `ContactLogStore`. A logged
 * contact reaches every `<uf-contact-card>` of the course on the page ("sidste kontakt") and the
 * progression's passivity rule at once, without a request. The young person sees dates, channels
 * and the notes shared with them; a staff-only note is never sent to them.
 *
 * @fires uf-contact-log-loaded - The log arrived (`detail.count`, `detail.overdue`, `detail.missedInARow`).
 * @fires uf-contact-logged - A contact was stored (`detail.channel`, `detail.outcome`; no note, no time).
 * @fires uf-error - Loading failed (`detail.operation` is `load`), or logging a contact or agreeing the rhythm did (`save`).
 *
 * @slot empty - What the young person sees when nothing is logged (default: a short sentence).
 *
 * @csspart base - The contact log.
 * @csspart heading - Its heading.
 * @csspart status - The polite live region (loading, saving, saved).
 * @csspart intro - The young person's explanation.
 * @csspart summary - The agreed rhythm, the last contact and the next one due.
 * @csspart flag - A broken rhythm, or no-shows in a row, in words.
 * @csspart form - The quick entry and the rhythm forms.
 * @csspart entries - The list of contacts.
 * @csspart entry - One contact.
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
 * @cssprop [--uf-color-surface-muted=#f5f5f5] - Background of shared notes and the loading placeholder.
 * @cssprop [--uf-color-border=#8e8e8e] - Borders.
 * @cssprop [--uf-color-primary=#0059b3] - Buttons and the chosen channel.
 * @cssprop [--uf-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--uf-color-notice-surface=#ffeecc] - Background of the flags.
 * @cssprop [--uf-color-notice-border=#8a5a00] - Border of the flags.
 * @cssprop [--uf-color-error=#cc0000] - The border that marks an error.
 * @cssprop [--uf-color-focus=#454545] - The 3px focus ring.
 * @cssprop [--uf-radius=8px] - Corner radius.
 * @cssprop [--uf-space-s=0.5rem] - Small spacing.
 * @cssprop [--uf-space-m=1rem] - Medium spacing.
 * @cssprop [--uf-space-l=1.5rem] - Large spacing.
 */
export class UfContactLog extends UfElement implements LogViewHost {
  static override styles = contactLogStyles;

  static override properties = {
    mode: { reflect: true },
  };

  /** `youth` (default) or `staff`. Presentation only: the server decides what a user may see and do. */
  declare mode: ContactLogMode;

  /** The quick entry's draft while it is open; kept through failed writes until the contact is stored. */
  logDraft: LogDraft | null = null;
  /** The rhythm form's draft while it is open. */
  rhythmDraft: RhythmDraft | null = null;
  /** Every contact shown, not only the newest. */
  showAll = false;
  /** The open form's missing or wrong fields are shown: the user has tried to send it. */
  private tried = false;
  /** What the live region says after the latest stored write. */
  private said = '';

  private readonly log = new CourseStoreController<ContactLogState, ContactLogStore>(this, {
    create: (client, courseId, now) => new ContactLogStore({ client, courseId, now }),
    onChange: storeEvents(this, contactLogEvents),
    onReplace: () => this.forgetDrafts(),
  });

  constructor() {
    super();
    this.mode = 'youth';
  }

  get copy(): ContactLogCopy {
    return this.localize.copy(contactLogCopy);
  }

  private get clock(): Date {
    return this.now ?? new Date();
  }

  get problems(): Readonly<Record<string, string>> {
    if (!this.tried) return {};
    const { staff } = this.copy;
    const problems: Record<string, string> = {};
    if (this.logDraft) {
      if (!this.logDraft.channel) problems['channel'] = staff.missing.channel;
      const at = instantOfWallClock(this.logDraft.at);
      if (!at) problems['at'] = staff.missing.at;
      else if (isAheadOfClock(at, this.clock)) problems['at'] = staff.inFuture;
    }
    if (this.rhythmDraft && !/^\d{4}-\d{2}-\d{2}$/.test(this.rhythmDraft.from)) problems['from'] = staff.missing.from;
    return problems;
  }

  /** Re-render after a draft changed (the drafts are plain fields, not reactive properties). */
  changed(): void {
    this.requestUpdate();
  }

  openLog(): void {
    this.logDraft = { channel: '', outcome: 'held', initiative: 'professional', at: wallClockOf(this.clock), note: '', share: false };
    this.rhythmDraft = null;
    this.tried = false;
    this.log.store?.discard();
    this.focusAfterRender('#log-channel input');
  }

  openRhythm(): void {
    const rhythm = this.log.state?.log?.rhythm;
    this.rhythmDraft = { everyDays: String(rhythm?.everyDays ?? 14), words: rhythm?.words ?? '', from: rhythm?.from ?? danishToday(this.clock) };
    this.logDraft = null;
    this.tried = false;
    this.log.store?.discard();
    this.focusAfterRender('#rhythm-days');
  }

  cancelForm(): void {
    const was = this.logDraft ? 'open-log' : 'open-rhythm';
    this.logDraft = null;
    this.rhythmDraft = null;
    this.log.store?.discard();
    this.focusAfterRender(`[data-action="${was}"]`);
  }

  async submitLog(): Promise<void> {
    this.said = '';
    const draft = this.logDraft;
    const store = this.log.store;
    if (!draft || !store) return;
    this.tried = true;
    const at = instantOfWallClock(draft.at);
    if (Object.keys(this.problems).length > 0 || !at || !draft.channel) {
      this.focusAfterRender('.choices.invalid input, [aria-invalid="true"]');
      return;
    }
    const note = draft.note.trim();
    const input: ContactEntryInput = {
      at,
      channel: draft.channel,
      initiative: draft.initiative,
      outcome: draft.outcome,
      note: note ? { text: note, sharedWithYouth: draft.share } : null,
    };
    if (await store.logContact(input)) {
      this.logDraft = null;
      this.tried = false;
      this.emit('uf-contact-logged', { channel: input.channel, outcome: input.outcome });
      this.say(this.copy.staff.savedLog);
      this.focusAfterRender('[data-action="open-log"]');
    } else this.focusProblem();
  }

  async submitRhythm(): Promise<void> {
    this.said = '';
    const draft = this.rhythmDraft;
    const store = this.log.store;
    if (!draft || !store) return;
    this.tried = true;
    if (Object.keys(this.problems).length > 0) {
      this.focusAfterRender('[aria-invalid="true"]');
      return;
    }
    const words = draft.words.trim();
    if (await store.setRhythm({ everyDays: Number(draft.everyDays), from: draft.from, ...(words ? { words } : {}) })) {
      this.rhythmDraft = null;
      this.tried = false;
      this.say(this.copy.staff.savedRhythm);
      this.focusAfterRender('[data-action="open-rhythm"]');
    } else this.focusProblem();
  }

  /** Why the latest write of `kind` failed, in one sentence, with "Prøv igen" where sending it again can help. */
  writeProblem(write: ContactLogWrite, kind: 'log' | 'rhythm'): TemplateResult | typeof nothing {
    if ((write.status !== 'error' && write.status !== 'conflict') || write.action?.kind !== kind) return nothing;
    const { staff } = this.copy;
    const conflict = write.status === 'conflict';
    const reason =
      kind === 'rhythm' && conflict
        ? staff.rhythmChangedMeanwhile
        : kind === 'log' && conflict
          ? staff.idTaken
          : refusedAsFuture(write.error)
            ? `${staff.inFuture} ${staff.notSaved}`
            : `${describeError(write.error, this.messages, 'staff')} ${staff.notSaved}`;
    // A taken id (409) is sent again under a new one; a changed rhythm is sent again on top of the one that won.
    const again = write.status === 'conflict' || canRetry(write.error);
    return html`<div part="write-problem" class="write-problem">
      <p role="alert">${reason}</p>
      ${again ? html`<button part="button" type="button" @click=${() => void this.resend()}>${staff.tryAgain}</button>` : nothing}
    </div>`;
  }

  revealAll(): void {
    this.showAll = true;
    this.focusAfterRender(`[part~="entry"]:nth-child(${SHOWN_ENTRIES + 1})`);
  }

  /** Load the log again: contacts logged elsewhere since. For a host that knows something changed. */
  refresh(): Promise<void> {
    return this.log.store?.load() ?? Promise.resolve();
  }

  private async resend(): Promise<void> {
    if (this.logDraft) await this.submitLog();
    else if (this.rhythmDraft) await this.submitRhythm();
  }

  /**
   * After a failed write the submit button was disabled while saving, and "Prøv igen" goes while it
   * sends: focus goes to "Prøv igen", or to the submit button where there is none, never to the page.
   */
  private focusProblem(): void {
    this.focusAfterRender('[part="write-problem"] button, form button[type="submit"]');
  }

  private say(text: string): void {
    this.said = text;
    this.requestUpdate();
  }

  private forgetDrafts(): void {
    this.logDraft = null;
    this.rhythmDraft = null;
    this.showAll = false;
    this.tried = false;
    this.said = '';
  }

  private focusAfterRender(selector: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private statusText(state: ContactLogState | undefined): string {
    if (state?.status === 'loading') return this.copy.loading;
    if (state?.write.status === 'saving') return this.copy.saving;
    return state?.write.status === 'saved' ? this.said : '';
  }

  protected override render(): TemplateResult {
    const { copy } = this;
    const state = this.log.state;
    // The staff view is the place to log the first contact: it has no empty state of its own. Loading
    // again (refresh, or another widget's write) keeps what is shown, with an open form, until the answer is there.
    const status = (this.mode === 'staff' && state?.status === 'empty') || (state?.status === 'loading' && state.log) ? 'ready' : state?.status;
    return frame({
      element: this.mode === 'youth' ? 'section' : 'article',
      className: `contact-log ${this.mode}`,
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', this.mode === 'staff' ? copy.staff.title : copy.youth.title, 'heading'),
      status: this.statusText(state),
      statusPart: 'status',
      busy: waitingForContent(state?.status),
      body: statusBranch(status, {
        initial: () => placeholder(contactLogSkeleton(this.mode)),
        loading: () => placeholder(contactLogSkeleton(this.mode)),
        empty: () => emptySlot(copy.youth.empty),
        error: () => errorPanel(state!.error, this.messages, () => void this.retryLoad(this.log.store, true), nothing, this.mode),
        ready: () => (this.mode === 'staff' ? staffView(this, state!) : youthView(this, state!)),
      }),
    });
  }
}

/** The server's clock says the contact has not happened yet (the device's clock is behind): said as the form says it. */
function refusedAsFuture(error: Error | null): boolean {
  return isHttpError(error) && (error.problem?.errors ?? []).some((problem) => problem.path === 'at' && problem.code === 'in_future');
}

const contactLogEvents: readonly StoreEvent<ContactLogState>[] = [
  {
    event: 'uf-contact-log-loaded',
    when: entered((state) => state.status, 'ready', 'empty'),
    detail: (state) => ({ count: state.log?.entries.length ?? 0, overdue: state.facts?.overdue ?? false, missedInARow: state.facts?.missedInARow ?? 0 }),
  },
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
  { event: 'uf-error', when: entered((state) => state.write.status, 'error', 'conflict'), detail: failure((state) => state.write.error, 'save') },
];

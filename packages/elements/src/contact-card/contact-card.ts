import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  ContactLogStore,
  ContactStore,
  isHttpError,
  channelAddress,
  channelHref,
  firstName,
  initials,
  preferredChannelChoices,
  isUfError,
  type Channel,
  type ChannelKind,
  type Contact,
  type ContactFacts,
  type ContactLogState,
  type ContactState,
  type Deputy,
  type ResponseValidationError,
  type StaffPerson,
  type Unit,
} from '@ungeforlob/sdk';
import { CourseStoreController } from '../controllers/course-store-controller.js';
import { entered, failure, storeEvents, type StoreEvent } from '../controllers/store-events.js';
import { describeError, formatAppointmentTime, formatDate, formatWeeklyHours, type Audience, type AudienceMessages } from '../i18n/index.js';
import { canRetry, refusedFields } from '../i18n/error-message.js';
import { emptySlot, errorPanel, frame, placeholder, statusBranch, waitingForContent } from '../internal/frame.js';
import { UfElement } from '../internal/uf-element.js';
import { contactCardStyles } from './contact-card.styles.js';
import { contactCardSkeleton } from './contact-card-skeleton.js';
// The events the card fires, typed in GlobalEventHandlersEventMap.
import type {} from './events.js';

/** Who reads the card: the young person (plain words) or a professional (glossary terms, caseload). */
export type ContactCardMode = 'youth' | 'staff';

/**
 * @summary The young person's one fixed contact (kontaktperson): who they are, how and when to
 * reach them, who stands in when they are away, the next appointment and aftercare (efterværn).
 *
 * Reads the client, course and language from a surrounding `<uf-provider>`; `course`, `lang` and
 * the `client` property on the card itself win. All data logic lives in the SDK's `ContactStore`, and
 * `ContactLogStore` for the last contact and the next one due (shared with a `<uf-contact-log>` of the
 * course on the page, so a contact logged there shows here at once).
 *
 * @fires uf-contact-loaded - The contact arrived (`detail.contact`, `null` when none is assigned yet).
 * @fires uf-error - Loading or saving failed. `detail.error` is the SDK's typed error (for a malformed
 *   answer `detail.error.paths` names the failing fields); `detail.operation` is `load` or `save`.
 * @fires uf-before-preferred-channel-change - Cancelable, before the young person's preferred channel
 *   is saved (`detail.from`, `detail.to`). Call `preventDefault()` to veto; the choice is then undone.
 * @fires uf-preferred-channel-change - The server saved the new preferred channel (`detail.from`, `detail.to`).
 *
 * @slot empty - What to show when the course has no contact yet (default: a short explanation).
 *
 * @csspart base - The card.
 * @csspart heading - The card's heading.
 * @csspart status - The polite live region ("Henter kontaktperson …").
 * @csspart notice - The prominent notice that the contact is away today.
 * @csspart deputy - The deputy (stedfortræder) block, shown first while the contact is away.
 * @csspart person - The contact's own block.
 * @csspart photo - A person's photo.
 * @csspart initials - A person's initials, when there is no photo.
 * @csspart channels - A list of channels.
 * @csspart channel - One channel.
 * @csspart channel-link - A `tel:`, `sms:` or `mailto:` link.
 * @csspart open-marker - The "Åben nu" / "Lukket nu" text.
 * @csspart preferred-marker - The text that marks the preferred channel.
 * @csspart preference - The preferred-channel radio group (a fieldset).
 * @csspart button - Every button.
 * @csspart save-problem - The message and choices after a failed or conflicting save.
 * @csspart appointment - The next appointment.
 * @csspart contact-rhythm - The last contact and the next one due by the agreed rhythm (from the contact log).
 * @csspart aftercare - The aftercare (efterværn) section.
 * @csspart history - Since when, and how many handovers; caseload in staff mode.
 * @csspart error - The error message when loading failed.
 *
 * @cssprop [--uf-font-family=inherit] - Font (the page's own unless set).
 * @cssprop [--uf-font-size=1rem] - Body text size.
 * @cssprop [--uf-font-size-small=0.875rem] - Secondary text size.
 * @cssprop [--uf-font-size-heading=1.25rem] - Heading size.
 * @cssprop [--uf-line-height=1.5] - Line height.
 * @cssprop [--uf-color-text=#1a1a1a] - Text.
 * @cssprop [--uf-color-text-muted=#454545] - Secondary text (keep 4.5:1 on the surface).
 * @cssprop [--uf-color-surface=#ffffff] - Card background.
 * @cssprop [--uf-color-surface-muted=#f5f5f5] - Background of the deputy block and the loading placeholder; lines between channels.
 * @cssprop [--uf-color-border=#8e8e8e] - Borders and the radio buttons.
 * @cssprop [--uf-color-primary=#0059b3] - Links and buttons.
 * @cssprop [--uf-color-on-primary=#ffffff] - Text on primary buttons.
 * @cssprop [--uf-color-success=#2b6a00] - The "Åben nu" text.
 * @cssprop [--uf-color-notice-surface=#ffeecc] - Background of notices (away today, conflicts).
 * @cssprop [--uf-color-notice-border=#8a5a00] - Border of notices.
 * @cssprop [--uf-color-error=#cc0000] - The border that marks a loading error.
 * @cssprop [--uf-color-focus=#454545] - The 3px focus ring.
 * @cssprop [--uf-radius=8px] - Corner radius.
 * @cssprop [--uf-space-s=0.5rem] - Small spacing.
 * @cssprop [--uf-space-m=1rem] - Medium spacing.
 * @cssprop [--uf-space-l=1.5rem] - Large spacing.
 */
export class UfContactCard extends UfElement {
  static override styles = contactCardStyles;

  static override properties = {
    mode: { reflect: true },
  };

  /**
   * `youth` (default): plain words for the young person. `staff`: the glossary's terms, the reason
   * for an absence, caseload and technical details of errors. Youth is the default because it
   * shows less; it is presentation only — the server decides what a user may see.
   */
  declare mode: ContactCardMode;

  /** The radio the user picked and has not saved yet; `undefined` = nothing picked. Set through {@link setSelection}. */
  private selection: ChannelKind | null | undefined;

  private readonly contact = new CourseStoreController<ContactState, ContactStore>(this, {
    create: (client, courseId, now) => new ContactStore({ client, courseId, now }),
    onChange: storeEvents(this, contactEvents),
    onReplace: () => this.setSelection(undefined),
  });

  /** The course's contact log, for "sidste kontakt" and "næste aftalte": shared with a `<uf-contact-log>` of the course on the page. */
  private readonly contactLog = new CourseStoreController<ContactLogState, ContactLogStore>(this, {
    create: (client, courseId, now) => new ContactLogStore({ client, courseId, now }),
  });

  constructor() {
    super();
    this.mode = 'youth';
  }

  private get store(): ContactStore | undefined {
    return this.contact.store;
  }

  /** Who reads this card's messages. */
  private get reader(): Audience {
    return this.mode === 'youth' ? 'youth' : 'staff';
  }

  private get audience(): AudienceMessages {
    return this.mode === 'staff' ? this.messages.staff : this.messages.youth;
  }

  private async retry(): Promise<void> {
    // The Retry button goes away as loading starts; keep keyboard and screen-reader users in the card.
    await this.retryLoad(this.store, true);
  }

  private pick(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.setSelection(value === '' ? null : (value as ChannelKind));
  }

  private setSelection(selection: ChannelKind | null | undefined): void {
    this.selection = selection;
    this.requestUpdate();
  }

  private async savePreference(): Promise<void> {
    const store = this.store;
    const to = this.selection;
    if (!store || to === undefined) return;
    const from = store.getSnapshot().contact?.preferredChannel ?? null;
    const allowed = !this.emit('uf-before-preferred-channel-change', { from, to }, { cancelable: true }).defaultPrevented;
    // Vetoed or not, the pick is no longer pending: either the store's draft or the saved value shows.
    this.setSelection(undefined);
    const saving = allowed ? store.choosePreferredChannel(to) : undefined;
    await this.focusChoice(); // the Save button has gone
    await saving;
  }

  protected override render(): TemplateResult {
    const state = this.contact.state;
    const loading = state?.status === 'loading';
    return frame({
      element: 'article',
      className: 'card',
      lang: this.messages.languageTag,
      heading: this.heading(0, 'title', this.audience.title, 'heading'),
      status: loading ? this.messages.loading : '',
      statusPart: 'status',
      busy: waitingForContent(state?.status),
      body: statusBranch(state?.status, {
        initial: () => placeholder(contactCardSkeleton(this.mode)),
        loading: () => placeholder(contactCardSkeleton(this.mode)),
        empty: () => emptySlot(this.audience.empty),
        error: () => errorPanel(state!.error, this.messages, () => void this.retry(), this.renderFailingFields(state!.error), this.reader),
        ready: () => (state!.contact && state!.facts ? this.renderContact(state!, state!.contact, state!.facts) : nothing),
      }),
    });
  }

  /** For staff, which fields of a malformed answer failed, so they can tell the vendor. */
  private renderFailingFields(error: Error | null): unknown {
    const paths = this.mode === 'staff' && isUfError(error) && error.kind === 'validation' ? (error as ResponseValidationError).paths : [];
    return this.renderFieldPaths(this.messages.failingFields, paths);
  }

  /** Field paths (never values) under "Tekniske detaljer", for staff to pass on. */
  private renderFieldPaths(intro: string, paths: readonly string[]): unknown {
    if (!paths.length) return nothing;
    return html`<details>
      <summary>${this.messages.technicalDetails}</summary>
      <p>${intro}</p>
      <ul>${paths.map((path) => html`<li><code>${path || '(body)'}</code></li>`)}</ul>
    </details>`;
  }

  private renderContact(state: ContactState, contact: Contact, facts: ContactFacts): TemplateResult {
    const absence = facts.currentAbsence;
    return html`
      ${
        absence
          ? html`
            <p part="notice" class="notice">
              ${this.audience.absentNow(this.contactName(contact.person), absence.reason, this.date(absence.to), html`<strong>${absence.deputy.person.name}</strong>`)}
            </p>
            ${this.renderDeputy(absence.deputy, contact.person, facts.deputyOpenChannels)}
          `
          : nothing
      }
      ${
        facts.upcomingAbsence
          ? html`<p class="note">
            ${this.audience.absentSoon(
              this.contactName(contact.person),
              this.date(facts.upcomingAbsence.from),
              this.date(facts.upcomingAbsence.to),
              facts.upcomingAbsence.deputy.person.name,
            )}
          </p>`
          : nothing
      }
      <section part="person" class="person" aria-labelledby="contact-name">
        ${this.renderPersonHeader(contact.person, contact.unit, 'contact-name')}
        ${this.renderRoles(contact)}
        ${this.renderChannels(contact.channels, contact.person, contact.preferredChannel, facts.openChannels)}
      </section>
      ${this.renderPreference(state, contact)}
      ${this.renderAppointment(facts)}
      ${this.renderContactRhythm()}
      ${this.renderAftercare(contact, facts)}
      <div part="history" class="history">
        <p>${this.audience.contactSince(firstName(contact.person), this.date(contact.contactSince))} ${this.audience.handovers(contact.handovers)}</p>
        ${this.mode === 'staff' && contact.caseload !== undefined ? html`<p>${this.messages.caseload(contact.caseload)}</p>` : nothing}
      </div>
    `;
  }

  private renderDeputy(deputy: Deputy, contactPerson: StaffPerson, openChannels: readonly ChannelKind[]): TemplateResult {
    return html`
      <section part="deputy" class="deputy" aria-labelledby="deputy-name">
        <p class="label">${this.audience.deputyLabel(firstName(contactPerson))}</p>
        ${this.renderPersonHeader(deputy.person, deputy.unit, 'deputy-name')}
        ${this.renderChannels(deputy.channels, deputy.person, null, openChannels)}
      </section>
    `;
  }

  private renderPersonHeader(person: StaffPerson, unit: Unit, headingId: string): TemplateResult {
    return html`
      <div class="person-header">
        ${
          person.photoUrl
            ? html`<img part="photo" class="avatar" src=${person.photoUrl} alt="" width="56" height="56" />`
            : html`<span part="initials" class="avatar initials" aria-hidden="true">${initials(person.name)}</span>`
        }
        <div>
          ${this.heading(1, headingId, person.name)}
          <p class="unit">${unit.name}</p>
        </div>
      </div>
    `;
  }

  private renderRoles(contact: Contact): TemplateResult {
    const { roles } = this.messages;
    if (this.mode === 'staff') {
      return html`<p class="roles">${contact.roles.map((role) => roles[role].title).join(' · ')}</p>`;
    }
    return html`
      <ul class="roles">
        ${contact.roles.map((role) => html`<li><strong>${roles[role].title}:</strong> ${firstName(contact.person)} ${roles[role].plainWords}</li>`)}
      </ul>
    `;
  }

  private renderChannels(
    channels: readonly Channel[],
    person: StaffPerson,
    preferred: ChannelKind | null,
    openChannels: readonly ChannelKind[],
  ): TemplateResult {
    return html`
      <ul part="channels" class="channels" aria-label=${this.messages.channelList(person.name)}>
        ${channels.map((channel) => this.renderChannel(channel, channel.kind === preferred, openChannels.includes(channel.kind)))}
      </ul>
    `;
  }

  private renderChannel(channel: Channel, preferred: boolean, open: boolean): TemplateResult {
    const { messages } = this;
    // The href comes only from the SDK's channelHref, which builds it from validated parts.
    const href = channelHref(channel);
    const shown = channelAddress(channel);
    return html`
      <li part="channel" class="channel">
        <span class="channel-kind">${messages.channels[channel.kind]}</span>
        ${href ? html`<a part="channel-link" href=${href}>${shown}</a>` : shown ? html`<span>${shown}</span>` : nothing}
        ${preferred ? html`<span part="preferred-marker" class="badge"><span aria-hidden="true">★</span> ${this.audience.preferredMarker}</span>` : nothing}
        <span class="hours">
          ${channel.hours.length ? channel.hours.map((hours) => formatWeeklyHours(hours, messages)).join(', ') : messages.noFixedHours}
          ${
            channel.hours.length
              ? html`<span part="open-marker" class=${open ? 'open' : 'closed'}><span aria-hidden="true">${open ? '●' : '○'}</span> ${open ? messages.openNow : messages.closedNow}</span>`
              : nothing
          }
        </span>
        ${channel.note ? html`<span class="channel-note">${channel.note}</span>` : nothing}
      </li>
    `;
  }

  private renderPreference(state: ContactState, contact: Contact): unknown {
    const options = preferredChannelChoices(contact);
    if (!options.length) return nothing;
    const { messages } = this;
    const save = state.save;
    const current = save.draft !== undefined ? save.draft : contact.preferredChannel;
    const shown = this.selection !== undefined ? this.selection : current;
    const label = (kind: ChannelKind | null): string => (kind ? messages.channels[kind] : messages.noPreference);
    const statusText = save.status === 'saving' ? messages.saving : save.status === 'saved' ? this.audience.saved : '';
    // A refusal that names the choice is said at the choice, until another one is picked; other fields it names are for staff's details.
    const refused = save.status === 'error' ? refusedFields(save.error) : [];
    const choiceRefused = this.selection === undefined && refused.some((problem) => problem.path === 'preferredChannel');
    const unplaced = refused.filter((problem) => problem.path !== 'preferredChannel');
    return html`
      <fieldset part="preference" class="preference">
        <legend>${this.audience.preferenceLegend}</legend>
        <div class="options">
          ${options.map(
            (kind) => html`
              <label class="option">
                <input
                  type="radio"
                  name="preferred-channel"
                  value=${kind ?? ''}
                  aria-invalid=${choiceRefused ? 'true' : 'false'}
                  aria-describedby=${choiceRefused ? 'preference-problem' : nothing}
                  .checked=${live(shown === kind)}
                  @change=${this.pick}
                />
                ${label(kind)}
              </label>
            `,
          )}
        </div>
        ${choiceRefused ? html`<p class="field-problem" id="preference-problem">${this.audience.preferenceRefused}</p>` : nothing}
        ${
          this.selection !== undefined && this.selection !== current
            ? html`<button part="button save-button" class="primary" type="button" @click=${this.savePreference}>${messages.savePreference}</button>`
            : nothing
        }
        <p class="status" role="status">${statusText}</p>
        ${save.status === 'conflict' && save.draft !== undefined ? this.renderConflict(save.draft, state.theirs, label) : nothing}
        ${
          save.status === 'error'
            ? this.renderSaveProblem(
                `${describeError(save.error, messages, this.reader)} ${messages.notSaved}`,
                // Only where sending it again can help: not after a 403, 404 or another refusal.
                canRetry(save.error) ? messages.retry : null,
                messages.undoChoice,
                this.mode === 'staff'
                  ? this.renderFieldPaths(
                      messages.refusedFields,
                      unplaced.map((problem) => problem.path),
                    )
                  : nothing,
              )
            : nothing
        }
      </fieldset>
    `;
  }

  /** The user's choice beside the one that won; the server may not have said what that was. */
  private renderConflict(draft: ChannelKind | null, theirs: Contact | null, label: (kind: ChannelKind | null) => string): TemplateResult {
    const { messages } = this;
    if (!theirs) return this.renderSaveProblem(messages.conflictUnknown(label(draft)), messages.reapply(label(draft)), messages.undoChoice);
    const theirChoice = label(theirs.preferredChannel);
    return this.renderSaveProblem(messages.conflict(label(draft), theirChoice), messages.reapply(label(draft)), messages.keepTheirs(theirChoice));
  }

  /** `reapplyLabel` null: saving the same again cannot help, so only the choice to undo is offered. */
  private renderSaveProblem(explanation: string, reapplyLabel: string | null, discardLabel: string, details: unknown = nothing): TemplateResult {
    return html`
      <div part="save-problem" class="save-problem">
        <p role="alert">${explanation}</p>
        ${details}
        <div class="actions">
          ${reapplyLabel ? html`<button part="button reapply-button" class="primary" type="button" @click=${this.reapply}>${reapplyLabel}</button>` : nothing}
          <button part="button discard-button" type="button" @click=${this.discardDraft}>${discardLabel}</button>
        </div>
      </div>
    `;
  }

  private async reapply(): Promise<void> {
    const saving = this.store?.reapply();
    await this.focusChoice(); // the buttons go away with the problem they answer
    await saving;
  }

  private async discardDraft(): Promise<void> {
    this.store?.discardDraft();
    await this.focusChoice();
  }

  /** Keyboard and screen-reader users stay where they were: on the radio now checked. */
  private async focusChoice(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="preferred-channel"]:checked')?.focus();
  }

  private renderAppointment(facts: ContactFacts): TemplateResult {
    const { messages } = this;
    const appointment = facts.upcomingAppointment;
    return html`
      <section part="appointment" class="appointment" aria-labelledby="appointment-heading">
        ${this.heading(1, 'appointment-heading', messages.appointment.heading)}
        ${
          appointment
            ? html`<dl>
              <dt>${messages.appointment.when}</dt>
              <dd><time datetime=${appointment.start}>${formatAppointmentTime(appointment.start, appointment.end, messages)}</time></dd>
              <dt>${messages.appointment.how}</dt>
              <dd>${messages.channels[appointment.channel]}</dd>
              ${appointment.place ? html`<dt>${messages.appointment.where}</dt><dd>${appointment.place}</dd>` : nothing}
              ${appointment.purpose ? html`<dt>${messages.appointment.about}</dt><dd>${appointment.purpose}</dd>` : nothing}
            </dl>`
            : html`<p>${this.audience.noAppointment}</p>`
        }
      </section>
    `;
  }

  /**
   * The last contact and the next one due by the agreed rhythm, from the contact log. Two lines'
   * room is kept while the log loads, so the card does not jump when it arrives. A log with nothing
   * in it, or a case system that keeps none (404), shows nothing: not "no contact yet" about a young
   * person someone talks to every week.
   */
  private renderContactRhythm(): unknown {
    const state = this.contactLog.state;
    if (!state || state.status === 'empty') return nothing;
    if (state.status === 'error' && isHttpError(state.error) && state.error.status === 404) return nothing;
    const { audience } = this;
    const facts = state.facts;
    const body =
      state.status === 'error'
        ? html`<p>
            ${audience.contactLogUnavailable}
            ${canRetry(state.error) ? html`<button part="button" type="button" @click=${() => void this.retryContactLog()}>${this.messages.retry}</button>` : nothing}
          </p>`
        : state.status === 'ready' && facts
          ? html`<p>${audience.lastContact(facts.lastContactOn ? this.date(facts.lastContactOn) : null, facts.lastContact ? this.messages.channels[facts.lastContact.channel] : null)}</p>
              ${facts.nextDue ? html`<p>${audience.nextAgreedContact(this.date(facts.nextDue), facts.daysOverdue)}</p>` : nothing}`
          : html`<p class="reserved" aria-hidden="true">&nbsp;</p>
              <p class="reserved" aria-hidden="true">&nbsp;</p>`;
    return html`<div part="contact-rhythm" class="contact-rhythm" id="contact-rhythm" tabindex="-1">${body}</div>`;
  }

  /** "Prøv igen" goes as the log loads: focus stays on the lines it was about. */
  private async retryContactLog(): Promise<void> {
    const loading = this.contactLog.store?.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#contact-rhythm')?.focus();
    await loading;
  }

  private renderAftercare(contact: Contact, facts: ContactFacts): unknown {
    const aftercare = facts.aftercare;
    if (aftercare.state === 'none') return nothing;
    const first = firstName(contact.person);
    const text =
      aftercare.state === 'active'
        ? this.audience.aftercareActive(first, aftercare.daysLeft, this.date(aftercare.until))
        : aftercare.state === 'upcoming'
          ? this.audience.aftercareUpcoming(first, this.date(aftercare.courseEndsOn), this.date(aftercare.until))
          : this.messages.aftercare.ended(this.date(aftercare.until));
    return html`
      <section part="aftercare" class="aftercare" aria-labelledby="aftercare-heading">
        ${this.heading(1, 'aftercare-heading', this.messages.aftercare.heading)}
        <p>${text}</p>
      </section>
    `;
  }

  private date(date: string): TemplateResult {
    return html`<time datetime=${date}>${formatDate(date, this.messages)}</time>`;
  }

  /** Youth mode speaks of the contact by first name; staff mode by full name. */
  private contactName(person: StaffPerson): string {
    return this.mode === 'staff' ? person.name : firstName(person);
  }
}

/** The card's public events, by store transition. */
const contactEvents: readonly StoreEvent<ContactState>[] = [
  { event: 'uf-contact-loaded', when: entered((state) => state.status, 'ready', 'empty'), detail: (state) => ({ contact: state.contact }) },
  { event: 'uf-error', when: entered((state) => state.status, 'error'), detail: failure((state) => state.error, 'load') },
  { event: 'uf-error', when: entered((state) => state.save.status, 'error', 'conflict'), detail: failure((state) => state.save.error, 'save') },
  {
    event: 'uf-preferred-channel-change',
    when: entered((state) => state.save.status, 'saved'),
    detail: (state, previous) => ({ from: previous.contact?.preferredChannel ?? null, to: state.contact?.preferredChannel ?? null }),
  },
];

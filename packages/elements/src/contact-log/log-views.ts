import { html, nothing, type TemplateResult } from 'lit';
import { contactLogForYouth, type ContactEntry, type ContactLogState, type ContactLogWrite, type ChannelKind } from '@ungeforlob/sdk';
import { formatAppointmentTime, formatDate, type Messages } from '../i18n/index.js';
import { checkField, inputField, radioGroup, selectField, textareaField } from '../internal/form-fields.js';
import type { ContactLogCopy } from './contact-log.copy.types.js';

/** A contact being logged, as typed: `at` is the Danish wall-clock time of a datetime-local field. */
export interface LogDraft {
  channel: ChannelKind | '';
  outcome: 'held' | 'noShow';
  initiative: 'professional' | 'youth';
  at: string;
  note: string;
  share: boolean;
}

/** A rhythm being agreed, as typed. */
export interface RhythmDraft {
  everyDays: string;
  words: string;
  from: string;
}

/** How many contacts the log shows before "Vis alle": the newest, which are what a contact person needs before a meeting. */
export const SHOWN_ENTRIES = 8;

/** The channels in the order a contact person reaches for them: the quick ones first. */
const CHANNELS: readonly ChannelKind[] = ['phone', 'sms', 'inPerson', 'walk', 'homeVisit', 'email'];

/** The rhythms the form offers, in days: weekly to every third month (seed 002 Bilag 5). */
export const RHYTHM_CHOICES = [7, 14, 21, 30, 61, 91] as const;

/** What the views need of the widget: its copy, drafts and actions. */
export interface LogViewHost {
  readonly copy: ContactLogCopy;
  readonly messages: Messages;
  logDraft: LogDraft | null;
  rhythmDraft: RhythmDraft | null;
  showAll: boolean;
  /** Shows every contact, with focus on the first one that was hidden. */
  revealAll(): void;
  /** The problems to show in the open form, by field: set once the user has tried to send it. */
  readonly problems: Readonly<Record<string, string>>;
  heading(depth: number, id: string, text: string, part?: string, focusable?: boolean): TemplateResult;
  changed(): void;
  openLog(): void;
  openRhythm(): void;
  cancelForm(): void;
  submitLog(): Promise<void>;
  submitRhythm(): Promise<void>;
  writeProblem(write: ContactLogWrite, kind: 'log' | 'rhythm'): TemplateResult | typeof nothing;
}

/** The rhythm in words: the team's own, with the number of days beside them, or the number's words. */
export function rhythmText(copy: ContactLogCopy, rhythm: { everyDays: number; words?: string | undefined }): string {
  return rhythm.words ? `${rhythm.words} ${copy.everyDays(rhythm.everyDays)}` : copy.rhythmWords(rhythm.everyDays);
}

/** The contact person's view: the rhythm and where it stands, quick entry, and the log. */
export function staffView(host: LogViewHost, state: ContactLogState): TemplateResult {
  const { staff } = host.copy;
  const { log, facts, write } = state;
  const date = (day: string) => formatDate(day, host.messages);
  const saving = write.status === 'saving';
  const fact = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`
    <dl part="summary" class="summary terms">
      ${fact(staff.rhythmLabel, log?.rhythm ? html`${rhythmText(host.copy, log.rhythm)}<br /><span class="meta">${staff.rhythmFrom(date(log.rhythm.from))}</span>` : staff.noRhythm)}
      ${fact(staff.lastContactLabel, facts?.lastContact ? `${date(facts.lastContactOn!)} · ${host.messages.channels[facts.lastContact.channel]}` : staff.noContactYet)}
      ${facts?.nextDue ? fact(staff.nextDueLabel, staff.nextDue(date(facts.nextDue))) : nothing}
    </dl>
    ${facts?.overdue && facts.nextDue ? html`<p part="flag" class="flag">${staff.overdue(date(facts.nextDue), facts.daysOverdue)}</p>` : nothing}
    ${facts?.missedFlag ? html`<p part="flag" class="flag">${staff.missedInARow(facts.missedInARow)}</p>` : nothing}
    ${
      host.logDraft
        ? logForm(host, host.logDraft, write)
        : host.rhythmDraft
          ? rhythmForm(host, host.rhythmDraft, write)
          : html`<div class="actions">
              <button part="button" class="primary" type="button" data-action="open-log" ?disabled=${saving} @click=${() => host.openLog()}>
                ${staff.logButton}
              </button>
              <button part="button" type="button" data-action="open-rhythm" ?disabled=${saving} @click=${() => host.openRhythm()}>
                ${staff.rhythmButton(Boolean(log?.rhythm))}
              </button>
            </div>`
    }
    ${log && log.entries.length > 0 ? entryList(host, log.entries, 'staff') : html`<p class="meta">${staff.empty}</p>`}
  `;
}

function logForm(host: LogViewHost, draft: LogDraft, write: ContactLogWrite): TemplateResult {
  const { staff } = host.copy;
  const { problems } = host;
  const set = (change: Partial<LogDraft>) => {
    Object.assign(draft, change);
    host.changed();
  };
  const channels = CHANNELS.map((kind) => [kind, host.messages.channels[kind]] as const);
  return html`<form
    part="form"
    class="form"
    aria-labelledby="log-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      void host.submitLog();
    }}
  >
    ${host.heading(1, 'log-title', staff.logTitle, undefined, false)}
    <!-- Nothing changes while it is saving: an edit then would be dropped on success, or sent as another contact on a retry. -->
    <div class="fields" ?inert=${write.status === 'saving'}>
    ${radioGroup({ id: 'log-channel', legend: staff.channelLegend, problem: problems['channel'], required: true }, draft.channel, channels, (channel) => set({ channel }))}
    ${radioGroup(
      { id: 'log-outcome', legend: staff.outcomeLegend },
      draft.outcome,
      [
        ['held', staff.outcomes.held],
        ['noShow', staff.outcomes.noShow],
      ],
      (outcome) => set({ outcome }),
    )}
    ${radioGroup(
      { id: 'log-initiative', legend: staff.initiativeLegend },
      draft.initiative,
      [
        ['professional', staff.initiatives.professional],
        ['youth', staff.initiatives.youth],
      ],
      (initiative) => set({ initiative }),
    )}
    ${inputField({ id: 'log-at', label: staff.atLabel, problem: problems['at'], required: true }, draft.at, (at) => set({ at }), { type: 'datetime-local' })}
    ${textareaField({ id: 'log-note', label: staff.noteLabel, hint: staff.noteHint }, draft.note, (note) => set({ note }), { rows: 2, maxlength: 500 })}
    ${draft.note.trim() ? checkField({ id: 'log-share', label: staff.shareNote }, draft.share, (share) => set({ share })) : nothing}
    </div>
    ${host.writeProblem(write, 'log')}
    <div class="actions">
      <button part="button" class="primary" type="submit" ?disabled=${write.status === 'saving'}>${staff.submitLog}</button>
      <button part="button" type="button" @click=${() => host.cancelForm()}>${staff.cancel}</button>
    </div>
  </form>`;
}

function rhythmForm(host: LogViewHost, draft: RhythmDraft, write: ContactLogWrite): TemplateResult {
  const { staff } = host.copy;
  const set = (change: Partial<RhythmDraft>) => {
    Object.assign(draft, change);
    host.changed();
  };
  const choices = RHYTHM_CHOICES.map((days) => [String(days), host.copy.rhythmWords(days)] as const);
  // A rhythm agreed with another number of days than the form offers is offered as it is.
  const options = choices.some(([days]) => days === draft.everyDays)
    ? choices
    : [...choices, [draft.everyDays, host.copy.rhythmWords(Number(draft.everyDays))] as const];
  return html`<form
    part="form"
    class="form"
    aria-labelledby="rhythm-title"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      void host.submitRhythm();
    }}
  >
    ${host.heading(1, 'rhythm-title', staff.rhythmTitle, undefined, false)}
    <div class="fields" ?inert=${write.status === 'saving'}>
    ${selectField({ id: 'rhythm-days', label: staff.everyDaysLabel, required: true }, draft.everyDays, options, (everyDays) => set({ everyDays }))}
    ${inputField({ id: 'rhythm-words', label: staff.wordsLabel, hint: staff.wordsHint }, draft.words, (words) => set({ words }), { maxlength: 500 })}
    ${inputField({ id: 'rhythm-from', label: staff.fromLabel, problem: host.problems['from'], required: true }, draft.from, (from) => set({ from }), { type: 'date' })}
    </div>
    ${host.writeProblem(write, 'rhythm')}
    <div class="actions">
      <button part="button" class="primary" type="submit" ?disabled=${write.status === 'saving'}>${staff.submitRhythm}</button>
      <button part="button" type="button" @click=${() => host.cancelForm()}>${staff.cancel}</button>
    </div>
  </form>`;
}

/** The contacts, newest first: the newest {@link SHOWN_ENTRIES} until "Vis alle". */
function entryList(host: LogViewHost, entries: readonly ContactEntry[], reader: 'staff' | 'youth'): TemplateResult {
  const { copy, messages } = host;
  const shown = host.showAll ? entries : entries.slice(0, SHOWN_ENTRIES);
  const headingText = reader === 'staff' ? copy.staff.entriesHeading(entries.length) : copy.youth.entriesHeading;
  return html`
    ${host.heading(1, 'entries-title', headingText, undefined, false)}
    <ol part="entries" class="entries" aria-labelledby="entries-title">
      ${shown.map(
        (entry) => html`<li part="entry" class=${`entry ${entry.outcome}`} id=${`entry-${entry.id}`} tabindex="-1">
          <p class="entry-when">
            <strong>${formatAppointmentTime(entry.at, undefined, messages)}</strong> · ${messages.channels[entry.channel]}
            ${entry.outcome === 'noShow' ? html`<span class="badge">${reader === 'staff' ? copy.staff.noShow : copy.youth.noShow}</span>` : nothing}
          </p>
          ${entry.initiative === 'youth' ? html`<p class="meta">${reader === 'staff' ? copy.staff.youthInitiative : copy.youth.youReachedOut}</p>` : nothing}
          ${entry.note ? noteOf(host, entry.note, reader) : nothing}
          ${reader === 'staff' ? html`<p class="meta">${copy.staff.loggedBy(entry.by)}</p>` : nothing}
        </li>`,
      )}
    </ol>
    ${
      shown.length < entries.length
        ? html`<button part="button" type="button" data-action="show-all" @click=${() => host.revealAll()}>
            ${reader === 'staff' ? copy.staff.showAll(entries.length) : copy.youth.showAll(entries.length)}
          </button>`
        : nothing
    }
  `;
}

function noteOf(host: LogViewHost, note: NonNullable<ContactEntry['note']>, reader: 'staff' | 'youth'): TemplateResult {
  if (reader === 'youth') return html`<p class="note">${note.text}</p>`;
  const { staff } = host.copy;
  return html`<p class=${note.sharedWithYouth ? 'note shared' : 'note'}>
    <span class="note-label">${note.sharedWithYouth ? staff.noteShared : staff.noteStaffOnly}:</span> ${note.text}
  </p>`;
}

/** The young person's view: the rhythm, the last and next contact in sentences, and the contacts with the notes shared with them. */
export function youthView(host: LogViewHost, state: ContactLogState): TemplateResult {
  const { youth } = host.copy;
  // The SDK's youth-view rule again: a case system that sends staff-only notes to the young person still does not show them.
  const log = state.log && contactLogForYouth(state.log);
  const { facts } = state;
  const date = (day: string) => formatDate(day, host.messages);
  return html`
    <p part="intro" class="intro">${youth.intro}</p>
    <div part="summary" class="summary">
      ${log?.rhythm ? html`<p>${youth.rhythm(rhythmText(host.copy, log.rhythm))}</p>` : nothing}
      ${facts?.lastContactOn ? html`<p>${youth.lastContact(date(facts.lastContactOn))}</p>` : nothing}
      ${facts?.nextDue ? html`<p>${facts.overdue ? youth.overdue : youth.nextDue(date(facts.nextDue))}</p>` : nothing}
    </div>
    ${log && log.entries.length > 0 ? entryList(host, log.entries, 'youth') : nothing}
  `;
}

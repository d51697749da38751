import type { IsoDate } from '../schemas/common.js';
import type { ContactEntry, ContactLog } from '../schemas/contact-log.js';
import { addDays, danishToday, daysBetween } from '../time/calendar.js';

/**
 * No-shows in a row before the log flags them. One missed walk is ordinary; two in a row is a
 * young person slipping out of touch, and seed 003 says passivity sets progression back.
 */
export const MISSED_IN_A_ROW = 2;

/** What the contact log shows beyond the entries, derived once so every framework shows the same. */
export interface ContactLogFacts {
  today: IsoDate;
  /** The newest contact that was held (a no-show is not a contact). */
  lastContact: ContactEntry | null;
  /** Its Danish day. */
  lastContactOn: IsoDate | null;
  /** Whole days from it to today; null when there is none. */
  daysSinceLastContact: number | null;
  /**
   * The day the next contact is due by the agreed rhythm: `everyDays` after the last contact, or
   * after the rhythm's first day when no contact has been held since. Null without a rhythm.
   */
  nextDue: IsoDate | null;
  /** Today is past `nextDue`: the rhythm is broken. */
  overdue: boolean;
  /** How many days past `nextDue`; 0 when not overdue. */
  daysOverdue: number;
  /** No-shows since the last held contact (newest first, uninterrupted). */
  missedInARow: number;
  /** `missedInARow` has reached the threshold ({@link MISSED_IN_A_ROW} by default). */
  missedFlag: boolean;
}

export interface ContactLogFactsOptions {
  /** Default {@link MISSED_IN_A_ROW}. */
  missedInARow?: number;
}

/** The Danish day of the newest held contact: what counts as activity for the progression's passivity. */
export function lastHeldContactDay(entries: readonly ContactEntry[]): IsoDate | null {
  const held = newestHeld(entries);
  return held ? danishToday(new Date(held.at)) : null;
}

function newestHeld(entries: readonly ContactEntry[]): ContactEntry | null {
  return entries.reduce<ContactEntry | null>(
    (newest, entry) => (entry.outcome === 'held' && (!newest || Date.parse(entry.at) > Date.parse(newest.at)) ? entry : newest),
    null,
  );
}

export function deriveContactLogFacts(log: ContactLog, now: Date, options: ContactLogFactsOptions = {}): ContactLogFacts {
  const today = danishToday(now);
  const lastContact = newestHeld(log.entries);
  const lastContactOn = lastContact ? danishToday(new Date(lastContact.at)) : null;
  const { rhythm } = log;
  const counted = rhythm && lastContactOn && lastContactOn > rhythm.from ? lastContactOn : rhythm?.from;
  const nextDue = rhythm && counted ? addDays(counted, rhythm.everyDays) : null;
  const overdue = nextDue !== null && today > nextDue;
  // Entries after the last held one, whatever order the log came in.
  const since = lastContact ? log.entries.filter((entry) => Date.parse(entry.at) > Date.parse(lastContact.at)) : log.entries;
  const missedInARow = since.filter((entry) => entry.outcome === 'noShow').length;
  return {
    today,
    lastContact,
    lastContactOn,
    daysSinceLastContact: lastContactOn ? daysBetween(lastContactOn, today) : null,
    nextDue,
    overdue,
    daysOverdue: overdue ? daysBetween(nextDue, today) : 0,
    missedInARow,
    missedFlag: missedInARow >= (options.missedInARow ?? MISSED_IN_A_ROW),
  };
}

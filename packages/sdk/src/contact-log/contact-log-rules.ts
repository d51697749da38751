import type { FieldProblem, Id, IsoDateTime } from '../schemas/common.js';
import type { ContactEntry, ContactEntryInput, ContactLog, ContactRhythm, ContactRhythmInput } from '../schemas/contact-log.js';

// The contact log's rules, written once: the reference server and the memory transport both apply
// them, so a logged contact and an agreed rhythm come out the same from either.

/**
 * How far ahead of the server's clock a contact's time may be: a phone's clock runs a little fast,
 * and "now" typed on it must not be refused. Further ahead is a contact that has not happened.
 */
export const CONTACT_CLOCK_SKEW_MS = 5 * 60_000;

/** Whether a contact's time lies further ahead of `now` than a fast clock explains: it has not happened yet. */
export function isAheadOfClock(at: IsoDateTime, now: Date): boolean {
  return Date.parse(at) > now.getTime() + CONTACT_CLOCK_SKEW_MS;
}

/** What logging a contact came to. */
export type LogOutcome =
  | { kind: 'added'; entry: ContactEntry }
  /** The same contact under the same id was logged before: a retry, answered with what is stored. */
  | { kind: 'repeated'; entry: ContactEntry }
  /** The id holds another contact: entries are kept as sent, so use a new id. */
  | { kind: 'idTaken' }
  | { kind: 'invalid'; problems: FieldProblem[] };

/** Logs one contact under its id, once: `stored` is what the id holds already, if anything. */
export function logEntry(id: Id, input: ContactEntryInput, stored: ContactEntry | null, context: { by: string; now: Date }): LogOutcome {
  if (stored) return entrySays(stored, input) ? { kind: 'repeated', entry: stored } : { kind: 'idTaken' };
  if (isAheadOfClock(input.at, context.now)) return { kind: 'invalid', problems: [{ path: 'at', code: 'in_future' }] };
  return { kind: 'added', entry: { id, ...input, by: context.by, loggedAt: context.now.toISOString() } };
}

/** Whether a stored contact already says what `input` says (who logged it is not compared: a retry may come from their other device). */
export function entrySays(entry: ContactEntry, input: ContactEntryInput): boolean {
  return (
    Date.parse(entry.at) === Date.parse(input.at) &&
    entry.channel === input.channel &&
    entry.initiative === input.initiative &&
    entry.outcome === input.outcome &&
    entry.note?.text === input.note?.text &&
    entry.note?.sharedWithYouth === input.note?.sharedWithYouth
  );
}

/** The log's order: the newest contact first (then by id, so equal times keep one order everywhere). */
export function newestContactFirst(a: Pick<ContactEntry, 'at' | 'id'>, b: Pick<ContactEntry, 'at' | 'id'>): number {
  return Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The log with one more contact, in the log's order (an id already there is not added twice). */
export function logWithEntry(log: ContactLog, entry: ContactEntry): ContactLog {
  if (log.entries.some((known) => known.id === entry.id)) return log;
  return { ...log, entries: [...log.entries, entry].sort(newestContactFirst) };
}

/** The rhythm an input makes, on top of the stored one (null: agreed for the first time). */
export function rhythmOf(input: ContactRhythmInput, stored: ContactRhythm | null, context: { at: IsoDateTime; by: string }): ContactRhythm {
  return { ...input, version: (stored?.version ?? 0) + 1, changedAt: context.at, changedBy: context.by };
}

/** Whether a stored rhythm already says what `input` says: agreeing it again changes nothing. */
export function rhythmSays(rhythm: ContactRhythm, input: ContactRhythmInput): boolean {
  return rhythm.everyDays === input.everyDays && rhythm.from === input.from && (rhythm.words ?? null) === (input.words ?? null);
}

import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, PositiveInt, ShortText } from './common.js';
import { ChannelKind } from './contact.js';

// The contact log (kontaktlog, seed 002 §3 and Bilag 5): UngiFokus keeps frequent, flexible
// contact — sms, phone, walks, home visits — at a rhythm agreed per course. Nobody recorded it, so
// nobody saw a young person drop out of touch; each contact is logged here, and the rhythm with it.

/** Who reached out: the young person, or the contact person (or their deputy). */
export const ContactInitiative = z.enum(['youth', 'professional']);
export type ContactInitiative = z.infer<typeof ContactInitiative>;

/** `held`: the contact happened; `noShow`: it was agreed and the young person did not come or answer. */
export const ContactOutcome = z.enum(['held', 'noShow']);
export type ContactOutcome = z.infer<typeof ContactOutcome>;

/**
 * A short note on a contact. Staff-only unless `sharedWithYouth` says otherwise, chosen per entry:
 * the young person sees their own log, and a note written for colleagues is not written for them.
 */
export const ContactNote = z.strictObject({ text: ShortText, sharedWithYouth: z.boolean() });
export type ContactNote = z.infer<typeof ContactNote>;

/**
 * A day a contact log can hold: this century. A mistyped year (0026, 9999) is refused rather than
 * stored, where it would break every date the card and the log show of the course.
 */
const inThisCentury = (time: number) => time >= Date.UTC(2000, 0, 1) && time < Date.UTC(2100, 0, 1);
const LoggedTime = IsoDateTime.check(z.refine((at) => inThisCentury(Date.parse(at)), 'Must be in the years 2000–2099'));
const LoggedDay = IsoDate.check(z.refine((day) => inThisCentury(Date.parse(`${day}T12:00:00Z`)), 'Must be in the years 2000–2099'));

const entryFields = {
  /** When it happened (or was to happen, for a no-show); not after now, and in the years 2000–2099. */
  at: LoggedTime,
  channel: ChannelKind,
  initiative: ContactInitiative,
  outcome: ContactOutcome,
  note: z.nullable(ContactNote),
};

/**
 * One contact as the professional logs it (`PUT /courses/{courseId}/contact-log/entries/{entryId}`,
 * under an id the client makes and keeps for every retry). Entries are append-only.
 */
export const ContactEntryInput = z.strictObject(entryFields);
export type ContactEntryInput = z.infer<typeof ContactEntryInput>;

/** A logged contact: what was sent, and who logged it when. */
export const ContactEntry = z.object({
  id: Id,
  ...entryFields,
  /** The professional who logged it (the contact person, or the deputy standing in). */
  by: ShortText,
  loggedAt: IsoDateTime,
});
export type ContactEntry = z.infer<typeof ContactEntry>;

/** The longest agreed rhythm: every third month (seed 002 Bilag 5: "weekly to every third month"). */
export const MAX_RHYTHM_DAYS = 92;

const rhythmFields = {
  /** At least one contact every this many days: 7 weekly, 14 every other week, 30 monthly. */
  everyDays: z.int().check(z.gte(1), z.lte(MAX_RHYTHM_DAYS)),
  /** The agreement in the team's words, when the number alone does not say it: "ugentligt i praktikperioden". */
  words: z.optional(ShortText),
  /** The day the rhythm was agreed from (2000–2099); it counts from this day until a contact is held. */
  from: LoggedDay,
};

/**
 * The course's agreed contact rhythm (`PUT /courses/{courseId}/contact-log/rhythm`): with
 * `If-None-Match: *` the first time, with `If-Match: "<version>"` to change it.
 */
export const ContactRhythmInput = z.strictObject(rhythmFields);
export type ContactRhythmInput = z.infer<typeof ContactRhythmInput>;

export const ContactRhythm = z.object({
  ...rhythmFields,
  /** Send it back as `If-Match: "<version>"` to change the rhythm. */
  version: PositiveInt,
  changedAt: IsoDateTime,
  /** The professional who agreed it last. */
  changedBy: ShortText,
});
export type ContactRhythm = z.infer<typeof ContactRhythm>;

/** A course's contact log (`GET /courses/{courseId}/contact-log`): the agreed rhythm, and every contact, newest first. */
export const ContactLog = z.object({
  courseId: Id,
  rhythm: z.nullable(ContactRhythm),
  entries: z.array(ContactEntry),
});
export type ContactLog = z.infer<typeof ContactLog>;

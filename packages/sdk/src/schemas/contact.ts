import * as z from 'zod/mini';
import { Count, Id, IsoDate, IsoDateTime, LocalTime, ShortText, Weekday } from './common.js';

/**
 * The three roles one contact holds, so the young person deals with one system person
 * (UngiFokus, seed 002 §3.3: primary contact who is also company consultant and mentor).
 */
export const ContactRole = z.enum(['educationConsultant', 'companyConsultant', 'mentor']);
export type ContactRole = z.infer<typeof ContactRole>;

/** Ways to reach the contact; walks and home visits are part of the offer (seed 002). */
export const ChannelKind = z.enum(['phone', 'sms', 'email', 'inPerson', 'homeVisit', 'walk']);
export type ChannelKind = z.infer<typeof ChannelKind>;

/** A Danish or international phone number: 8–20 digits with spaces, and a leading +. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ]{6,18}[0-9]$/;
/** Deliberately narrow: it must be safe to put behind `mailto:` unescaped. */
export const EMAIL_PATTERN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

// The links to a number or an address, beside the patterns they are checked against: the contact
// card and the offer catalogue both link them, and this module is on every page already.
/**
 * A `tel:` (or `sms:`) link for a phone number, or null when it is not one. Checked again here,
 * not trusted from the schema: a caller may build contacts by hand, and a link is followed.
 */
export function phoneHref(phone: string, scheme: 'tel' | 'sms' = 'tel'): string | null {
  return PHONE_PATTERN.test(phone) ? `${scheme}:${phone.replace(/\s+/g, '')}` : null;
}

/** A `mailto:` link for an e-mail address, or null when it is not one (checked as {@link phoneHref}). */
export function mailtoHref(email: string): string | null {
  return EMAIL_PATTERN.test(email) ? `mailto:${email}` : null;
}

export const PhoneNumber = z.string().check(z.regex(PHONE_PATTERN, 'Must be a phone number'));

export const EmailAddress = z.string().check(z.maxLength(254), z.regex(EMAIL_PATTERN, 'Must be an e-mail address'));

/** When a channel is staffed: weekdays and a time span in Danish time, within one day. */
export const WeeklyHours = z
  .object({
    days: z.array(Weekday).check(z.minLength(1)),
    from: LocalTime,
    to: LocalTime,
  })
  // Otherwise the channel would read "closed now" for ever. Spans past midnight are two entries.
  .check(z.refine((hours) => hours.from < hours.to, { message: 'from must be before to', path: ['to'] }));
export type WeeklyHours = z.infer<typeof WeeklyHours>;

const channelCommon = {
  /** Empty means "no fixed hours" (for example e-mail answered within a working day). */
  hours: z.array(WeeklyHours),
  note: z.optional(ShortText),
};

export const PhoneChannel = z.object({ kind: z.enum(['phone', 'sms']), phone: PhoneNumber, ...channelCommon });
export const EmailChannel = z.object({ kind: z.literal('email'), email: EmailAddress, ...channelCommon });
export const MeetingChannel = z.object({
  kind: z.enum(['inPerson', 'homeVisit', 'walk']),
  place: z.optional(ShortText),
  ...channelCommon,
});
export const Channel = z.discriminatedUnion('kind', [PhoneChannel, EmailChannel, MeetingChannel]);
export type Channel = z.infer<typeof Channel>;

export const Unit = z.object({ id: Id, name: ShortText });
export type Unit = z.infer<typeof Unit>;

/**
 * An https URL, or a path on the page's own origin. Not `//host` or `/\\host` (browsers read both
 * as another origin): a server must not make every viewer's browser call a third party.
 */
export const PHOTO_URL_PATTERN = /^(https:\/\/[^\s"'<>\\]+|\/(?![/\\])[^\s"'<>\\]*)$/;

/** A municipal employee as shown to the young person. */
export const StaffPerson = z.object({
  id: Id,
  name: ShortText,
  photoUrl: z.optional(z.string().check(z.regex(PHOTO_URL_PATTERN, 'Must be an https URL or a same-origin path'))),
});
export type StaffPerson = z.infer<typeof StaffPerson>;

/** Who stands in, and how to reach them: young people say contacts are "always ill or on holiday" (seed 003). */
export const Deputy = z.object({
  person: StaffPerson,
  unit: Unit,
  channels: z.array(Channel),
});
export type Deputy = z.infer<typeof Deputy>;

export const AbsenceReason = z.enum(['holiday', 'illness', 'training', 'other']);
export type AbsenceReason = z.infer<typeof AbsenceReason>;

/**
 * A period (inclusive dates) when the contact is away, with the deputy for that period. `reason`
 * is for staff: a server leaves it out for the young person, since "illness" is the employee's
 * health data.
 */
export const Absence = z
  .object({ from: IsoDate, to: IsoDate, reason: z.optional(AbsenceReason), deputy: Deputy })
  .check(z.refine((absence) => absence.from <= absence.to, { message: 'from must not be after to', path: ['to'] }));
export type Absence = z.infer<typeof Absence>;

export const Appointment = z
  .object({
    start: IsoDateTime,
    end: z.optional(IsoDateTime),
    channel: ChannelKind,
    place: z.optional(ShortText),
    purpose: z.optional(ShortText),
  })
  .check(
    z.refine((appointment) => !appointment.end || Date.parse(appointment.end) >= Date.parse(appointment.start), {
      message: 'end must not be before start',
      path: ['end'],
    }),
  );
export type Appointment = z.infer<typeof Appointment>;

/** Efterværn: the young person may contact their contact for up to six months after the course ends (seed 002). */
export const Aftercare = z
  .object({ courseEndedOn: IsoDate, until: IsoDate })
  .check(z.refine((aftercare) => aftercare.courseEndedOn <= aftercare.until, { message: 'until must not be before courseEndedOn', path: ['until'] }));
export type Aftercare = z.infer<typeof Aftercare>;

/** The one fixed contact person (kontaktperson/tovholder) of a course. */
export const Contact = z.object({
  courseId: Id,
  person: StaffPerson,
  roles: z.array(ContactRole).check(z.minLength(1)),
  unit: Unit,
  channels: z.array(Channel),
  /** The young person's own choice of how to be contacted. */
  preferredChannel: z.nullable(ChannelKind),
  nextAppointment: z.nullable(Appointment),
  absences: z.array(Absence),
  aftercare: z.nullable(Aftercare),
  /** Since when this contact has held the course: every change costs trust (seed 003). */
  contactSince: IsoDate,
  /** How many times the course changed contact person. */
  handovers: Count,
  /** Courses this contact holds; staff only (UngiFokus: 21 against about 60 in ordinary operation). */
  caseload: z.optional(Count),
});
export type Contact = z.infer<typeof Contact>;

/** What a young person or a professional may change on the contact resource. */
export const ContactPatch = z.strictObject({
  preferredChannel: z.nullable(ChannelKind),
});
export type ContactPatch = z.infer<typeof ContactPatch>;

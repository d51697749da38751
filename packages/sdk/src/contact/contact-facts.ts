import type { IsoDate } from '../schemas/common.js';
import { mailtoHref, phoneHref, type Absence, type Appointment, type Channel, type ChannelKind, type Contact } from '../schemas/contact.js';
import { daysBetween, danishClock, minutesOf } from '../time/calendar.js';

/** How long ahead a planned absence is announced on the card, so the young person is not surprised. */
export const ABSENCE_NOTICE_DAYS = 14;

export type AftercareStatus =
  | { state: 'none' }
  /** The course has not ended yet; aftercare will run until `until`. */
  | { state: 'upcoming'; courseEndsOn: IsoDate; until: IsoDate }
  /** The course has ended and the young person may still contact their contact. */
  | { state: 'active'; until: IsoDate; daysLeft: number }
  | { state: 'ended'; until: IsoDate };

/** What the card shows beyond the raw contact, derived once so every framework shows the same. */
export interface ContactFacts {
  /** Today's date in Denmark when the facts were derived. */
  today: IsoDate;
  /** The absence covering today, if any: then its deputy is the one to call (shown first). */
  currentAbsence: Absence | null;
  /** The next absence starting within {@link ABSENCE_NOTICE_DAYS} days, if not away today. */
  upcomingAbsence: Absence | null;
  aftercare: AftercareStatus;
  /** The contact's channels that are staffed right now. */
  openChannels: ChannelKind[];
  /** The deputy's channels that are staffed right now (empty when the contact is not away today). */
  deputyOpenChannels: ChannelKind[];
  /** Days since this contact took over the course. */
  tenureDays: number;
  /** The next appointment if it has not ended yet; a case system may lag behind, and a past one is no "next". */
  upcomingAppointment: Appointment | null;
}

export function deriveContactFacts(contact: Contact, now: Date): ContactFacts {
  const today = danishClock(now).date;
  const currentAbsence = contact.absences.find((absence) => absence.from <= today && today <= absence.to) ?? null;
  const upcomingAbsence = currentAbsence
    ? null
    : ([...contact.absences]
        .filter((absence) => absence.from > today && daysBetween(today, absence.from) <= ABSENCE_NOTICE_DAYS)
        .sort((a, b) => a.from.localeCompare(b.from))[0] ?? null);
  return {
    today,
    currentAbsence,
    upcomingAbsence,
    aftercare: aftercareStatus(contact, today),
    openChannels: openChannelKinds(contact.channels, now),
    deputyOpenChannels: openChannelKinds(currentAbsence?.deputy.channels ?? [], now),
    tenureDays: Math.max(0, daysBetween(contact.contactSince, today)),
    upcomingAppointment: upcomingAppointment(contact.nextAppointment, now),
  };
}

function upcomingAppointment(appointment: Appointment | null, now: Date): Appointment | null {
  if (!appointment) return null;
  // Without an end, an appointment counts as running for an hour, so it does not vanish as it starts.
  const end = appointment.end ? Date.parse(appointment.end) : Date.parse(appointment.start) + 3_600_000;
  return end > now.getTime() ? appointment : null;
}

export function aftercareStatus(contact: Pick<Contact, 'aftercare'>, today: IsoDate): AftercareStatus {
  const aftercare = contact.aftercare;
  if (!aftercare) return { state: 'none' };
  if (today < aftercare.courseEndedOn) return { state: 'upcoming', courseEndsOn: aftercare.courseEndedOn, until: aftercare.until };
  if (today > aftercare.until) return { state: 'ended', until: aftercare.until };
  return { state: 'active', until: aftercare.until, daysLeft: daysBetween(today, aftercare.until) };
}

function openChannelKinds(channels: readonly Channel[], now: Date): ChannelKind[] {
  return channels.filter((channel) => isChannelOpen(channel, now)).map((channel) => channel.kind);
}

/** True when `now` (Danish time) falls inside one of the channel's weekly hours. No hours means "no fixed hours": not open. */
export function isChannelOpen(channel: Channel, now: Date): boolean {
  const clock = danishClock(now);
  return channel.hours.some((hours) => hours.days.includes(clock.weekday) && minutesOf(hours.from) <= clock.minutes && clock.minutes < minutesOf(hours.to));
}

/**
 * The link for a channel that has one (`tel:`, `sms:`, `mailto:`), or null. Built from validated
 * parts only, so a server can never make the card render a `javascript:` link.
 */
export function channelHref(channel: Channel): string | null {
  if (channel.kind === 'phone' || channel.kind === 'sms') return phoneHref(channel.phone, channel.kind === 'phone' ? 'tel' : 'sms');
  if (channel.kind === 'email') return mailtoHref(channel.email);
  return null;
}

/** "Jonas Kragh" → "JK"; used when there is no photo. */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase('da');
}

import type { IsoDate } from '../schemas/common.js';

/** Dates and times in the widgets are Danish: every calendar question is asked in this zone. */
export const DANISH_TIME_ZONE = 'Europe/Copenhagen';

const dateParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: DANISH_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The calendar date, ISO weekday (1 = Monday) and minutes after midnight in Denmark at `instant`. */
export function danishClock(instant: Date): { date: IsoDate; weekday: number; minutes: number } {
  const parts = Object.fromEntries(dateParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? '') + 1,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/** Today's date in Denmark. */
export function danishToday(instant: Date = new Date()): IsoDate {
  return danishClock(instant).date;
}

const DAY_MS = 86_400_000;

function utcDay(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Calendar arithmetic, no time zone drift. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Parses `HH:MM` into minutes after midnight. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: DANISH_TIME_ZONE, timeZoneName: 'longOffset' });

/** The zone's offset from UTC at `instant`, as `+02:00`. */
function offsetAt(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

/**
 * A Danish wall-clock time as an RFC 3339 instant with the right offset for that day:
 * `danishDateTime('2026-06-27', '10:00')` → `2026-06-27T10:00:00+02:00` (summer time).
 */
export function danishDateTime(date: IsoDate, time: string): string {
  // The offset at the wall-clock time read as UTC is wrong within the hours around a switch (01:30
  // on the last Sunday of March or October); the offset at the instant that guess gives is right.
  const wallAsUtc = new Date(`${date}T${time}:00Z`);
  const guess = offsetAt(wallAsUtc);
  const offset = offsetAt(new Date(Date.parse(`${date}T${time}:00${guess}`)));
  return `${date}T${time}:00${offset}`;
}

// A datetime-local field holds Danish wall-clock time ("2026-12-15T10:00"); the API holds instants.

/** A datetime-local field's value as an instant; null when it is not a whole date and time. */
export function instantOfWallClock(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  return match ? danishDateTime(match[1]!, match[2]!) : null;
}

/** An instant as a datetime-local field's value, in Danish wall-clock time. */
export function wallClockOf(instant: Date): string {
  const { date, minutes } = danishClock(instant);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

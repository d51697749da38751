import { DANISH_TIME_ZONE, type IsoDate, type WeeklyHours } from '@ungeforlob/sdk';
import type { Messages } from './messages.js';

// Dates and times are Danish wall-clock time wherever the reader is: the appointment is in Denmark.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(languageTag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${languageTag}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(languageTag, { timeZone: DANISH_TIME_ZONE, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

/** `2026-11-24` → "24. november 2026". Noon UTC is the same calendar day in Denmark all year. */
export function formatDate(date: IsoDate, messages: Messages): string {
  return formatter(messages.languageTag, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${date}T12:00:00Z`));
}

/** `2026-11-24` → "24. nov. 2026", or with `numeric` "24.11.26": a chart's time axis, where three dates share a line. */
export function formatShortDate(date: IsoDate, messages: Messages, numeric = false): string {
  const options: Intl.DateTimeFormatOptions = numeric
    ? { day: 'numeric', month: 'numeric', year: '2-digit' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
  return formatter(messages.languageTag, options).format(new Date(`${date}T12:00:00Z`));
}

/** An appointment: "torsdag 27. november kl. 10.00–11.00". */
export function formatAppointmentTime(start: string, end: string | undefined, messages: Messages): string {
  const startText = formatter(messages.languageTag, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(
    new Date(start),
  );
  if (!end) return startText;
  return `${startText}–${formatter(messages.languageTag, { hour: 'numeric', minute: '2-digit' }).format(new Date(end))}`;
}

/** `08:30` → "8.30" in Danish, "8:30" in English. */
export function formatLocalTime(time: string, messages: Messages): string {
  const [hours = '0', minutes = '00'] = time.split(':');
  return `${Number(hours)}${messages.timeSeparator}${minutes}`;
}

/** `[1,2,3,4,5]` → "man–fre"; `[2,4]` → "tir og tor"; runs of three or more days become a range. */
export function formatWeekdays(days: readonly number[], messages: Messages): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === day - 1) run.push(day);
    else runs.push([day]);
  }
  const name = (day: number): string => messages.weekdays[day - 1] ?? String(day);
  const parts = runs.flatMap((run) => (run.length >= 3 ? [`${name(run[0]!)}–${name(run[run.length - 1]!)}`] : run.map(name)));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${messages.and} ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** One span of weekly hours: "man–fre 8.30–15.30". */
export function formatWeeklyHours(hours: WeeklyHours, messages: Messages): string {
  return `${formatWeekdays(hours.days, messages)} ${formatLocalTime(hours.from, messages)}–${formatLocalTime(hours.to, messages)}`;
}

import { danishClock, danishDateTime } from '@ungeforlob/sdk';

// A datetime-local field holds Danish wall-clock time ("2026-12-15T10:00"); the API holds instants.

/** A datetime-local field's value as an instant; null when it is not a whole date and time. */
export function instantOf(local: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  return match ? danishDateTime(match[1]!, match[2]!) : null;
}

/** An instant as a datetime-local field's value, in Danish wall-clock time. */
export function wallClockOf(instant: Date): string {
  const { date, minutes } = danishClock(instant);
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

import type { IsoDate } from '../schemas/common.js';
import type { CourseProgression } from '../schemas/progression.js';

/** A span of calendar days, both ends included. */
export interface DateWindow {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The time window every chart of the course shares, so readings line up from chart to chart:
 * from the earliest date to the latest, and at least to today (a course that has gone quiet
 * shows the quiet weeks). Only today when there are no dates.
 */
export function chartWindow(dates: readonly IsoDate[], today: IsoDate): DateWindow {
  if (!dates.length) return { from: today, to: today };
  let from = dates[0]!;
  let to = dates[0]!;
  for (const date of dates) {
    if (date < from) from = date;
    if (date > to) to = date;
  }
  return { from, to: to < today ? today : to };
}

/** The {@link chartWindow} of a course's readings and annotations. */
export function progressionWindow(progression: CourseProgression, today: IsoDate): DateWindow {
  return chartWindow([...progression.readings.map((reading) => reading.date), ...progression.annotations.map((annotation) => annotation.date)], today);
}

import type { Id } from '../schemas/common.js';
import type { ProgressionReading, ProgressionScale, Rater } from '../schemas/progression.js';

/** The raters in the order the widgets show them: the young person's own view first. */
export const RATERS: readonly Rater[] = ['youth', 'professional', 'joint'];

/** The values a scale takes: 1…steps on an anchored scale, min…max on a measured one. */
export function scaleRange(scale: ProgressionScale): { min: number; max: number } {
  return scale.kind === 'anchored' ? { min: 1, max: scale.steps.length } : { min: scale.min, max: scale.max };
}

/** Readings oldest first. Stable, so two readings of one day keep the order the server sent them in. */
export function byDate<R extends { date: string }>(readings: readonly R[]): R[] {
  return [...readings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Each scale's readings per rater, oldest first, in one pass (a chart holds thousands of them). */
export function readingsByScale(readings: readonly ProgressionReading[]): Map<Id, Map<Rater, ProgressionReading[]>> {
  const grouped = new Map<Id, Map<Rater, ProgressionReading[]>>();
  for (const reading of byDate(readings)) {
    let raters = grouped.get(reading.scaleId);
    if (!raters) grouped.set(reading.scaleId, (raters = new Map<Rater, ProgressionReading[]>()));
    const list = raters.get(reading.ratedBy);
    if (list) list.push(reading);
    else raters.set(reading.ratedBy, [reading]);
  }
  return grouped;
}

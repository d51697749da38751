import type { IsoDate } from '../schemas/common.js';
import type { ProgressionReading, ProgressionScale, Rater } from '../schemas/progression.js';
import { RATERS, readingsByScale, scaleRange } from './readings-by-scale.js';

export interface SeriesPoint {
  date: IsoDate;
  value: number;
  /** For a tooltip or the data table: the note and who recorded it. */
  reading: ProgressionReading;
}

/** One line of a chart: one rater's readings on one scale, oldest first. */
export interface RaterSeries {
  ratedBy: Rater;
  points: SeriesPoint[];
}

export interface ScaleSeries {
  scale: ProgressionScale;
  /** The y axis: 1…steps, or the measured scale's min…max. */
  range: { min: number; max: number };
  /** Youth, professional, joint: only raters with readings. */
  series: RaterSeries[];
}

/** Chart-ready series for every scale of the set, in the set's order (scales without readings too, so a chart can say "no readings yet"). */
export function progressionSeries(scales: readonly ProgressionScale[], readings: readonly ProgressionReading[]): ScaleSeries[] {
  const grouped = readingsByScale(readings);
  return scales.map((scale) => ({
    scale,
    range: scaleRange(scale),
    series: RATERS.flatMap((ratedBy) => {
      const list = grouped.get(scale.id)?.get(ratedBy);
      return list ? [{ ratedBy, points: list.map((reading) => ({ date: reading.date, value: reading.value, reading })) }] : [];
    }),
  }));
}

/** One axis of a star (radar) chart. */
export interface FirstAndLatest {
  scale: ProgressionScale;
  first: ProgressionReading | null;
  latest: ProgressionReading | null;
  /** Where the reading sits on the scale's range, 0–1, so anchored and measured scales share one chart. */
  firstShare: number | null;
  latestShare: number | null;
}

/** The first and the latest reading of one rater on every scale, in the set's order: a star chart's two outlines. */
export function firstAndLatest(scales: readonly ProgressionScale[], readings: readonly ProgressionReading[], ratedBy: Rater): FirstAndLatest[] {
  const grouped = readingsByScale(readings);
  return scales.map((scale) => {
    const list = grouped.get(scale.id)?.get(ratedBy) ?? [];
    const first = list[0] ?? null;
    const latest = list.at(-1) ?? null;
    const { min, max } = scaleRange(scale);
    const share = (reading: ProgressionReading | null) => (reading ? Math.min(1, Math.max(0, (reading.value - min) / (max - min))) : null);
    return { scale, first, latest, firstShare: share(first), latestShare: share(latest) };
  });
}

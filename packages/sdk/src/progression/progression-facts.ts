import type { IsoDate } from '../schemas/common.js';
import type { CourseProgression, ProgressionReading, ProgressionScale, Rater } from '../schemas/progression.js';
import { daysBetween } from '../time/calendar.js';
import { RATERS, readingsByScale } from './readings-by-scale.js';

/**
 * How far apart, in steps of a 1–10 scale, the young person's and the professional's latest
 * ratings must be to be flagged. One or two steps is how two people read the same descriptions
 * differently; three steps means they describe different situations ("sometimes" against
 * "most times"), which is worth talking about. Seed 001 §3.2: the young person is the expert in
 * their own life, so the flag starts a conversation; it does not say who is right.
 */
export const DISAGREEMENT_STEPS = 3;

/**
 * Weeks without a reading, plan activity or a held contact before a course is flagged as passive.
 * Seed 003: passivity sets progression back significantly, so a quiet course is flagged while
 * there is still time to act; six weeks is longer than a holiday and shorter than a school term.
 */
export const PASSIVITY_WEEKS = 6;

/** The distance travelled on one scale by one rater ("distance travelled": change, not status). */
export interface ReadingChange {
  scale: ProgressionScale;
  ratedBy: Rater;
  first: ProgressionReading;
  /** The reading before the latest; null when there is only one. */
  previous: ProgressionReading | null;
  latest: ProgressionReading;
  /** `latest.value − first.value`: positive is progress (every default scale grows upward). */
  sinceFirst: number;
  /** `latest.value − previous.value`; null with a single reading. */
  sincePrevious: number | null;
}

/** The change since the first and since the previous reading, per scale (in the set's order) and rater. */
export function readingChanges(scales: readonly ProgressionScale[], readings: readonly ProgressionReading[]): ReadingChange[] {
  const grouped = readingsByScale(readings);
  return scales.flatMap((scale) =>
    RATERS.flatMap((ratedBy) => {
      const list = grouped.get(scale.id)?.get(ratedBy);
      if (!list?.length) return [];
      const first = list[0]!;
      const latest = list.at(-1)!;
      const previous = list.length > 1 ? list.at(-2)! : null;
      return [
        { scale, ratedBy, first, previous, latest, sinceFirst: latest.value - first.value, sincePrevious: previous ? latest.value - previous.value : null },
      ];
    }),
  );
}

export interface Disagreement {
  scale: ProgressionScale;
  youth: ProgressionReading;
  professional: ProgressionReading;
  /** `professional.value − youth.value`: positive when the professional sees more than the young person does. */
  difference: number;
}

export interface DisagreementOptions {
  /** Steps apart on a 1–10 scale; scaled to the range of scales with other step counts. Default {@link DISAGREEMENT_STEPS}. */
  steps?: number;
  /**
   * Apart, in the unit, on measured scales; default null: left out, because a measured value
   * (attendance) is counted from the register, not judged, so two raters cannot disagree on it.
   */
  measured?: number | null;
}

/** Scales where the latest ratings of the young person and of the professional are far apart; joint ratings do not count. */
export function disagreements(scales: readonly ProgressionScale[], readings: readonly ProgressionReading[], options: DisagreementOptions = {}): Disagreement[] {
  const steps = options.steps ?? DISAGREEMENT_STEPS;
  const measured = options.measured ?? null;
  const grouped = readingsByScale(readings);
  return scales.flatMap((scale) => {
    const youth = grouped.get(scale.id)?.get('youth')?.at(-1);
    const professional = grouped.get(scale.id)?.get('professional')?.at(-1);
    if (!youth || !professional) return [];
    const difference = professional.value - youth.value;
    const apart = Math.abs(difference);
    // Multiplied out, so 3 of 9 intervals compares exactly with e.g. 1 of 3 on a four-step scale.
    const flagged = scale.kind === 'anchored' ? apart * 9 >= steps * (scale.steps.length - 1) : measured !== null && apart >= measured;
    return flagged ? [{ scale, youth, professional, difference }] : [];
  });
}

export interface PassivityOptions {
  /** Today's date in Denmark. */
  today: IsoDate;
  /** The day the plan last changed (a revision, a changed goal or effort, a note); null or left out when unknown. */
  lastPlanActivity?: IsoDate | null;
  /** The day of the last contact held with the young person (the contact log's); null when none was held, left out when the log is not known. */
  lastContact?: IsoDate | null;
  /** Default {@link PASSIVITY_WEEKS}. */
  weeks?: number;
}

export interface Passivity {
  /** No reading, no plan activity and no held contact for `weeks` weeks or more. */
  passive: boolean;
  weeks: number;
  lastReading: IsoDate | null;
  lastPlanActivity: IsoDate | null;
  lastContact: IsoDate | null;
  /** Whether the contact log was known (given, or read): without it, a course's contacts are not counted and not claimed. */
  contactKnown: boolean;
  /** The latest of the three; null when none is known. */
  lastActivity: IsoDate | null;
  /** Whole days from `lastActivity` to today; null when nothing is known. */
  daysSince: number | null;
}

/**
 * Whether the course has gone quiet. Annotations do not count: they tell what happened to the
 * young person, not that anyone worked with them. A held contact counts (seed 003: contact is
 * activity); a no-show does not. A course with no reading, plan activity or contact at all is
 * not flagged: there is no date to count from, and the widget shows it as empty.
 */
export function passivity(readings: readonly ProgressionReading[], options: PassivityOptions): Passivity {
  const weeks = options.weeks ?? PASSIVITY_WEEKS;
  const lastReading = latest(readings.map((reading) => reading.date));
  const lastPlanActivity = options.lastPlanActivity ?? null;
  const lastContact = options.lastContact ?? null;
  const lastActivity = latest([lastReading, lastPlanActivity, lastContact]);
  const daysSince = lastActivity === null ? null : daysBetween(lastActivity, options.today);
  const contactKnown = options.lastContact !== undefined;
  return { passive: daysSince !== null && daysSince >= weeks * 7, weeks, lastReading, lastPlanActivity, lastContact, contactKnown, lastActivity, daysSince };
}

function latest(days: readonly (IsoDate | null)[]): IsoDate | null {
  return days.reduce<IsoDate | null>((last, day) => (day !== null && (last === null || day > last) ? day : last), null);
}

export interface ProgressionFactsOptions extends PassivityOptions {
  disagreement?: DisagreementOptions;
}

/** What the progression widget shows beyond the raw readings, derived once so every framework shows the same. */
export interface ProgressionFacts {
  today: IsoDate;
  changes: ReadingChange[];
  disagreements: Disagreement[];
  passivity: Passivity;
}

export function deriveProgressionFacts(
  scales: readonly ProgressionScale[],
  progression: CourseProgression,
  options: ProgressionFactsOptions,
): ProgressionFacts {
  return {
    today: options.today,
    changes: readingChanges(scales, progression.readings),
    disagreements: disagreements(scales, progression.readings, options.disagreement),
    passivity: passivity(progression.readings, options),
  };
}

import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, PositiveInt, ShortText } from './common.js';
import { Unit } from './contact.js';
import { DefinitionRef, LocalizedText } from './questionnaire.js';

// The leaders' overview (issue #16): every offer × the strategic criteria, from the offer's own
// reviews and from the rounds of the courses that use it, with every course-based figure
// suppressed below a minimum number of courses, so no young person can be singled out.

/** Below this many courses a course-based figure is not shown ("for få til at vise"). */
export const MINIMUM_COURSES = 5;

/**
 * A calendar period the overview covers: `all`, a year (`2026`), a half-year (`2026-H2`) or a
 * quarter (`2026-Q4`). A leader's reports follow the calendar; a free range would let two
 * overlapping ranges be subtracted to isolate a few courses.
 */
export const CriteriaPeriod = z.string().check(z.regex(/^(all|\d{4}(-H[12]|-Q[1-4])?)$/));
export type CriteriaPeriod = z.infer<typeof CriteriaPeriod>;

/** A mean on the 1–4 fidelity scale. */
const Score = z.number().check(z.gte(1), z.lte(4));

/** One criterion of one offer review round: its mean, or null when that round gave no rating there. */
export const RoundScore = z.object({ criterionId: Id, score: z.nullable(Score) });
export type RoundScore = z.infer<typeof RoundScore>;

/** One of the offer's own review rounds in the period. */
export const OverviewRound = z.object({ round: PositiveInt, submittedAt: IsoDateTime, scores: z.array(RoundScore) });
export type OverviewRound = z.infer<typeof OverviewRound>;

/** The offer's latest review round in the period, each criterion with its change since the round before (null where either has no rating, or there is none before). */
export const OverviewReview = z.object({
  round: PositiveInt,
  submittedAt: IsoDateTime,
  scores: z.array(z.object({ criterionId: Id, score: z.nullable(Score), change: z.nullable(z.number().check(z.gte(-3), z.lte(3))) })),
});
export type OverviewReview = z.infer<typeof OverviewReview>;

/**
 * One criterion over the courses that use the offer: the mean of each course's latest round in the
 * period; or `suppressed` when the rated courses belong to fewer than {@link MINIMUM_COURSES} young
 * people. No count is sent either way: two means with their counts (two offers, two periods) could
 * be subtracted to give one course's score.
 */
export const CourseCell = z.union([
  z.object({ criterionId: Id, status: z.literal('shown'), score: Score }),
  z.object({ criterionId: Id, status: z.literal('suppressed') }),
]);
export type CourseCell = z.infer<typeof CourseCell>;

export const CriteriaOverviewRow = z.object({
  offer: z.object({ id: Id, name: ShortText }),
  unit: Unit,
  review: z.nullable(OverviewReview),
  /** The offer's review rounds in the period, oldest first: the drill-in. */
  rounds: z.array(OverviewRound),
  /** In the overview's criteria order. */
  courses: z.array(CourseCell),
});
export type CriteriaOverviewRow = z.infer<typeof CriteriaOverviewRow>;

/** Offers × criteria for leaders, for one period: aggregates only. */
export const CriteriaOverview = z.object({
  definition: DefinitionRef,
  criteria: z.array(z.object({ id: Id, title: LocalizedText })),
  period: CriteriaPeriod,
  /** The first and last day the period covers; absent for `all`. */
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  minimumCourses: PositiveInt,
  /**
   * By offer name (Danish order): every offer of the catalogue with a review round in the period, or
   * used in it by the courses of at least {@link MINIMUM_COURSES} young people (fewer could be singled out by the row alone).
   */
  rows: z.array(CriteriaOverviewRow),
});
export type CriteriaOverview = z.infer<typeof CriteriaOverview>;

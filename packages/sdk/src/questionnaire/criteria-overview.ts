import { effortEnd } from '../plan/plan-facts.js';
import type { Id, IsoDate } from '../schemas/common.js';
import type { Unit } from '../schemas/contact.js';
import {
  MINIMUM_COURSES,
  type CourseCell,
  type CriteriaOverview,
  type CriteriaOverviewRow,
  type CriteriaPeriod,
  type OverviewRound,
  type RoundScore,
} from '../schemas/criteria-overview.js';
import type { Effort } from '../schemas/plan.js';
import type { QuestionnaireDefinition, QuestionnaireResponse } from '../schemas/questionnaire.js';
import { danishToday } from '../time/calendar.js';
import type { DefinitionLookup } from './roll-up.js';
import { scoreResponse } from './scores.js';

/** What the overview is made from; the server reads it from its tables, the memory transport from its state. */
export interface CriteriaOverviewInput {
  /** The questionnaire's latest version: its criteria are the columns. */
  definition: QuestionnaireDefinition;
  definitionOf: DefinitionLookup;
  /** Every submitted round of the questionnaire, offers' and courses' alike. */
  responses: readonly QuestionnaireResponse[];
  /** The catalogue: an offer not in it has no row. */
  offers: readonly { id: Id; name: string; unit: Unit }[];
  /** Each course's efforts, by course id: which offers the course used, and when. */
  efforts: ReadonlyMap<Id, readonly Pick<Effort, 'offer' | 'start' | 'end' | 'status' | 'changedAt'>[]>;
  /**
   * The young person each course is about, by course id: the minimum counts young people, as one
   * may have two courses. A course missing here counts as a person of its own.
   */
  personOf?: ReadonlyMap<Id, Id>;
  period: CriteriaPeriod;
}

/** The first and last day of a period; null for `all`. */
export function periodDays(period: CriteriaPeriod): { from: IsoDate; to: IsoDate } | null {
  const parts = periodParts(period);
  if (parts === null) return null;
  const [firstMonth, months] = parts.half ? [(parts.half - 1) * 6 + 1, 6] : parts.quarter ? [(parts.quarter - 1) * 3 + 1, 3] : [1, 12];
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(parts.year, lastMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return { from: `${parts.year}-${pad(firstMonth)}-01`, to: `${parts.year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** A calendar period's parts: its year, and its half (1–2) or quarter (1–4) when it is one; null for `all`. */
export interface PeriodParts {
  year: number;
  half?: 1 | 2;
  quarter?: 1 | 2 | 3 | 4;
}

/**
 * A period's parts, to name it in words or find its days. Throws on a string that is no period
 * (the contract's {@link CriteriaPeriod} refuses those before they get here).
 */
export function periodParts(period: CriteriaPeriod): PeriodParts | null {
  if (period === 'all') return null;
  const match = /^(\d{4})(?:-H([12])|-Q([1-4]))?$/.exec(period);
  if (!match) throw new Error(`Not a calendar period: ${period}`);
  const year = Number(match[1]);
  if (match[2]) return { year, half: Number(match[2]) as 1 | 2 };
  if (match[3]) return { year, quarter: Number(match[3]) as 1 | 2 | 3 | 4 };
  return { year };
}

/** The calendar periods a leader picks from: everything, this year and last, and their halves and this year's quarters. */
export function recentPeriods(today: IsoDate): CriteriaPeriod[] {
  const year = Number(today.slice(0, 4));
  const halves = (y: number) => [`${y}-H1`, `${y}-H2`];
  const quarters = (y: number) => [1, 2, 3, 4].map((quarter) => `${y}-Q${quarter}`);
  return ['all', String(year), ...halves(year), ...quarters(year), String(year - 1), ...halves(year - 1)];
}

/**
 * Offers × criteria for leaders, for one period. Per offer: its own latest review round in the
 * period with the change since the round before, every review round in the period (the drill-in),
 * and per criterion the mean of the latest round in the period of each course that used the offer
 * then (an effort with it that had started and ran in the period). A course-based figure from
 * the courses of fewer than {@link MINIMUM_COURSES} young people is suppressed, and no count is
 * sent: a leader sees aggregates, never a young person (issue #16). Rows by offer name, Danish order.
 */
export function buildCriteriaOverview(input: CriteriaOverviewInput): CriteriaOverview {
  const { definition, period } = input;
  const days = periodDays(period);
  const inPeriod = (instant: string) => !days || (danishToday(new Date(instant)) >= days.from && danishToday(new Date(instant)) <= days.to);
  const criterionIds = definition.criteria.map((criterion) => criterion.id);
  const scoresOf = (response: QuestionnaireResponse): Map<Id, number | null> | null => {
    const answered = input.definitionOf(response.definition.id, response.definition.version);
    if (!answered) return null;
    return new Map(scoreResponse(response, answered).map((score) => [score.criterionId, score.score]));
  };
  const ours = input.responses.filter((response) => response.definition.id === definition.id);
  const roundsOf = (kind: 'offer' | 'course', id: Id) =>
    ours
      .filter((response) => response.subject.kind === kind && response.subject.id === id)
      .sort((a, b) => a.round - b.round || a.submittedAt.localeCompare(b.submittedAt));

  // Each course's latest round in the period, scored once.
  const courseScores = new Map<Id, Map<Id, number | null>>();
  for (const courseId of input.efforts.keys()) {
    const latest = roundsOf('course', courseId)
      .filter((response) => inPeriod(response.submittedAt))
      .at(-1);
    const scores = latest && scoresOf(latest);
    if (scores) courseScores.set(courseId, scores);
  }
  const peopleOf = (courseIds: readonly Id[]) => new Set(courseIds.map((courseId) => input.personOf?.get(courseId) ?? courseId)).size;
  const usedInPeriod = (effort: Pick<Effort, 'start' | 'end' | 'status' | 'changedAt'>): boolean => {
    if (effort.status === 'planned') return false;
    if (!days) return true;
    const end = effortEnd(effort as Effort);
    return effort.start <= days.to && (end === null || end >= days.from);
  };

  const rows: CriteriaOverviewRow[] = [];
  for (const offer of input.offers) {
    const reviewRounds = roundsOf('offer', offer.id);
    const rounds: OverviewRound[] = reviewRounds.flatMap((response) => {
      const scores = inPeriod(response.submittedAt) ? scoresOf(response) : null;
      return scores ? [{ round: response.round, submittedAt: response.submittedAt, scores: columns(criterionIds, scores) }] : [];
    });
    const courses = [...input.efforts]
      .filter(([, efforts]) => efforts.some((effort) => effort.offer.id === offer.id && usedInPeriod(effort)))
      .map(([courseId]) => courseId);
    // A row for an offer no reviewer looked at and only a few young people used would tell on them.
    if (rounds.length === 0 && peopleOf(courses) < MINIMUM_COURSES) continue;
    const latest = rounds.at(-1);
    const before = latest && reviewRounds.filter((response) => response.round < latest.round).at(-1);
    const previous = before ? scoresOf(before) : null;
    rows.push({
      offer: { id: offer.id, name: offer.name },
      unit: offer.unit,
      review: latest
        ? {
            round: latest.round,
            submittedAt: latest.submittedAt,
            scores: latest.scores.map(({ criterionId, score }) => {
              const earlier = previous?.get(criterionId) ?? null;
              return { criterionId, score, change: score !== null && earlier !== null ? round1(score - earlier) : null };
            }),
          }
        : null,
      rounds,
      courses: criterionIds.map((criterionId) => {
        const rated = courses.filter((courseId) => (courseScores.get(courseId)?.get(criterionId) ?? null) !== null);
        return courseCell(
          criterionId,
          rated.map((courseId) => courseScores.get(courseId)!.get(criterionId)!),
          peopleOf(rated),
        );
      }),
    });
  }
  rows.sort((a, b) => a.offer.name.localeCompare(b.offer.name, 'da') || a.offer.id.localeCompare(b.offer.id));
  return {
    definition: { id: definition.id, version: definition.version },
    criteria: definition.criteria.map((criterion) => ({ id: criterion.id, title: criterion.title })),
    period,
    ...(days ? days : {}),
    minimumCourses: MINIMUM_COURSES,
    rows,
  };
}

function columns(criterionIds: readonly Id[], scores: ReadonlyMap<Id, number | null>): RoundScore[] {
  return criterionIds.map((criterionId) => ({ criterionId, score: scores.get(criterionId) ?? null }));
}

/** The rated courses' mean for one criterion, or suppressed when they are of fewer young people than the minimum. */
function courseCell(criterionId: Id, scores: readonly number[], people: number): CourseCell {
  if (people < MINIMUM_COURSES) return { criterionId, status: 'suppressed' };
  return { criterionId, status: 'shown', score: round1(scores.reduce((sum, score) => sum + score, 0) / scores.length) };
}

/** To one decimal, as the widgets show it: a finer figure would only help to work back to one course. */
function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

import type { Id, IsoDateTime } from '../schemas/common.js';
import type { CriterionScore, OfferRollUp } from '../schemas/questionnaire.js';

/** The criterion whose question is "Opnår den unge relationer til ikke-professionelle gennem det konkrete tilbud?" (seed 001 §3.1). */
export const RELATIONS_CRITERION_ID = 'relations';

/** "I høj grad" on the 1–4 fidelity scale: from here on, an offer counts as giving what a criterion asks. */
export const HIGH_DEGREE = 3;

/** An offer's latest criteria review, as the catalogue shows it beside the offer. */
export interface OfferReview {
  /** When the latest round was submitted. */
  reviewedAt: IsoDateTime;
  round: number;
  /** In the roll-up's criteria order; a score is null where that round gave no rating. */
  criteria: CriterionScore[];
  /**
   * Whether the latest round rated the relations criterion "i høj grad" or more on average: the
   * offer gives the young person relations to non-professionals. Null when it has no rating there.
   */
  givesNonProfessionalRelations: boolean | null;
}

/** Each reviewed offer's latest review, by offer id, from the offers × criteria roll-up. */
export function offerReviews(rollUp: OfferRollUp): Map<Id, OfferReview> {
  const reviews = new Map<Id, OfferReview>();
  for (const row of rollUp.rows) {
    const relations = row.criteria.find((score) => score.criterionId === RELATIONS_CRITERION_ID)?.score ?? null;
    reviews.set(row.offer.id, {
      reviewedAt: row.submittedAt,
      round: row.round,
      criteria: row.criteria,
      givesNonProfessionalRelations: relations === null ? null : relations >= HIGH_DEGREE,
    });
  }
  return reviews;
}

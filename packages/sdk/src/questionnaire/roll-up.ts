import type { Id } from '../schemas/common.js';
import type { CriterionScore, OfferRollUp, OfferRollUpRow, QuestionnaireDefinition, QuestionnaireResponse } from '../schemas/questionnaire.js';
import { scoreResponse } from './scores.js';

/** Finds the definition a response answered; undefined when unknown. */
export type DefinitionLookup = (id: Id, version: number) => QuestionnaireDefinition | undefined;

/** True when `a` is a later round than `b` for the same subject (round first, then time). */
function later(a: QuestionnaireResponse, b: QuestionnaireResponse): boolean {
  return a.round !== b.round ? a.round > b.round : a.submittedAt > b.submittedAt;
}

/** The latest submitted round per subject (`kind:id`), of any definition version. */
export function latestResponses(responses: readonly QuestionnaireResponse[]): Map<string, QuestionnaireResponse> {
  const latest = new Map<string, QuestionnaireResponse>();
  for (const response of responses) {
    const key = `${response.subject.kind}:${response.subject.id}`;
    const known = latest.get(key);
    if (!known || later(response, known)) latest.set(key, response);
  }
  return latest;
}

/**
 * Offers × criteria for leaders: one row per offer with a submitted round of `definition`'s
 * questionnaire (its latest round), scored against the version that round answered; the columns are
 * `definition`'s criteria (the latest version's), so a criterion a row's version lacks has no score.
 * Rows are sorted by offer name, Danish collation.
 *
 * @param offers - the catalogue, for the names; an offer not in it is left out.
 */
export function rollUpOffers(
  definition: QuestionnaireDefinition,
  responses: readonly QuestionnaireResponse[],
  definitionOf: DefinitionLookup,
  offers: readonly { id: Id; name: string }[],
): OfferRollUp {
  const offerById = new Map(offers.map((offer) => [offer.id, offer]));
  const ofOffers = responses.filter((response) => response.subject.kind === 'offer' && response.definition.id === definition.id);
  const rows: OfferRollUpRow[] = [];
  for (const response of latestResponses(ofOffers).values()) {
    const offer = offerById.get(response.subject.id);
    const answered = definitionOf(response.definition.id, response.definition.version);
    if (!offer || !answered) continue;
    const scores = new Map(scoreResponse(response, answered).map((score) => [score.criterionId, score]));
    rows.push({
      offer: { id: offer.id, name: offer.name },
      responseId: response.id,
      round: response.round,
      definitionVersion: response.definition.version,
      submittedAt: response.submittedAt,
      criteria: definition.criteria.map(
        (criterion): CriterionScore => scores.get(criterion.id) ?? { criterionId: criterion.id, score: null, answered: 0, unknown: 0, unanswered: 0 },
      ),
    });
  }
  rows.sort((a, b) => a.offer.name.localeCompare(b.offer.name, 'da'));
  return {
    definition: { id: definition.id, version: definition.version },
    criteria: definition.criteria.map((criterion) => ({ id: criterion.id, title: criterion.title })),
    rows,
  };
}

import type { Id } from '../schemas/common.js';
import type { Answers, CriterionScore, QuestionnaireDefinition, QuestionnaireResponse, QuestionnaireSubject } from '../schemas/questionnaire.js';
import { visibleTargets } from './answer-targets.js';

/**
 * The score of each criterion, in the definition's order: the mean of the numeric ratings given to
 * its items and sub-items shown, each rating counted once. "Don't know / not relevant" is counted
 * apart and left out of the mean (it says nothing about the degree); a criterion with no numeric
 * rating has no score (null), never 0, which would read as "not at all".
 */
export function scoreCriteria(definition: QuestionnaireDefinition, answers: Answers, subject: QuestionnaireSubject): CriterionScore[] {
  const rated = visibleTargets(definition, answers, subject).filter((target) => target.parts.includes('rating'));
  return definition.criteria.map((criterion) => {
    let sum = 0;
    let answered = 0;
    let unknown = 0;
    let unanswered = 0;
    for (const target of rated) {
      if (target.criterionId !== criterion.id) continue;
      const rating = answers[target.id]?.rating;
      if (typeof rating === 'number') {
        sum += rating;
        answered += 1;
      } else if (rating === 'unknown') unknown += 1;
      else unanswered += 1;
    }
    return { criterionId: criterion.id, score: answered > 0 ? sum / answered : null, answered, unknown, unanswered };
  });
}

/** Thrown when a response is summarized against another definition version than the one it answered. */
export class DefinitionMismatchError extends Error {
  constructor() {
    super('A response must be summarized against the definition version it answered');
    this.name = 'DefinitionMismatchError';
  }
}

/**
 * A submitted round's scores, against the definition version it answered: a later version may add
 * items, and counting those as unanswered would make an old round look incomplete.
 *
 * @throws {@link DefinitionMismatchError} when `definition` is not the response's own version.
 */
export function scoreResponse(response: QuestionnaireResponse, definition: QuestionnaireDefinition): CriterionScore[] {
  if (response.definition.id !== definition.id || response.definition.version !== definition.version) throw new DefinitionMismatchError();
  return scoreCriteria(definition, response.answers, response.subject);
}

/** How far the answers have come: ratings given ("don't know" included) out of ratings shown. */
export interface QuestionnaireProgress {
  answered: number;
  total: number;
}

export function questionnaireProgress(definition: QuestionnaireDefinition, answers: Answers, subject: QuestionnaireSubject): QuestionnaireProgress {
  const scores = scoreCriteria(definition, answers, subject);
  const answered = scores.reduce((sum, score) => sum + score.answered + score.unknown, 0);
  return { answered, total: answered + scores.reduce((sum, score) => sum + score.unanswered, 0) };
}

/** One criterion now and in the previous round. */
export interface CriterionChange extends CriterionScore {
  /** The previous round's score; null when it had none, or did not have this criterion. */
  previousScore: number | null;
  /** `score − previousScore`; null unless both are numbers. */
  delta: number | null;
}

/**
 * Change since the previous round, per criterion of `current`, matched by criterion id (so rounds
 * answered on two versions of a definition compare wherever a criterion kept its id).
 */
export function compareScores(current: readonly CriterionScore[], previous: readonly CriterionScore[] | null): CriterionChange[] {
  const before = new Map<Id, CriterionScore>((previous ?? []).map((score) => [score.criterionId, score]));
  return current.map((score) => {
    const previousScore = before.get(score.criterionId)?.score ?? null;
    return { ...score, previousScore, delta: score.score !== null && previousScore !== null ? score.score - previousScore : null };
  });
}

import type { Id } from '../schemas/common.js';
import type { AnswerPart, Answers, QuestionnaireDefinition, QuestionnaireSubject } from '../schemas/questionnaire.js';
import { visibleTargets, type AnswerTarget } from './answer-targets.js';

/** A required part not answered yet: one line of the error summary, linking to the field. */
export interface MissingAnswer {
  criterionId: Id;
  itemId: Id;
  /** Set when the missing rating is a sub-item's. */
  subItemId?: Id;
  /** The answer's key: the sub-item's id when set, else the item's. */
  targetId: Id;
  part: AnswerPart;
}

/** True when the target's part holds an answer that counts ("don't know" counts where allowed). */
export function isAnswered(target: AnswerTarget, answers: Answers, part: AnswerPart): boolean {
  const value = answers[target.id]?.[part];
  if (part === 'rating') return typeof value === 'number' || (value === 'unknown' && target.allowUnknown);
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Every required part of the items shown that has no answer, in document order. A hidden item is
 * never missing: a question the person was not asked cannot block the submit.
 */
export function missingAnswers(definition: QuestionnaireDefinition, answers: Answers, subject: QuestionnaireSubject): MissingAnswer[] {
  return visibleTargets(definition, answers, subject).flatMap((target) =>
    target.required
      .filter((part) => !isAnswered(target, answers, part))
      .map((part): MissingAnswer => ({
        criterionId: target.criterionId,
        itemId: target.itemId,
        ...(target.subItemId ? { subItemId: target.subItemId } : {}),
        targetId: target.id,
        part,
      })),
  );
}

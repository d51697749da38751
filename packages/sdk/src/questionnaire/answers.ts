import type { Id } from '../schemas/common.js';
import type { Answer, AnswerPart, Answers, QuestionnaireDefinition, QuestionnaireSubject, Rating } from '../schemas/questionnaire.js';
import { visibleTargets } from './answer-targets.js';

/** The value of one answer part: a rating for `rating`, text for the others. */
export type AnswerPartValue<P extends AnswerPart> = P extends 'rating' ? Rating : string;

/** One part of one target's answer, e.g. `{ targetId: 'focus-learning', part: 'nextStep' }`. */
export interface AnswerPartRef {
  targetId: Id;
  part: AnswerPart;
}

/**
 * The answers with one part set, or cleared with `undefined`. Text that is only white space clears
 * the part too (the contract has no empty texts), and an answer left with no parts is removed, so
 * "answered" always means something was said. Returns a new object; the input is not changed.
 */
export function withAnswer<P extends AnswerPart>(answers: Answers, targetId: Id, part: P, value: AnswerPartValue<P> | undefined): Answers {
  const cleared = value === undefined || (typeof value === 'string' && value.trim() === '');
  const { [part]: _old, ...rest } = answers[targetId] ?? {};
  const answer: Answer = cleared ? rest : { ...rest, [part]: value };
  const { [targetId]: _answer, ...others } = answers;
  return Object.keys(answer).length === 0 ? others : { ...others, [targetId]: answer };
}

/** One part's value, or undefined when unanswered. */
export function answerPart(answers: Answers, targetId: Id, part: AnswerPart): Answer[AnswerPart] {
  return answers[targetId]?.[part];
}

/**
 * The user's answers re-applied on top of another version (after a 412 on the draft): for every
 * part the user changed since the version they edited, their value wins (a cleared part stays
 * cleared); everything else is taken from `theirs`. Answers are per item and part, so two people
 * answering different questions never lose each other's answers.
 */
export function mergeAnswers(theirs: Answers, mine: Answers, changed: Iterable<AnswerPartRef>): Answers {
  let merged = theirs;
  for (const { targetId, part } of changed) merged = withAnswer(merged, targetId, part, answerPart(mine, targetId, part));
  return merged;
}

/**
 * Only the answers to items shown now, and only the parts each asks for: what is submitted. An
 * item hidden by a later change (its condition no longer holds) is not part of the round.
 */
export function shownAnswers(definition: QuestionnaireDefinition, answers: Answers, subject: QuestionnaireSubject): Answers {
  const kept: Answers = {};
  for (const target of visibleTargets(definition, answers, subject)) {
    const answer = answers[target.id];
    if (!answer) continue;
    const parts = Object.fromEntries(Object.entries(answer).filter(([part]) => target.parts.includes(part as AnswerPart))) as Answer;
    if (Object.keys(parts).length > 0) kept[target.id] = parts;
  }
  return kept;
}

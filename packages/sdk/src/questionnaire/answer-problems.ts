import { formatIssuePath } from '../client/issue-paths.js';
import type { FieldProblem } from '../schemas/common.js';
import type { AnswerPart, Answers, QuestionnaireDefinition, QuestionnaireSubject } from '../schemas/questionnaire.js';
import { answerTargets, shownItemIds } from './answer-targets.js';
import { missingAnswers } from './missing-answers.js';

/**
 * What is wrong with answers for one definition version, by path and code (never the value), as a
 * server reports it in a 400: an id the version does not have (`unknown_item`), a part the item
 * does not ask for (`part_not_asked`), "don't know" where it is not allowed (`unknown_not_allowed`).
 * With `complete` (a submit) also answers to hidden items (`not_shown`) and required parts left
 * unanswered (`required`). A draft may hold a hidden item's answer: the condition may hold again.
 */
export function answerProblems(
  definition: QuestionnaireDefinition,
  answers: Answers,
  subject: QuestionnaireSubject,
  options: { complete: boolean },
): FieldProblem[] {
  const targets = new Map(answerTargets(definition).map((target) => [target.id, target]));
  const shown = shownItemIds(definition, answers, subject);
  const problems: FieldProblem[] = [];
  const at = (...path: string[]) => formatIssuePath(['answers', ...path]);
  for (const [id, answer] of Object.entries(answers)) {
    const target = targets.get(id);
    if (!target) {
      problems.push({ path: at(id), code: 'unknown_item' });
      continue;
    }
    if (options.complete && !shown.has(target.itemId)) problems.push({ path: at(id), code: 'not_shown' });
    for (const part of Object.keys(answer) as AnswerPart[]) {
      if (!target.parts.includes(part)) problems.push({ path: at(id, part), code: 'part_not_asked' });
    }
    if (answer.rating === 'unknown' && !target.allowUnknown) problems.push({ path: at(id, 'rating'), code: 'unknown_not_allowed' });
  }
  if (options.complete) {
    for (const missing of missingAnswers(definition, answers, subject)) {
      const path = at(missing.targetId, missing.part);
      if (!problems.some((problem) => problem.path === path)) problems.push({ path, code: 'required' });
    }
  }
  return problems;
}

import { answerTargets, missingAnswers, type Answers, type QuestionnaireDefinition, type QuestionnaireSubject } from '@ungeforlob/sdk';

/**
 * Answers that complete `definition` for `subject`: every required part of every item shown, the
 * lowest rating (or "don't know" where allowed) and a short text. Filled until nothing is missing,
 * since an answer can show a follow-up question.
 */
export function completeAnswers(definition: QuestionnaireDefinition, subject: QuestionnaireSubject, text = 'Konformitetstjek'): Answers {
  const targets = new Map(answerTargets(definition).map((target) => [target.id, target]));
  const answers: Answers = {};
  for (let round = 0; round < 20; round += 1) {
    const missing = missingAnswers(definition, answers, subject);
    if (missing.length === 0) break;
    for (const { targetId, part } of missing) {
      const target = targets.get(targetId);
      const answer = (answers[targetId] ??= {});
      if (part === 'rating') answer.rating = target?.allowUnknown ? 'unknown' : 1;
      else answer[part] = text;
    }
  }
  return answers;
}

/**
 * The same round with one more thing said: a text part an answered item asks for but does not
 * require. Still complete and valid, so an implementation can only refuse it for its key. Undefined
 * when every part is answered already.
 */
export function moreSaid(definition: QuestionnaireDefinition, answers: Answers, text = 'Et andet svar'): Answers | undefined {
  for (const target of answerTargets(definition)) {
    const answer = answers[target.id];
    const part = target.parts.find((candidate) => candidate !== 'rating' && answer?.[candidate] === undefined);
    if (answer && part) return { ...answers, [target.id]: { ...answer, [part]: text } };
  }
  return undefined;
}

import type { QuestionnaireDefinition } from '../schemas/questionnaire.js';
import { localized, type QuestionnaireLanguage } from '../text/localized.js';

/**
 * What to call each question a missing answer points at, by its id, in `language`: the item's
 * text, and for a sub-item "item – sub-item", so the list of missing answers says which one.
 */
export function answerTargetLabels(definition: QuestionnaireDefinition, language: QuestionnaireLanguage): Map<string, string> {
  const labels = new Map<string, string>();
  for (const criterion of definition.criteria) {
    for (const item of criterion.items) {
      const text = localized(item.text, language);
      labels.set(item.id, text);
      for (const subItem of item.subItems ?? []) labels.set(subItem.id, `${text} – ${localized(subItem.text, language)}`);
    }
  }
  return labels;
}

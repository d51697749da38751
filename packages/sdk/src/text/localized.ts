import type { LocalizedLongText, LocalizedText } from '../schemas/questionnaire.js';

/** The languages a definition (a questionnaire's, a scale set's) is written in. */
export type QuestionnaireLanguage = 'da' | 'en';

/** The text in `language`, falling back to Danish where the municipality wrote no translation. */
export function localized(text: LocalizedText | LocalizedLongText, language: QuestionnaireLanguage): string {
  return (language === 'en' ? text.en : undefined) ?? text.da;
}

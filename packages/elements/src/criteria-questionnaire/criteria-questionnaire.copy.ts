import { defineCopy } from '../i18n/copy.js';
import type { QuestionnaireMessages } from '../i18n/messages.js';
import { da } from './criteria-questionnaire.copy.da.js';

/**
 * The questionnaire and summary widget's own copy: in its chunk, not in the shared catalogue, so a page without the
 * widget does not fetch it. English is a chunk of its own, fetched on first use.
 */
export const questionnaireCopy = defineCopy<QuestionnaireMessages>(da, () => import('./criteria-questionnaire.copy.en.js').then((module) => module.en));

// The questionnaire widgets' events, under the names they have always been exported by. Each file
// in ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';
import type { UfQuestionnaireLoadedDetail, UfQuestionnaireLoadedEvent } from '../events/uf-questionnaire-loaded.js';
import type { UfQuestionnaireSubmittedDetail, UfQuestionnaireSubmittedEvent } from '../events/uf-questionnaire-submitted.js';

export type QuestionnaireLoadedDetail = UfQuestionnaireLoadedDetail;
/** `uf-error` from the questionnaire widgets: loading, saving the draft or submitting failed. */
export type QuestionnaireErrorDetail = UfErrorDetail<'load' | 'save' | 'submit'>;
export type QuestionnaireSubmittedDetail = UfQuestionnaireSubmittedDetail;

export type QuestionnaireLoadedEvent = UfQuestionnaireLoadedEvent;
export type QuestionnaireErrorEvent = UfErrorEvent;
export type QuestionnaireSubmittedEvent = UfQuestionnaireSubmittedEvent;

import type { QuestionnaireResponse } from '@ungeforlob/sdk';

/** `uf-questionnaire-submitted`: the server made (or had already made) this round. */
export interface UfQuestionnaireSubmittedDetail {
  response: QuestionnaireResponse;
}

export type UfQuestionnaireSubmittedEvent = CustomEvent<UfQuestionnaireSubmittedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-questionnaire-submitted': UfQuestionnaireSubmittedEvent;
  }
}

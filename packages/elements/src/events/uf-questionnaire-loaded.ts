import type { QuestionnaireDefinition } from '@ungeforlob/sdk';

/** `uf-questionnaire-loaded`: the definition (in the version being answered) and any draft arrived. */
export interface UfQuestionnaireLoadedDetail {
  definition: QuestionnaireDefinition;
}

export type UfQuestionnaireLoadedEvent = CustomEvent<UfQuestionnaireLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-questionnaire-loaded': UfQuestionnaireLoadedEvent;
  }
}

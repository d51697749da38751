import type { QuestionnaireDefinition, QuestionnaireResponse } from '@ungeforlob/sdk';

/** `uf-questionnaire-loaded`: the definition (in the version being answered) and any draft arrived. */
export interface QuestionnaireLoadedDetail {
  definition: QuestionnaireDefinition;
}

/**
 * `uf-error` from the questionnaire widgets: loading, saving the draft or submitting failed. Same
 * shape as the other widgets', so one listener serves every widget.
 */
export interface QuestionnaireErrorDetail {
  error: Error;
  operation: 'load' | 'save' | 'submit';
}

/** `uf-questionnaire-submitted`: the server made (or had already made) this round. */
export interface QuestionnaireSubmittedDetail {
  response: QuestionnaireResponse;
}

export type QuestionnaireLoadedEvent = CustomEvent<QuestionnaireLoadedDetail>;
export type QuestionnaireErrorEvent = CustomEvent<QuestionnaireErrorDetail>;
export type QuestionnaireSubmittedEvent = CustomEvent<QuestionnaireSubmittedDetail>;

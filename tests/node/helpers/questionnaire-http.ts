import type { QuestionnaireSubject } from '@ungeforlob/sdk';
import { JSON_HEADERS } from './http.js';

/** Plain-fetch helpers for the questionnaire routes, so tests see statuses and headers as sent. */
export function questionnaireApi(baseUrl: string, definitionId = 'strategic-criteria') {
  const root = `${baseUrl}/api/v1/questionnaires`;
  const subjectPath = (subject: QuestionnaireSubject) => `${root}/${encodeURIComponent(definitionId)}/subjects/${subject.kind}/${encodeURIComponent(subject.id)}`;
  const body = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  return {
    listDefinitions: () => fetch(root),
    addDefinition: (definition: unknown) => fetch(root, { method: 'POST', headers: JSON_HEADERS, body: body(definition) }),
    getDefinition: (version?: number) => fetch(version === undefined ? `${root}/${definitionId}` : `${root}/${definitionId}/versions/${version}`),
    rollUp: () => fetch(`${root}/${definitionId}/rollup`),
    getDraft: (subject: QuestionnaireSubject) => fetch(`${subjectPath(subject)}/draft`),
    putDraft: (subject: QuestionnaireSubject, draft: unknown, headers: Record<string, string> = {}) =>
      fetch(`${subjectPath(subject)}/draft`, { method: 'PUT', headers: { ...JSON_HEADERS, ...headers }, body: body(draft) }),
    listResponses: (subject: QuestionnaireSubject) => fetch(`${subjectPath(subject)}/responses`),
    submit: (subject: QuestionnaireSubject, submission: unknown, idempotencyKey?: string) =>
      fetch(`${subjectPath(subject)}/responses`, {
        method: 'POST',
        headers: { ...JSON_HEADERS, ...(idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }) },
        body: body(submission),
      }),
  };
}

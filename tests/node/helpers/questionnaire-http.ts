import type { QuestionnaireSubject } from '@ungeforlob/sdk';
import { seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, JSON_HEADERS } from './http.js';

/**
 * Plain-fetch helpers for the questionnaire routes, so tests see statuses and headers as sent.
 * Signed in as `as` (default Jonas Kragh, Team Nord; `null` sends no token), except
 * `addDefinition`, which only an administrator may do and so always goes as one.
 */
export function questionnaireApi(baseUrl: string, definitionId = 'strategic-criteria', { as }: { as?: string | null } = {}) {
  const root = `${baseUrl}/api/v1/questionnaires`;
  const subjectPath = (subject: QuestionnaireSubject) =>
    `${root}/${encodeURIComponent(definitionId)}/subjects/${subject.kind}/${encodeURIComponent(subject.id)}`;
  const body = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  return {
    listDefinitions: () => apiFetch(root, { as }),
    addDefinition: (definition: unknown) => apiFetch(root, { as: seedUserIds.administrator, method: 'POST', headers: JSON_HEADERS, body: body(definition) }),
    getDefinition: (version?: number) => apiFetch(version === undefined ? `${root}/${definitionId}` : `${root}/${definitionId}/versions/${version}`, { as }),
    rollUp: () => apiFetch(`${root}/${definitionId}/rollup`, { as }),
    getDraft: (subject: QuestionnaireSubject) => apiFetch(`${subjectPath(subject)}/draft`, { as }),
    putDraft: (subject: QuestionnaireSubject, draft: unknown, headers: Record<string, string> = {}) =>
      apiFetch(`${subjectPath(subject)}/draft`, { as, method: 'PUT', headers: { ...JSON_HEADERS, ...headers }, body: body(draft) }),
    listResponses: (subject: QuestionnaireSubject) => apiFetch(`${subjectPath(subject)}/responses`, { as }),
    submit: (subject: QuestionnaireSubject, submission: unknown, idempotencyKey?: string) =>
      apiFetch(`${subjectPath(subject)}/responses`, {
        as,
        method: 'POST',
        headers: { ...JSON_HEADERS, ...(idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey }) },
        body: body(submission),
      }),
  };
}

import type { QuestionnaireSubject } from '@ungeforlob/sdk';
import { jsonOf, type Answer } from '../check-response.js';
import type { Fixtures } from '../fixtures.js';
import type { Results } from '../report.js';
import type { Session } from '../session.js';

/** What every check gets: the session, where to record outcomes, and the fixtures' path values. */
export interface CheckContext {
  session: Session;
  results: Results;
  fixtures: Fixtures;
  /** The questionnaire's latest version, as the implementation reports it. */
  definitionVersion: number;
  /** Path values for any operation: the team course, the questionnaire and its version, the course as subject; `overrides` win. */
  params: (overrides?: Record<string, string | number>) => Record<string, string | number>;
}

export function courseSubject(fixtures: Fixtures): QuestionnaireSubject {
  return { kind: 'course', id: fixtures.courses.team };
}

export function offerSubject(fixtures: Fixtures): QuestionnaireSubject {
  return { kind: 'offer', id: fixtures.offer };
}

/** Path values naming `subject` as the questionnaire's subject. */
export function subjectParams(subject: QuestionnaireSubject): Record<string, string> {
  return { subjectKind: subject.kind, subjectId: subject.id };
}

/** A fresh Idempotency-Key: 16–128 of A–Z a–z 0–9 _ -. */
export function freshKey(): string {
  return `conformance-${crypto.randomUUID()}`;
}

/** A JSON body as the check expects it, or undefined when there is none or it is not JSON. */
export function bodyOf<T = unknown>(answer: Answer): T | undefined {
  return jsonOf(answer) as T | undefined;
}

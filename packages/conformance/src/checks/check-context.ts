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

/**
 * A network meeting the kit plans on the team course under `id`, in its own words: a coordinator
 * and the young person, a point of theirs and one of the professionals', and minutes only for the
 * team, so the young person's view has something to leave out. `changes` break it for validation.
 */
export function conformanceMeeting(id: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    at: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
    where: 'Konformitetstjek',
    status: 'planned',
    participants: [
      { id: 'pa-coordinator', role: 'coordinator', name: 'Konformitetstjek Koordinator' },
      { id: 'pa-youth', role: 'youth', name: 'Konformitetstjek Ung' },
    ],
    points: [
      { id: 'pt-youth', from: 'youth', text: 'Konformitetstjek: den unges eget punkt.' },
      { id: 'pt-professional', from: 'professional', text: 'Konformitetstjek: et punkt kun til kolleger.' },
    ],
    decisions: [],
    handover: null,
    minutes: { text: 'Konformitetstjek: et referat kun til teamet.', sharedWithYouth: false },
    ...changes,
  };
}

/** Where the contract's routes live relative to a server's origin; `baseUrl` points here. */
export const API_BASE_PATH = '/api/v1';

const segment = encodeURIComponent;

/**
 * Route templates (used in error messages and logs, so no concrete id leaks) and the concrete
 * relative paths the client requests.
 */
export const routes = {
  contact: {
    template: '/courses/{courseId}/contact',
    path: (courseId: string) => `courses/${segment(courseId)}/contact`,
  },
  plan: {
    template: '/courses/{courseId}/plan',
    path: (courseId: string) => `courses/${segment(courseId)}/plan`,
  },
  /** The young person's own comment on their plan: the one part they may change. */
  planComment: {
    template: '/courses/{courseId}/plan/comment',
    path: (courseId: string) => `courses/${segment(courseId)}/plan/comment`,
  },
  /** Every version of every questionnaire definition (GET), and adding a version as data (POST). */
  questionnaires: {
    template: '/questionnaires',
    path: () => 'questionnaires',
  },
  /** The latest version of one definition. */
  questionnaire: {
    template: '/questionnaires/{definitionId}',
    path: (definitionId: string) => `questionnaires/${segment(definitionId)}`,
  },
  /** One version of a definition: responses are always shown against the version they answered. */
  questionnaireVersion: {
    template: '/questionnaires/{definitionId}/versions/{version}',
    path: (definitionId: string, version: number) => `questionnaires/${segment(definitionId)}/versions/${segment(String(version))}`,
  },
  /** Offers × criteria for leaders. */
  questionnaireRollUp: {
    template: '/questionnaires/{definitionId}/rollup',
    path: (definitionId: string) => `questionnaires/${segment(definitionId)}/rollup`,
  },
  /** The answers in progress for one subject (a course or an offer). */
  questionnaireDraft: {
    template: '/questionnaires/{definitionId}/subjects/{subjectKind}/{subjectId}/draft',
    path: (definitionId: string, subject: { kind: string; id: string }) =>
      `questionnaires/${segment(definitionId)}/subjects/${segment(subject.kind)}/${segment(subject.id)}/draft`,
  },
  /** The submitted rounds for one subject (GET), and submitting one (POST, with Idempotency-Key). */
  questionnaireResponses: {
    template: '/questionnaires/{definitionId}/subjects/{subjectKind}/{subjectId}/responses',
    path: (definitionId: string, subject: { kind: string; id: string }) =>
      `questionnaires/${segment(definitionId)}/subjects/${segment(subject.kind)}/${segment(subject.id)}/responses`,
  },
  /** The signed-in user and the courses they may see. */
  me: {
    template: '/me',
    path: () => 'me',
  },
  /** Every read and write of a course's personal data, for an administrator (JSON, or CSV by Accept). */
  courseAudit: {
    template: '/courses/{courseId}/audit',
    path: (courseId: string) => `courses/${segment(courseId)}/audit`,
  },
  /** The latest progression scale set: the scales as data (issue #5). */
  progressionScales: {
    template: '/progression/scales',
    path: () => 'progression/scales',
  },
  /** A course's readings and annotations, in one answer. */
  progression: {
    template: '/courses/{courseId}/progression',
    path: (courseId: string) => `courses/${segment(courseId)}/progression`,
  },
  /** Adding one reading under its client-made id (PUT): retrying with the same id cannot make two. */
  progressionReading: {
    template: '/courses/{courseId}/progression/readings/{readingId}',
    path: (courseId: string, readingId: string) => `courses/${segment(courseId)}/progression/readings/${segment(readingId)}`,
  },
  /** Adding one annotation under its client-made id (PUT). */
  progressionAnnotation: {
    template: '/courses/{courseId}/progression/annotations/{annotationId}',
    path: (courseId: string, annotationId: string) => `courses/${segment(courseId)}/progression/annotations/${segment(annotationId)}`,
  },
} as const;

/** Problem types (RFC 9457 `type`) whose extension members a client acts on. */
export const problemTypes = {
  /** 400 with `errors`: one `{ path, code }` per field that did not match the contract. */
  invalidRequest: 'urn:ungeforlob:problem:invalid-request',
  /** 412 with `current`: someone else changed the resource; re-apply the change to `current`. */
  editConflict: 'urn:ungeforlob:problem:edit-conflict',
  /** 422: an Idempotency-Key already used for a different submission (other subject or answers). */
  idempotencyKeyReused: 'urn:ungeforlob:problem:idempotency-key-reused',
  /** 409: a definition with that id and version (or a later version) exists; versions only grow. */
  definitionVersionExists: 'urn:ungeforlob:problem:definition-version-exists',
  /** 409: a reading or annotation with that id exists with other content; they are append-only, so use a new id. */
  entryIdTaken: 'urn:ungeforlob:problem:entry-id-taken',
} as const;

/**
 * The header that makes a submit safe to retry: the same key twice yields the one response the
 * first made (IETF draft-ietf-httpapi-idempotency-key-header). 16–128 of `A–Z a–z 0–9 _ -`.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

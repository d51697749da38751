/** Where the contract's routes live relative to a server's origin; `baseUrl` points here. */
export const API_BASE_PATH = '/api/v1';

/** What fills a template's placeholders, in order: an id, a version, or a subject (its kind, then its id). */
type PathArgument = string | number | { kind: string; id: string };

/** A route: its template, and the concrete relative path for its parameters, each one encoded. A new resource's operations module makes its routes with it. */
export function route<Args extends PathArgument[]>(template: string): { template: string; path: (...args: Args) => string } {
  return {
    template,
    path: (...args) => {
      const values = args.flatMap((value) => (typeof value === 'object' ? [value.kind, value.id] : [String(value)]));
      let next = 0;
      return template.slice(1).replace(/\{\w+\}/g, () => encodeURIComponent(values[next++] ?? ''));
    },
  };
}

/**
 * Route templates (used in error messages and logs, so no concrete id leaks) and the concrete
 * relative paths the client requests.
 */
export const routes = {
  contact: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/contact'),
  plan: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/plan'),
  /** The young person's own comment on their plan: the one part they may change. */
  planComment: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/plan/comment'),
  /** Every version of every questionnaire definition (GET), and adding a version as data (POST). */
  questionnaires: /* @__PURE__ */ route<[]>('/questionnaires'),
  /** The latest version of one definition. */
  questionnaire: /* @__PURE__ */ route<[definitionId: string]>('/questionnaires/{definitionId}'),
  /** One version of a definition: responses are always shown against the version they answered. */
  questionnaireVersion: /* @__PURE__ */ route<[definitionId: string, version: number]>('/questionnaires/{definitionId}/versions/{version}'),
  /** Offers × criteria for leaders. */
  questionnaireRollUp: /* @__PURE__ */ route<[definitionId: string]>('/questionnaires/{definitionId}/rollup'),
  /** Offers × criteria for one calendar period, from the offers' reviews and the courses' rounds, with small numbers suppressed: for leaders. */
  criteriaOverview: /* @__PURE__ */ route<[definitionId: string, period: string]>('/questionnaires/{definitionId}/overview/{period}'),
  /** The answers in progress for one subject (a course or an offer). */
  questionnaireDraft: /* @__PURE__ */ route<[definitionId: string, subject: { kind: string; id: string }]>(
    '/questionnaires/{definitionId}/subjects/{subjectKind}/{subjectId}/draft',
  ),
  /** The submitted rounds for one subject (GET), and submitting one (POST, with Idempotency-Key). */
  questionnaireResponses: /* @__PURE__ */ route<[definitionId: string, subject: { kind: string; id: string }]>(
    '/questionnaires/{definitionId}/subjects/{subjectKind}/{subjectId}/responses',
  ),
  /** The municipality's offer catalogue (tilbudsvifte). */
  offers: /* @__PURE__ */ route<[]>('/offers'),
  /** One offer of the catalogue. */
  offer: /* @__PURE__ */ route<[offerId: string]>('/offers/{offerId}'),
  /** A course's needs shared to the needs bank (behovsbank), with their proposals. */
  courseNeeds: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/needs'),
  /** Sharing one of the course's needs (PUT, If-None-Match: *), or changing or closing it (PUT, If-Match). */
  courseNeed: /* @__PURE__ */ route<[courseId: string, needId: string]>('/courses/{courseId}/needs/{needId}'),
  /** The contact person's decision on a proposal: accepted into the plan, or declined. */
  proposalDecision: /* @__PURE__ */ route<[courseId: string, needId: string, proposalId: string]>(
    '/courses/{courseId}/needs/{needId}/proposals/{proposalId}/decision',
  ),
  /** The needs bank: other teams' open needs, without who the young person is. */
  needsBank: /* @__PURE__ */ route<[]>('/needs'),
  /** A professional's proposal for an open need, under its client-made id (PUT): retrying cannot make two. */
  needProposal: /* @__PURE__ */ route<[needId: string, proposalId: string]>('/needs/{needId}/proposals/{proposalId}'),
  /** A course's contact log: the agreed rhythm and every contact, newest first. */
  contactLog: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/contact-log'),
  /** Logging one contact under its client-made id (PUT): retrying with the same id cannot make two. */
  contactLogEntry: /* @__PURE__ */ route<[courseId: string, entryId: string]>('/courses/{courseId}/contact-log/entries/{entryId}'),
  /** The course's agreed contact rhythm: set it (PUT, If-None-Match: *) or change it (PUT, If-Match). */
  contactRhythm: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/contact-log/rhythm'),
  /** A course's network meetings, the latest first. */
  courseMeetings: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/meetings'),
  /** Planning one network meeting (PUT, If-None-Match: *), or changing it (PUT, If-Match). */
  courseMeeting: /* @__PURE__ */ route<[courseId: string, meetingId: string]>('/courses/{courseId}/meetings/{meetingId}'),
  /** The signed-in user and the courses they may see. */
  me: /* @__PURE__ */ route<[]>('/me'),
  /** Every read and write of a course's personal data, for an administrator (JSON, or CSV by Accept). */
  courseAudit: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/audit'),
  /** One course as a FHIR R4 Bundle (type `collection`), as `application/fhir+json` (issue #18). */
  courseFhir: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/fhir'),
  /** The latest progression scale set: the scales as data (issue #5). */
  progressionScales: /* @__PURE__ */ route<[]>('/progression/scales'),
  /** A course's readings and annotations, in one answer. */
  progression: /* @__PURE__ */ route<[courseId: string]>('/courses/{courseId}/progression'),
  /** Adding one reading under its client-made id (PUT): retrying with the same id cannot make two. */
  progressionReading: /* @__PURE__ */ route<[courseId: string, readingId: string]>('/courses/{courseId}/progression/readings/{readingId}'),
  /** Adding one annotation under its client-made id (PUT). */
  progressionAnnotation: /* @__PURE__ */ route<[courseId: string, annotationId: string]>('/courses/{courseId}/progression/annotations/{annotationId}'),
} as const;

/** The media type of a FHIR resource in JSON (FHIR R4 §2.6.4), which the course's Bundle is answered as. */
export const FHIR_JSON = 'application/fhir+json';

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
  /** 409 with `current`: the proposal was decided otherwise before; `current` is the need as it is now. */
  alreadyDecided: 'urn:ungeforlob:problem:already-decided',
  /** 409: the need was taken out of the bank (closed) before the proposal came. */
  needClosed: 'urn:ungeforlob:problem:need-closed',
} as const;

/**
 * The header that makes a submit safe to retry: the same key twice yields the one response the
 * first made (IETF draft-ietf-httpapi-idempotency-key-header). 16–128 of `A–Z a–z 0–9 _ -`.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

import {
  problemTypes,
  type Contact,
  type ContactRhythm,
  type FieldProblem,
  type NetworkMeeting,
  type Offer,
  type Plan,
  type QuestionnaireDraft,
  type SharedNeed,
} from '@ungeforlob/sdk';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';

/**
 * An RFC 9457 problem. `detail` is written for a developer and must never contain personal data:
 * no names, no id values, no submitted values. Field problems carry paths and codes only.
 */
export interface Problem {
  status: ContentfulStatusCode;
  /** `about:blank` (the default) when the status code says it all; then `title` is the status phrase. */
  type?: string;
  title: string;
  detail: string;
  errors?: FieldProblem[];
  /** With an edit conflict: the resource as stored now, so the client can re-apply its change. */
  current?: Stored;
}

/** What a conflict may carry as `current`: a resource as stored now. */
type Stored = Contact | Plan | QuestionnaireDraft | Offer | SharedNeed | ContactRhythm | NetworkMeeting;

/** Thrown by handlers and middleware; the app's error handler answers with the problem. */
export class ProblemError extends Error {
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;
  constructor(problem: Problem, headers: Readonly<Record<string, string>> = {}) {
    super(problem.title);
    this.name = 'ProblemError';
    this.problem = problem;
    this.headers = headers;
  }
}

/** Answers with `application/problem+json`, adding the request id. */
export function problemResponse(c: Context<AppEnv>, problem: Problem, headers: Readonly<Record<string, string>> = {}): Response {
  const { status, type = 'about:blank', title, detail, ...extensions } = problem;
  const body = { type, title, status, detail, ...extensions, requestId: c.get('requestId') };
  return c.body(JSON.stringify(body), status, { ...headers, 'Content-Type': 'application/problem+json' });
}

/** Every problem this server answers with, so wording and types stay consistent. */
export const problems = {
  invalidRequest: (detail: string, errors: FieldProblem[]): Problem => ({
    status: 400,
    type: problemTypes.invalidRequest,
    title: 'Invalid request',
    detail,
    errors,
  }),
  unauthorized: (detail: string): Problem => ({ status: 401, title: 'Unauthorized', detail }),
  forbidden: (detail: string): Problem => ({ status: 403, title: 'Forbidden', detail }),
  notFound: (detail: string): Problem => ({ status: 404, title: 'Not Found', detail }),
  courseNotFound: (): Problem => ({ status: 404, title: 'Not Found', detail: 'There is no course with this id.' }),
  methodNotAllowed: (): Problem => ({ status: 405, title: 'Method Not Allowed', detail: 'This resource does not support that method; see the Allow header.' }),
  editConflict: (detail: string, current?: Stored): Problem => ({
    status: 412,
    type: problemTypes.editConflict,
    title: 'Edit conflict',
    detail,
    ...(current ? { current } : {}),
  }),
  definitionVersionExists: (): Problem => ({
    status: 409,
    type: problemTypes.definitionVersionExists,
    title: 'Definition version exists',
    detail: 'This version, or a later one, of the definition exists. Versions are immutable: add the next version.',
  }),
  entryIdTaken: (detail = 'A reading or annotation with this id exists with other content. They are append-only: add a new one under a new id.'): Problem => ({
    status: 409,
    type: problemTypes.entryIdTaken,
    title: 'Id taken',
    detail,
  }),
  alreadyDecided: (current: SharedNeed): Problem => ({
    status: 409,
    type: problemTypes.alreadyDecided,
    title: 'Already decided',
    detail: 'The proposal was decided otherwise before. `current` is the need as it is now.',
    current,
  }),
  needClosed: (): Problem => ({
    status: 409,
    type: problemTypes.needClosed,
    title: 'Need closed',
    detail: 'The need was taken out of the needs bank before the proposal came.',
  }),
  idempotencyKeyReused: (): Problem => ({
    status: 422,
    type: problemTypes.idempotencyKeyReused,
    title: 'Idempotency key reused',
    detail: 'This Idempotency-Key was used for a different submission. Use a new key for a new submission.',
  }),
  contentTooLarge: (maxBytes: number): Problem => ({ status: 413, title: 'Content Too Large', detail: `The request body is larger than ${maxBytes} bytes.` }),
  unsupportedMediaType: (): Problem => ({ status: 415, title: 'Unsupported Media Type', detail: 'Send the body as application/json in UTF-8.' }),
  preconditionRequired: (): Problem => ({
    status: 428,
    title: 'Precondition Required',
    detail: 'Send If-Match with the ETag of the version the change is based on, so no one overwrites another change unseen.',
  }),
  serviceUnavailable: (detail: string): Problem => ({ status: 503, title: 'Service Unavailable', detail }),
  internalError: (): Problem => ({
    status: 500,
    title: 'Internal Server Error',
    detail: 'The server failed; the request id identifies the failure in the server log.',
  }),
} as const;

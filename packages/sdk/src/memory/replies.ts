import { problemTypes } from '../client/api-paths.js';
import { toFieldProblems } from '../client/issue-paths.js';
import { LIMITS } from '../contract/limits.js';
import { isJsonInUtf8, unstorableTextProblems } from '../contract/request-body.js';
import { Id, type FieldProblem } from '../schemas/common.js';
import { canonicalJson } from '../json/canonical-json.js';
import type { PathParam, Shown } from './memory-resource.js';

// The answers the in-memory transport gives, shared by its resources so they speak the contract alike.

export interface BodySchema<Body> {
  safeParse(value: unknown): { success: true; data: Body } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] } };
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** 200 (or `status`) with the resource as JSON and its ETag. */
export function versioned(resource: unknown, version: number, status = 200): Response {
  return sent({ body: resource, etag: etagOf(version) }, status);
}

/** 200 (or `status`) with what the caller is shown, and its ETag. */
export function sent(shown: Shown<unknown>, status = 200): Response {
  return new Response(JSON.stringify(shown.body), { status, headers: { 'content-type': 'application/json', etag: shown.etag } });
}

/**
 * The ETag of a young person's view: a digest of its canonical JSON. Not for security (the view
 * is theirs to see), only so it changes exactly when what they see changes (cyrb53, 53 bits).
 */
export function viewTag(view: unknown): string {
  const text = canonicalJson(view);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `"y-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}"`;
}

/** The resource as JSON, without a version. */
export function json(resource: unknown, status = 200): Response {
  return new Response(JSON.stringify(resource), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** 400 with field problems, as the server answers a body that breaks a rule. */
export function invalid(errors: FieldProblem[]): Response {
  return problem(400, 'Invalid request', { type: problemTypes.invalidRequest, errors });
}

/** 428 unless the request carries If-Match, and not `*`: the reference server asks for it before it reads the body. */
export function missingIfMatch(request: Request): Response | null {
  const ifMatch = request.headers.get('if-match')?.trim();
  // "*" would match any version and overwrite silently; the contract refuses it like a missing one.
  return !ifMatch || ifMatch === '*' ? problem(428, 'If-Match is required') : null;
}

/**
 * 412 unless If-Match names the current version (among others, in a list; a weak tag never
 * matches), with `current` and its ETag; without them when there is no resource (any more). As
 * the reference server, checked once the body has been found valid.
 */
export function staleIfMatch(request: Request, current: Shown<unknown> | null): Response | null {
  if (current === null) return problem(412, 'The resource does not exist (any more)', { type: problemTypes.editConflict });
  const tags = (request.headers.get('if-match') ?? '').split(',').map((tag) => tag.trim());
  if (tags.includes(current.etag)) return null;
  return problem(412, 'Changed by someone else', { type: problemTypes.editConflict, current: current.body }, { etag: current.etag });
}

/**
 * The request's body checked as the reference server checks it: JSON in UTF-8 (else 415), within
 * the size limit (else 413), parsed (else 400 `invalid_json`), storable text, then `schema`.
 */
export async function parseBody<Body>(request: Request, schema: BodySchema<Body>): Promise<Body | Response> {
  if (!isJsonInUtf8(request.headers.get('content-type') ?? '')) return problem(415, 'Unsupported Media Type');
  const text = await request.text();
  if (new TextEncoder().encode(text).byteLength > LIMITS.bodyBytes) return problem(413, 'Content Too Large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalid([{ path: '', code: 'invalid_json' }]);
  }
  const unstorable = unstorableTextProblems(body);
  if (unstorable.length > 0) return invalid(unstorable);
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  return problem(400, 'Invalid request body', { type: problemTypes.invalidRequest, errors: toFieldProblems(parsed.error.issues) });
}

/** What the transport answers for a path the contract does not have, and for what it does not serve. */
export function notServed(): Response {
  return problem(404, 'Not found');
}

/** `answer` for the course of the path, or 400 for a malformed course id and 404 for an unknown course. */
export function withCourse(
  param: PathParam,
  courses: { courseExists(courseId: Id): boolean },
  answer: (courseId: Id) => Response | Promise<Response>,
): Response | Promise<Response> {
  const courseId = param('courseId');
  if (!Id.safeParse(courseId).success) return problem(400, 'Invalid course id');
  if (!courses.courseExists(courseId)) return problem(404, 'No such course');
  return answer(courseId);
}

/**
 * A PUT that creates with `If-None-Match: *` and changes with `If-Match` (a shared need, a contact
 * rhythm): whether it creates, or 428 when it carries neither. Asked before the body is read, as the reference server does.
 */
export function createOrChange(request: Request): { create: boolean } | Response {
  const create = request.headers.get('if-none-match') === '*' && !request.headers.get('if-match');
  return create ? { create } : (missingIfMatch(request) ?? { create });
}

/** 412 when creating what exists (with it), or changing a version that is not the current one; null when the write may go on. */
export function createOrChangeConflict(request: Request, create: boolean, current: Shown<unknown> | null, what: string): Response | null {
  const exists = (found: Shown<unknown>) => problem(412, `The ${what} exists`, { type: problemTypes.editConflict, current: found.body }, { etag: found.etag });
  if (create) return current ? exists(current) : null;
  // With If-Match too, If-None-Match: * fails wherever it exists (RFC 9110 §13.2.2), as on the reference server.
  if (current && request.headers.get('if-none-match') === '*') return exists(current);
  return staleIfMatch(request, current);
}

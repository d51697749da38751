import { problemTypes } from '../client/api-paths.js';
import { toFieldProblems } from '../client/issue-paths.js';
import { Id, type FieldProblem } from '../schemas/common.js';

// The answers the in-memory transport gives, shared by its resources so they speak the contract alike.

/** A path parameter of the matched route by its name in the template (`courseId`), decoded. */
export type PathParam = (name: string) => string;

/** Answers one operation of the contract, once the transport has matched the request to it. */
export type MemoryHandler = (request: Request, param: PathParam) => Response | Promise<Response>;

/**
 * Handlers for some of the contract's operations, by operationId; the transport needs one for
 * every operation, and refuses to start without (an id here outside the contract is refused too).
 */
export type MemoryHandlers = Readonly<Record<string, MemoryHandler>>;

export interface BodySchema<Body> {
  safeParse(value: unknown): { success: true; data: Body } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] } };
}

export function etagOf(version: number): string {
  return `"${version}"`;
}

/** 200 (or `status`) with the resource as JSON and its ETag. */
export function versioned(resource: unknown, version: number, status = 200): Response {
  return new Response(JSON.stringify(resource), { status, headers: { 'content-type': 'application/json', etag: etagOf(version) } });
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

/** If-Match as the reference server checks it: required, never `*`, and the current version; a 412 carries `current`. */
export function precondition(request: Request, current: unknown, version: number): Response | null {
  const ifMatch = request.headers.get('if-match');
  // "*" would match any version and overwrite silently; the contract refuses it like a missing one.
  if (!ifMatch || ifMatch === '*') return problem(428, 'If-Match is required');
  // No resource (any more) is a failed precondition, with nothing to show as current.
  if (current === null) return problem(412, 'The resource does not exist (any more)', { type: problemTypes.editConflict });
  if (ifMatch !== etagOf(version)) {
    return problem(412, 'Changed by someone else', { type: problemTypes.editConflict, current }, { etag: etagOf(version) });
  }
  return null;
}

export async function parseBody<Body>(request: Request, schema: BodySchema<Body>): Promise<Body | Response> {
  const parsed = schema.safeParse(await request.json().catch(() => undefined));
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

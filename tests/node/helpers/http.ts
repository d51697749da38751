/** Helpers for talking to the server under test with plain fetch. */

export const JSON_HEADERS = { 'Content-Type': 'application/json' } as const;

/** PATCHes the contact of `courseId` with a JSON body. */
export function patchContact(baseUrl: string, courseId: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/contact`, {
    method: 'PATCH',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** GETs the contact of `courseId`. */
export function getContact(baseUrl: string, courseId: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/contact`, { headers });
}

/** The JSON body of a problem response, after checking it is one. */
export async function problemOf(response: Response): Promise<Record<string, unknown>> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) throw new Error(`expected a problem, got ${response.status} ${type}`);
  return (await response.json()) as Record<string, unknown>;
}

/** GETs the plan of `courseId`. */
export function getPlan(baseUrl: string, courseId: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/plan`, { headers });
}

/** PUTs the plan of `courseId` (a `PlanUpdate`) with a JSON body. */
export function putPlan(baseUrl: string, courseId: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/plan`, {
    method: 'PUT',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** PUTs the young person's comment on the plan of `courseId` (a `PlanCommentUpdate`). */
export function putPlanComment(baseUrl: string, courseId: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/plan/comment`, {
    method: 'PUT',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

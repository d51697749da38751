/** Helpers for talking to the server under test with plain fetch, signed in as a seeded user. */
import { seedUserIds } from '@ungeforlob/sdk/seed';

export const JSON_HEADERS = { 'Content-Type': 'application/json' } as const;

const signers = new Map<string, (user: string) => Promise<string>>();

/** Makes {@link apiFetch} sign requests to the server at `baseUrl` with its development issuer. */
export function signInFor(baseUrl: string, sign: (user: string) => Promise<string>): void {
  signers.set(baseUrl, sign);
}

export interface ApiRequestInit extends RequestInit {
  /** Whose token to send: a seeded user's subject; `null` sends none. Default Jonas Kragh (Team Nord). */
  as?: string | null;
}

/**
 * `fetch`, with the bearer token of a seeded user when the URL belongs to a test server and the
 * request carries no Authorization header of its own: tests act as a signed-in professional
 * unless they say otherwise.
 */
export async function apiFetch(url: string, init: ApiRequestInit = {}): Promise<Response> {
  const { as = seedUserIds.teamNord, ...rest } = init;
  const headers = new Headers(rest.headers);
  const sign = [...signers].find(([baseUrl]) => url.startsWith(baseUrl))?.[1];
  if (sign && as !== null && !headers.has('authorization')) headers.set('authorization', `Bearer ${await sign(as)}`);
  return fetch(url, { ...rest, headers });
}

// `as` in the helpers below: whose token to send (see {@link ApiRequestInit}); default Jonas Kragh.

/** PATCHes the contact of `courseId` with a JSON body. */
export function patchContact(baseUrl: string, courseId: string, body: unknown, headers: Record<string, string> = {}, as?: string | null): Promise<Response> {
  return apiFetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/contact`, {
    as,
    method: 'PATCH',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** GETs the contact of `courseId`. */
export function getContact(baseUrl: string, courseId: string, headers: Record<string, string> = {}, as?: string | null): Promise<Response> {
  return apiFetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/contact`, { as, headers });
}

/** The JSON body of a problem response, after checking it is one. */
export async function problemOf(response: Response): Promise<Record<string, unknown>> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/problem+json')) throw new Error(`expected a problem, got ${response.status} ${type}`);
  return (await response.json()) as Record<string, unknown>;
}

/** GETs the plan of `courseId`. */
export function getPlan(baseUrl: string, courseId: string, headers: Record<string, string> = {}, as?: string | null): Promise<Response> {
  return apiFetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/plan`, { as, headers });
}

/** PUTs the plan of `courseId` (a `PlanUpdate`) with a JSON body. */
export function putPlan(baseUrl: string, courseId: string, body: unknown, headers: Record<string, string> = {}, as?: string | null): Promise<Response> {
  return apiFetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/plan`, {
    as,
    method: 'PUT',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * PUTs the young person's comment on the plan of `courseId` (a `PlanCommentUpdate`). Only the
 * course's young person may, so pass their citizen id as `as`; the default (Jonas Kragh) is refused.
 */
export function putPlanComment(baseUrl: string, courseId: string, body: unknown, headers: Record<string, string> = {}, as?: string | null): Promise<Response> {
  return apiFetch(`${baseUrl}/api/v1/courses/${encodeURIComponent(courseId)}/plan/comment`, {
    as,
    method: 'PUT',
    headers: { ...JSON_HEADERS, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * Sending the same requests to the reference server and to the SDK's memory transport, so a test
 * can hold the two to the same answers (the contact log's and the network meetings' parity tests).
 */
import { createMemoryClient } from '@ungeforlob/sdk';
import { buildSeed } from '@ungeforlob/sdk/seed';
import { JSON_HEADERS } from './http.js';

/** An answer as the parity tests compare it. */
export interface Answer {
  status: number;
  etag: string | null;
  requestId: string | null;
  body: Record<string, unknown>;
}

/** One request as `as`, answered by the server under test or the memory transport. */
export type Send = (method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>;

const bodyOf = (body: unknown) => (body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) });

async function answerOf(response: Response, requestId: string | null): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), requestId, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Requests to a server (its base URL and how to sign in, read when each request is sent). */
export function sendTo(target: () => { url: string; headersFor: (user: string) => Promise<Record<string, string>> }): Send {
  return async (method, path, as, body, headers = {}) => {
    const { url, headersFor } = target();
    const response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { ...(await headersFor(as)), ...(body === undefined ? {} : JSON_HEADERS), ...headers },
      ...bodyOf(body),
    });
    return answerOf(response, response.headers.get('x-request-id'));
  };
}

/** Requests to a fresh memory transport of the seed, signing callers in by their subject. */
export function memorySend(): Send {
  const { transport } = createMemoryClient({ seed: buildSeed(), signIn: true });
  return async (method, path, as, body, headers = {}) => {
    const response = await transport.fetch(`${transport.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${as}`, ...(body === undefined ? {} : JSON_HEADERS), ...headers },
      ...bodyOf(body),
    });
    return answerOf(response, null);
  };
}

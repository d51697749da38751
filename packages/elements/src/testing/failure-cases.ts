import { createClient, type FieldProblem, type MemoryTransport, type TransportFault, type UfClient } from '@ungeforlob/sdk';
import type { Audience, Messages } from '../i18n/index.js';

// Issue #12, messages that fit the case: every widget's tests go through the same kinds of
// failure, so the table of what each one must say, and whether "Prøv igen" can help, is one.
// Test code only (src/testing/ is left out of the build).

/** One kind of failure a request can meet. */
export interface FailureCase {
  name: string;
  fault: TransportFault;
  /** The sentence for the reader: `describeError`'s choice, written out here so a wrong mapping fails. */
  sentence: (audience: Audience) => string;
  /** Whether sending the same again can help, so "Prøv igen" (or "Gem nu") is offered. */
  retry: boolean;
}

/** A status the server answers with. */
export const statusFault = (status: number): TransportFault => ({ kind: 'status', status });

/** Past the memory transport's answers, short enough that a hung request times out quickly. */
export const FAILURE_TIMEOUT_MS = 400;

/** 401, 403, 404, 5xx, timeout and network, in the catalogue `messages` (409 and 412 answer only writes: each widget adds them there). */
export function failureCases(messages: Messages): FailureCase[] {
  const { errors } = messages;
  return [
    // The client asks for a fresh token once; then the sign-in has run out, and the next try renews it.
    { name: '401', fault: statusFault(401), sentence: () => errors.signedOut, retry: true },
    { name: '403', fault: statusFault(403), sentence: (audience) => (audience === 'staff' ? errors.staffAccessDenied : errors.accessDenied), retry: false },
    { name: '404', fault: statusFault(404), sentence: (audience) => (audience === 'staff' ? errors.staffNotFound : errors.notFound), retry: false },
    { name: '500', fault: statusFault(500), sentence: () => errors.server, retry: true },
    { name: '503', fault: statusFault(503), sentence: () => errors.server, retry: true },
    { name: 'timeout', fault: { kind: 'hang' }, sentence: () => errors.timeout, retry: true },
    { name: 'network', fault: { kind: 'network' }, sentence: () => errors.network, retry: true },
  ];
}

/**
 * Whether an element is there. Compared as a boolean: a failing comparison of an element itself
 * makes the reporter walk the whole DOM for its diff, and the run hangs instead of failing.
 */
export const shown = (root: ShadowRoot, selector: string): boolean => root.querySelector(selector) !== null;

/** A 400 as the reference server sends it: the fields by path and code, never their values. */
export function refusal(errors: FieldProblem[]): Response {
  const problem = { type: 'urn:ungeforlob:problem:invalid-request', title: 'Invalid request', status: 400, errors };
  return new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } });
}

/** For a client's fetch: the first `method` request gets a 400 naming `errors`; every other one goes through (undefined). */
export function refuseOnce(method: string, errors: FieldProblem[]): (sent: string) => Response | undefined {
  let used = false;
  return (sent) => {
    if (sent !== method || used) return undefined;
    used = true;
    return refusal(errors);
  };
}

/** Answers a request before the memory transport does (a 400 naming fields, say); undefined lets it through. */
export type Intercept = (method: string, url: string) => Response | undefined;

/** A client of `transport` without retries, whose requests `intercept` may answer first. */
export function clientOf(transport: MemoryTransport, options: { timeoutMs?: number; intercept?: Intercept | undefined } = {}): UfClient {
  const { intercept } = options;
  return createClient({
    baseUrl: transport.baseUrl,
    retries: 0,
    timeoutMs: options.timeoutMs ?? 3000,
    // Read the method without reading the request: its body is the transport's to read.
    fetch: async (input, init) =>
      intercept?.(init?.method ?? (input instanceof Request ? input.method : 'GET'), String(input instanceof Request ? input.url : input)) ??
      transport.fetch(input, init),
  });
}

import ky, { isHTTPError, isTimeoutError, type KyInstance } from 'ky';
import type * as z from 'zod/mini';
import { ConflictError } from '../errors/conflict-error.js';
import { HttpError } from '../errors/http-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { isAbortError, isUfError } from '../errors/uf-error.js';
import { ProblemDetails } from '../schemas/common.js';
import { clientResources } from '../resources.js';
import type { Call, Reply, RequestSpec } from './call.js';
import { toFieldProblems } from './issue-paths.js';

/** Returns a bearer token, or nothing for anonymous calls. `forceRefresh` is true after a 401. */
export type TokenProvider = (request: { forceRefresh: boolean }) => string | null | undefined | Promise<string | null | undefined>;

// Callers import these from here as before; they live beside the resources, which need not import this file.
export type { Call, CallOptions, Reply, RequestSpec, UpdateOptions, Versioned } from './call.js';
export type { ContactResource } from './contact-resource.js';
export type { PlanResource } from './plan-resource.js';

export interface ClientOptions {
  /** Where the API lives, e.g. `https://kommune.example/api/v1` or `/api/v1`. */
  baseUrl: string | URL;
  /** Called before every request, so a token that expires is replaced without a reload. */
  getToken?: TokenProvider;
  /** A fetch implementation; defaults to the global one. The in-memory transport plugs in here. */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /**
   * The largest answer body read, in bytes once decoded. A larger one is not read further and is
   * a {@link ResponseValidationError} with code `too_large`, so a faulty or hostile server cannot
   * fill the page's memory. Default 8 MiB: many times the largest valid resource (a plan of
   * hundreds of efforts with years of revisions is well under 1 MiB).
   */
  maxResponseBytes?: number;
  /**
   * How many times a read (GET) is retried with backoff after a network error or 5xx. Default 2.
   * Writes are never retried: they carry If-Match, and a retried write whose first attempt did
   * land would come back as a conflict with the user's own change.
   */
  retries?: number;
}

/**
 * A typed client for the Ungeforløb API: one member per resource of the SDK's resource list
 * (`contact`, `plan`, `questionnaire`, `progression`). Every method validates the response with
 * the contract's zod schemas.
 */
export type UfClient = { readonly [Name in keyof typeof clientResources]: ReturnType<(typeof clientResources)[Name]> };

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * Create a client. Retries with backoff only for idempotent methods, asks `getToken` for a fresh
 * token once after a 401, and turns every failure into one of the SDK's typed errors.
 *
 * @example
 * const client = createClient({ baseUrl: '/api/v1', getToken: () => session.accessToken });
 * const contact = await client.contact.get('c-4f2a91');
 */
export function createClient(options: ClientOptions): UfClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const http: KyInstance = ky.create({
    prefixUrl: String(options.baseUrl),
    timeout: timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: options.retries ?? 2,
      methods: ['get', 'head', 'options'],
      statusCodes: [408, 429, 500, 502, 503, 504],
      backoffLimit: 3_000,
    },
    headers: { accept: 'application/json' },
  });

  async function send<S extends z.ZodMiniType>(spec: RequestSpec<S>, forceRefresh: boolean): Promise<Reply<z.infer<S>>> {
    const route = `${spec.method} ${spec.template}`;
    const headers = new Headers();
    const token = await options.getToken?.({ forceRefresh });
    if (token) headers.set('authorization', `Bearer ${token}`);
    if (spec.ifMatch) headers.set('if-match', spec.ifMatch);
    for (const [name, value] of Object.entries(spec.headers ?? {})) headers.set(name, value);
    let response: Response;
    try {
      response = await http(spec.path, {
        method: spec.method,
        headers,
        ...(spec.json === undefined ? {} : { json: spec.json }),
        ...(spec.signal ? { signal: spec.signal } : {}),
      });
    } catch (error) {
      throw await toUfError(error, route, spec.schema, timeoutMs);
    }
    const etag = response.headers.get('etag') ?? undefined;
    if (response.status === 204) return { value: null, etag, status: 204 };
    const text = await readBody(response, route, timeoutMs, maxBytes);
    if (text === TOO_LARGE) throw new ResponseValidationError(route, [{ path: '', code: 'too_large' }]);
    const body = parseJson(text);
    if (body === NOT_JSON) throw new ResponseValidationError(route, [{ path: '', code: 'invalid_json' }]);
    const parsed = spec.schema.safeParse(body);
    if (!parsed.success) throw new ResponseValidationError(route, toFieldProblems(parsed.error.issues));
    return { value: parsed.data, etag, status: response.status };
  }

  async function call<S extends z.ZodMiniType>(spec: RequestSpec<S>): Promise<Reply<z.infer<S>>> {
    try {
      return await send(spec, false);
    } catch (error) {
      // A token can expire between two calls: ask for a fresh one once, then give up.
      if (options.getToken && error instanceof HttpError && error.status === 401) return send(spec, true);
      throw error;
    }
  }

  const resources = Object.entries(clientResources).map(([name, resource]: [string, (call: Call) => unknown]) => [name, resource(call)]);
  return Object.fromEntries(resources) as UfClient;
}

// The errors below keep no `cause`: ky's messages hold the full URL (with the course id) and a
// JSON SyntaxError quotes the start of the body, which can be a name. Ours carry route and paths.

const NOT_JSON = Symbol('not JSON');
const TOO_LARGE = Symbol('too large');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

/**
 * The body as text, or {@link TOO_LARGE} past `maxBytes`. ky's timeout ends when the headers
 * arrive, so a body that stalls gets its own limit; a connection cut while reading is a network
 * failure like any other.
 */
async function readBody(response: Response, route: string, timeoutMs: number, maxBytes: number): Promise<string | typeof TOO_LARGE> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      void response.body?.cancel().catch(() => {});
      reject(new TimeoutError(route, timeoutMs));
    }, timeoutMs);
  });
  try {
    return await Promise.race([readBounded(response, maxBytes), stalled]);
  } catch (error) {
    if (isUfError(error) || isAbortError(error)) throw error;
    throw new NetworkError(route);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body up to `maxBytes` (decoded), refusing early when Content-Length already says more. */
async function readBounded(response: Response, maxBytes: number): Promise<string | typeof TOO_LARGE> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (!response.body) return '';
  if (declared > maxBytes) {
    void response.body.cancel().catch(() => {});
    return TOO_LARGE;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      return TOO_LARGE;
    }
    text += decoder.decode(value, { stream: true });
  }
}

async function toUfError(error: unknown, route: string, schema: z.ZodMiniType, timeoutMs: number): Promise<unknown> {
  if (isAbortError(error) || isUfError(error)) return error;
  if (isTimeoutError(error)) return new TimeoutError(route, timeoutMs);
  // fetch rejects with a TypeError when the server cannot be reached (offline, refused, cut).
  if (error instanceof TypeError) return new NetworkError(route);
  if (isHTTPError(error)) {
    const status = error.response.status;
    const text = await error.response.text().catch(() => '');
    const parsedProblem = ProblemDetails.safeParse(parseJson(text));
    const problem = parsedProblem.success ? parsedProblem.data : undefined;
    if (status === 409 || status === 412) {
      const current = schema.safeParse(problem?.['current']);
      return new ConflictError(route, status, problem, current.success ? current.data : undefined, error.response.headers.get('etag') ?? undefined);
    }
    return new HttpError(route, status, problem);
  }
  return error;
}

import type * as z from 'zod/mini';
import type { Operation } from '../contract/operations.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';

// The shape of one call through the client, in a module of its own: createClient implements it and
// the resources it assembles (questionnaire, progression) are written against it, so neither side
// imports the other's file.

/** A resource together with its version, to send back as If-Match on update. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface UpdateOptions extends CallOptions {
  /** The ETag of the version the change is based on. */
  ifMatch: string;
}

type Method = 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';

/** One request as a resource describes it. */
export interface RequestSpec<S extends z.ZodMiniType> {
  method: Method;
  template: string;
  path: string;
  schema: S;
  json?: unknown;
  ifMatch?: string;
  /** Further request headers (If-None-Match, Idempotency-Key). */
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal | undefined;
}

/** A validated answer: the body (null for 204), its ETag and status. */
export interface Reply<T> {
  value: T | null;
  etag: string | undefined;
  status: number;
}

/** Sends a request through the client's ky, token and error handling. */
export type Call = <S extends z.ZodMiniType>(spec: RequestSpec<S>) => Promise<Reply<z.infer<S>>>;

/** A reply that must carry a body and an ETag (every versioned resource's read and write). */
export function versioned<T>(reply: Reply<T>, route: string): Versioned<T> {
  if (reply.value === null) throw new ResponseValidationError(route, [{ path: '', code: 'empty_body' }]);
  // A server that sends no ETag cannot take part in optimistic concurrency; treat it as a contract breach.
  if (!reply.etag) throw new ResponseValidationError(route, [{ path: 'ETag', code: 'missing_header' }]);
  return { value: reply.value, etag: reply.etag };
}

/**
 * The request for one operation of the contract, to `path` (made with the operation's route). An
 * operation answered with another media type than `application/json` asks for it in `Accept`.
 */
export function requestOf<S extends z.ZodMiniType>(
  operation: Operation<S>,
  path: string,
  extras: Pick<RequestSpec<S>, 'json' | 'ifMatch' | 'headers' | 'signal'> = {},
): RequestSpec<S> {
  const spec: RequestSpec<S> = { method: operation.method, template: operation.route.template, path, schema: operation.response, ...extras };
  return operation.mediaType ? { ...spec, headers: { accept: operation.mediaType, ...extras.headers } } : spec;
}

/**
 * Send a request whose answer must carry a body (a 204 where the contract promises one is a
 * breach); `created` says a 201 answered: this call stored it, not an earlier one with the same id.
 */
export async function sendForBody<S extends z.ZodMiniType>(call: Call, spec: RequestSpec<S>): Promise<{ value: z.infer<S>; created: boolean }> {
  const reply = await call(spec);
  if (reply.value === null) throw new ResponseValidationError(`${spec.method} ${spec.template}`, [{ path: '', code: 'empty_body' }]);
  return { value: reply.value, created: reply.status === 201 };
}

/** A write of a resource versioned by a number in its body (a shared need, a contact rhythm). */
export interface NumberedWriteOptions extends CallOptions {
  /** The `version` the change is based on; leave it out to create it (sent as `If-None-Match: *`). */
  basedOn?: number;
}

/** The precondition a {@link NumberedWriteOptions} write is sent with. */
export function preconditionOf(basedOn: number | undefined): { headers: Record<string, string> } | { ifMatch: string } {
  return basedOn === undefined ? { headers: { 'If-None-Match': '*' } } : { ifMatch: `"${basedOn}"` };
}

import type * as z from 'zod/mini';
import { problemTypes } from '../client/api-paths.js';
import { describeAccess, refusesNobody } from '../contract/access-rule.js';
import type { Operation } from '../contract/operations.js';
import { LIMITS } from '../contract/limits.js';

type Json = Record<string, unknown>;

/** The pieces of the document every resource's paths share: references, problem answers, ETag headers, JSON bodies. */
export interface OpenApiParts {
  ref: (id: string) => Json;
  problem: (description: string) => Json;
  etag: Record<string, Json>;
  /** The ETag of the stored version a 412 sends back; absent when nothing is stored (any more). */
  currentEtag: Record<string, Json>;
  /** An opaque id in a path: never CPR-shaped. */
  opaqueId: Json;
  /** The `courseId` path parameter of every course route. */
  courseId: Json;
  /** The `If-Match` header every versioned write requires. */
  ifMatch: Json;
  /** What every If-Match write answers besides the responses every operation shares: 200 with `resource`, 412 with `current`, 428. */
  writeResponses: (resource: string) => Json;
  /**
   * The two headers of a write versioned by a number in its body (a shared need, a contact rhythm, a
   * meeting): `If-None-Match: *` creates `what`, `If-Match: "<version>"` changes it; one is required.
   */
  createOrChangeHeaders: (what: string, create: string) => Json[];
  /** A 412 that carries `current`, the stored `resource`, with its ETag. */
  conflictWithCurrent: (resource: string, description: string) => Json;
}

/** A named schema of the document (`#/components/schemas/{id}`) and what it is. */
export type NamedSchema = readonly [schema: z.core.$ZodType, meta: { id: string; description: string }];

/** What only prose can say about one operation; method, path, operationId and request body come from the contract's table. */
export interface OperationDoc {
  summary: string;
  /** The operation's rules in prose; who may call it is added from its access rule. */
  description?: string;
  /** Header parameters of this operation (If-Match, Idempotency-Key); path parameters belong to the path. */
  parameters?: Json[];
  responses: Json;
}

/** One resource's part of the document: its operations, and the parameters of its paths by template. */
export interface ResourceDocs {
  /** The resource's schemas, named in the document's components in this order. */
  schemas: readonly NamedSchema[];
  parameters: Record<string, Json[]>;
  /** By operationId; an id the contract does not have stops the build. */
  operations: Record<string, OperationDoc>;
}

/** One resource's part of the document, made from the shared parts; the SDK's resource list names one per resource. */
export type ResourceDocsOf = (parts: OpenApiParts) => ResourceDocs;

/** The pieces every resource's paths share. */
export function openApiParts(): OpenApiParts {
  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('ProblemDetails') } } });
  const etag = { ETag: { description: 'Version of the resource; send it back as If-Match.', required: true, schema: { type: 'string' } } };
  const currentEtag = {
    ETag: { description: 'Version of `current`, the stored resource; absent when there is none (any more).', required: false, schema: { type: 'string' } },
  };
  const opaqueId = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', not: { pattern: '^\\d{6}-?\\d{4}$' } };
  return {
    ref,
    problem,
    etag,
    currentEtag,
    opaqueId,
    courseId: {
      name: 'courseId',
      in: 'path',
      required: true,
      description: 'Opaque course id. Never a CPR number: CPR-shaped values (ddmmyy-xxxx, ten digits) are refused with 400.',
      schema: opaqueId,
    },
    ifMatch: {
      name: 'If-Match',
      in: 'header',
      required: true,
      description:
        'The ETag the change is based on; a list of ETags matches any of them. A weak ETag (`W/"…"`) never matches: 412. `*` is refused with 428: it would overwrite any version silently.',
      schema: { type: 'string' },
    },
    createOrChangeHeaders: (what, create) => [
      {
        name: 'If-Match',
        in: 'header',
        required: false,
        description: `The ${what}'s version, as \`"<version>"\`, when changing it.`,
        schema: { type: 'string' },
      },
      {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: `\`*\` to ${create}. One of the two is required (428).`,
        schema: { type: 'string', enum: ['*'] },
      },
    ],
    conflictWithCurrent: (resource, description) => ({
      description,
      headers: currentEtag,
      content: { 'application/problem+json': { schema: { allOf: [ref('ProblemDetails'), { type: 'object', properties: { current: ref(resource) } }] } } },
    }),
    writeResponses: (resource) => ({
      '200': { description: `The updated ${resource.toLowerCase()}.`, headers: etag, content: { 'application/json': { schema: ref(resource) } } },
      '412': {
        description: `The ${resource.toLowerCase()} changed since the given ETag: type \`${problemTypes.editConflict}\`; the body carries \`current\` (what is stored, as the caller is shown it) and the ETag header its tag. Without \`current\` and ETag when there is none (any more).`,
        headers: currentEtag,
        content: { 'application/problem+json': { schema: { allOf: [ref('ProblemDetails'), { type: 'object', properties: { current: ref(resource) } }] } } },
      },
      '428': problem('If-Match is required, and may not be `*`.'),
    }),
  };
}

/**
 * The answers every operation may give besides its own, from what the contract's table says of it:
 * 404 only where its path names something, 413 and 415 only where it takes a body. An operation's
 * own description of a status wins.
 */
export function sharedResponses(operation: Operation, problem: (description: string) => Json, headerParameters: boolean): Record<string, Json> {
  const namesSomething = operation.route.template.includes('{');
  const takesInput = namesSomething || operation.request !== undefined || headerParameters;
  return {
    ...(takesInput && {
      '400': problem(
        `The request did not match the contract: type \`${problemTypes.invalidRequest}\`, and \`errors\` names each field by path and code (see FieldProblem), never its value.`,
      ),
    }),
    '401': problem(
      'Not signed in, or the token is expired, not an access token, or not for this API; the WWW-Authenticate header says which. Get a new token and retry once.',
    ),
    '403': problem(
      refusesNobody(operation.access)
        ? 'The token is valid, but its subject is no user of this service.'
        : `The caller may not use this operation, or the token's subject is no user of this service. ${describeAccess(operation.access)}`,
    ),
    ...(namesSomething && {
      '404': problem(
        'Nothing at this path: no such questionnaire, version or subject where the path names one. A course that does not exist is 403, as another team’s is, so nobody learns which ids exist.',
      ),
    }),
    '405': problem('Method not allowed on this path; the Allow header lists the methods.'),
    ...(operation.request !== undefined && {
      '413': problem(`The body is larger than the server accepts (${LIMITS.bodyBytes / 1024} KiB on the reference server).`),
      '415': problem('The body is not sent as application/json in UTF-8 (another JSON type or charset included).'),
    }),
    '429': problem('Too many requests; wait as long as Retry-After says. The reference server sets no rate limit; an implementation may.'),
    '431': problem(`The request headers are larger than the server accepts (${LIMITS.headerBytes / 1024} KiB on the reference server).`),
    '500': problem('Server error. Never caused by input: a request the contract refuses gets a 4xx.'),
    '503': problem('The server cannot answer now (for example, the identity provider’s keys could not be fetched); try again after Retry-After seconds.'),
  };
}

/**
 * The document's `paths`, in the order of the contract's table: every operation in it, described
 * by one of `docs`. An operation nobody describes, or a description of no operation, stops the
 * build, so the document cannot leave out or invent a route.
 */
export function pathsOf(
  operations: Readonly<Record<string, Operation>>,
  docs: readonly ResourceDocs[],
  requestBody: (schema: unknown) => Json,
  problem: (description: string) => Json,
): Record<string, Json> {
  const described = new Map<string, OperationDoc>();
  const parameters = new Map<string, Json[]>();
  for (const doc of docs) {
    for (const [id, operationDoc] of Object.entries(doc.operations)) described.set(id, operationDoc);
    for (const [template, list] of Object.entries(doc.parameters)) parameters.set(template, list);
  }
  const paths: Record<string, Json> = {};
  for (const [id, operation] of Object.entries(operations)) {
    const doc = described.get(id);
    if (!doc) throw new Error(`The OpenAPI document does not describe ${id}`);
    described.delete(id);
    const template = operation.route.template;
    const path = (paths[template] ??= parameters.has(template) ? { parameters: parameters.get(template) } : {});
    const headerParameters = (doc.parameters ?? []).length > 0;
    const responses = { ...sharedResponses(operation, problem, headerParameters), ...doc.responses };
    path[operation.method.toLowerCase()] = {
      operationId: id,
      summary: doc.summary,
      description: [doc.description, describeAccess(operation.access)].filter(Boolean).join('\n\n'),
      'x-access': operation.access,
      ...(doc.parameters ? { parameters: doc.parameters } : {}),
      ...(operation.request ? { requestBody: requestBody(operation.request) } : {}),
      responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
    };
  }
  if (described.size > 0) throw new Error(`The OpenAPI document describes operations the contract does not have: ${[...described.keys()].join(', ')}`);
  return paths;
}

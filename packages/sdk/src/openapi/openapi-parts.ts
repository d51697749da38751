import type * as z from 'zod/mini';
import { problemTypes } from '../client/api-paths.js';
import type { Operation } from '../contract/operations.js';

type Json = Record<string, unknown>;

/** The pieces of the document every resource's paths share: references, problem answers, ETag headers, JSON bodies. */
export interface OpenApiParts {
  ref: (id: string) => Json;
  problem: (description: string) => Json;
  errors: Record<string, Json>;
  etag: Record<string, Json>;
  /** The `courseId` path parameter of every course route. */
  courseId: Json;
  /** The `If-Match` header every versioned write requires. */
  ifMatch: Json;
  /** What every If-Match write answers besides the common errors: 200 with `resource`, 412 with `current`, 413, 415, 428. */
  writeResponses: (resource: string) => Json;
}

/** A named schema of the document (`#/components/schemas/{id}`) and what it is. */
export type NamedSchema = readonly [schema: z.core.$ZodType, meta: { id: string; description: string }];

/** What only prose can say about one operation; method, path, operationId and request body come from the contract's table. */
export interface OperationDoc {
  summary: string;
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
  const errors = {
    '400': problem(
      `The request did not match the contract: type \`${problemTypes.invalidRequest}\`, and \`errors\` names each field by path and code, never its value.`,
    ),
    '401': problem('Not signed in, or the token is expired or not for this API; the WWW-Authenticate header says which. Get a new token and retry once.'),
    '403': problem("The caller's role may not use this route, or the course is not assigned to their team (professional) or not their own (young person)."),
    '404': problem(
      'Nothing at this path: no such questionnaire, version or subject where the path names one. A course that does not exist is 403, as another team’s is, so nobody learns which ids exist.',
    ),
    '405': problem('Method not allowed; the Allow header lists the methods.'),
    '431': problem('The request headers are larger than the server accepts (16 KiB on the reference server).'),
    '500': problem('Server error.'),
  };
  return {
    ref,
    problem,
    etag,
    errors,
    courseId: {
      name: 'courseId',
      in: 'path',
      required: true,
      description: 'Opaque course id. Never a CPR number: CPR-shaped values (ddmmyy-xxxx, ten digits) are refused with 400.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', not: { pattern: '^\\d{6}-?\\d{4}$' } },
    },
    ifMatch: {
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The ETag the change is based on. `*` is refused with 428: it would overwrite any version silently.',
      schema: { type: 'string' },
    },
    writeResponses: (resource) => ({
      '200': { description: `The updated ${resource.toLowerCase()}.`, headers: etag, content: { 'application/json': { schema: ref(resource) } } },
      ...errors,
      '412': {
        description: `The ${resource.toLowerCase()} changed since the given ETag: type \`${problemTypes.editConflict}\`; the body carries \`current\` (the stored version) and the ETag header its version. Without \`current\` and ETag when there is none (any more).`,
        headers: etag,
        content: { 'application/problem+json': { schema: { allOf: [ref('ProblemDetails'), { type: 'object', properties: { current: ref(resource) } }] } } },
      },
      '413': problem('The body is larger than the server accepts (512 KiB on the reference server).'),
      '415': problem('The body is not sent as application/json in UTF-8 (another JSON type or charset included).'),
      '428': problem('If-Match is required, and may not be `*`.'),
    }),
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
    path[operation.method.toLowerCase()] = {
      operationId: id,
      summary: doc.summary,
      ...(doc.parameters ? { parameters: doc.parameters } : {}),
      ...(operation.request ? { requestBody: requestBody(operation.request) } : {}),
      responses: doc.responses,
    };
  }
  if (described.size > 0) throw new Error(`The OpenAPI document describes operations the contract does not have: ${[...described.keys()].join(', ')}`);
  return paths;
}

import { operations, type OperationId } from '../contract/operations.js';

type Json = Record<string, unknown>;

/** The pieces of the document every resource's paths share: references, problem answers, ETag headers, JSON bodies. */
export interface OpenApiParts {
  ref: (id: string) => Json;
  problem: (description: string) => Json;
  errors: Record<string, Json>;
  etag: Record<string, Json>;
  jsonBody: (schema: string) => Json;
}

/** What only prose can say about one operation; method, path, operationId and request body come from the contract's table. */
export interface OperationDoc {
  summary: string;
  /** Header parameters of this operation (If-Match, Idempotency-Key); path parameters belong to the path. */
  parameters?: Json[];
  responses: Json;
}

/** One resource's part of the document: its operations, and the parameters of its paths by template. */
export interface ResourceDocs {
  parameters: Record<string, Json[]>;
  operations: Partial<Record<OperationId, OperationDoc>>;
}

/**
 * The document's `paths`, in the order of the contract's table: every operation in it, described
 * by one of `docs`. An operation nobody describes, or a description of no operation, stops the
 * build, so the document cannot leave out or invent a route.
 */
export function pathsOf(docs: readonly ResourceDocs[], requestBody: (schema: unknown) => Json): Record<string, Json> {
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

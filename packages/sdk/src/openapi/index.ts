import * as z from 'zod/mini';
import { API_BASE_PATH } from '../client/api-paths.js';
import { operations, resourceDocs } from '../resources.js';
import { FIELD_PROBLEM_CODES, ProblemDetails } from '../schemas/common.js';
import { contractRules } from './contract-rules.js';
import { crossFieldRules, describeRules } from './cross-field-rules.js';
import { openApiParts, pathsOf } from './openapi-parts.js';

/**
 * Problem details as a server must send them: each field problem's code one of the contract's.
 * The client's own schema takes any string there, so a newer server's code does not hide the problem.
 */
export const DocumentedProblem = /* @__PURE__ */ z.extend(ProblemDetails, {
  errors: z.optional(z.array(z.object({ path: z.string(), code: z.enum(FIELD_PROBLEM_CODES) }))),
});

/**
 * The API contract as an OpenAPI 3.1 document, generated from the same zod schemas the client
 * validates with, so the document and the SDK cannot drift apart. Vendors implement this.
 * Kept out of the main entry (`@ungeforlob/sdk/openapi`) so browser bundles do not carry it.
 * Each resource describes its own operations and schemas; the SDK's resource list says which.
 */
export function buildOpenApiDocument(options: { serverUrl?: string; version?: string } = {}): Record<string, unknown> {
  const parts = openApiParts();
  const docs = Object.values(resourceDocs).map((describe) => describe(parts));
  const registry = z.registry<{ id: string; description?: string }>();
  registry.add(DocumentedProblem, { id: 'ProblemDetails', description: 'RFC 9457 problem details. Never contains personal data.' });
  for (const [schema, meta] of docs.flatMap((doc) => doc.schemas))
    registry.add(schema, { ...meta, description: meta.description + describeRules(crossFieldRules(schema)) });
  const jsonSchemas = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    metadata: registry,
    unrepresentable: 'any',
    // 'input' describes what the client accepts: unknown members are ignored, not rejected.
    io: 'input',
  }).schemas;
  const schemas = Object.fromEntries(
    Object.entries(jsonSchemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );

  const jsonBody = (schema: string) => ({ required: true, content: { 'application/json': { schema: parts.ref(schema) } } });
  const idOf = (schema: unknown): string => {
    const id = registry.get(schema as z.core.$ZodType)?.id;
    if (!id) throw new Error('A request body schema of the contract is not named in the OpenAPI registry');
    return id;
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'Ungeforløb API',
      version: options.version ?? '0.1.0',
      description: contractRules(),
    },
    servers: [{ url: options.serverUrl ?? API_BASE_PATH }],
    security: [{ bearer: [] }],
    paths: pathsOf(operations, docs, (schema) => jsonBody(idOf(schema)), parts.problem),
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}

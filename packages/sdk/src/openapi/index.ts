import * as z from 'zod/mini';
import { API_BASE_PATH } from '../client/api-paths.js';
import { operations, resourceDocs } from '../resources.js';
import { ProblemDetails } from '../schemas/common.js';
import { openApiParts, pathsOf } from './openapi-parts.js';

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
  registry.add(ProblemDetails, { id: 'ProblemDetails', description: 'RFC 9457 problem details. Never contains personal data.' });
  for (const [schema, meta] of docs.flatMap((doc) => doc.schemas)) registry.add(schema, meta);
  const jsonSchemas = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
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
      description:
        'The contract between the Ungeforløb widgets and a case system. Updates use ETag/If-Match so two professionals never overwrite each other silently. Errors are RFC 9457 problem details.',
    },
    servers: [{ url: options.serverUrl ?? API_BASE_PATH }],
    security: [{ bearer: [] }],
    paths: pathsOf(operations, docs, (schema) => jsonBody(idOf(schema))),
    components: {
      schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}

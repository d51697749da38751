type Json = Record<string, unknown>;

/** The pieces of the document every resource's paths share: references, problem answers, ETag headers, JSON bodies. */
export interface OpenApiParts {
  ref: (id: string) => Json;
  problem: (description: string) => Json;
  errors: Record<string, Json>;
  etag: Record<string, Json>;
  jsonBody: (schema: string) => Json;
}

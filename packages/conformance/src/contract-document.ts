import { operations, type AccessRule, type Operation, type OperationId } from '@ungeforlob/sdk';
import { buildOpenApiDocument } from '@ungeforlob/sdk/openapi';

type Json = Record<string, unknown>;

/** One operation as the OpenAPI document describes it, with the SDK's schemas for its bodies. */
export interface DocumentedOperation {
  id: OperationId;
  method: string;
  /** The path template relative to the API base, e.g. `/courses/{courseId}/plan`. */
  template: string;
  access: AccessRule;
  /** The statuses the document lists, each with whether it requires an ETag header. */
  responses: ReadonlyMap<number, { etag: boolean; contentTypes: readonly string[] }>;
  /** The parameters of its path and its own (header) parameters. */
  parameters: readonly Json[];
  /** The zod schemas the document was generated from. */
  contract: Operation;
}

/**
 * The contract as the kit checks it: the OpenAPI document the SDK generates (the same one
 * `docs/openapi.json` holds), read operation by operation.
 */
export function documentedOperations(): DocumentedOperation[] {
  const document = buildOpenApiDocument() as { paths: Record<string, Record<string, Json>> };
  return Object.entries(document.paths).flatMap(([template, path]) =>
    Object.entries(path)
      .filter(([method]) => method !== 'parameters')
      .map(([method, raw]) => {
        const id = raw['operationId'] as OperationId;
        const responses = new Map(
          Object.entries(raw['responses'] as Record<string, Json>).map(([status, response]) => [
            Number(status),
            {
              etag: Boolean((response['headers'] as Record<string, Json> | undefined)?.['ETag']?.['required']),
              contentTypes: Object.keys((response['content'] as Json | undefined) ?? {}),
            },
          ]),
        );
        return {
          id,
          method: method.toUpperCase(),
          template,
          access: raw['x-access'] as AccessRule,
          responses,
          parameters: [...((path['parameters'] as Json[] | undefined) ?? []), ...((raw['parameters'] as Json[] | undefined) ?? [])],
          contract: operations[id],
        };
      }),
  );
}

/** The relative path of `operation` with its path parameters filled in, each encoded. */
export function pathOf(operation: Pick<DocumentedOperation, 'template'>, params: Readonly<Record<string, string | number>>): string {
  return operation.template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for {${name}} of ${operation.template}`);
    return encodeURIComponent(String(value));
  });
}

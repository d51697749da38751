import type * as z from 'zod/mini';
import { formatIssuePath } from '../client/issue-paths.js';
import { FhirImportError } from './bundle-reader.js';

/**
 * `value` checked against the SDK's schema of the resource it was read into: a Bundle read back
 * gives resources the rest of the SDK can trust. A failure names the fields, never their values.
 */
export function parsedAs<S extends z.ZodMiniType>(schema: S, at: string, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => formatIssuePath(issue.path)))].join(', ');
  throw new FhirImportError(at, `does not read back as a valid resource (${fields})`);
}

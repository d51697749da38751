import type { FieldProblem } from '../schemas/common.js';

/** The part of a zod issue that leaves the process: where and what kind, never the value. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  /** Set on `unrecognized_keys`. */
  readonly keys?: readonly PropertyKey[];
}

/** `['channels', 0, 'phone']` → `channels[0].phone`: readable, and never the offending value. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/**
 * Field problems by path and code, the same on client and server. An unknown key is named as its
 * own path (zod reports it on the enclosing object). `prefix` places the issues, e.g. `['courseId']`.
 */
export function toFieldProblems(issues: readonly SchemaIssue[], prefix: readonly PropertyKey[] = []): FieldProblem[] {
  return issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys' && issue.keys) return issue.keys.map((key) => ({ path: formatIssuePath([...at, key]), code: issue.code }));
    return [{ path: formatIssuePath(at), code: issue.code }];
  });
}

import type { FieldProblem } from '../schemas/common.js';

interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
}

/** `['channels', 0, 'phone']` → `channels[0].phone`: readable, and never the offending value. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

export function toFieldProblems(issues: readonly SchemaIssue[]): FieldProblem[] {
  return issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code }));
}

import type { FieldProblem } from '@ungeforlob/sdk';

/**
 * Data the server was about to send does not match the SDK's contract (a stored row drifted).
 * Answered as a 500; `issues` names the failing paths, never the values, so it can be logged.
 */
export class ContractDriftError extends Error {
  readonly schema: string;
  readonly issues: readonly FieldProblem[];
  constructor(schema: string, issues: readonly FieldProblem[]) {
    super(`${schema} does not match the contract at ${issues.map((issue) => `${issue.path || '(root)'} (${issue.code})`).join(', ')}`);
    this.name = 'ContractDriftError';
    this.schema = schema;
    this.issues = issues;
  }
}

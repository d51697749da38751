import type { FieldProblem } from '../schemas/common.js';
import { UfError } from './uf-error.js';

/**
 * The server answered, but the body did not match the contract (a field missing, a wrong type,
 * or not JSON at all). `issues` names each failing field's path, e.g. `person.name`; the
 * offending values are never copied into the error.
 */
export class ResponseValidationError extends UfError {
  readonly kind = 'validation' as const;
  readonly retryable = false;
  readonly issues: readonly FieldProblem[];
  constructor(route: string, issues: readonly FieldProblem[]) {
    const paths = issues.map((issue) => issue.path || '(body)').join(', ');
    super(`The response did not match the contract at ${paths}`, route);
    this.name = 'ResponseValidationError';
    this.issues = issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }

  /** The failing paths, e.g. `['person.name']`. */
  get paths(): string[] {
    return this.issues.map((issue) => issue.path);
  }
}

import type { ProblemDetails } from '../schemas/common.js';
import { UfError } from './uf-error.js';

/**
 * The problem members an error keeps. Free text (`detail`) and vendor extensions could hold
 * personal data, and errors end up in logs and monitoring, so they are left behind.
 */
export type SafeProblem = Pick<ProblemDetails, 'type' | 'title' | 'status' | 'requestId' | 'errors'>;

function safeProblem(problem: ProblemDetails | undefined): SafeProblem | undefined {
  if (!problem) return undefined;
  const { type, title, status, requestId, errors } = problem;
  return Object.fromEntries(Object.entries({ type, title, status, requestId, errors }).filter(([, value]) => value !== undefined));
}

/** The server answered with an error status. `problem` holds the safe part of its RFC 9457 problem details. */
export class HttpError extends UfError {
  readonly kind: 'http' | 'conflict' = 'http';
  readonly status: number;
  readonly problem: SafeProblem | undefined;
  constructor(route: string, status: number, problem?: ProblemDetails) {
    super(`The server answered ${status}`, route);
    this.name = 'HttpError';
    this.status = status;
    this.problem = safeProblem(problem);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, problemType: this.problem?.type, requestId: this.problem?.requestId };
  }

  get retryable(): boolean {
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** True for 401 and 403: the caller is not signed in, or may not see this course. */
  get isAccessDenied(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

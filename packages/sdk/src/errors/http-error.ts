import type { ProblemDetails } from '../schemas/common.js';
import { UfError } from './uf-error.js';

/** The server answered with an error status. `problem` holds its RFC 9457 problem details, if any. */
export class HttpError extends UfError {
  readonly kind: 'http' | 'conflict' = 'http';
  readonly status: number;
  readonly problem: ProblemDetails | undefined;
  constructor(route: string, status: number, problem?: ProblemDetails, options?: { cause?: unknown }) {
    super(`The server answered ${status}${problem?.title ? `: ${problem.title}` : ''}`, route, options);
    this.name = 'HttpError';
    this.status = status;
    this.problem = problem;
  }

  get retryable(): boolean {
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** True for 401 and 403: the caller is not signed in, or may not see this course. */
  get isAccessDenied(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

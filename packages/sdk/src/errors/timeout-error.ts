import { UfError } from './uf-error.js';

/** The server did not answer within the client's `timeoutMs`. */
export class TimeoutError extends UfError {
  readonly kind = 'timeout' as const;
  readonly retryable = true;
  readonly timeoutMs: number;
  constructor(route: string, timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`, route);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

import type { ProblemDetails } from '../schemas/common.js';
import { HttpError } from './http-error.js';

/**
 * Someone else changed the resource since it was read (412 on If-Match, or 409). Carries the
 * server's current version, when the server sent one, so a widget can show both and let the
 * user re-apply their change: two professionals never overwrite each other silently.
 */
export class ConflictError<T = unknown> extends HttpError {
  override readonly kind = 'conflict' as const;
  /**
   * The server's current representation, validated with the resource's schema; undefined if
   * absent or invalid. Not enumerable: it is personal data, and errors travel to logs and
   * monitoring through `uf-error` events, where `JSON.stringify` must not pick it up.
   */
  declare readonly current: T | undefined;
  /** The ETag of `current`, to send as If-Match when re-applying. */
  readonly currentEtag: string | undefined;
  constructor(route: string, status: number, problem: ProblemDetails | undefined, current?: T, currentEtag?: string) {
    super(route, status, problem);
    this.name = 'ConflictError';
    Object.defineProperty(this, 'current', { value: current, enumerable: false });
    this.currentEtag = currentEtag;
  }

  override get retryable(): boolean {
    return false;
  }
}

/** What went wrong, as a program needs to know it. Widgets map each kind to one translated sentence. */
export type UfErrorKind = 'network' | 'timeout' | 'http' | 'validation' | 'conflict';

/**
 * Base class of every error the SDK throws for a failed call. Messages name the route template
 * (`GET /courses/{courseId}/contact`), never concrete ids, values or personal data, so an error
 * can be logged safely.
 */
export abstract class UfError extends Error {
  abstract readonly kind: UfErrorKind;
  /** The route template of the failed call, e.g. `GET /courses/{courseId}/contact`. */
  readonly route: string;
  /** True when trying the same call again later may succeed. */
  abstract readonly retryable: boolean;

  constructor(message: string, route: string) {
    // No `cause`: the errors underneath (ky's, JSON.parse's) quote URLs and bodies.
    super(`${message} (${route})`);
    this.route = route;
  }

  /**
   * What a logger or monitoring tool gets from `JSON.stringify(error)`: kind, route and the
   * subclass's safe facts (status, field paths), never a resource or a problem's free text.
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, route: this.route, retryable: this.retryable };
  }
}

/** Type guard that also works across bundles (instanceof fails when two copies of the SDK are loaded). */
export function isUfError(error: unknown): error is UfError {
  return error instanceof Error && typeof (error as Partial<UfError>).kind === 'string' && typeof (error as Partial<UfError>).route === 'string';
}

/** True for the AbortError a cancelled call rejects with; widgets ignore those. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

import { UfError } from './uf-error.js';

/** The server could not be reached (offline, DNS, connection refused or cut). */
export class NetworkError extends UfError {
  readonly kind = 'network' as const;
  readonly retryable = true;
  constructor(route: string) {
    super('The server could not be reached', route);
    this.name = 'NetworkError';
  }
}

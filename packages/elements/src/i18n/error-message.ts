import { isUfError, type HttpError } from '@ungeforlob/sdk';
import type { Messages } from './messages.js';

/**
 * The one sentence a person sees for any failure, by kind. Uses `isUfError` rather than
 * `instanceof`, so it also works when a host page loads two copies of the SDK.
 */
export function describeError(error: unknown, messages: Messages): string {
  const { errors } = messages;
  if (!isUfError(error)) return errors.unknown;
  switch (error.kind) {
    case 'network':
      return errors.network;
    case 'timeout':
      return errors.timeout;
    case 'validation':
      return errors.validation;
    case 'conflict':
      return errors.conflict;
    case 'http': {
      const status = (error as HttpError).status;
      if (status === 401) return errors.signedOut;
      if (status === 403) return errors.accessDenied;
      if (status === 404) return errors.notFound;
      if (status >= 500) return errors.server;
      return errors.unknown;
    }
    default:
      return errors.unknown;
  }
}

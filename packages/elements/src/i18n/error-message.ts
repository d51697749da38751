import { isUfError, type HttpError } from '@ungeforlob/sdk';
import type { Messages } from './messages.js';

/** Who reads the message: the young person (plain words, "ask the municipality") or staff (what to check, whom to ask). */
export type Audience = 'youth' | 'staff';

/**
 * The one sentence a person sees for any failure, by kind and reader. Uses `isUfError` rather
 * than `instanceof`, so it also works when a host page loads two copies of the SDK. Without an
 * audience it speaks to the young person: the words that fit anyone.
 */
export function describeError(error: unknown, messages: Messages, audience: Audience = 'youth'): string {
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
      if (status === 403) return audience === 'staff' ? errors.staffAccessDenied : errors.accessDenied;
      if (status === 404) return audience === 'staff' ? errors.staffNotFound : errors.notFound;
      if (status >= 500) return errors.server;
      // Any other refusal is about the request itself: sending it again will not change the answer.
      return errors.refused;
    }
    default:
      return errors.unknown;
  }
}

/**
 * Whether trying again can help, so "Prøv igen" is offered only then: after a network failure,
 * a timeout, a 5xx, 408 or 429, a malformed answer, or a 401 (the sign-in is renewed on the next
 * try). Not after 403, 404 or another refusal of the request itself.
 */
export function canRetry(error: unknown): boolean {
  if (!isUfError(error) || error.kind !== 'http') return true;
  const { status } = error as HttpError;
  return status === 401 || status === 408 || status === 429 || status >= 500;
}

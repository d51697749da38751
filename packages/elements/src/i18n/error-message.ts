import { isHttpError, isPlanEditTargetGoneError, isUfError, type FieldProblem, type HttpError } from '@ungeforlob/sdk';
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
 * Whether trying again can help, so "Prøv igen" (and the questionnaire's "Gem nu") is offered only
 * then — the one rule for a failed load and a failed save alike: after a network failure, a
 * timeout, a 5xx, 408 or 429, a malformed answer, or a 401 (the sign-in is renewed on the next
 * try). After a conflict (409/412) too: saving again re-applies the change on top of the other
 * person's version. Not after 403, 404 or another refusal of the request itself, where the same
 * request gets the same answer, nor for a plan edit whose part someone removed meanwhile.
 */
export function canRetry(error: unknown): boolean {
  if (isPlanEditTargetGoneError(error)) return false;
  if (!isUfError(error) || error.kind !== 'http') return true;
  const { status } = error as HttpError;
  return status === 401 || status === 408 || status === 429 || status >= 500;
}

/**
 * The fields a refused request names (a 400's or 422's `errors[]`: paths and codes, never values),
 * for a widget to show each at its own field; empty for every other failure.
 */
export function refusedFields(error: unknown): readonly FieldProblem[] {
  if (!isHttpError(error) || (error.status !== 400 && error.status !== 422)) return [];
  return error.problem?.errors ?? [];
}

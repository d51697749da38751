import type { ConflictError } from './conflict-error.js';
import type { HttpError } from './http-error.js';
import type { NetworkError } from './network-error.js';
import type { PlanEditOverlapError } from './plan-edit-overlap-error.js';
import type { PlanEditTargetGoneError } from './plan-edit-target-gone-error.js';
import type { ResponseValidationError } from './response-validation-error.js';
import type { TimeoutError } from './timeout-error.js';
import { isUfError } from './uf-error.js';

// One guard per error class (after ky's source/utils/type-guards.ts). They read `kind`, not
// `instanceof`, so they also hold when a host page loads two copies of the SDK.

/** What a domain error (a rule of the plan, not a failed call) is about. */
export type DomainErrorKind = 'planEditTargetGone' | 'planEditOverlap';

const hasKind = (error: unknown, kind: string): boolean => error instanceof Error && (error as { kind?: unknown }).kind === kind;

export function isNetworkError(error: unknown): error is NetworkError {
  return isUfError(error) && error.kind === 'network';
}

export function isTimeoutError(error: unknown): error is TimeoutError {
  return isUfError(error) && error.kind === 'timeout';
}

/** Any error status from the server, a conflict included (a {@link ConflictError} is an {@link HttpError}). */
export function isHttpError(error: unknown): error is HttpError {
  return isUfError(error) && (error.kind === 'http' || error.kind === 'conflict');
}

export function isConflictError(error: unknown): error is ConflictError {
  return isUfError(error) && error.kind === 'conflict';
}

export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return isUfError(error) && error.kind === 'validation';
}

/** The edit was made to a part of the plan someone else has removed meanwhile. */
export function isPlanEditTargetGoneError(error: unknown): error is PlanEditTargetGoneError {
  return hasKind(error, 'planEditTargetGone');
}

/** Both people changed the same part of the plan; there is no safe automatic merge. */
export function isPlanEditOverlapError(error: unknown): error is PlanEditOverlapError {
  return hasKind(error, 'planEditOverlap');
}

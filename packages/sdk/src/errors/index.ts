export { UfError, isUfError, isAbortError, type UfErrorKind } from './uf-error.js';
export { NetworkError } from './network-error.js';
export { TimeoutError } from './timeout-error.js';
export { HttpError, type SafeProblem } from './http-error.js';
export { ConflictError } from './conflict-error.js';
export { ResponseValidationError } from './response-validation-error.js';
export { PlanEditTargetGoneError } from './plan-edit-target-gone-error.js';
export { PlanEditOverlapError } from './plan-edit-overlap-error.js';
export {
  isNetworkError,
  isTimeoutError,
  isHttpError,
  isConflictError,
  isResponseValidationError,
  isPlanEditTargetGoneError,
  isPlanEditOverlapError,
  type DomainErrorKind,
} from './type-guards.js';

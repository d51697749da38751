export { UfError, isUfError, isAbortError, type UfErrorKind } from './uf-error.js';
export { NetworkError } from './network-error.js';
export { TimeoutError } from './timeout-error.js';
export { HttpError, type SafeProblem } from './http-error.js';
export { ConflictError } from './conflict-error.js';
export { ResponseValidationError } from './response-validation-error.js';

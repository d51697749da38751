import { expect } from '@open-wc/testing';
import { ConflictError } from './conflict-error.js';
import { HttpError } from './http-error.js';
import { NetworkError } from './network-error.js';
import { PlanEditOverlapError } from './plan-edit-overlap-error.js';
import { PlanEditTargetGoneError } from './plan-edit-target-gone-error.js';
import { ResponseValidationError } from './response-validation-error.js';
import { TimeoutError } from './timeout-error.js';
import {
  isConflictError,
  isHttpError,
  isNetworkError,
  isPlanEditOverlapError,
  isPlanEditTargetGoneError,
  isResponseValidationError,
  isTimeoutError,
} from './type-guards.js';

const route = 'GET /courses/{courseId}/plan';
const errors = {
  network: new NetworkError(route),
  timeout: new TimeoutError(route, 1000),
  http: new HttpError(route, 503),
  conflict: new ConflictError(route, 412, undefined),
  validation: new ResponseValidationError(route, []),
  overlap: new PlanEditOverlapError('lifeGoal'),
  gone: new PlanEditTargetGoneError('e-1'),
  plain: new Error('x'),
};
const guards = { isNetworkError, isTimeoutError, isHttpError, isConflictError, isResponseValidationError, isPlanEditOverlapError, isPlanEditTargetGoneError };

describe('error type guards', () => {
  it('each answers for its own class only (a conflict is also an HTTP error)', () => {
    const answers = Object.fromEntries(
      Object.entries(guards).map(([name, guard]) => [
        name,
        Object.entries(errors)
          .filter(([, error]) => guard(error))
          .map(([kind]) => kind),
      ]),
    );
    expect(answers).to.deep.equal({
      isNetworkError: ['network'],
      isTimeoutError: ['timeout'],
      isHttpError: ['http', 'conflict'],
      isConflictError: ['conflict'],
      isResponseValidationError: ['validation'],
      isPlanEditOverlapError: ['overlap'],
      isPlanEditTargetGoneError: ['gone'],
    });
  });

  it('reads the kind, so an error from a second copy of the SDK still counts', () => {
    const copy = Object.assign(new Error('Someone else changed the same part'), { name: 'PlanEditOverlapError', kind: 'planEditOverlap' });
    expect(isPlanEditOverlapError(copy)).to.equal(true);
    expect(isPlanEditOverlapError({ kind: 'planEditOverlap' })).to.equal(false);
  });

  it('gives the domain errors a kind and keeps their name', () => {
    expect(errors.overlap.kind).to.equal('planEditOverlap');
    expect(errors.overlap.name).to.equal('PlanEditOverlapError');
    expect(errors.gone.kind).to.equal('planEditTargetGone');
    expect(errors.gone.targetId).to.equal('e-1');
  });
});

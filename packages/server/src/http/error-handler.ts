import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { ContractDriftError } from '../contract-drift-error.js';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';
import { ProblemError, problemResponse, problems } from './problems.js';

/**
 * Turns every thrown error into a problem response. Unexpected ones become a bare 500: no
 * message, no stack, because a database message can quote a stored value.
 *
 * The last resort for input the checks let through: PostgreSQL's data exceptions (SQLSTATE class
 * 22: a value out of range, text it cannot hold) are the sender's value, not a server fault, so
 * they are a 400, though logged like a failure: each one is a check the contract still lacks.
 */
export function handleErrors(logger: Logger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error.problem, error.headers);
    logger.error(describeFailure(error, c));
    if (isDataException(error))
      return problemResponse(c, problems.invalidRequest('A value in the request cannot be stored.', [{ path: '', code: 'unstorable_value' }]));
    return problemResponse(c, problems.internalError());
  };
}

function isDataException(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** 404 for any path no route serves. */
export const answerNotFound: NotFoundHandler<AppEnv> = (c) => problemResponse(c, problems.notFound('No resource at this path.'));

/**
 * What an operator needs to find the fault: request id, error class, driver code and where it
 * was thrown. Never the message, which for database errors can contain values.
 */
function describeFailure(error: unknown, c: Context<AppEnv>): string {
  const parts = [`failure requestId=${c.get('requestId')}`, `method=${c.req.method}`];
  if (error instanceof ContractDriftError) {
    parts.push(`error=${error.name}`, `schema=${error.schema}`, `paths=${error.issues.map((issue) => `${issue.path || '(root)'}:${issue.code}`).join(',')}`);
  } else if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const where = error.stack
      ?.split('\n')
      .find((line) => line.trim().startsWith('at '))
      ?.trim();
    parts.push(`error=${error.name}`);
    if (typeof code === 'string') parts.push(`code=${code}`);
    if (where) parts.push(`where="${where}"`);
  } else {
    parts.push(`error=${typeof error}`);
  }
  return parts.join(' ');
}

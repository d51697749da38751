import { Id, isJsonInUtf8, toFieldProblems, unstorableTextProblems, type SchemaIssue } from '@ungeforlob/sdk';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { ProblemError, problems } from './problems.js';

/** A contract schema from the SDK, as far as request validation needs it. */
interface ContractSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** The course id from the path, checked with the SDK's `Id` (which refuses CPR-shaped values). */
export function parseCourseId(value: string): string {
  const parsed = Id.safeParse(value);
  if (!parsed.success)
    throw new ProblemError(problems.invalidRequest('The course id is not an opaque id.', toFieldProblems(parsed.error.issues, ['courseId'])));
  return parsed.data;
}

/** An id from the path (`definitionId`, `subjectId`, `readingId`, …), checked with the SDK's `Id`; 400 naming the parameter otherwise. */
export function parsePathId(c: Context<AppEnv>, name: string): string {
  const parsed = Id.safeParse(c.req.param(name) ?? '');
  if (!parsed.success) throw new ProblemError(problems.invalidRequest(`The ${name} is not an opaque id.`, toFieldProblems(parsed.error.issues, [name])));
  return parsed.data;
}

/**
 * The JSON body; 415 when it is not JSON by its Content-Type, 400 when it does not parse or holds
 * text that cannot be stored as sent (NUL, a lone surrogate: see `unstorableTextProblems`).
 */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  if (!isJsonInUtf8(c.req.header('Content-Type') ?? '')) throw new ProblemError(problems.unsupportedMediaType());
  let body: unknown;
  try {
    body = (await c.req.json()) as unknown;
  } catch {
    throw new ProblemError(problems.invalidRequest('The body is not valid JSON.', [{ path: '', code: 'invalid_json' }]));
  }
  const unstorable = unstorableTextProblems(body);
  if (unstorable.length > 0) throw new ProblemError(problems.invalidRequest('Text must be Unicode without NUL characters or lone surrogates.', unstorable));
  return body;
}

/** The body checked against a contract schema; 400 naming every failing field otherwise. */
export function parseBody<T>(schema: ContractSchema<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ProblemError(problems.invalidRequest('The body does not match the contract.', toFieldProblems(parsed.error.issues)));
  return parsed.data;
}

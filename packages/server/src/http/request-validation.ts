import { formatIssuePath, Id, type FieldProblem } from '@ungeforlob/sdk';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { ProblemError, problems } from './problems.js';

/** The part of a zod issue the server passes on. */
interface Issue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  /** Set on `unrecognized_keys`. */
  readonly keys?: readonly string[];
}

/** A contract schema from the SDK, as far as request validation needs it. */
interface ContractSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/** Paths and codes only: the offending value never goes back, nor into a log. */
function fieldProblems(issues: readonly Issue[], prefix: PropertyKey[] = []): FieldProblem[] {
  return issues.flatMap((issue) => {
    // "unrecognized_keys" sits on the object; name each unknown field instead.
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ path: formatIssuePath([...prefix, ...issue.path, key]), code: issue.code }));
    }
    return [{ path: formatIssuePath([...prefix, ...issue.path]), code: issue.code }];
  });
}

/** The course id from the path, checked with the SDK's `Id` (which refuses CPR-shaped values). */
export function parseCourseId(value: string): string {
  const parsed = Id.safeParse(value);
  if (!parsed.success) throw new ProblemError(problems.invalidRequest('The course id is not an opaque id.', fieldProblems(parsed.error.issues, ['courseId'])));
  return parsed.data;
}

/** The JSON body; 415 when it is not JSON by its Content-Type, 400 when it does not parse. */
export async function readJsonBody(c: Context<AppEnv>): Promise<unknown> {
  const mediaType = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType !== 'application/json' && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType)) {
    throw new ProblemError(problems.unsupportedMediaType());
  }
  try {
    return (await c.req.json()) as unknown;
  } catch {
    throw new ProblemError(problems.invalidRequest('The body is not valid JSON.', [{ path: '', code: 'invalid_json' }]));
  }
}

/** The body checked against a contract schema; 400 naming every failing field otherwise. */
export function parseBody<T>(schema: ContractSchema<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ProblemError(problems.invalidRequest('The body does not match the contract.', fieldProblems(parsed.error.issues)));
  return parsed.data;
}

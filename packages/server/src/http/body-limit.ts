import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env.js';
import { ProblemError, problems } from './problems.js';

/** Refuses bodies over `maxBytes` with a 413 problem, whether sized by Content-Length or chunked. */
export function limitBodySize(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ProblemError(problems.contentTooLarge(maxBytes));
    },
  });
}

import { buildOpenApiDocument } from '@ungeforlob/sdk/openapi';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

/** `GET /openapi.json`: the SDK's contract, so what this server promises is what the SDK checks. */
export function openApiRoute(): Hono<AppEnv> {
  const document = buildOpenApiDocument();
  return new Hono<AppEnv>().get('/openapi.json', (c) => c.json(document));
}

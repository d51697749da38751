import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import { buildOpenApiDocument } from '@ungeforlob/sdk/openapi';

// Vendors implement this document; it must be valid OpenAPI 3.1, not only look like it.
test('the generated contract is a valid OpenAPI 3.1 document', async () => {
  const document = buildOpenApiDocument();
  const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
  assert.ok(result.valid, result.valid ? '' : compileErrors(result));
  assert.equal(document['openapi'], '3.1.0');
});

// npm test rebuilds docs/openapi.json in the work tree, so compare with what is committed.
test('docs/openapi.json as committed matches the schemas', (context) => {
  let committed: string;
  try {
    committed = execFileSync('git', ['show', 'HEAD:docs/openapi.json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    context.skip('not a git checkout');
    return;
  }
  assert.deepEqual(JSON.parse(committed), buildOpenApiDocument(), 'docs/openapi.json is stale: run npm run build and commit it');
});

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { compileErrors, validate } from '@readme/openapi-parser';
import { LIMITS, SIGN_IN, type AccessRule } from '@ungeforlob/sdk';
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

// vendors.md is what a vendor reads first; it must say what the document and the server say.
test('vendors.md agrees with the document: the access table, the limits and the sign-in rules', () => {
  const document = buildOpenApiDocument() as { paths: Record<string, Record<string, { operationId: string; 'x-access': AccessRule }>> };
  const documented = new Map(
    Object.values(document.paths).flatMap((path) => Object.values(path).flatMap((op) => (op.operationId ? [[op.operationId, op['x-access']] as const] : []))),
  );
  const vendors = readFileSync(new URL('../../docs/vendors.md', import.meta.url), 'utf8');
  const section = vendors.slice(vendors.indexOf('### Access'), vendors.indexOf('### The reference server'));
  const rows = [...section.matchAll(/^\| `(\w+)`[^|]*\| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)];
  const said = new Map(
    rows.map(([, id, professional, youth, administrator, offerAdministrator, leader]) => {
      const rule = Object.fromEntries(
        Object.entries({ professional, youth, administrator, offerAdministrator, leader })
          .map(([role, scope]) => [role, scope!.trim()] as const)
          .filter(([, scope]) => scope !== '—'),
      );
      return [id!, rule];
    }),
  );
  assert.deepEqual(said, new Map([...documented].map(([id, rule]) => [id, { ...rule }])), 'the Access table of docs/vendors.md differs from x-access');
  for (const fact of [
    `${LIMITS.bodyBytes / 1024} KiB`,
    `${LIMITS.headerBytes / 1024} KiB`,
    `${SIGN_IN.maxTokenAgeSeconds / 3600} hours`,
    `${SIGN_IN.clockToleranceSeconds} s clock`,
    `typ: ${SIGN_IN.accessTokenType}`,
  ]) {
    assert.ok(vendors.includes(fact), `docs/vendors.md does not say ${fact}`);
  }
});

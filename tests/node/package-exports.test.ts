import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

// A widget is importable on its own as `@ungeforlob/elements/<folder>` through one subpath
// pattern, so a new widget's folder needs no entry in package.json (docs/adding-a-widget.md).

const source = new URL('../../packages/elements/src/', import.meta.url);

test('every widget folder with a define.ts resolves as @ungeforlob/elements/<folder> to its define', () => {
  const folders = readdirSync(source, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/define.ts`, source)))
    .map((entry) => entry.name);
  assert.ok(folders.includes('plan') && folders.includes('provider'), `found ${folders.join(', ')}`);
  for (const folder of folders) {
    const resolved = fileURLToPath(import.meta.resolve(`@ungeforlob/elements/${folder}`));
    // The built file, or its source where the tests resolve the `source` condition.
    assert.ok(resolved.endsWith(`/dist/${folder}/define.js`) || resolved.endsWith(`/src/${folder}/define.ts`), `${folder} resolves to ${resolved}`);
    assert.ok(existsSync(resolved), `${resolved} exists`);
  }
});

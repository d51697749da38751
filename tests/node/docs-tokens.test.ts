import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { tokenDefaults } from '../../packages/elements/src/styles/tokens.js';

// The designers' guide copies the theming contract by hand; it must not fall behind the code.
test('docs/designers.md lists every --uf-* custom property with its default', () => {
  const guide = readFileSync('docs/designers.md', 'utf8');
  for (const [name, value] of Object.entries(tokenDefaults)) {
    assert.ok(guide.includes(`| \`${name}\` | \`${value}\` |`), `${name} (default ${value}) is missing from docs/designers.md`);
  }
});

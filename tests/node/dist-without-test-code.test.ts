import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { cdnSourceMaps } from './helpers/cdn-build.js';

// What a portal installs or loads from the CDN is packages/*/dist. Test code there is dead weight
// at best; at worst it imports @open-wc/testing (mocha, chai, axe) and breaks a vendor's bundler.
// tsconfig.build.json leaves tests, fixtures and test helpers out and npm run build empties dist
// first; this test reads what a build actually wrote. npm test builds before the node tests.
const PACKAGES = ['sdk', 'elements', 'server'];
const TEST_FILE = /\.test\.(js|d\.ts)(\.map)?$|fixture|^test-/i;
const TEST_MODULE = /^(@open-wc\/testing|@open-wc\/testing-helpers|@esm-bundle\/chai|chai|mocha|sinon|@web\/test-runner)(\/|$)/;
// import … from 'x', export … from 'x', import 'x', import('x') — also in minified code.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file));
}

function distFiles(): string[] {
  return PACKAGES.flatMap((name) => {
    const dist = join('packages', name, 'dist');
    assert.ok(existsSync(join(dist, 'index.js')), `${dist}/index.js is missing: run npm run build first (npm test does)`);
    return filesBelow(dist);
  });
}

test('no test file, fixture or test helper is built into packages/*/dist', () => {
  const found = distFiles().filter((file) => TEST_FILE.test(basename(file)));
  assert.deepEqual(found, [], `test code in dist: ${found.join(', ')}`);
});

test('nothing in packages/*/dist imports a test library', () => {
  const modules = distFiles().filter((file) => /\.(js|d\.ts)$/.test(file));
  // Without a module that imports something, the pattern has stopped matching and this would pass checking nothing.
  assert.ok(
    modules.some((file) => [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].length > 0),
    'no imports found in dist',
  );
  const importers = modules.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
      .filter(([, specifier]) => TEST_MODULE.test(specifier!))
      .map(([, specifier]) => `${file} → ${specifier}`),
  );
  assert.deepEqual(importers, [], `dist imports test libraries:\n${importers.join('\n')}`);
});

test('the CDN files have no test library inlined', () => {
  const inlined = cdnSourceMaps()
    .flatMap(({ sources }) => sources)
    .filter((source) => {
      const inPackage = /node_modules\/(.+)$/.exec(source)?.[1];
      return (inPackage !== undefined && TEST_MODULE.test(inPackage)) || TEST_FILE.test(basename(source));
    });
  assert.deepEqual(inlined, [], `test code in the CDN files: ${inlined.join(', ')}`);
});

test('custom-elements.json, the public contract editors and Storybook read, names no test module', () => {
  const manifest = 'packages/elements/custom-elements.json';
  assert.ok(existsSync(manifest), `${manifest} is missing: run npm run build first (npm test does)`);
  const { modules } = JSON.parse(readFileSync(manifest, 'utf8')) as { modules: { path: string }[] };
  assert.ok(modules.length > 0, 'the manifest lists no module');
  const testModules = modules.map((module) => module.path).filter((path) => TEST_FILE.test(basename(path)));
  assert.deepEqual(testModules, [], `test code in custom-elements.json: ${testModules.join(', ')}`);
});

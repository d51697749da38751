import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

// A portal's own app built from npm: it imports one widget by its subpath, its bundler follows the
// packages' exports and sideEffects, and what the widget does not use must stay out. Rollup here
// stands in for the portal's bundler (webpack, Vite and esbuild read the same two fields).

const ELEMENTS = resolve('packages/elements/dist');
const SDK = resolve('packages/sdk/dist');
const OTHER_WIDGETS = ['plan', 'criteria-questionnaire', 'progression'];
// The SDK's plan, questionnaire and progression modules: stores, facts, drafts, scores. Not yet
// checked: the client's resources and their response schemas (client/plan-resource.js,
// schemas/plan.js, …), which createClient builds all of, so every app carries them (about 3 KB
// gzipped); issue #13 leaves that open.
const OTHER_SDK_FOLDERS = ['plan', 'questionnaire', 'progression'];

async function modulesOfAppImporting(specifier: string): Promise<string[]> {
  // Inside the repository, so the app finds the packages the way an installed app finds node_modules.
  const folder = await mkdtemp(resolve('node_modules', '.uf-shake-'));
  try {
    const entry = join(folder, 'app.js');
    await writeFile(entry, `import '${specifier}';\n`);
    const bundle = await rollup({
      input: entry,
      plugins: [nodeResolve({ browser: true, rootDir: process.cwd(), exportConditions: ['browser', 'production', 'import', 'default'] })],
      onwarn: () => undefined,
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    await bundle.close();
    return output
      .flatMap((chunk) => (chunk.type === 'chunk' ? Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0) : []))
      .map(([id]) => id);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const inside = (root: string, id: string): string | null => {
  const path = relative(root, id);
  return path.startsWith('..') ? null : path;
};

test('an app importing only @ungeforlob/elements/contact-card carries no plan, questionnaire or progression widget code', async () => {
  const modules = await modulesOfAppImporting('@ungeforlob/elements/contact-card');
  const elements = modules.map((id) => inside(ELEMENTS, id)).filter((path): path is string => path !== null);
  // The card itself must be there, or the paths have moved and this would pass checking nothing.
  assert.ok(elements.includes(join('contact-card', 'contact-card.js')), `the card is not in the app: ${elements.join(', ')}`);
  assert.ok(elements.includes(join('provider', 'provider.js')), 'the provider comes with every widget');
  const foreign = elements.filter((path) => OTHER_WIDGETS.includes(path.split(sep)[0]!));
  assert.deepEqual(foreign, [], 'other widgets in a card-only app');

  const sdk = modules.map((id) => inside(SDK, id)).filter((path): path is string => path !== null);
  assert.ok(sdk.includes(join('contact', 'contact-store.js')), 'the card’s own store is not in the app');
  const otherSdk = sdk.filter((path) => OTHER_SDK_FOLDERS.includes(path.split(sep)[0]!));
  assert.deepEqual(otherSdk, [], 'other widgets’ SDK stores and facts in a card-only app');
});

test('an app importing only the plan carries none of the card, questionnaire or progression', async () => {
  const modules = await modulesOfAppImporting('@ungeforlob/elements/plan');
  const elements = modules.map((id) => inside(ELEMENTS, id)).filter((path): path is string => path !== null);
  assert.ok(elements.includes(join('plan', 'plan.js')));
  const foreign = elements.filter((path) => ['contact-card', 'criteria-questionnaire', 'progression'].includes(path.split(sep)[0]!));
  assert.deepEqual(foreign, [], 'other widgets in a plan-only app');
});

test('an app importing every widget carries none of the FHIR mapping: only the Bundle frame its client checks', async () => {
  const modules = await modulesOfAppImporting('@ungeforlob/elements');
  const sdk = modules.map((id) => inside(SDK, id)).filter((path): path is string => path !== null);
  assert.ok(sdk.includes(join('client', 'fhir-resource.js')), 'the client’s fhir.course is not in the app: the paths have moved');
  // `@ungeforlob/sdk/fhir` maps a course to FHIR and back; the client needs only `FhirBundleSchema`.
  assert.deepEqual(
    sdk.filter((path) => path.split(sep)[0] === 'fhir'),
    [join('fhir', 'fhir-types.js')],
    'FHIR mapping modules in a page of widgets',
  );
});

// ESLint 9 flat config: JavaScript's and typescript-eslint's recommended rules (type-aware, so a
// promise nobody awaits is caught), Lit's template rules and the web-component best practices on
// the widgets. Prettier owns layout (.prettierrc.json), so no rule here is about format.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'coverage/**', '**/.data/**', '**/custom-elements.json', 'docs/openapi.json'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A leading underscore marks a binding left unused on purpose, mostly a property taken out
      // of an object by destructuring (`const { changedAt: _stamp, ...effort } = …`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // An async function without await is how our fakes and interface implementations return a
      // promise (and turn a throw into a rejection); the rules about promises nobody awaits or
      // passes where none is expected catch the real mistakes.
      '@typescript-eslint/require-await': 'off',
      // Promise.all(responses.map((response) => response.body?.cancel())): a promise or nothing per
      // item is deliberate; an array with no promise in it at all is still reported.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's test/describe return promises its runner awaits.
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
            // @open-wc/semantic-dom-diff merges Promise-returning overloads into chai's Equal (for
            // its DOM diffs, which we do not use), so every expect(x).to.equal(y) looks like a
            // promise; it is synchronous and throws. expect(el).to.be.accessible() is a real
            // promise and stays checked.
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: ['Equal'] },
          ],
        },
      ],
    },
  },
  {
    // Build scripts, configs, benchmarks' drivers and the Node tests run in Node.
    files: ['**/*.mjs', '**/*.config.js', 'scripts/**', 'bench/**', 'tests/**', '.storybook/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The widgets, the SDK, stories, browser tests and benchmark pages run in the page (the SDK in Node too).
    files: ['packages/*/src/**', 'stories/**', 'tests/browser/**', 'packages/server/public/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/server/src/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    extends: [wc.configs['flat/best-practice']],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      // Lit calls a template's listeners with `this` set to the host element, so
      // `@click=${this.reapply}` is the idiom, not an unbound method.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);

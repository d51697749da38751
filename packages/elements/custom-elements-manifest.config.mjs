// Writes custom-elements.json (read by editors and Storybook) from the elements' TSDoc.
// packagejson: false — the analyzer otherwise rewrites package.json's customElements field.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};

// Writes custom-elements.json (read by editors and Storybook) from the elements' TSDoc.
// packagejson: false — the analyzer otherwise rewrites package.json's customElements field.
export default {
  globs: ['src/**/*.ts'],
  // Test code is no part of the public contract (the dist leaves it out the same way).
  exclude: ['src/**/*.test.ts', 'src/**/*-fixture.ts', 'src/**/*.fixture.ts', 'src/**/test-*.ts', 'src/testing/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};

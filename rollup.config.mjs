import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyLiterals } from './scripts/rollup-minify-literals.mjs';

/**
 * The single-file bundle for a CDN: every widget, the SDK, Lit, zod and ky in one ES module, so a
 * portal needs one <script type="module">. Built from the packages' tsc output (npm run build
 * compiles them first), resolving the production builds of dependencies. Template whitespace is
 * collapsed before terser, which leaves template text alone.
 */
export default {
  input: 'packages/elements/dist/index.js',
  output: {
    file: 'packages/elements/dist/cdn/ungeforlob.min.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    minifyLiterals(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

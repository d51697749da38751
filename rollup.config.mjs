import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The single-file bundle for a CDN: every widget, the SDK, Lit, zod and ky in one ES module, so a
 * portal needs one <script type="module">. Built from the packages' tsc output (npm run build
 * compiles them first), resolving the production builds of dependencies.
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
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};

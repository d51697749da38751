import { fileURLToPath } from 'node:url';

// Resolved from this file, which sits one level below the package root both as src/ and as
// dist/, so the paths hold when running from source, from the build, or installed from npm.

/** The demo portal page's static files. */
export const defaultPublicDir = fileURLToPath(new URL('../public', import.meta.url));

/** The widget bundle built by `npm run build` in the elements package. */
export const defaultBundlePath = fileURLToPath(new URL('../../elements/dist/cdn/ungeforlob.min.js', import.meta.url));

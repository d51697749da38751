import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved from this file, which sits one level below the package root both as src/ and as
// dist/, so the paths hold when running from source, from the build, or installed from npm.

/** The demo portal page's static files. */
export const defaultPublicDir = fileURLToPath(new URL('../public', import.meta.url));

/** The widgets' CDN loader built by `npm run build` in the elements package; its folder holds the chunks. */
export const defaultBundlePath = fileURLToPath(new URL('../../elements/dist/cdn/ungeforlob.min.js', import.meta.url));

const requireHere = createRequire(import.meta.url);
const fontPackage = '@fontsource/ibm-plex-sans';

/**
 * IBM Plex Sans (Det Fælles Designsystem's typeface) for the demo page, from the installed npm
 * package's folder of woff2 files. Found through Node's resolution, so a hoisted or a nested
 * node_modules both work.
 */
export const demoFont = {
  dir: join(dirname(requireHere.resolve(`${fontPackage}/package.json`)), 'files'),
};

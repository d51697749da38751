import { basename, dirname, join } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { Logger } from '../http/logger.js';
import { ProblemError, problems } from '../http/problems.js';
import { demoPageContentSecurityPolicy } from '../http/security-headers.js';
import { readAsset, sendAsset } from '../http/static-asset.js';
import { demoFont } from '../package-paths.js';
import { CSP_REPORT_PATH, cspReportRoute } from './csp-report-route.js';

export interface DemoOptions {
  /** The folder holding `index.html`, `portal.js` and `portal.css`. */
  publicDir: string;
  /**
   * The built loader (`ungeforlob.min.js`); its folder holds the all-in-one file, the chunk list,
   * `chunks/` and the source maps, as `npm run build` writes them.
   */
  bundlePath: string;
  /** Who may frame the page: a CSP source list. */
  frameAncestors: string;
  /** The folder of IBM Plex Sans's woff2 files. Default: the installed `@fontsource/ibm-plex-sans`'s. */
  font?: { dir: string };
  /** Where the page's policy violations are logged. Default: `console`. */
  logger?: Logger;
  /** How the page signs in; told to it at `/demo/sign-in.json`. Default: it cannot. */
  signIn?: DemoSignIn;
}

/**
 * How the demo page signs in: through the development issuer (`POST /demo/token`), at the
 * identity provider as a public client (authorization code with PKCE), or not at all (a provider is
 * configured, but no client for the page).
 */
export type DemoSignIn = { mode: 'development' } | { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'none' };

/** Only these files are served: an allowlist, so no path can reach outside the folder. */
const demoFiles = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/demo/portal.js': { file: 'portal.js', type: 'text/javascript; charset=utf-8' },
  '/demo/portal-sign-in.js': { file: 'portal-sign-in.js', type: 'text/javascript; charset=utf-8' },
  '/demo/portal.css': { file: 'portal.css', type: 'text/css; charset=utf-8' },
} as const;

/**
 * The typeface files the page's `@font-face` rules name: IBM Plex Sans in the two weights the page
 * and the widgets use (600 also stands in for bold), Latin for Danish and Latin Extended for names
 * such as Łukasz. Only these names are served, so no path can reach elsewhere in the package.
 */
export const demoFontFiles = ['latin', 'latin-ext'].flatMap((subset) => [400, 600].map((weight) => `ibm-plex-sans-${subset}-${weight}-normal.woff2`));

/**
 * A week, then a revalidation the ETag answers with 304. Not `immutable`: the names carry no
 * version or hash, so an upgraded font package would serve new bytes under the same name.
 */
const FONT_CACHE_CONTROL = 'public, max-age=604800';

/** Five minutes, then a revalidation: for files whose names stay the same from release to release. */
const SHORT_CACHE_CONTROL = 'public, max-age=300';

/** A year and never revalidated: for files whose names carry their content's hash. */
const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The demo portal page ("Fjordby Kommune — Medarbejderportal") and the widgets' CDN folder, as a
 * portal's own web server would serve it (docs/embedding.md). A file changed on disk is read
 * again, so a rebuild shows up without a restart.
 */
export function demoRoutes(options: DemoOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const signIn: DemoSignIn = options.signIn ?? { mode: 'none' };
  // The page talks to the identity provider itself (discovery, the token endpoint): its origin is allowed too.
  const pagePolicy = demoPageContentSecurityPolicy(options.frameAncestors, CSP_REPORT_PATH, signIn.mode === 'oidc' ? [new URL(signIn.issuer).origin] : []);
  app.route('/', cspReportRoute(options.logger ?? console));
  app.get('/demo/sign-in.json', (c) => c.json(signIn, 200, { 'Cache-Control': 'no-cache' }));

  for (const [path, { file, type }] of Object.entries(demoFiles)) {
    app.get(path, async (c) => {
      const asset = await readAsset(join(options.publicDir, file));
      if (!asset) throw new ProblemError(problems.notFound('The demo page is not installed.'));
      if (type.startsWith('text/html')) c.header('Content-Security-Policy', pagePolicy);
      return sendAsset(c, asset, { type, cacheControl: 'no-cache', compressible: true });
    });
  }

  const font = options.font ?? demoFont;
  app.get('/demo/fonts/:file', async (c) => {
    const file = c.req.param('file');
    if (!demoFontFiles.includes(file)) throw new ProblemError(problems.notFound('No such font file.'));
    const asset = await readAsset(join(font.dir, file));
    if (!asset) throw new ProblemError(problems.notFound('No such font file.'));
    return sendAsset(c, asset, { type: 'font/woff2', cacheControl: FONT_CACHE_CONTROL, compressible: false });
  });

  const cdnDir = dirname(options.bundlePath);
  const loaderName = basename(options.bundlePath);

  // The loader, the all-in-one file and the chunk list: fixed names, so a short lifetime and then
  // a revalidation by ETag; a release reaches every page within five minutes.
  for (const file of ['ungeforlob.min.js', 'ungeforlob.all.min.js', 'ungeforlob.chunks.json']) {
    app.get(`/cdn/${file}`, async (c) => {
      const asset = await readAsset(join(cdnDir, file === 'ungeforlob.min.js' ? loaderName : file));
      if (!asset) {
        // Plain text: whoever sees this is a developer who has not built the widgets yet.
        return c.text('The widgets are not built yet: run npm run build', 503, { 'Retry-After': '10' });
      }
      return sendAsset(c, asset, { type: typeOf(file), cacheControl: SHORT_CACHE_CONTROL, compressible: true });
    });
  }

  // Chunks and source maps carry their content's hash in their names: the same name never holds
  // other bytes, so browsers and proxies keep them for a year without asking. An allowlisted name
  // pattern inside the folder: no path can reach outside it.
  app.get('/cdn/chunks/:file{[a-z0-9.-]+-[A-Za-z0-9_-]{8}\\.js(\\.map)?}', async (c) => {
    const file = c.req.param('file');
    const asset = await readAsset(join(cdnDir, 'chunks', file));
    if (!asset) throw new ProblemError(problems.notFound('No such chunk.'));
    return sendAsset(c, asset, { type: typeOf(file), cacheControl: IMMUTABLE_CACHE_CONTROL, compressible: true });
  });

  app.get('/cdn/:file{ungeforlob(\\.all)?\\.min\\.js\\.map}', async (c) => {
    const file = c.req.param('file');
    const asset = await readAsset(join(cdnDir, file === 'ungeforlob.min.js.map' ? `${loaderName}.map` : file));
    if (!asset) throw new ProblemError(problems.notFound('The widgets have no source map.'));
    return sendAsset(c, asset, { type: typeOf(file), cacheControl: SHORT_CACHE_CONTROL, compressible: true });
  });

  return app;
}

function typeOf(file: string): string {
  return file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json; charset=utf-8';
}

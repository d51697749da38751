import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Hono, type Context } from 'hono';
import { offerCatalogue } from '@ungeforlob/sdk/seed';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, problems } from '../http/problems.js';
import { demoPageContentSecurityPolicy } from '../http/security-headers.js';
import { demoFont } from '../package-paths.js';

export interface DemoOptions {
  /** The folder holding `index.html`, `portal.js` and `portal.css`. */
  publicDir: string;
  /** The built widget bundle; its source map is expected beside it as `<bundle>.map`. */
  bundlePath: string;
  /** Who may frame the page: a CSP source list. */
  frameAncestors: string;
  /** The folder of IBM Plex Sans's woff2 files and the version they are. Default: the installed `@fontsource/ibm-plex-sans`. */
  font?: { dir: string; version: string };
}

/** Only these files are served: an allowlist, so no path can reach outside the folder. */
const demoFiles = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/demo/portal.js': { file: 'portal.js', type: 'text/javascript; charset=utf-8' },
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
 * version, so an upgraded font package would serve new bytes under the same name.
 */
const FONT_CACHE_CONTROL = 'public, max-age=604800';

/**
 * The demo portal page ("Fjordby Kommune — Medarbejderportal") and the widget bundle it loads.
 * Files are read on each request, so a rebuilt bundle shows up without a restart.
 */
export function demoRoutes(options: DemoOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const pagePolicy = demoPageContentSecurityPolicy(options.frameAncestors);

  for (const [path, { file, type }] of Object.entries(demoFiles)) {
    app.get(path, async (c) => {
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = pagePolicy;
      return c.body(await readFile(join(options.publicDir, file), 'utf8'), 200, headers);
    });
  }

  const font = options.font ?? demoFont;
  app.get('/demo/fonts/:file', async (c) => {
    const file = c.req.param('file');
    if (!demoFontFiles.includes(file)) throw new ProblemError(problems.notFound('No such font file.'));
    // The package's version names the bytes: the same file of the same version never changes.
    const etag = `"${font.version}-${file}"`;
    const headers = { 'Content-Type': 'font/woff2', 'Cache-Control': FONT_CACHE_CONTROL, ETag: etag };
    const known = c.req
      .header('If-None-Match')
      ?.split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''));
    if (known?.includes(etag)) return c.body(null, 304, headers);
    return c.body(new Uint8Array(await readFile(join(font.dir, file))), 200, headers);
  });

  // The fictional municipality's offer catalogue: a real portal supplies its own to <uf-plan>.
  app.get('/demo/offers.json', (c) => c.json(offerCatalogue, 200, { 'Cache-Control': 'no-cache' }));

  app.get('/cdn/ungeforlob.min.js', async (c) => {
    const bundle = await readIfPresent(options.bundlePath);
    if (!bundle) {
      // Plain text: whoever sees this is a developer who has not built the widgets yet.
      return c.text('The widget bundle is not built yet: run npm run build', 503, { 'Retry-After': '10' });
    }
    return sendAsset(c, bundle, 'text/javascript; charset=utf-8');
  });

  // The files the bundle loads beside itself on first use (the English copy). An allowlisted
  // name pattern, read from the bundle's own folder: no path can reach outside it.
  app.get('/cdn/:file{ungeforlob-[a-z0-9.-]+\\.min\\.js(\\.map)?}', async (c) => {
    const file = c.req.param('file');
    const content = await readIfPresent(join(dirname(options.bundlePath), file));
    if (!content) throw new ProblemError(problems.notFound('No such file beside the widget bundle.'));
    return sendAsset(c, content, file.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8');
  });

  app.get('/cdn/ungeforlob.min.js.map', async (c) => {
    const map = await readIfPresent(`${options.bundlePath}.map`);
    if (!map) throw new ProblemError(problems.notFound('The widget bundle has no source map.'));
    return sendAsset(c, map, 'application/json; charset=utf-8');
  });

  return app;
}

function sendAsset(c: Context<AppEnv>, content: string, type: string): Response {
  return c.body(content, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

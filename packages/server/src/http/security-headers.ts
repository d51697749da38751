import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/** On every response: no MIME sniffing, and no URL (which may hold a course id) leaks to other sites. */
export function baseSecurityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  };
}

/**
 * On API responses: personal data must not stay in browser or proxy caches (the ETag still
 * serves If-Match), and a JSON body opened as a page may not load or frame anything.
 */
export function apiSecurityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  };
}

/**
 * The demo page's policy: only its own scripts, styles, fonts and API; no inline code. If the
 * widgets work under it, they work on a municipal intranet with a strict policy. Fonts fall under
 * `default-src 'self'`: the page serves IBM Plex Sans itself and loads nothing from a font CDN.
 *
 * @param frameAncestors - who may frame the page, a CSP source list such as `'self' https://intra.kommune.example`.
 * @param reportPath - where the browser sends a report of each violation.
 * @param connectOrigins - other origins the page's scripts may call, such as the identity provider's.
 */
export function demoPageContentSecurityPolicy(frameAncestors: string, reportPath: string, connectOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "object-src 'none'",
    // Every engine still sends report-uri's reports; the server logs them (routes/csp-report-route.ts).
    `report-uri ${reportPath}`,
  ].join('; ');
}

const sourceExpression = /^(?:'self'|'none'|[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9.-]+(?::(?:\d{1,5}|\*))?(?:\/[^\s;,'"]*)?)$/i;

/**
 * Checks a CSP source list before it goes into a header, so a misconfiguration cannot add
 * directives (`;`) or break the header. Throws on anything else.
 */
export function assertSourceList(sources: string): string {
  const tokens = sources.trim().split(/\s+/);
  if (tokens.length === 0 || tokens.some((token) => !sourceExpression.test(token))) {
    throw new Error(`Not a CSP source list for frame-ancestors: ${JSON.stringify(sources)}`);
  }
  return tokens.join(' ');
}

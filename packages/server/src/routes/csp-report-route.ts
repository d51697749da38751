import { Hono } from 'hono';
import { z } from 'zod/mini';
import type { AppEnv } from '../http/app-env.js';
import { limitBodySize } from '../http/body-limit.js';
import type { Logger } from '../http/logger.js';
import { ProblemError, problems } from '../http/problems.js';

/** Where the demo page's policy sends its violation reports (`report-uri`). */
export const CSP_REPORT_PATH = '/demo/csp-reports';

/** A browser's report is well under a kilobyte; anything far larger is not one. */
const MAX_REPORT_BYTES = 16 * 1024;
/** A browser batches a few reports at most; the rest of a longer list is not logged. */
const MAX_REPORTS_PER_BODY = 10;
/**
 * Lines per minute, per process: the endpoint takes reports from anyone, so a flood must not fill
 * the log. What is over is counted, and said in one line when the minute is over.
 */
const MAX_LINES_PER_MINUTE = 60;

// Two shapes: `report-uri`'s application/csp-report (every engine), and the Reporting API's list
// (application/reports+json). Only the fields the log line uses are read.
const legacyReport = z.object({
  'csp-report': z.object({
    'effective-directive': z.optional(z.string()),
    'violated-directive': z.optional(z.string()),
    'blocked-uri': z.optional(z.string()),
    'document-uri': z.optional(z.string()),
  }),
});
const reportingApiReports = z.array(
  z.object({
    type: z.string(),
    body: z.object({
      effectiveDirective: z.optional(z.string()),
      blockedURL: z.optional(z.string()),
      documentURL: z.optional(z.string()),
    }),
  }),
);

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

/**
 * A URL reduced to what an operator needs and nothing personal: a blocked resource's origin (or the
 * keyword, such as `inline` or `eval`), a page's path without its query (which may name a course).
 */
function origin(url: string | undefined): string {
  if (!url) return 'unknown';
  try {
    return new URL(url).origin;
  } catch {
    return /^[a-z-]{1,20}$/.test(url) ? url : 'unknown';
  }
}

/** The pages whose policy reports here, by path; any other path a report names is logged as `other`. */
const REPORTING_PAGES = new Set(['/']);

function path(url: string | undefined): string {
  try {
    const { pathname } = new URL(url ?? '');
    return REPORTING_PAGES.has(pathname) ? pathname : 'other';
  } catch {
    return 'unknown';
  }
}

const directiveName = (directive: string | undefined) => directive?.split(' ')[0]?.replace(/[^a-z-]/g, '') || 'unknown';

function violationsIn(body: unknown): Violation[] | undefined {
  const legacy = legacyReport.safeParse(body);
  if (legacy.success) {
    const report = legacy.data['csp-report'];
    return [
      {
        directive: directiveName(report['effective-directive'] ?? report['violated-directive']),
        blocked: origin(report['blocked-uri']),
        page: path(report['document-uri']),
      },
    ];
  }
  const listed = reportingApiReports.safeParse(body);
  if (!listed.success) return undefined;
  return listed.data
    .slice(0, MAX_REPORTS_PER_BODY)
    .filter((report) => report.type === 'csp-violation')
    .map(({ body: report }) => ({ directive: directiveName(report.effectiveDirective), blocked: origin(report.blockedURL), page: path(report.documentURL) }));
}

/**
 * Receives the demo page's Content-Security-Policy violation reports and logs each as a failure, so
 * an operator (and the cross-browser tests) see what a browser refused to load or run. The line
 * holds the directive, the blocked origin and the page's path: no query, no personal data, nothing
 * a sender can shape but a known page path, an origin or a short keyword. At most
 * {@link MAX_REPORTS_PER_BODY} reports a request and {@link MAX_LINES_PER_MINUTE} lines a minute.
 */
export function cspReportRoute(logger: Logger, now: () => number = Date.now): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let minute = { started: now(), lines: 0, dropped: 0 };
  const log = (line: string) => {
    if (now() - minute.started >= 60_000) {
      if (minute.dropped > 0) logger.error(`csp-violation reports over ${MAX_LINES_PER_MINUTE} a minute: ${minute.dropped} not logged`);
      minute = { started: now(), lines: 0, dropped: 0 };
    }
    if (minute.lines < MAX_LINES_PER_MINUTE) {
      minute.lines += 1;
      logger.error(line);
    } else minute.dropped += 1;
  };
  app.use(CSP_REPORT_PATH, limitBodySize(MAX_REPORT_BYTES));
  app.post(CSP_REPORT_PATH, async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:csp-report|reports\+json|json)\s*(?:;|$)/i.test(type)) throw new ProblemError(problems.unsupportedMediaType());
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw new ProblemError(problems.invalidRequest('The body is not JSON.', []));
    }
    const violations = violationsIn(body);
    if (!violations) throw new ProblemError(problems.invalidRequest('The body is not a CSP violation report.', []));
    for (const { directive, blocked, page } of violations) {
      log(`csp-violation directive=${directive} blocked=${blocked} page=${page} requestId=${c.get('requestId')}`);
    }
    return c.body(null, 204);
  });
  return app;
}

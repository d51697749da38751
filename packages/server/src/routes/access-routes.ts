import { operations, type AuditEntry, type CourseAuditLog, type Me } from '@ungeforlob/sdk';
import { Hono } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { listAudit } from '../audit/audit-export.js';
import { courseIdOf } from '../auth/allow.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, problems } from '../http/problems.js';
import { courseExists } from '../progression/progression-queries.js';
import { refuseOtherMethods, serve } from '../http/serve.js';

/**
 * `GET /me`: who the token belongs to and which courses they may see. `GET
 * /courses/{courseId}/audit`: the course's audit log for an administrator, as JSON or CSV, so a
 * young person's request for who has seen their data can be answered; the export is audited too.
 */
export function accessRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.getMe, async (c) => {
    const principal = c.get('principal');
    const me: Me = { subject: principal.subject, role: principal.role, name: principal.name, courseIds: [...c.get('visibleCourseIds')] };
    return c.json(me);
  });

  serve(app, operations.getCourseAudit, async (c) => {
    const courseId = courseIdOf(c);
    const entries = await db.transaction(async (tx) => {
      // A course that never existed has no log to export, and gets no row of one; a deleted
      // course's log stays exportable.
      if (!(await courseExists(tx, courseId)) && (await listAudit(tx, courseId)).length === 0) return null;
      // Recorded first, so the export shows that it was made.
      await auditRequest(tx, c, courseId, 'audit', 'read');
      return listAudit(tx, courseId);
    });
    if (entries === null) throw new ProblemError(problems.notFound('There is no course, and no audit log, with this id.'));
    if (prefersCsv(c.req.header('Accept'))) {
      return c.body(toCsv(entries), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit.csv"' });
    }
    const log: CourseAuditLog = { courseId, entries };
    return c.json(log);
  });

  refuseOtherMethods(app, operations.getMe.route, operations.getCourseAudit.route);
  return app;
}

function prefersCsv(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => range.split(';')[0]?.trim().toLowerCase() === 'text/csv');
}

const columns = ['at', 'requestId', 'actor', 'role', 'resource', 'action'] as const;

/** RFC 4180 CSV. Values are ids and codes, but quoted anyway, and a leading = + - @ tab or CR is defused for spreadsheets. */
function toCsv(entries: readonly AuditEntry[]): string {
  const cell = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;
  return [columns.join(','), ...entries.map((entry) => columns.map((column) => cell(entry[column])).join(','))].join('\r\n') + '\r\n';
}

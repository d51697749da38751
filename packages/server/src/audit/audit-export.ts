import type { AuditEntry } from '@ungeforlob/sdk';
import type { Queryable } from '../db/database.js';

interface AuditRow {
  at: Date | string;
  request_id: string;
  actor: string;
  role: AuditEntry['role'];
  resource: string;
  action: AuditEntry['action'];
}

/** Every audit row of `courseId`, oldest first. */
export async function listAudit(db: Queryable, courseId: string): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>('SELECT at, request_id, actor, role, resource, action FROM audit_log WHERE course_id = $1 ORDER BY id', [courseId]);
  return rows.map((row) => ({
    at: (row.at instanceof Date ? row.at : new Date(row.at)).toISOString(),
    requestId: row.request_id,
    actor: row.actor,
    role: row.role,
    resource: row.resource,
    action: row.action,
  }));
}

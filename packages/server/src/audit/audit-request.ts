import type { Context } from 'hono';
import type { Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { recordAudit, type AuditAction } from './audit-log.js';

/**
 * Audits what the current request did to `resource` of a course, as the request's signed-in
 * actor and under its request id, so no route assembles the row itself. Call it in the same
 * transaction as the read or write it describes (see {@link recordAudit}).
 */
export function auditRequest(tx: Queryable, c: Context<AppEnv>, courseId: string, resource: string, action: AuditAction): Promise<void> {
  return recordAudit(tx, { requestId: c.get('requestId'), actor: c.get('actor'), courseId, resource, action });
}

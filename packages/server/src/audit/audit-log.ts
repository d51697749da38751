import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/actor.js';

/** What was done to a young person's data. A 412 that returns `current` is a read. */
export type AuditAction = 'read' | 'update' | 'create' | 'delete';

export interface AuditEntry {
  requestId: string;
  actor: Actor;
  courseId: string;
  /** The API resource, e.g. `contact`. */
  resource: string;
  action: AuditAction;
}

/**
 * Appends one row to the audit log. Call it in the same transaction as the write it describes, so
 * a change whose row cannot be written is not kept. A read changes nothing: write its row after
 * the data has been read and found fit to send (a read that ends in an error saw nothing), and
 * before it is sent; one statement's read then needs no transaction, saving its three round trips.
 */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query('INSERT INTO audit_log (request_id, actor, role, course_id, resource, action) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.requestId,
    entry.actor.id,
    entry.actor.role,
    entry.courseId,
    entry.resource,
    entry.action,
  ]);
}

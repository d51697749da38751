import type { Queryable } from './database.js';

/**
 * Holds a database-wide lock until the transaction ends, so two servers starting at the same
 * time against one PostgreSQL do not migrate or seed twice. (PGlite has one connection; the
 * lock is then free, and harmless.)
 */
export async function lockSchemaForTransaction(tx: Queryable): Promise<void> {
  // An arbitrary constant that names "Ungeforløb schema changes" among advisory locks.
  await tx.query('SELECT pg_advisory_xact_lock(7301952)');
}

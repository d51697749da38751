import type { Database } from './database.js';
import { migrations as allMigrations, type Migration } from './migrations/index.js';
import { lockSchemaForTransaction } from './schema-lock.js';

/**
 * Applies every migration not yet recorded in `schema_migrations`, each in its own transaction
 * together with its record, so a crash leaves either the whole step or none of it.
 * Running it again changes nothing.
 *
 * @returns the versions applied by this call (empty when the schema was up to date).
 */
export async function migrate(db: Database, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const ran = await db.transaction(async (tx) => {
      await lockSchemaForTransaction(tx);
      await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

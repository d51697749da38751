import { buildSeed } from '@ungeforlob/sdk/seed';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { seedEmptyTables } from './seed/seed-empty-tables.js';

/** What start-up did to the database, for the start-up line and tests. */
export interface PreparedDatabase {
  migrationsApplied: number[];
  /** True when any part of the seed was written (see {@link seedEmptyTables}). */
  seeded: boolean;
}

/**
 * Brings the schema up to date, then seeds the parts that hold no data yet. The seed's users and
 * teams (who may sign in, and see what) are written only with `seedAccess`, i.e. with the
 * development issuer: a real identity provider's subjects must never meet the demo's.
 */
export async function prepareDatabase(db: Database, options: { seedAccess?: boolean } = {}): Promise<PreparedDatabase> {
  const migrationsApplied = await migrate(db);
  const seeded = await seedEmptyTables(db, buildSeed(), { access: options.seedAccess ?? false });
  return { migrationsApplied, seeded };
}

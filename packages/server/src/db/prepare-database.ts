import { buildSeed } from '@ungeforlob/sdk/seed';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { seedEmptyTables } from './seed-database.js';

/** What start-up did to the database, for the start-up line and tests. */
export interface PreparedDatabase {
  migrationsApplied: number[];
  /** True when any part of the seed was written (see {@link seedEmptyTables}). */
  seeded: boolean;
}

/** Brings the schema up to date, then seeds the parts that hold no data yet. */
export async function prepareDatabase(db: Database): Promise<PreparedDatabase> {
  const migrationsApplied = await migrate(db);
  const seeded = await seedEmptyTables(db, buildSeed());
  return { migrationsApplied, seeded };
}

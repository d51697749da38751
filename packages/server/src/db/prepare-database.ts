import { buildSeed } from '@ungeforlob/sdk/seed';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { seedIfEmpty } from './seed-database.js';

/** What start-up did to the database, for the start-up line and tests. */
export interface PreparedDatabase {
  migrationsApplied: number[];
  seeded: boolean;
}

/** Brings the schema up to date, then seeds it when it holds no course yet. */
export async function prepareDatabase(db: Database): Promise<PreparedDatabase> {
  const migrationsApplied = await migrate(db);
  const seeded = await seedIfEmpty(db, buildSeed());
  return { migrationsApplied, seeded };
}

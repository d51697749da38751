import type { Seed } from '@ungeforlob/sdk/seed';
import type { Database } from '../db/database.js';
import { resources } from '../resources.js';

/**
 * Fills the empty parts of the database with the SDK's fictional seed, so the demo shows every
 * state of the widgets. Each resource seeds its part on its own when its tables are empty, so a
 * database made before a part existed gets that part on its next start, while data edited in the
 * demo survives a restart. Running it again changes nothing.
 *
 * @returns true when any part of the seed was written.
 */
export async function seedEmptyTables(db: Database, seed: Seed, options: { access: boolean } = { access: false }): Promise<boolean> {
  let wrote = false;
  // One after another, in the list's order: courses first, since every other part belongs to one.
  for (const resource of Object.values(resources)) if (resource.seed && (await resource.seed(db, seed, options))) wrote = true;
  return wrote;
}

import type { Database } from './database.js';
import { openPgliteDatabase } from './pglite-database.js';
import { openPostgresDatabase } from './postgres-database.js';

export interface DatabaseLocation {
  /** A PostgreSQL connection string. When set, it wins over `dataDir`. */
  databaseUrl?: string | undefined;
  /** The folder of the embedded PostgreSQL (PGlite). */
  dataDir: string;
}

/** Opens a real PostgreSQL when a connection string is given, otherwise the embedded one in `dataDir`. */
export function openDatabase(location: DatabaseLocation, onIdleError: (error: Error) => void): Promise<Database> {
  return location.databaseUrl ? openPostgresDatabase(location.databaseUrl, onIdleError) : openPgliteDatabase(location.dataDir);
}

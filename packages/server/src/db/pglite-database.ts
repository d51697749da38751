import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { TYPE_OID, type Database } from './database.js';

const keepAsText = (value: string): string => value;

/**
 * Opens (and on first use creates) an embedded PostgreSQL in `dataDir`. The first start runs
 * initdb and takes several seconds; later starts take under a second.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    parsers: { [TYPE_OID.int8]: keepAsText, [TYPE_OID.date]: keepAsText },
  });
  return {
    engine: 'pglite',
    async query(sql, params = []) {
      const result = await pglite.query(sql, [...params]);
      return result.rows as never;
    },
    transaction(work) {
      // PGlite has a single connection; its transaction() holds it exclusively, so other
      // queries wait instead of running inside this transaction by accident.
      return pglite.transaction((tx) =>
        work({
          async query(sql, params = []) {
            const result = await tx.query(sql, [...params]);
            return result.rows as never;
          },
        }),
      );
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

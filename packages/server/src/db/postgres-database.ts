import { createHash } from 'node:crypto';
import pg from 'pg';
import { TYPE_OID, type Database, type Queryable } from './database.js';

const keepAsText = (value: string): string => value;

/** A column parser; pg's typings give them as `any`. */
type TypeParser = (value: string) => unknown;

const sameTypesAsPglite: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): TypeParser => {
    if (oid === TYPE_OID.int8 || oid === TYPE_OID.date) return keepAsText;
    return (format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text')) as TypeParser;
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Connects to a real PostgreSQL through a connection pool.
 *
 * @param connectionString - e.g. `postgres://user:password@host:5432/db`; `?options=-c search_path=…` selects a schema.
 * @param onIdleError - told about a pooled connection that failed while idle (the server restarted,
 *   the network dropped). Without a listener such an error would crash the process; the pool
 *   replaces the connection on the next query.
 */
export async function openPostgresDatabase(connectionString: string, onIdleError: (error: Error) => void): Promise<Database> {
  const pool = new pg.Pool({ connectionString, types: sameTypesAsPglite, max: 10 });
  pool.on('error', onIdleError);
  // Fail at start, not on the first request, when the database cannot be reached.
  await pool.query('SELECT 1');
  let closed = false;
  return {
    engine: 'postgres',
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      // pg gives rows as `any`; the caller names the row shape its SQL selects.
      const result = await pool.query({ name: statementName(sql), text: sql, values: [...params] });
      return result.rows as Row[];
    },
    async transaction(work) {
      const client = await pool.connect();
      const tx: Queryable = {
        async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
          const result = await client.query({ name: statementName(sql), text: sql, values: [...params] });
          return result.rows as Row[];
        },
      };
      try {
        await client.query('BEGIN');
        const outcome = await work(tx);
        await client.query('COMMIT');
        client.release();
        return outcome;
      } catch (error) {
        // A connection whose ROLLBACK fails is in an unknown state: destroy it rather than reuse it.
        const rollbackFailed = await client.query('ROLLBACK').then(
          () => false,
          () => true,
        );
        client.release(rollbackFailed);
        throw error;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

const names = new Map<string, string>();

/**
 * A name for `sql` as a prepared statement: each connection parses and plans a named statement
 * once, then only binds values, which halved PostgreSQL's CPU per read. Every statement is fixed
 * text (see the parameterised-SQL test), so there are few names; one text, one name.
 */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `uf_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    names.set(sql, name);
  }
  return name;
}

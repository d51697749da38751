/**
 * The one way the server talks to PostgreSQL, whether embedded (PGlite) or real (`pg`). Both
 * implementations run the same SQL and return the same JavaScript types, so nothing above this
 * interface knows which one is in use.
 *
 * Values always travel as parameters (`$1`, `$2`, …), never inside the SQL text.
 */
export interface Queryable {
  /**
   * Runs one statement. Rows come back with dates as `YYYY-MM-DD` text, `bigint` as text,
   * `timestamptz` as `Date` and `jsonb` parsed.
   */
  query<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Which engine is behind the interface, for the start-up line and tests. */
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connection(s). PGlite must be closed, or its folder may need recovery on the next start. */
  close(): Promise<void>;
}

/** PostgreSQL type oids whose default JavaScript mapping both drivers override (see {@link Queryable.query}). */
export const TYPE_OID = {
  /** `int8`: text, because a JavaScript number cannot hold every bigint. */
  int8: 20,
  /** `date`: text, because a calendar date has no time zone and a `Date` would shift it. */
  date: 1082,
} as const;

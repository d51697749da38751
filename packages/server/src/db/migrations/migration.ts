/**
 * One step of the schema. Applied once, in order of `version`, and recorded in
 * `schema_migrations`. Never edit a released migration: add the next number instead.
 */
export interface Migration {
  version: number;
  name: string;
  /** Run one by one (PGlite's extended protocol takes one statement per query). */
  statements: readonly string[];
}

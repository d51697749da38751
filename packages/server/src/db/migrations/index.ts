import { resources } from '../../resources.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every resource's migrations, in the order they are applied; two with one version stop the server before it touches the database. */
export const migrations: readonly Migration[] = orderedMigrations(Object.values(resources).flatMap((resource) => resource.migrations));

function orderedMigrations(list: readonly Migration[]): readonly Migration[] {
  const ordered = [...list].sort((a, b) => a.version - b.version);
  const repeated = ordered.find((migration, index) => index > 0 && ordered[index - 1]!.version === migration.version);
  if (repeated) throw new Error(`Two migrations have version ${repeated.version}; give ${repeated.name} the next free number`);
  return ordered;
}

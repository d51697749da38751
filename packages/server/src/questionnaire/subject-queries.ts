import type { QuestionnaireSubject } from '@ungeforlob/sdk';
import type { Queryable } from '../db/database.js';

/** True when the course or the catalogue offer exists on this server. */
export async function subjectExists(db: Queryable, subject: QuestionnaireSubject): Promise<boolean> {
  // Two fixed statements rather than a table name from input.
  const sql = subject.kind === 'course' ? 'SELECT 1 FROM courses WHERE id = $1' : 'SELECT 1 FROM offers WHERE id = $1';
  return (await db.query(sql, [subject.id])).length > 0;
}

/** The offer catalogue, by name: the roll-up's rows. */
export async function listOffers(db: Queryable): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }>('SELECT id, name FROM offers ORDER BY name');
}

/**
 * Adds offers that are not in the catalogue yet (seeding).
 *
 * @returns how many were added.
 */
export async function insertOffers(db: Queryable, offers: readonly { id: string; name: string; kind: string }[]): Promise<number> {
  let added = 0;
  for (const offer of offers) {
    const rows = await db.query('INSERT INTO offers (id, name, kind) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING id', [
      offer.id,
      offer.name,
      offer.kind,
    ]);
    added += rows.length;
  }
  return added;
}

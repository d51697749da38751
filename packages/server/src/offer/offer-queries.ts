import type { Offer } from '@ungeforlob/sdk';
import type { Queryable } from '../db/database.js';

/** The catalogue's entries, by name (Danish order); offers known only by name are not in it. */
export async function findOffers(db: Queryable): Promise<Offer[]> {
  const rows = await db.query<{ entry: Offer }>('SELECT entry FROM offers WHERE entry IS NOT NULL');
  // In Danish order (æ, ø, å last), which the database's collation may not know.
  return rows.map((row) => row.entry).sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));
}

/** One offer's catalogue entry, or null. */
export async function findOffer(db: Queryable, offerId: string): Promise<Offer | null> {
  const rows = await db.query<{ entry: Offer }>('SELECT entry FROM offers WHERE id = $1 AND entry IS NOT NULL', [offerId]);
  return rows[0]?.entry ?? null;
}

/**
 * Loads a catalogue into a database that has none yet (no offer has an entry): offers not there
 * are added; an offer known only by id, name and kind (a database from before the catalogue) gets
 * its entry when name and kind are the same, and is left as it is otherwise. Once any offer has an
 * entry, nothing is written: what is there may have been edited, or be a municipality's own.
 *
 * @returns how many offers it wrote.
 */
export async function loadOfferCatalogue(db: Queryable, offers: readonly Offer[]): Promise<number> {
  const [{ entries } = { entries: 0 }] = await db.query<{ entries: number }>('SELECT count(entry)::int AS entries FROM offers');
  if (entries > 0) return 0;
  let written = 0;
  for (const offer of offers) {
    const rows = await db.query(
      `INSERT INTO offers (id, name, kind, entry) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (id) DO UPDATE SET entry = EXCLUDED.entry
         WHERE offers.entry IS NULL AND offers.name = EXCLUDED.name AND offers.kind = EXCLUDED.kind
       RETURNING id`,
      [offer.id, offer.name, offer.kind, JSON.stringify(offer)],
    );
    written += rows.length;
  }
  return written;
}

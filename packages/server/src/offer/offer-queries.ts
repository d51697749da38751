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
 * Writes the catalogue's entries: new offers are added, and an offer known only by name gets its
 * entry; an entry already there is left as it is (it may have been edited). Returns how many it wrote.
 */
export async function loadOfferCatalogue(db: Queryable, offers: readonly Offer[]): Promise<number> {
  let written = 0;
  for (const offer of offers) {
    const rows = await db.query(
      `INSERT INTO offers (id, name, kind, entry) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, entry = EXCLUDED.entry WHERE offers.entry IS NULL
       RETURNING id`,
      [offer.id, offer.name, offer.kind, JSON.stringify(offer)],
    );
    written += rows.length;
  }
  return written;
}

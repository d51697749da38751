import type { Offer, OfferInput } from '@ungeforlob/sdk';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/actor.js';
import type { WritePrecondition } from '../http/entity-tag.js';

/** The catalogue's entries, by name (Danish order); offers known only by name are not in it. */
export async function findOffers(db: Queryable): Promise<Offer[]> {
  const rows = await db.query<{ entry: Offer }>('SELECT entry FROM offers WHERE entry IS NOT NULL');
  // In Danish order (æ, ø, å last), which the database's collation may not know.
  return rows.map((row) => row.entry).sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));
}

/** An offer's catalogue entry and its version, for ETag and If-Match. */
export interface VersionedOffer {
  offer: Offer;
  version: string;
}

/** One offer's catalogue entry with its version, or null. */
export async function findOffer(db: Queryable, offerId: string): Promise<VersionedOffer | null> {
  const rows = await db.query<{ entry: Offer; version: string }>('SELECT entry, version::text AS version FROM offers WHERE id = $1 AND entry IS NOT NULL', [
    offerId,
  ]);
  const [row] = rows;
  return row ? { offer: row.entry, version: row.version } : null;
}

/** Who wrote a change of the catalogue, and in which request: kept with it in `offer_changes`. */
export interface OfferChangeBy {
  actor: Actor;
  requestId: string;
}

/**
 * Adds an offer (`create`: only if there is no entry with its id) or changes one (`update`: only
 * from one of the named versions), and keeps the change with who made it in the catalogue's
 * history, in the caller's transaction. An offer known only by name (from before the catalogue)
 * gets its entry by `create`. Null when the precondition does not hold: nothing was written.
 */
export async function writeOffer(
  tx: Queryable,
  input: OfferInput,
  precondition: WritePrecondition,
  by: OfferChangeBy,
  at: Date,
): Promise<VersionedOffer | null> {
  const offer: Offer = { ...input, changedAt: at.toISOString() };
  const entry = JSON.stringify(offer);
  const rows =
    precondition.kind === 'create'
      ? await tx.query<{ version: string }>(
          `INSERT INTO offers (id, name, kind, entry) VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, entry = EXCLUDED.entry, version = offers.version + 1
             WHERE offers.entry IS NULL
           RETURNING version::text AS version`,
          [offer.id, offer.name, offer.kind, entry],
        )
      : await tx.query<{ version: string }>(
          `UPDATE offers SET name = $2, kind = $3, entry = $4::jsonb, version = version + 1
            WHERE id = $1 AND entry IS NOT NULL AND version::text = ANY($5::text[])
           RETURNING version::text AS version`,
          [offer.id, offer.name, offer.kind, entry, precondition.versions],
        );
  const [written] = rows;
  if (!written) return null;
  await tx.query(`INSERT INTO offer_changes (request_id, actor, role, offer_id, action, version, entry) VALUES ($1, $2, $3, $4, $5, $6::bigint, $7::jsonb)`, [
    by.requestId,
    by.actor.id,
    by.actor.role,
    offer.id,
    precondition.kind,
    written.version,
    entry,
  ]);
  return { offer, version: written.version };
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

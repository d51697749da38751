import { formatIssuePath, ScaleSet } from '@ungeforlob/sdk';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Queryable } from '../db/database.js';

/** The latest version of the latest-loaded scale set; null before one is loaded. */
export async function findLatestScaleSet(db: Queryable): Promise<ScaleSet | null> {
  const rows = await db.query<{ body: unknown }>('SELECT body FROM scale_sets ORDER BY created_at DESC, version DESC LIMIT 1');
  if (!rows[0]) return null;
  const parsed = ScaleSet.safeParse(rows[0].body);
  if (!parsed.success)
    throw new ContractDriftError(
      'ScaleSet',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  return parsed.data;
}

/**
 * Adds a version when it is later than every stored version of its id.
 *
 * @returns false when that version, or a later one, exists.
 */
export async function insertScaleSet(db: Queryable, scaleSet: ScaleSet): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO scale_sets (id, version, body)
     SELECT $1, $2, $3::jsonb
     WHERE NOT EXISTS (SELECT 1 FROM scale_sets WHERE id = $1 AND version >= $2)
     RETURNING id`,
    [scaleSet.id, scaleSet.version, JSON.stringify(scaleSet)],
  );
  return rows.length > 0;
}

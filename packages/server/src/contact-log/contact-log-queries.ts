import { ContactEntry, ContactRhythm, formatIssuePath, newestContactFirst, type ContactLog } from '@ungeforlob/sdk';
import type { Seed } from '@ungeforlob/sdk/seed';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Database, Queryable } from '../db/database.js';
import { lockSchemaForTransaction } from '../db/schema-lock.js';
import type { Actor } from '../http/actor.js';
import { seedSubjectsByName } from '../seed/seed-signers.js';

interface EntryRow {
  id: string;
  course_id: string;
  at_text: string;
  channel: string;
  initiative: string;
  outcome: string;
  note_text: string | null;
  note_shared: boolean | null;
  logged_by: string;
  logged_at: Date;
}

interface RhythmRow {
  version: number;
  every_days: number;
  words: string | null;
  from_day: string;
  changed_at: Date;
  changed_by: string;
}

const ENTRY_COLUMNS = 'id, course_id, at_text, channel, initiative, outcome, note_text, note_shared, logged_by, logged_at';
const RHYTHM_COLUMNS = 'version, every_days, words, from_day, changed_at, changed_by';

/** A logged contact, and the course it belongs to (which only its own course's team may learn). */
export interface StoredEntry {
  courseId: string;
  entry: ContactEntry;
}

/** The course's contact log, its contacts newest first; null when there is no such course. */
export async function findContactLog(db: Queryable, courseId: string): Promise<ContactLog | null> {
  const found = await findRhythmOf(db, courseId);
  if (!found) return null;
  const rows = await db.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM contact_log_entries WHERE course_id = $1`, [courseId]);
  // The SDK's order, not the database's: equal instants are ordered by id as every implementation orders them.
  return { courseId, rhythm: found.rhythm, entries: rows.map(entryFrom).sort(newestContactFirst) };
}

/** The contact logged under `entryId`, whichever course's it is; null when the id is free. */
export async function findEntry(db: Queryable, entryId: string): Promise<StoredEntry | null> {
  const [row] = await db.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM contact_log_entries WHERE id = $1`, [entryId]);
  return row ? { courseId: row.course_id, entry: entryFrom(row) } : null;
}

/**
 * Appends a contact to the course's log under its client-made id, signed by the token subject who
 * logged it (null for a seeded one). INSERT … ON CONFLICT DO NOTHING makes a concurrent request
 * with the id wait on the primary key until the first commits, then do nothing: false, and the
 * caller reads what the first stored. Never two contacts under one id.
 */
export async function insertEntry(tx: Queryable, courseId: string, entry: ContactEntry, subject: string | null): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO contact_log_entries (id, course_id, at, at_text, channel, initiative, outcome, note_text, note_shared, logged_by, logged_by_subject, logged_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      entry.id,
      courseId,
      // Twice: the instant (parsed by PostgreSQL), and the text as sent.
      entry.at,
      entry.at,
      entry.channel,
      entry.initiative,
      entry.outcome,
      entry.note?.text ?? null,
      entry.note?.sharedWithYouth ?? null,
      entry.by,
      subject,
      entry.loggedAt,
    ],
  );
  return rows.length > 0;
}

/** Whether the course exists, and its rhythm now (null when none is agreed); null when there is no such course. */
export async function findRhythmOf(db: Queryable, courseId: string): Promise<{ rhythm: ContactRhythm | null } | null> {
  const [row] = await db.query<{ course_id: string } & { [K in keyof RhythmRow]: RhythmRow[K] | null }>(
    `SELECT c.id AS course_id, r.version, r.every_days, r.words, r.from_day, r.changed_at, r.changed_by
       FROM courses c
       LEFT JOIN contact_rhythms r ON r.course_id = c.id
      WHERE c.id = $1`,
    [courseId],
  );
  if (!row) return null;
  return { rhythm: row.version === null ? null : rhythmFrom(row as RhythmRow) };
}

/**
 * The course's rhythm, its row locked until the transaction ends: of two changes of one version,
 * the second waits here and then reads the first's. Null when none is agreed (then there is no
 * row to lock: {@link writeRhythm} creates it under its primary key, which lets one creator win).
 */
export async function lockRhythm(tx: Queryable, courseId: string): Promise<ContactRhythm | null> {
  const [row] = await tx.query<RhythmRow>(`SELECT ${RHYTHM_COLUMNS} FROM contact_rhythms WHERE course_id = $1 FOR UPDATE`, [courseId]);
  return row ? rhythmFrom(row) : null;
}

/** Who agreed a rhythm's version, and in which request: kept with it in `contact_rhythm_changes`. */
export interface RhythmChangeBy {
  actor: Actor;
  requestId: string;
}

/**
 * Agrees the course's first rhythm (`expectedVersion` null: only when none exists), or stores its
 * next version (only when the stored one is `expectedVersion`), and keeps the version with who
 * agreed it (`by` null: the demo's seed, which nobody agreed here). False when the precondition
 * did not hold: nothing was written.
 */
export async function writeRhythm(
  tx: Queryable,
  courseId: string,
  rhythm: ContactRhythm,
  expectedVersion: number | null,
  by: RhythmChangeBy | null,
): Promise<boolean> {
  const values = [courseId, rhythm.version, rhythm.everyDays, rhythm.words ?? null, rhythm.from, rhythm.changedAt, rhythm.changedBy];
  const rows =
    expectedVersion === null
      ? await tx.query(
          `INSERT INTO contact_rhythms (course_id, version, every_days, words, from_day, changed_at, changed_by) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (course_id) DO NOTHING RETURNING course_id`,
          values,
        )
      : await tx.query(
          `UPDATE contact_rhythms SET version = $2, every_days = $3, words = $4, from_day = $5, changed_at = $6, changed_by = $7
            WHERE course_id = $1 AND version = $8 RETURNING course_id`,
          [...values, expectedVersion],
        );
  if (rows.length === 0) return false;
  if (by) {
    await tx.query(
      `INSERT INTO contact_rhythm_changes (at, request_id, actor, role, course_id, version, every_days, words, from_day, changed_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        rhythm.changedAt,
        by.requestId,
        by.actor.id,
        by.actor.role,
        courseId,
        rhythm.version,
        rhythm.everyDays,
        rhythm.words ?? null,
        rhythm.from,
        rhythm.changedBy,
      ],
    );
  }
  return true;
}

/**
 * Writes the seed's contact logs when no contact is logged and no rhythm agreed, for those of the
 * seed's courses that exist here. Each contact is signed by its seed user's subject where the
 * seed has one by that name (the demo's sign-ins); no rhythm version gets a change row.
 *
 * @returns true when any of them was written.
 */
export async function seedContactLogsIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    const entries = await tx.query('SELECT 1 FROM contact_log_entries LIMIT 1');
    const rhythms = await tx.query('SELECT 1 FROM contact_rhythms LIMIT 1');
    if (entries.length > 0 || rhythms.length > 0) return false;
    const subjects = seedSubjectsByName(seed);
    let written = false;
    for (const [courseId, log] of Object.entries(seed.contactLogs)) {
      if ((await tx.query('SELECT 1 FROM courses WHERE id = $1', [courseId])).length === 0) continue;
      if (log.rhythm) await writeRhythm(tx, courseId, log.rhythm, null, null);
      for (const entry of log.entries) await insertEntry(tx, courseId, entry, subjects.get(entry.by) ?? null);
      written = true;
    }
    return written;
  });
}

function entryFrom(row: EntryRow): ContactEntry {
  const candidate = {
    id: row.id,
    at: row.at_text,
    channel: row.channel,
    initiative: row.initiative,
    outcome: row.outcome,
    note: row.note_text === null ? null : { text: row.note_text, sharedWithYouth: row.note_shared },
    by: row.logged_by,
    loggedAt: row.logged_at.toISOString(),
  };
  return parsed(ContactEntry, 'ContactEntry', candidate);
}

function rhythmFrom(row: RhythmRow): ContactRhythm {
  const candidate = {
    everyDays: row.every_days,
    ...(row.words === null ? {} : { words: row.words }),
    from: row.from_day,
    version: row.version,
    changedAt: row.changed_at.toISOString(),
    changedBy: row.changed_by,
  };
  return parsed(ContactRhythm, 'ContactRhythm', candidate);
}

/** What leaves the server must match the contract the SDK validates: a drifted row is our fault (500). */
function parsed<T>(
  schema: {
    safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] } };
  },
  name: string,
  candidate: unknown,
): T {
  const result = schema.safeParse(candidate);
  if (!result.success) {
    throw new ContractDriftError(
      name,
      result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  }
  return result.data;
}

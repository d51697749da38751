import { contactAfterHandover, formatIssuePath, latestMeetingFirst, NetworkMeeting, type CourseMeetings, type Handover } from '@ungeforlob/sdk';
import type { Seed } from '@ungeforlob/sdk/seed';
import { findContact } from '../contact/contact-store.js';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Database, Queryable } from '../db/database.js';
import { lockSchemaForTransaction } from '../db/schema-lock.js';
import type { Actor } from '../http/actor.js';
import { seedSubjectsByName } from '../seed/seed-signers.js';

interface MeetingRow {
  id: string;
  course_id: string;
  version: number;
  at_text: string;
  place: string;
  status: string;
  participants: unknown;
  points: unknown;
  decisions: unknown;
  handover: unknown;
  minutes: unknown;
  changed_at: Date;
  changed_by: string;
}

const MEETING_COLUMNS = 'id, course_id, version, at_text, place, status, participants, points, decisions, handover, minutes, changed_at, changed_by';

/** A stored meeting, and the course it belongs to (which only its own course's team may learn). */
export interface StoredMeeting {
  courseId: string;
  meeting: NetworkMeeting;
}

/** The course's network meetings, the latest first; null when there is no such course. One statement. */
export async function findCourseMeetings(db: Queryable, courseId: string): Promise<CourseMeetings | null> {
  const rows = await db.query<{ course: string } & { [K in keyof MeetingRow]: MeetingRow[K] | null }>(
    `SELECT c.id AS course, m.id, m.course_id, m.version, m.at_text, m.place, m.status, m.participants, m.points, m.decisions,
            m.handover, m.minutes, m.changed_at, m.changed_by
       FROM courses c
       LEFT JOIN network_meetings m ON m.course_id = c.id
      WHERE c.id = $1`,
    [courseId],
  );
  if (rows.length === 0) return null;
  // The SDK's order, not the database's: equal instants are ordered by id as every implementation orders them.
  const meetings = rows.filter((row) => row.id !== null).map((row) => meetingFrom(row as MeetingRow));
  return { courseId, meetings: meetings.sort(latestMeetingFirst) };
}

/**
 * The meeting stored under `meetingId`, whichever course's it is, its row locked until the
 * transaction ends: of two changes of one version, the second waits here and then reads the
 * first's. Null when the id is free (then there is no row to lock: {@link writeMeeting} creates it
 * under its primary key, which lets one creator win).
 */
export async function lockMeeting(tx: Queryable, meetingId: string): Promise<StoredMeeting | null> {
  const [row] = await tx.query<MeetingRow>(`SELECT ${MEETING_COLUMNS} FROM network_meetings WHERE id = $1 FOR UPDATE`, [meetingId]);
  return row ? { courseId: row.course_id, meeting: meetingFrom(row) } : null;
}

/** Who wrote a meeting's version, and in which request: kept with it in `network_meeting_changes`. */
export interface MeetingChangeBy {
  actor: Actor;
  requestId: string;
}

/**
 * Plans the meeting (`expectedVersion` null: only when its id is free), or stores its next version
 * (only when the stored one is `expectedVersion`), signed by the token subject who wrote it (null
 * for a seeded one). False when the precondition did not hold: nothing was written.
 */
export async function writeMeeting(tx: Queryable, meeting: NetworkMeeting, expectedVersion: number | null, subject: string | null): Promise<boolean> {
  const values = [
    meeting.id,
    meeting.courseId,
    meeting.version,
    // Twice: the instant (parsed by PostgreSQL), and the text as sent.
    meeting.at,
    meeting.at,
    meeting.where,
    meeting.status,
    JSON.stringify(meeting.participants),
    JSON.stringify(meeting.points),
    JSON.stringify(meeting.decisions),
    meeting.handover === null ? null : JSON.stringify(meeting.handover),
    meeting.minutes === null ? null : JSON.stringify(meeting.minutes),
    meeting.changedAt,
    meeting.changedBy,
    subject,
  ];
  const rows =
    expectedVersion === null
      ? await tx.query(
          `INSERT INTO network_meetings (id, course_id, version, at, at_text, place, status, participants, points, decisions, handover, minutes,
                                         changed_at, changed_by, changed_by_subject)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb, $12::jsonb, $13, $14, $15)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          values,
        )
      : await tx.query(
          `UPDATE network_meetings
              SET version = $3, at = $4, at_text = $5, place = $6, status = $7, participants = $8::jsonb, points = $9::jsonb,
                  decisions = $10::jsonb, handover = $11::jsonb, minutes = $12::jsonb, changed_at = $13, changed_by = $14, changed_by_subject = $15
            WHERE id = $1 AND course_id = $2 AND version = $16 RETURNING id`,
          [...values, expectedVersion],
        );
  return rows.length > 0;
}

/** Keeps a version written here, whole, with who wrote it and whether it changed the course's contact. */
export async function recordMeetingChange(tx: Queryable, meeting: NetworkMeeting, by: MeetingChangeBy, contactChanged: boolean): Promise<void> {
  await tx.query(
    `INSERT INTO network_meeting_changes (at, request_id, actor, role, course_id, meeting_id, version, meeting, changed_by, contact_changed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
    [
      meeting.changedAt,
      by.requestId,
      by.actor.id,
      by.actor.role,
      meeting.courseId,
      meeting.id,
      meeting.version,
      JSON.stringify(meeting),
      meeting.changedBy,
      contactChanged,
    ],
  );
}

/**
 * Makes a handover the course's contact, by the SDK's `contactAfterHandover`: the new person, unit
 * and channels from the handover's day, one handover more, no absences, and the contact's version
 * bumped (from the contacts' one sequence), so a stale If-Match on the contact sees it. The
 * contact's row is locked first, so no change of the contact commits between reading and writing it.
 *
 * The person and the unit are the staff register's: one not in it yet is added under the
 * handover's id and name; one that is keeps its stored name, photo and caseload (a meeting does
 * not rename a colleague on every course they hold).
 *
 * @returns false when the course has no contact: a meeting does not give it one.
 */
export async function applyHandover(tx: Queryable, courseId: string, handover: Handover): Promise<boolean> {
  const locked = await tx.query('SELECT 1 FROM course_contacts WHERE course_id = $1 FOR UPDATE', [courseId]);
  if (locked.length === 0) return false;
  const lookup = await findContact(tx, courseId);
  if (!lookup.courseExists || !lookup.current) return false;
  const next = contactAfterHandover(lookup.current.contact, handover);
  await tx.query('INSERT INTO units (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [next.unit.id, next.unit.name]);
  await tx.query('INSERT INTO staff (id, name, photo_url) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
    next.person.id,
    next.person.name,
    next.person.photoUrl ?? null,
  ]);
  await tx.query(
    `UPDATE course_contacts
        SET staff_id = $2, unit_id = $3, channels = $4::jsonb, preferred_channel = $5, absences = $6::jsonb, contact_since = $7,
            handovers = $8, version = nextval('contact_versions')
      WHERE course_id = $1`,
    [
      courseId,
      next.person.id,
      next.unit.id,
      JSON.stringify(next.channels),
      next.preferredChannel,
      JSON.stringify(next.absences),
      next.contactSince,
      next.handovers,
    ],
  );
  return true;
}

/**
 * Writes the seed's meetings when none is stored, for those of the seed's courses that exist here.
 * Each is signed by its seed user's subject where the seed has one by that name (the demo's
 * sign-ins); no version gets a change row, and no handover is applied: the seed's contacts are
 * already as its held meetings left them.
 *
 * @returns true when any of them was written.
 */
export async function seedMeetingsIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    if ((await tx.query('SELECT 1 FROM network_meetings LIMIT 1')).length > 0) return false;
    const subjects = seedSubjectsByName(seed);
    let written = false;
    for (const [courseId, meetings] of Object.entries(seed.meetings)) {
      if ((await tx.query('SELECT 1 FROM courses WHERE id = $1', [courseId])).length === 0) continue;
      for (const meeting of meetings) {
        if (await writeMeeting(tx, { ...meeting, courseId }, null, subjects.get(meeting.changedBy) ?? null)) written = true;
      }
    }
    return written;
  });
}

function meetingFrom(row: MeetingRow): NetworkMeeting {
  const candidate = {
    id: row.id,
    at: row.at_text,
    where: row.place,
    status: row.status,
    participants: row.participants,
    points: row.points,
    decisions: row.decisions,
    handover: row.handover,
    minutes: row.minutes,
    courseId: row.course_id,
    version: row.version,
    changedAt: row.changed_at.toISOString(),
    changedBy: row.changed_by,
  };
  // What leaves the server must match the contract the SDK validates: a drifted row is our fault (500).
  const parsed = NetworkMeeting.safeParse(candidate);
  if (!parsed.success) {
    throw new ContractDriftError(
      'NetworkMeeting',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  }
  return parsed.data;
}

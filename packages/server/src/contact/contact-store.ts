import { Contact, formatIssuePath, type ChannelKind } from '@ungeforlob/sdk';
import type { Queryable } from '../db/database.js';
import { ContractDriftError } from '../contract-drift-error.js';

/** A contact and the version its ETag is made from. */
export interface VersionedContact {
  contact: Contact;
  version: string;
}

/** What the database knows about a course's contact. */
export type ContactLookup = { courseExists: false } | { courseExists: true; current: VersionedContact | null };

interface ContactRow {
  course_id: string;
  version: string | null;
  staff_id: string;
  staff_name: string;
  photo_url: string | null;
  caseload: number | null;
  unit_id: string;
  unit_name: string;
  roles: string[];
  channels: unknown;
  preferred_channel: string | null;
  next_appointment: unknown;
  absences: unknown;
  aftercare_course_ended_on: string | null;
  aftercare_until: string | null;
  contact_since: string;
  handovers: number;
}

/** The statement {@link findContact} runs, `$1` the course id. Exported for the server bench's floor. */
export const CONTACT_READ = `SELECT c.id AS course_id, cc.version::text AS version,
            s.id AS staff_id, s.name AS staff_name, s.photo_url, s.caseload,
            u.id AS unit_id, u.name AS unit_name,
            cc.roles, cc.channels, cc.preferred_channel, cc.next_appointment, cc.absences,
            cc.aftercare_course_ended_on, cc.aftercare_until, cc.contact_since, cc.handovers
       FROM courses c
       LEFT JOIN course_contacts cc ON cc.course_id = c.id
       LEFT JOIN staff s ON s.id = cc.staff_id
       LEFT JOIN units u ON u.id = cc.unit_id
      WHERE c.id = $1`;

/** Reads the course's contact. Throws {@link ContractDriftError} when stored data no longer fits the contract. */
export async function findContact(db: Queryable, courseId: string): Promise<ContactLookup> {
  const rows = await db.query<ContactRow>(CONTACT_READ, [courseId]);
  const row = rows[0];
  if (!row) return { courseExists: false };
  if (row.version === null) return { courseExists: true, current: null };
  return { courseExists: true, current: { contact: contactFromRow(row), version: row.version } };
}

/**
 * Sets the preferred channel only if the stored version is one of `expectedVersions`. The check
 * sits in the UPDATE's WHERE clause, so of two concurrent writers holding the same ETag exactly
 * one wins: PostgreSQL re-evaluates the condition after the first commit.
 *
 * @returns the new version, or null when no contact with such a version exists.
 */
export async function updatePreferredChannel(
  db: Queryable,
  courseId: string,
  preferredChannel: ChannelKind | null,
  expectedVersions: readonly string[],
): Promise<string | null> {
  const rows = await db.query<{ version: string }>(
    `UPDATE course_contacts
        SET preferred_channel = $2, version = nextval('contact_versions')
      WHERE course_id = $1 AND version = ANY ($3::bigint[])
  RETURNING version::text AS version`,
    [courseId, preferredChannel, expectedVersions],
  );
  return rows[0]?.version ?? null;
}

function contactFromRow(row: ContactRow): Contact {
  const candidate = {
    courseId: row.course_id,
    person: {
      id: row.staff_id,
      name: row.staff_name,
      ...(row.photo_url === null ? {} : { photoUrl: row.photo_url }),
    },
    roles: row.roles,
    unit: { id: row.unit_id, name: row.unit_name },
    channels: row.channels,
    preferredChannel: row.preferred_channel,
    nextAppointment: row.next_appointment,
    absences: row.absences,
    aftercare: row.aftercare_until === null ? null : { courseEndedOn: row.aftercare_course_ended_on, until: row.aftercare_until },
    contactSince: row.contact_since,
    handovers: row.handovers,
    ...(row.caseload === null ? {} : { caseload: row.caseload }),
  };
  // What leaves the server must match the contract the SDK validates: a drifted row is our
  // fault (500), not something a widget should have to make sense of.
  const parsed = Contact.safeParse(candidate);
  if (!parsed.success) {
    throw new ContractDriftError(
      'Contact',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  }
  return parsed.data;
}

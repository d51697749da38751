import type { Queryable } from '../db/database.js';

export type PrincipalRole = 'professional' | 'youth' | 'administrator' | 'offerAdministrator' | 'leader';

/** A signed-in user as this server knows them: by the token's subject, never by a CPR number. */
export interface Principal {
  subject: string;
  role: PrincipalRole;
  /** Written as the author of what they change; a display name, not an id. */
  name: string;
  /** For a professional: their staff id, whose teams decide which courses they see. */
  staffId?: string;
  /** For a young person: their citizen id, whose course is the only one they see. */
  citizenId?: string;
}

/** A principal with the courses whose data they may see, as the assignments are at this request. */
export interface SignedIn {
  principal: Principal;
  /** A professional's teams' courses, a young person's own course, none for an administrator of either kind or a leader. */
  courseIds: ReadonlySet<string>;
}

interface PrincipalRow {
  subject: string;
  role: PrincipalRole;
  display_name: string;
  staff_id: string | null;
  citizen_id: string | null;
  /** Null for an administrator of either kind and a leader. A course on two of a professional's teams is listed twice. */
  course_ids: string[] | null;
}

/**
 * Who a token's subject is and which courses they may see, in one statement: every API request
 * runs it, so a course moved to another team, or a user removed, counts from the next request on.
 * Null when the subject is no user of this service.
 */
export async function signIn(db: Queryable, subject: string): Promise<SignedIn | null> {
  const [row] = await db.query<PrincipalRow>(
    // CASE rather than a UNION of both: on PGlite, which plans every statement anew, it costs half.
    `SELECT p.subject, p.role, p.display_name, p.staff_id, p.citizen_id,
            CASE p.role
              WHEN 'professional' THEN ARRAY(SELECT ct.course_id FROM course_teams ct JOIN team_members tm ON tm.team_id = ct.team_id
                                              WHERE tm.staff_id = p.staff_id)
              WHEN 'youth' THEN ARRAY(SELECT c.id FROM courses c WHERE c.citizen_id = p.citizen_id)
            END AS course_ids
       FROM principals p
      WHERE p.subject = $1`,
    [subject],
  );
  if (!row) return null;
  const principal: Principal = {
    subject: row.subject,
    role: row.role,
    name: row.display_name,
    ...(row.staff_id ? { staffId: row.staff_id } : {}),
    ...(row.citizen_id ? { citizenId: row.citizen_id } : {}),
  };
  return { principal, courseIds: new Set((row.course_ids ?? []).sort()) };
}

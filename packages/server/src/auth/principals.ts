import type { Queryable } from '../db/database.js';

export type PrincipalRole = 'professional' | 'youth' | 'administrator';

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

interface PrincipalRow {
  subject: string;
  role: PrincipalRole;
  display_name: string;
  staff_id: string | null;
  citizen_id: string | null;
}

/** The principal a token's subject maps to, or null when the subject is no user of this service. */
export async function findPrincipal(db: Queryable, subject: string): Promise<Principal | null> {
  const [row] = await db.query<PrincipalRow>('SELECT subject, role, display_name, staff_id, citizen_id FROM principals WHERE subject = $1', [subject]);
  if (!row) return null;
  return {
    subject: row.subject,
    role: row.role,
    name: row.display_name,
    ...(row.staff_id ? { staffId: row.staff_id } : {}),
    ...(row.citizen_id ? { citizenId: row.citizen_id } : {}),
  };
}

/**
 * The ids of the courses whose data `principal` may see: a professional's teams' courses, a
 * young person's own course, none for an administrator. One query, so every request is checked
 * against the assignments as they are now: a course moved to another team is gone at once.
 */
export async function coursesOf(db: Queryable, principal: Principal, onlyCourseId?: string): Promise<string[]> {
  const only = onlyCourseId ?? null;
  if (principal.role === 'professional' && principal.staffId) {
    const rows = await db.query<{ course_id: string }>(
      `SELECT DISTINCT ct.course_id FROM course_teams ct JOIN team_members tm ON tm.team_id = ct.team_id
       WHERE tm.staff_id = $1 AND ($2::text IS NULL OR ct.course_id = $2) ORDER BY ct.course_id`,
      [principal.staffId, only],
    );
    return rows.map((row) => row.course_id);
  }
  if (principal.role === 'youth' && principal.citizenId) {
    const rows = await db.query<{ id: string }>('SELECT id FROM courses WHERE citizen_id = $1 AND ($2::text IS NULL OR id = $2) ORDER BY id', [
      principal.citizenId,
      only,
    ]);
    return rows.map((row) => row.id);
  }
  return [];
}

/** True when `principal` may see the data of course `courseId` (see {@link coursesOf}). */
export async function mayAccessCourse(db: Queryable, principal: Principal, courseId: string): Promise<boolean> {
  return (await coursesOf(db, principal, courseId)).length > 0;
}

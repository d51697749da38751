import { formatIssuePath, Plan, type Effort, type Revision } from '@ungeforlob/sdk';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Queryable } from '../db/database.js';

/**
 * What `course_plans.content` holds: the plan without its course id (the row's key) and its
 * revisions (their own, append-only table).
 */
type PlanContent = Omit<Plan, 'courseId' | 'revisions'>;

/** A plan and the version its ETag is made from. */
export interface VersionedPlan {
  plan: Plan;
  version: string;
}

/** What the database knows about a course's plan. */
export type PlanLookup = { courseExists: false } | { courseExists: true; current: VersionedPlan | null };

interface PlanRow {
  course_id: string;
  version: string | null;
  content: Record<string, unknown> | null;
}

interface RevisionRow {
  number: number;
  /** RFC 3339 in UTC with milliseconds, as `Date#toISOString` writes it. */
  at: string;
  by_role: string;
  by_name: string;
  changes: unknown;
  reason: string | null;
}

/** The statement {@link findPlan} runs: the plan's row with its revisions, `$1` the course id. Exported for the server bench's floor. */
export const PLAN_READ = `SELECT c.id AS course_id, p.version::text AS version, p.content,
            (SELECT coalesce(jsonb_agg(jsonb_build_object(
                       'number', r.number,
                       'at', to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                       'by_role', r.by_role, 'by_name', r.by_name, 'changes', r.changes, 'reason', r.reason)
                     ORDER BY r.number DESC), '[]'::jsonb)
               FROM plan_revisions r
              WHERE r.course_id = c.id) AS revisions
       FROM courses c
       LEFT JOIN course_plans p ON p.course_id = c.id
      WHERE c.id = $1`;

/**
 * Reads the course's plan with its revisions, newest first. Throws {@link ContractDriftError}
 * when stored data no longer fits the contract.
 */
export async function findPlan(db: Queryable, courseId: string): Promise<PlanLookup> {
  // One statement, so the content, its version and the revisions come from one snapshot: with two
  // statements under READ COMMITTED, a save committing in between paired old content and ETag with
  // a revision list that already held the new revision.
  const rows = await db.query<PlanRow & { revisions: RevisionRow[] }>(PLAN_READ, [courseId]);
  const row = rows[0];
  if (!row) return { courseExists: false };
  if (row.version === null || row.content === null) return { courseExists: true, current: null };
  return { courseExists: true, current: { plan: planFromRows(row.course_id, row.content, row.revisions), version: row.version } };
}

/**
 * Stores the plan's content (all but its course id and revisions) only if the stored version is
 * one of `expectedVersions`. The check sits in the UPDATE's WHERE clause, so of two concurrent
 * writers holding the same ETag exactly one wins: PostgreSQL re-evaluates the condition after
 * the first commit.
 *
 * @returns the new version, or null when no plan with such a version exists.
 */
export async function replacePlanContent(db: Queryable, courseId: string, plan: Plan, expectedVersions: readonly string[]): Promise<string | null> {
  const rows = await db.query<{ version: string }>(
    `UPDATE course_plans
        SET content = $2::jsonb, version = nextval('plan_versions')
      WHERE course_id = $1 AND version = ANY ($3::bigint[])
  RETURNING version::text AS version`,
    [courseId, JSON.stringify(contentOf(plan)), expectedVersions],
  );
  return rows[0]?.version ?? null;
}

/**
 * Appends one revision of the course's plan. Call it in the transaction that changed the plan:
 * the primary key (course, number) refuses a number that is already taken, so a revision is never
 * overwritten, and the table's triggers refuse any later change.
 */
export async function appendRevision(db: Queryable, courseId: string, revision: Revision): Promise<void> {
  await db.query(
    `INSERT INTO plan_revisions (course_id, number, at, by_role, by_name, changes, reason)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [courseId, revision.number, revision.at, revision.by.role, revision.by.name, JSON.stringify(revision.changes), revision.reason ?? null],
  );
}

/**
 * Stores a plan as given (with its revisions, if any) when its course exists and has no plan yet.
 * For seeding: units and people in the plan are stored as copies, whether or not this server
 * knows them.
 *
 * @returns true when the plan was stored.
 */
export async function insertPlan(db: Queryable, plan: Plan): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO course_plans (course_id, content)
     SELECT id, $2::jsonb FROM courses WHERE id = $1
     ON CONFLICT (course_id) DO NOTHING
     RETURNING course_id`,
    [plan.courseId, JSON.stringify(contentOf(plan))],
  );
  if (rows.length === 0) return false;
  for (const revision of [...plan.revisions].sort((a, b) => a.number - b.number)) await appendRevision(db, plan.courseId, revision);
  return true;
}

function contentOf(plan: Plan): PlanContent {
  const { courseId: _courseId, revisions: _revisions, ...content } = plan;
  return content;
}

function planFromRows(courseId: string, content: Record<string, unknown>, revisions: readonly RevisionRow[]): Plan {
  const candidate = {
    ...content,
    courseId,
    revisions: revisions.map((row) => ({
      number: row.number,
      at: row.at,
      by: { role: row.by_role, name: row.by_name },
      changes: row.changes,
      ...(row.reason === null ? {} : { reason: row.reason }),
    })),
  };
  // What leaves the server must match the contract the SDK validates: a drifted document is our
  // fault (500), not something a widget should have to make sense of.
  const parsed = Plan.safeParse(candidate);
  if (!parsed.success) {
    throw new ContractDriftError(
      'Plan',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  }
  return parsed.data;
}

/** The young person each course is about, by course id: the overview's minimum counts young people, not courses. */
export async function coursePeople(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; citizen_id: string }>('SELECT id, citizen_id FROM courses');
  return new Map(rows.map((row) => [row.id, row.citizen_id]));
}

/** Each course's efforts as its plan holds them, by course id: which offers the course used, and when (the leaders' overview). */
export async function courseEfforts(db: Queryable): Promise<Map<string, Effort[]>> {
  const rows = await db.query<{ course_id: string; efforts: Effort[] | null }>(`SELECT course_id, content->'efforts' AS efforts FROM course_plans`);
  return new Map(rows.map((row) => [row.course_id, row.efforts ?? []]));
}

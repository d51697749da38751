import { formatIssuePath, newestSharedFirst, SharedNeed, type IsoDate, type Proposal } from '@ungeforlob/sdk';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Queryable } from '../db/database.js';
import type { Actor } from '../http/actor.js';

/** What `shared_needs.content` holds: the contract's SharedNeed without its proposals (their own table). */
type NeedContent = Omit<SharedNeed, 'proposals'>;

/** A stored need: its course (never sent to the bank) and who sent which of its proposals. */
export interface StoredNeed {
  courseId: string;
  need: SharedNeed;
  /** The token subject of each proposal's sender, by proposal id; null for a seeded one. */
  proposers: ReadonlyMap<string, string | null>;
}

interface NeedRow {
  course_id: string;
  content: Record<string, unknown>;
  proposals: { proposer: string | null; content: Record<string, unknown> }[];
}

/**
 * A course's shared needs with every proposal, newest shared first; null when there is no such
 * course. One statement, so it needs no transaction.
 */
export async function findCourseNeeds(db: Queryable, courseId: string): Promise<SharedNeed[] | null> {
  const rows = await db.query<{ course_id: string | null; content: Record<string, unknown> | null; proposals: NeedRow['proposals'] | null }>(
    // One statement, so the needs and their proposals come from one snapshot.
    `SELECT c.id AS course_id, n.content,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('proposer', p.proposer, 'content', p.content) ORDER BY p.position), '[]'::jsonb)
               FROM need_proposals p WHERE p.need_id = n.id) AS proposals
       FROM courses c
       LEFT JOIN shared_needs n ON n.course_id = c.id
      WHERE c.id = $1`,
    [courseId],
  );
  if (rows.length === 0) return null;
  return rows
    .flatMap((row) => (row.content ? [needFromRow({ course_id: courseId, content: row.content, proposals: row.proposals ?? [] }).need] : []))
    .sort(newestSharedFirst);
}

/**
 * The need with this id and its proposals, locked until the transaction ends: of two writers of
 * one need (two decisions on one proposal, a proposal and the need's closing), the second reads
 * what the first committed. Null when there is none.
 */
export async function lockNeed(tx: Queryable, needId: string): Promise<StoredNeed | null> {
  // Locked in a statement of its own: FOR UPDATE cannot stand beside the proposals' aggregate.
  const locked = await tx.query('SELECT 1 FROM shared_needs WHERE id = $1 FOR UPDATE', [needId]);
  if (locked.length === 0) return null;
  const [row] = await tx.query<NeedRow>(
    `SELECT n.course_id, n.content,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('proposer', p.proposer, 'content', p.content) ORDER BY p.position), '[]'::jsonb)
               FROM need_proposals p WHERE p.need_id = n.id) AS proposals
       FROM shared_needs n
      WHERE n.id = $1`,
    [needId],
  );
  return row ? needFromRow(row) : null;
}

/** An open need of the bank, with the young person's birth date for its age band and only the caller's own proposals. */
export interface OpenNeed extends StoredNeed {
  birthDate: IsoDate;
}

/**
 * The open needs of every course but `ownCourseIds`, each with only the proposals `proposer` sent:
 * other professionals' proposals are never read for the bank.
 */
export async function findOpenNeeds(db: Queryable, ownCourseIds: readonly string[], proposer: string): Promise<OpenNeed[]> {
  const rows = await db.query<NeedRow & { birth_date: string }>(
    `SELECT n.course_id, n.content, ci.birth_date,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('proposer', p.proposer, 'content', p.content) ORDER BY p.position), '[]'::jsonb)
               FROM need_proposals p WHERE p.need_id = n.id AND p.proposer = $2) AS proposals
       FROM shared_needs n
       JOIN courses c ON c.id = n.course_id
       JOIN citizens ci ON ci.id = c.citizen_id
      WHERE n.status = 'open' AND NOT (n.course_id = ANY ($1::text[]))`,
    [ownCourseIds, proposer],
  );
  return rows.map((row) => ({ ...needFromRow(row), birthDate: row.birth_date }));
}

/** The young person's birth date of a course, for the age band the bank shows; null when there is no such course. */
export async function birthDateOf(db: Queryable, courseId: string): Promise<IsoDate | null> {
  const [row] = await db.query<{ birth_date: string }>('SELECT ci.birth_date FROM courses c JOIN citizens ci ON ci.id = c.citizen_id WHERE c.id = $1', [
    courseId,
  ]);
  return row?.birth_date ?? null;
}

/** Who wrote a need's version, and in which request: kept with it in `shared_need_changes`. */
export interface NeedChangeBy {
  actor: Actor;
  requestId: string;
}

/**
 * Adds a need to the course (when no need has its id), or stores its next version (when the stored
 * version is `expectedVersion`), and keeps the version's words with who wrote them. Its proposals
 * are written by {@link insertProposal} and {@link storeDecision}. False when the precondition did
 * not hold: nothing was written.
 */
export async function writeNeed(tx: Queryable, courseId: string, need: SharedNeed, expectedVersion: number | null, by: NeedChangeBy | null): Promise<boolean> {
  const content = JSON.stringify(contentOf(need));
  const rows =
    expectedVersion === null
      ? await tx.query(
          `INSERT INTO shared_needs (id, course_id, version, status, shared_at, content) VALUES ($1, $2, $3, $4, $5, $6::jsonb)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [need.id, courseId, need.version, need.status, need.sharedAt, content],
        )
      : await tx.query(
          `UPDATE shared_needs SET version = $3, status = $4, content = $5::jsonb
            WHERE id = $1 AND course_id = $2 AND version = $6 RETURNING id`,
          [need.id, courseId, need.version, need.status, content, expectedVersion],
        );
  if (rows.length === 0) return false;
  if (by) {
    await tx.query(`INSERT INTO shared_need_changes (request_id, actor, role, need_id, version, content) VALUES ($1, $2, $3, $4, $5, $6::jsonb)`, [
      by.requestId,
      by.actor.id,
      by.actor.role,
      need.id,
      need.version,
      content,
    ]);
  }
  return true;
}

/** Adds a proposal to a need under its id, signed by the token subject who sent it; false when the id is taken. */
export async function insertProposal(tx: Queryable, needId: string, proposal: Proposal, proposer: string | null): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO need_proposals (need_id, id, proposer, content) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (need_id, id) DO NOTHING RETURNING id`,
    [needId, proposal.id, proposer, JSON.stringify(proposal)],
  );
  return rows.length > 0;
}

/** Stores a proposal's decision: the only change a proposal ever gets. */
export async function storeDecision(tx: Queryable, needId: string, proposal: Proposal): Promise<void> {
  await tx.query(`UPDATE need_proposals SET content = $3::jsonb WHERE need_id = $1 AND id = $2`, [needId, proposal.id, JSON.stringify(proposal)]);
}

function contentOf(need: SharedNeed): NeedContent {
  const { proposals: _proposals, ...content } = need;
  return content;
}

function needFromRow(row: NeedRow): StoredNeed {
  const candidate = { ...row.content, proposals: row.proposals.map((proposal) => proposal.content) };
  // What leaves the server must match the contract the SDK validates: a drifted row is our fault (500).
  const parsed = SharedNeed.safeParse(candidate);
  if (!parsed.success) {
    throw new ContractDriftError(
      'SharedNeed',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  }
  const proposers = new Map(row.proposals.map((proposal) => [String(proposal.content['id']), proposal.proposer]));
  return { courseId: row.course_id, need: parsed.data, proposers };
}

import { formatIssuePath, QuestionnaireDraft, type Answers, type Author, type QuestionnaireSubject } from '@ungeforlob/sdk';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Queryable } from '../db/database.js';
import type { WritePrecondition } from '../http/entity-tag.js';

/** A draft and the version its ETag is made from. */
export interface VersionedDraft {
  draft: QuestionnaireDraft;
  version: string;
}

interface DraftRow {
  definition_version: number;
  answers: unknown;
  updated_at: Date;
  updated_by_role: string;
  updated_by_name: string;
  version: string;
}

/** The subject's draft of one questionnaire, or null. */
export async function findDraft(db: Queryable, definitionId: string, subject: QuestionnaireSubject): Promise<VersionedDraft | null> {
  const rows = await db.query<DraftRow>(
    `SELECT definition_version, answers, updated_at, updated_by_role, updated_by_name, version::text AS version
       FROM questionnaire_drafts
      WHERE definition_id = $1 AND subject_kind = $2 AND subject_id = $3`,
    [definitionId, subject.kind, subject.id],
  );
  const row = rows[0];
  if (!row) return null;
  const candidate = {
    subject,
    definition: { id: definitionId, version: row.definition_version },
    answers: row.answers,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: { role: row.updated_by_role, name: row.updated_by_name },
  };
  const parsed = QuestionnaireDraft.safeParse(candidate);
  if (!parsed.success)
    throw new ContractDriftError(
      'QuestionnaireDraft',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  return { draft: parsed.data, version: row.version };
}

export interface DraftWrite {
  definitionId: string;
  definitionVersion: number;
  subject: QuestionnaireSubject;
  answers: Answers;
  at: Date;
  by: Author;
}

/**
 * Creates the draft (`create`: only when there is none) or replaces it (`update`: only when its
 * version is one of those named). The condition sits in the statement itself, so of two
 * concurrent writers exactly one wins.
 *
 * @returns the new version, or null when the precondition failed.
 */
export async function writeDraft(db: Queryable, write: DraftWrite, precondition: WritePrecondition): Promise<string | null> {
  const values = [
    write.definitionId,
    write.subject.kind,
    write.subject.id,
    write.definitionVersion,
    JSON.stringify(write.answers),
    write.at.toISOString(),
    write.by.role,
    write.by.name,
  ];
  const rows =
    precondition.kind === 'create'
      ? await db.query<{ version: string }>(
          `INSERT INTO questionnaire_drafts (definition_id, subject_kind, subject_id, definition_version, answers, updated_at, updated_by_role, updated_by_name)
           VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8)
           ON CONFLICT (definition_id, subject_kind, subject_id) DO NOTHING
           RETURNING version::text AS version`,
          values,
        )
      : await db.query<{ version: string }>(
          `UPDATE questionnaire_drafts
              SET definition_version = $4, answers = $5::jsonb, updated_at = $6, updated_by_role = $7, updated_by_name = $8,
                  version = nextval('questionnaire_draft_versions')
            WHERE definition_id = $1 AND subject_kind = $2 AND subject_id = $3 AND version = ANY ($9::bigint[])
        RETURNING version::text AS version`,
          [...values, precondition.versions],
        );
  return rows[0]?.version ?? null;
}

/** Removes the subject's draft: it became a submitted round. */
/** Removes the draft if it is still `version`: one saved by someone else since is theirs, and stays. */
export async function deleteDraft(db: Queryable, definitionId: string, subject: QuestionnaireSubject, version: string): Promise<boolean> {
  const deleted = await db.query(
    'DELETE FROM questionnaire_drafts WHERE definition_id = $1 AND subject_kind = $2 AND subject_id = $3 AND version = $4 RETURNING version',
    [definitionId, subject.kind, subject.id, version],
  );
  return deleted.length > 0;
}

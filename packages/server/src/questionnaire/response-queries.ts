import { formatIssuePath, QuestionnaireResponse, type QuestionnaireSubject } from '@ungeforlob/sdk';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Queryable } from '../db/database.js';

interface ResponseRow {
  id: string;
  definition_id: string;
  definition_version: number;
  subject_kind: string;
  subject_id: string;
  round: number;
  answers: unknown;
  submitted_at: Date;
  submitted_by_role: string;
  submitted_by_name: string;
}

const COLUMNS = 'id, definition_id, definition_version, subject_kind, subject_id, round, answers, submitted_at, submitted_by_role, submitted_by_name';

/** The subject's submitted rounds of one questionnaire, oldest first. */
export async function listResponses(db: Queryable, definitionId: string, subject: QuestionnaireSubject): Promise<QuestionnaireResponse[]> {
  const rows = await db.query<ResponseRow>(
    `SELECT ${COLUMNS} FROM questionnaire_responses WHERE definition_id = $1 AND subject_kind = $2 AND subject_id = $3 ORDER BY round`,
    [definitionId, subject.kind, subject.id],
  );
  return rows.map(responseFrom);
}

/** Every submitted round of one questionnaire, offers' and courses' alike: the leaders' overview aggregates them. */
export async function listAllResponses(db: Queryable, definitionId: string): Promise<QuestionnaireResponse[]> {
  const rows = await db.query<ResponseRow>(`SELECT ${COLUMNS} FROM questionnaire_responses WHERE definition_id = $1 ORDER BY subject_kind, subject_id, round`, [
    definitionId,
  ]);
  return rows.map(responseFrom);
}

/** Every offer's submitted rounds of one questionnaire: the roll-up picks the latest per offer. */
export async function listOfferResponses(db: Queryable, definitionId: string): Promise<QuestionnaireResponse[]> {
  const rows = await db.query<ResponseRow>(
    `SELECT ${COLUMNS} FROM questionnaire_responses WHERE definition_id = $1 AND subject_kind = 'offer' ORDER BY subject_id, round`,
    [definitionId],
  );
  return rows.map(responseFrom);
}

export async function findResponse(db: Queryable, id: string): Promise<QuestionnaireResponse | null> {
  const rows = await db.query<ResponseRow>(`SELECT ${COLUMNS} FROM questionnaire_responses WHERE id = $1`, [id]);
  return rows[0] ? responseFrom(rows[0]) : null;
}

/**
 * Appends a round. The table's triggers refuse any later change, and its unique round refuses a
 * number that is taken.
 */
export async function insertResponse(db: Queryable, response: QuestionnaireResponse): Promise<void> {
  await db.query(`INSERT INTO questionnaire_responses (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10)`, [
    response.id,
    response.definition.id,
    response.definition.version,
    response.subject.kind,
    response.subject.id,
    response.round,
    JSON.stringify(response.answers),
    response.submittedAt,
    response.submittedBy.role,
    response.submittedBy.name,
  ]);
}

function responseFrom(row: ResponseRow): QuestionnaireResponse {
  const candidate = {
    id: row.id,
    subject: { kind: row.subject_kind, id: row.subject_id },
    definition: { id: row.definition_id, version: row.definition_version },
    round: row.round,
    answers: row.answers,
    submittedAt: row.submitted_at.toISOString(),
    submittedBy: { role: row.submitted_by_role, name: row.submitted_by_name },
  };
  const parsed = QuestionnaireResponse.safeParse(candidate);
  if (!parsed.success)
    throw new ContractDriftError(
      'QuestionnaireResponse',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  return parsed.data;
}

import { formatIssuePath, QuestionnaireDefinition, type QuestionnaireDefinitionSummary } from '@ungeforlob/sdk';
import { ContractDriftError } from '../contract-drift-error.js';
import type { Queryable } from '../db/database.js';

interface DefinitionRow {
  body: unknown;
}

/** One version of a definition, or (without `version`) its latest; null when there is none. */
export async function findDefinition(db: Queryable, id: string, version?: number): Promise<QuestionnaireDefinition | null> {
  const rows =
    version === undefined
      ? await db.query<DefinitionRow>('SELECT body FROM questionnaire_definitions WHERE id = $1 ORDER BY version DESC LIMIT 1', [id])
      : await db.query<DefinitionRow>('SELECT body FROM questionnaire_definitions WHERE id = $1 AND version = $2', [id, version]);
  return rows[0] ? definitionFrom(rows[0].body) : null;
}

/** Every version of one definition, oldest first: what a roll-up needs to score each round against its own. */
export async function findDefinitionVersions(db: Queryable, id: string): Promise<QuestionnaireDefinition[]> {
  const rows = await db.query<DefinitionRow>('SELECT body FROM questionnaire_definitions WHERE id = $1 ORDER BY version', [id]);
  return rows.map((row) => definitionFrom(row.body));
}

/** Every version of every definition, by id and version. */
export async function listDefinitions(db: Queryable): Promise<QuestionnaireDefinitionSummary[]> {
  const rows = await db.query<{ id: string; version: number; title: QuestionnaireDefinitionSummary['title'] }>(
    `SELECT id, version, body -> 'title' AS title FROM questionnaire_definitions ORDER BY id, version`,
  );
  return rows.map((row) => ({ id: row.id, version: row.version, title: row.title }));
}

/**
 * Adds a version when it is later than every stored version of its id. Versions only grow, so
 * "latest" always means the one loaded last, and responses keep the version they answered.
 *
 * @returns false when that version, or a later one, exists.
 */
export async function insertDefinition(db: Queryable, definition: QuestionnaireDefinition): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO questionnaire_definitions (id, version, body)
     SELECT $1, $2, $3::jsonb
      WHERE NOT EXISTS (SELECT 1 FROM questionnaire_definitions WHERE id = $1 AND version >= $2)
     ON CONFLICT (id, version) DO NOTHING
     RETURNING version`,
    [definition.id, definition.version, JSON.stringify(definition)],
  );
  return rows.length > 0;
}

function definitionFrom(body: unknown): QuestionnaireDefinition {
  const parsed = QuestionnaireDefinition.safeParse(body);
  if (!parsed.success) {
    throw new ContractDriftError(
      'QuestionnaireDefinition',
      parsed.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), code: issue.code })),
    );
  }
  return parsed.data;
}

import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson, type Author, type QuestionnaireResponse, type QuestionnaireSubject, type QuestionnaireSubmission } from '@ungeforlob/sdk';
import type { Queryable } from '../db/database.js';
import { deleteDraft } from './draft-queries.js';
import { findResponse, insertResponse } from './response-queries.js';

/** How a submit ended: a new round, the round an earlier request with the key made, or a key reused for something else. */
export type SubmitOutcome =
  { kind: 'created'; response: QuestionnaireResponse; draftRemoved: boolean } | { kind: 'replayed'; response: QuestionnaireResponse } | { kind: 'key-reused' };

export interface Submit {
  idempotencyKey: string;
  definitionId: string;
  subject: QuestionnaireSubject;
  submission: QuestionnaireSubmission;
  at: Date;
  by: Author;
}

/**
 * Stores a submitted round exactly once per Idempotency-Key. Run it in one transaction. The key is
 * claimed with INSERT … ON CONFLICT DO NOTHING before anything else: a concurrent submit with the
 * same key blocks on the unique index until this transaction ends, then finds the key and the
 * response, so two requests can never both insert (a read-then-write check could). The draft
 * version the submission names goes in the same transaction: it became this round.
 */
export async function submitResponse(tx: Queryable, submit: Submit): Promise<SubmitOutcome> {
  const fingerprint = fingerprintOf(submit);
  const id = `r-${randomUUID().replaceAll('-', '')}`;
  const claimed = await tx.query(
    'INSERT INTO questionnaire_idempotency_keys (key, fingerprint, response_id) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key',
    [submit.idempotencyKey, fingerprint, id],
  );
  if (claimed.length === 0) {
    const [earlier] = await tx.query<{ fingerprint: string; response_id: string }>(
      'SELECT fingerprint, response_id FROM questionnaire_idempotency_keys WHERE key = $1',
      [submit.idempotencyKey],
    );
    if (!earlier || earlier.fingerprint !== fingerprint) return { kind: 'key-reused' };
    const response = await findResponse(tx, earlier.response_id);
    if (!response) throw new Error('an idempotency key names a response that does not exist');
    return { kind: 'replayed', response };
  }

  // Rounds of one subject are numbered in order: two submits with different keys queue here, so
  // neither can read the same last round. The lock ends with the transaction.
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`questionnaire:${submit.definitionId}:${submit.subject.kind}:${submit.subject.id}`]);
  const [last] = await tx.query<{ round: number | null }>(
    'SELECT max(round) AS round FROM questionnaire_responses WHERE definition_id = $1 AND subject_kind = $2 AND subject_id = $3',
    [submit.definitionId, submit.subject.kind, submit.subject.id],
  );
  const response: QuestionnaireResponse = {
    id,
    subject: submit.subject,
    definition: { id: submit.definitionId, version: submit.submission.definitionVersion },
    round: (last?.round ?? 0) + 1,
    answers: submit.submission.answers,
    submittedAt: submit.at.toISOString(),
    submittedBy: submit.by,
  };
  await insertResponse(tx, response);
  const replaced = draftVersionOf(submit.submission.replacesDraft);
  const draftRemoved = replaced !== null && (await deleteDraft(tx, submit.definitionId, submit.subject, replaced));
  return { kind: 'created', response, draftRemoved };
}

/** `"12"` (or `W/"12"`) → `12`: the draft version an ETag names; anything else names none. */
function draftVersionOf(etag: string | undefined): string | null {
  return (etag && /^(?:W\/)?"(\d{1,18})"$/.exec(etag)?.[1]) || null;
}

/**
 * A hash of what was submitted where, with object keys sorted, so a retry matches however its JSON
 * was ordered. Which draft it replaces is left out: a retry after an autosave names a newer one.
 */
function fingerprintOf(submit: Submit): string {
  const { replacesDraft: _draft, ...submission } = submit.submission;
  const canonical = canonicalJson({ definitionId: submit.definitionId, subject: submit.subject, submission });
  return createHash('sha256').update(canonical).digest('hex');
}

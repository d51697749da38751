import {
  answerProblems,
  buildCriteriaOverview,
  CriteriaPeriod,
  IDEMPOTENCY_KEY_PATTERN,
  MAX_STORED_INT,
  operations,
  rollUpOffers,
  SubjectKind,
  type FieldProblem,
  type QuestionnaireDefinition as Definition,
  type QuestionnaireSubject,
} from '@ungeforlob/sdk';
import { Hono, type Context } from 'hono';
import type { AuditAction } from '../audit/audit-log.js';
import { auditRequest } from '../audit/audit-request.js';
import type { Database, Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { formatEntityTag, requireWritePrecondition, staleVersionResponse } from '../http/entity-tag.js';
import { ProblemError, problemResponse, problems } from '../http/problems.js';
import { parseBody, parsePathId, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import { findDefinition, findDefinitionVersions, insertDefinition, listDefinitions } from '../questionnaire/definition-queries.js';
import { findDraft, writeDraft, type VersionedDraft } from '../questionnaire/draft-queries.js';
import { listAllResponses, listOfferResponses, listResponses } from '../questionnaire/response-queries.js';
import { findOffers } from '../offer/offer-queries.js';
import { courseEfforts, coursePeople } from '../plan/plan-queries.js';
import { listOffers, subjectExists } from '../questionnaire/subject-queries.js';
import { submitResponse, type SubmitOutcome } from '../questionnaire/submit-response.js';

type DraftOutcome = { kind: 'saved'; current: VersionedDraft } | { kind: 'stale'; current: VersionedDraft | null };

/**
 * The strategic-criteria questionnaire (issue #4): definitions as versioned data, a draft per
 * subject (a course or an offer) saved with If-Match, submitted rounds made exactly once per
 * Idempotency-Key, and the offers × criteria roll-up. Reads and writes of a course's answers are
 * audited: they are about a young person. An offer review is about the municipality's offer.
 */
export function questionnaireRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.listQuestionnaireDefinitions, async (c) => c.json(await listDefinitions(db)));

  // A municipality loads an edited definition as data: no code change, no restart.
  serve(app, operations.addQuestionnaireDefinition, async (c) => {
    const definition = parseBody(operations.addQuestionnaireDefinition.request, await readJsonBody(c));
    if (!(await insertDefinition(db, definition))) throw new ProblemError(problems.definitionVersionExists());
    return c.json(definition, 201);
  });

  serve(app, operations.getQuestionnaireDefinition, async (c) => {
    const definition = await findDefinition(db, parsePathId(c, 'definitionId'));
    if (!definition) throw new ProblemError(problems.notFound('There is no questionnaire with this id.'));
    return c.json(definition);
  });

  serve(app, operations.getQuestionnaireDefinitionVersion, async (c) => {
    const definition = await findDefinition(db, parsePathId(c, 'definitionId'), parseVersion(c.req.param('version') ?? ''));
    if (!definition) throw new ProblemError(problems.notFound('There is no such version of this questionnaire.'));
    return c.json(definition);
  });

  serve(app, operations.getQuestionnaireRollUp, async (c) => {
    const definitionId = parsePathId(c, 'definitionId');
    const { definitions, responses, offers } = await db.transaction(async (tx) => ({
      definitions: await findDefinitionVersions(tx, definitionId),
      responses: await listOfferResponses(tx, definitionId),
      offers: await listOffers(tx),
    }));
    const latest = definitions.at(-1);
    if (!latest) throw new ProblemError(problems.notFound('There is no questionnaire with this id.'));
    const byVersion = new Map(definitions.map((definition) => [definition.version, definition]));
    return c.json(rollUpOffers(latest, responses, (_id, version) => byVersion.get(version), offers));
  });

  // Aggregates only: course rounds and plans are read to count and average, and no course's data
  // leaves the server, so no course's audit log gets a row (a leader reads none of them).
  serve(app, operations.getCriteriaOverview, async (c) => {
    const definitionId = parsePathId(c, 'definitionId');
    const period = c.req.param('period') ?? '';
    if (!CriteriaPeriod.safeParse(period).success) {
      throw new ProblemError(problems.invalidRequest('The period is not all, a year, a half-year or a quarter.', [{ path: 'period', code: 'invalid_format' }]));
    }
    const { definitions, responses, offers, efforts, personOf } = await db.transaction(async (tx) => ({
      definitions: await findDefinitionVersions(tx, definitionId),
      responses: await listAllResponses(tx, definitionId),
      offers: await findOffers(tx),
      efforts: await courseEfforts(tx),
      personOf: await coursePeople(tx),
    }));
    const latest = definitions.at(-1);
    if (!latest) throw new ProblemError(problems.notFound('There is no questionnaire with this id.'));
    const byVersion = new Map(definitions.map((definition) => [definition.version, definition]));
    return c.json(
      buildCriteriaOverview({ definition: latest, definitionOf: (_id, version) => byVersion.get(version), responses, offers, efforts, personOf, period }),
    );
  });

  serve(app, operations.getQuestionnaireDraft, async (c) => {
    const { definitionId, subject } = parseSubjectPath(c);
    const current = await db.transaction(async (tx) => {
      await requireSubject(tx, definitionId, subject);
      const found = await findDraft(tx, definitionId, subject);
      if (found) await auditSubject(tx, c, subject, 'questionnaire-draft', 'read');
      return found;
    });
    if (!current) return c.body(null, 204);
    return draftResponse(c, current);
  });

  serve(app, operations.saveQuestionnaireDraft, async (c) => {
    const { definitionId, subject } = parseSubjectPath(c);
    const precondition = requireWritePrecondition(c);
    const update = parseBody(operations.saveQuestionnaireDraft.request, await readJsonBody(c));
    const by = c.get('actor').author;
    const outcome = await db.transaction(async (tx): Promise<DraftOutcome> => {
      await requireSubject(tx, definitionId, subject);
      const definition = await requireVersion(tx, definitionId, update.definitionVersion);
      requireNoProblems(answerProblems(definition, update.answers, subject, { complete: false }));
      const written = await writeDraft(
        tx,
        { definitionId, definitionVersion: update.definitionVersion, subject, answers: update.answers, at: new Date(), by },
        precondition,
      );
      const current = await findDraft(tx, definitionId, subject);
      // A 412 sends the stored draft back: a read.
      if (current) await auditSubject(tx, c, subject, 'questionnaire-draft', written === null ? 'read' : precondition.kind === 'create' ? 'create' : 'update');
      return written !== null && current ? { kind: 'saved', current } : { kind: 'stale', current };
    });
    if (outcome.kind === 'saved') return draftResponse(c, outcome.current, precondition.kind === 'create' ? 201 : 200);
    return staleVersionResponse(c, outcome.current && { body: outcome.current.draft, etag: formatEntityTag(outcome.current.version) }, {
      changed: 'The draft changed since the version in If-Match, or exists already. `current` is the version now stored.',
      gone: 'There is no draft (any more): it may have been submitted. Read it again, or create it with If-None-Match: *.',
    });
  });

  serve(app, operations.listQuestionnaireResponses, async (c) => {
    const { definitionId, subject } = parseSubjectPath(c);
    const responses = await db.transaction(async (tx) => {
      await requireSubject(tx, definitionId, subject);
      const found = await listResponses(tx, definitionId, subject);
      if (found.length > 0) await auditSubject(tx, c, subject, 'questionnaire-response', 'read');
      return found;
    });
    return c.json(responses);
  });

  serve(app, operations.submitQuestionnaireResponse, async (c) => {
    const { definitionId, subject } = parseSubjectPath(c);
    const idempotencyKey = requireIdempotencyKey(c);
    const submission = parseBody(operations.submitQuestionnaireResponse.request, await readJsonBody(c));
    const by = c.get('actor').author;
    const outcome = await db.transaction(async (tx): Promise<SubmitOutcome> => {
      await requireSubject(tx, definitionId, subject);
      const definition = await requireVersion(tx, definitionId, submission.definitionVersion);
      requireNoProblems(answerProblems(definition, submission.answers, subject, { complete: true }));
      const result = await submitResponse(tx, { idempotencyKey, definitionId, subject, submission, at: new Date(), by });
      if (result.kind !== 'key-reused') await auditSubject(tx, c, subject, 'questionnaire-response', result.kind === 'created' ? 'create' : 'read');
      if (result.kind === 'created' && result.draftRemoved) await auditSubject(tx, c, subject, 'questionnaire-draft', 'delete');
      return result;
    });
    switch (outcome.kind) {
      case 'created':
        return c.json(outcome.response, 201);
      case 'replayed':
        return c.json(outcome.response, 200);
      case 'key-reused':
        return problemResponse(c, problems.idempotencyKeyReused());
    }
  });

  refuseOtherMethods(
    app,
    operations.listQuestionnaireDefinitions.route,
    operations.getQuestionnaireDefinition.route,
    operations.getQuestionnaireDefinitionVersion.route,
    operations.getQuestionnaireRollUp.route,
    operations.getCriteriaOverview.route,
    operations.getQuestionnaireDraft.route,
    operations.listQuestionnaireResponses.route,
  );

  return app;
}

function parseVersion(value: string): number {
  if (!/^[1-9]\d{0,9}$/.test(value) || Number(value) > MAX_STORED_INT)
    throw new ProblemError(
      problems.invalidRequest(`The version is a whole number from 1 to ${MAX_STORED_INT}.`, [{ path: 'version', code: 'invalid_format' }]),
    );
  return Number(value);
}

function parseSubjectPath(c: Context<AppEnv>): { definitionId: string; subject: QuestionnaireSubject } {
  const definitionId = parsePathId(c, 'definitionId');
  const kind = SubjectKind.safeParse(c.req.param('subjectKind'));
  if (!kind.success) throw new ProblemError(problems.invalidRequest('The subject kind is course or offer.', [{ path: 'subjectKind', code: 'invalid_value' }]));
  return { definitionId, subject: { kind: kind.data, id: parsePathId(c, 'subjectId') } };
}

/** 404 unless both the questionnaire and the subject exist. */
async function requireSubject(tx: Queryable, definitionId: string, subject: QuestionnaireSubject): Promise<void> {
  if (!(await findDefinition(tx, definitionId))) throw new ProblemError(problems.notFound('There is no questionnaire with this id.'));
  if (!(await subjectExists(tx, subject))) throw new ProblemError(problems.notFound(`There is no ${subject.kind} with this id.`));
}

/** The version the answers were given against; 400 naming `definitionVersion` when there is no such version. */
async function requireVersion(tx: Queryable, definitionId: string, version: number): Promise<Definition> {
  const definition = await findDefinition(tx, definitionId, version);
  if (!definition)
    throw new ProblemError(
      problems.invalidRequest('There is no such version of this questionnaire.', [{ path: 'definitionVersion', code: 'unknown_version' }]),
    );
  return definition;
}

function requireNoProblems(found: FieldProblem[]): void {
  if (found.length > 0) throw new ProblemError(problems.invalidRequest('The answers do not fit the questionnaire version.', found));
}

/** The Idempotency-Key, bare or as a structured-field string (`"…"`, as the IETF draft writes it); 400 when missing or malformed. */
function requireIdempotencyKey(c: Context<AppEnv>): string {
  const raw = c.req.header('Idempotency-Key')?.trim();
  if (!raw)
    throw new ProblemError(
      problems.invalidRequest('Send an Idempotency-Key, so a retried submit cannot make a second round.', [
        { path: 'Idempotency-Key', code: 'missing_header' },
      ]),
    );
  const key = /^"(.*)"$/.exec(raw)?.[1] ?? raw;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new ProblemError(
      problems.invalidRequest('The Idempotency-Key is 16–128 letters, digits, _ or -.', [{ path: 'Idempotency-Key', code: 'invalid_format' }]),
    );
  }
  return key;
}

function draftResponse(c: Context<AppEnv>, current: VersionedDraft, status: 200 | 201 = 200): Response {
  return c.json(current.draft, status, { ETag: formatEntityTag(current.version) });
}

/** A course's answers are about a young person and audited; an offer review is not personal data. */
async function auditSubject(tx: Queryable, c: Context<AppEnv>, subject: QuestionnaireSubject, resource: string, action: AuditAction): Promise<void> {
  if (subject.kind === 'course') await auditRequest(tx, c, subject.id, resource, action);
}

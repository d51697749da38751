import type { CriteriaOverview, CriteriaPeriod } from '../schemas/criteria-overview.js';
import type * as z from 'zod/mini';
import * as o from '../contract/operations.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type {
  OfferRollUp,
  QuestionnaireDefinition,
  QuestionnaireDefinitionSummary,
  QuestionnaireDraft,
  QuestionnaireDraftUpdate,
  QuestionnaireResponse,
  QuestionnaireSubject,
  QuestionnaireSubmission,
} from '../schemas/questionnaire.js';
import { IDEMPOTENCY_KEY_HEADER, routes } from './api-paths.js';
import { requestOf, versioned, type Call, type CallOptions, type Reply, type Versioned } from './call.js';

export interface DraftSaveOptions extends CallOptions {
  /** The ETag of the draft the answers are based on; leave it out to create the first draft (sent as `If-None-Match: *`). */
  ifMatch?: string | undefined;
}

export interface SubmitOptions extends CallOptions {
  /**
   * Identifies this submission: sending the same key again (a retry after a timeout, a double
   * click) yields the one response the first made, never a second round. Keep it for every retry
   * of the same answers; 16–128 of `A–Z a–z 0–9 _ -` (a `crypto.randomUUID()` does).
   */
  idempotencyKey: string;
}

/** A submitted round, and whether this call made it (`created`) or an earlier call with the key did. */
export interface SubmitResult {
  response: QuestionnaireResponse;
  created: boolean;
}

/** The strategic-criteria questionnaire (and any other questionnaire definition loaded as data). */
export interface QuestionnaireResource {
  /** Every version of every definition. */
  listDefinitions(options?: CallOptions): Promise<QuestionnaireDefinitionSummary[]>;
  /** The latest version of a definition, or the given `version`. */
  getDefinition(definitionId: string, options?: CallOptions & { version?: number | undefined }): Promise<QuestionnaireDefinition>;
  /** Load a new version as data (a municipality's edit); it must be later than every stored version, else {@link ConflictError} (409). */
  addDefinition(definition: QuestionnaireDefinition, options?: CallOptions): Promise<QuestionnaireDefinition>;
  /** The subject's answers in progress, or null when there is no draft. */
  getDraft(definitionId: string, subject: QuestionnaireSubject, options?: CallOptions): Promise<Versioned<QuestionnaireDraft> | null>;
  /**
   * Save the answers in progress. With `ifMatch` it replaces that version; without, it creates the
   * first draft. Throws {@link ConflictError} (412, carrying the stored draft when there is one)
   * when the draft changed meanwhile, or exists already.
   */
  saveDraft(
    definitionId: string,
    subject: QuestionnaireSubject,
    update: QuestionnaireDraftUpdate,
    options?: DraftSaveOptions,
  ): Promise<Versioned<QuestionnaireDraft>>;
  /** Submit a round; the server removes the draft. Safe to retry with the same `idempotencyKey`. */
  submit(definitionId: string, subject: QuestionnaireSubject, submission: QuestionnaireSubmission, options: SubmitOptions): Promise<SubmitResult>;
  /** The subject's submitted rounds, oldest first. */
  listResponses(definitionId: string, subject: QuestionnaireSubject, options?: CallOptions): Promise<QuestionnaireResponse[]>;
  /** Offers × criteria: each offer's latest round, scored against the version it answered. */
  rollUp(definitionId: string, options?: CallOptions): Promise<OfferRollUp>;
  /**
   * Offers × criteria for leaders, for a calendar period (`all`, `2026`, `2026-H2`, `2026-Q4`): each
   * offer's reviews and the courses that used it, course figures below five courses suppressed.
   */
  overview(definitionId: string, period: CriteriaPeriod, options?: CallOptions): Promise<CriteriaOverview>;
}

/** The questionnaire routes on top of a client's `call`; see {@link createClient}. */
export function questionnaireResource(call: Call): QuestionnaireResource {
  /** The body of a reply that must have one: a 204 where the contract promises a body is a breach. */
  const bodyOf = <T>(reply: Reply<T>, route: string): T => {
    if (reply.value === null) throw new ResponseValidationError(route, [{ path: '', code: 'empty_body' }]);
    return reply.value;
  };
  const required = async <S extends z.ZodMiniType>(spec: Parameters<Call>[0] & { schema: S }): Promise<z.infer<S>> =>
    bodyOf(await call(spec), `${spec.method} ${spec.template}`);

  return {
    listDefinitions(options) {
      return required(requestOf(o.listQuestionnaireDefinitions, routes.questionnaires.path(), { signal: options?.signal }));
    },
    getDefinition(definitionId, options) {
      const request =
        options?.version === undefined
          ? requestOf(o.getQuestionnaireDefinition, routes.questionnaire.path(definitionId), { signal: options?.signal })
          : requestOf(o.getQuestionnaireDefinitionVersion, routes.questionnaireVersion.path(definitionId, options.version), { signal: options.signal });
      return required(request);
    },
    addDefinition(definition, options) {
      return required(requestOf(o.addQuestionnaireDefinition, routes.questionnaires.path(), { json: definition, signal: options?.signal }));
    },
    async getDraft(definitionId, subject, options) {
      const reply = await call(requestOf(o.getQuestionnaireDraft, routes.questionnaireDraft.path(definitionId, subject), { signal: options?.signal }));
      return reply.value === null ? null : versioned(reply, `GET ${o.getQuestionnaireDraft.route.template}`);
    },
    async saveDraft(definitionId, subject, update, options) {
      const request = requestOf(o.saveQuestionnaireDraft, routes.questionnaireDraft.path(definitionId, subject), {
        json: update,
        signal: options?.signal,
        ...(options?.ifMatch ? { ifMatch: options.ifMatch } : { headers: { 'if-none-match': '*' } }),
      });
      return versioned(await call(request), `PUT ${o.saveQuestionnaireDraft.route.template}`);
    },
    async submit(definitionId, subject, submission, options) {
      const request = requestOf(o.submitQuestionnaireResponse, routes.questionnaireResponses.path(definitionId, subject), {
        json: submission,
        headers: { [IDEMPOTENCY_KEY_HEADER]: options.idempotencyKey },
        signal: options.signal,
      });
      const reply = await call(request);
      return { response: bodyOf(reply, `POST ${o.submitQuestionnaireResponse.route.template}`), created: reply.status === 201 };
    },
    listResponses(definitionId, subject, options) {
      return required(requestOf(o.listQuestionnaireResponses, routes.questionnaireResponses.path(definitionId, subject), { signal: options?.signal }));
    },
    rollUp(definitionId, options) {
      return required(requestOf(o.getQuestionnaireRollUp, routes.questionnaireRollUp.path(definitionId), { signal: options?.signal }));
    },
    overview(definitionId, period, options) {
      return required(requestOf(o.getCriteriaOverview, routes.criteriaOverview.path(definitionId, period), { signal: options?.signal }));
    },
  };
}

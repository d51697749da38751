import * as z from 'zod/mini';
import { routes } from '../client/api-paths.js';
import { CourseAuditLog, Me } from '../schemas/access.js';
import { Contact, ContactPatch } from '../schemas/contact.js';
import { Plan, PlanCommentUpdate, PlanUpdate } from '../schemas/plan.js';
import { AnnotationInput, CourseProgression, ProgressionAnnotation, ProgressionReading, ReadingInput, ScaleSet } from '../schemas/progression.js';
import {
  OfferRollUp,
  QuestionnaireDefinition,
  QuestionnaireDefinitionSummary,
  QuestionnaireDraft,
  QuestionnaireDraftUpdate,
  QuestionnaireResponse,
  QuestionnaireResponseList,
  QuestionnaireSubmission,
} from '../schemas/questionnaire.js';

export type HttpMethod = 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';

/** One of the contract's routes as every side needs it: the client sends it, the server and the memory transport answer it, the OpenAPI document describes it. */
export interface Operation<Response extends z.ZodMiniType = z.ZodMiniType, Request extends z.ZodMiniType | undefined = z.ZodMiniType | undefined> {
  /** The OpenAPI operationId. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template (in errors and logs: no concrete id leaks) and the concrete relative path. */
  readonly route: { readonly template: string };
  /** The body a request carries, when it carries one. */
  readonly request: Request;
  /** The body of a successful answer (a 204 carries none). */
  readonly response: Response;
}

function operation<Response extends z.ZodMiniType, Request extends z.ZodMiniType | undefined = undefined>(
  operationId: string,
  method: HttpMethod,
  route: { readonly template: string },
  response: Response,
  request?: Request,
): Operation<Response, Request> {
  return { operationId, method, route, response, request: request as Request };
}

/**
 * The contract in one table. Written once, read by the SDK client (what to send and how to check
 * the answer), the in-memory transport and the reference server (what to answer, and that nothing
 * else is answered), and the OpenAPI document (what a vendor implements); a test holds each to it.
 */
export const operations = {
  getContact: operation('getContact', 'GET', routes.contact, Contact),
  updateContact: operation('updateContact', 'PATCH', routes.contact, Contact, ContactPatch),
  getPlan: operation('getPlan', 'GET', routes.plan, Plan),
  updatePlan: operation('updatePlan', 'PUT', routes.plan, Plan, PlanUpdate),
  updatePlanComment: operation('updatePlanComment', 'PUT', routes.planComment, Plan, PlanCommentUpdate),
  listQuestionnaireDefinitions: operation('listQuestionnaireDefinitions', 'GET', routes.questionnaires, z.array(QuestionnaireDefinitionSummary)),
  addQuestionnaireDefinition: operation('addQuestionnaireDefinition', 'POST', routes.questionnaires, QuestionnaireDefinition, QuestionnaireDefinition),
  getQuestionnaireDefinition: operation('getQuestionnaireDefinition', 'GET', routes.questionnaire, QuestionnaireDefinition),
  getQuestionnaireDefinitionVersion: operation('getQuestionnaireDefinitionVersion', 'GET', routes.questionnaireVersion, QuestionnaireDefinition),
  getQuestionnaireRollUp: operation('getQuestionnaireRollUp', 'GET', routes.questionnaireRollUp, OfferRollUp),
  getQuestionnaireDraft: operation('getQuestionnaireDraft', 'GET', routes.questionnaireDraft, QuestionnaireDraft),
  saveQuestionnaireDraft: operation('saveQuestionnaireDraft', 'PUT', routes.questionnaireDraft, QuestionnaireDraft, QuestionnaireDraftUpdate),
  listQuestionnaireResponses: operation('listQuestionnaireResponses', 'GET', routes.questionnaireResponses, QuestionnaireResponseList),
  submitQuestionnaireResponse: operation('submitQuestionnaireResponse', 'POST', routes.questionnaireResponses, QuestionnaireResponse, QuestionnaireSubmission),
  getProgressionScales: operation('getProgressionScales', 'GET', routes.progressionScales, ScaleSet),
  getCourseProgression: operation('getCourseProgression', 'GET', routes.progression, CourseProgression),
  addProgressionReading: operation('addProgressionReading', 'PUT', routes.progressionReading, ProgressionReading, ReadingInput),
  addProgressionAnnotation: operation('addProgressionAnnotation', 'PUT', routes.progressionAnnotation, ProgressionAnnotation, AnnotationInput),
  getMe: operation('getMe', 'GET', routes.me, Me),
  getCourseAudit: operation('getCourseAudit', 'GET', routes.courseAudit, CourseAuditLog),
} as const;

export type OperationId = keyof typeof operations;

/** What a request matched: the operation and its path parameters, decoded. */
export interface OperationMatch {
  operation: Operation;
  params: Record<string, string>;
}

const compiled = Object.values(operations).map((candidate) => {
  const names: string[] = [];
  const pattern = candidate.route.template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { operation: candidate, names, pattern: new RegExp(`^${pattern}$`) };
});

/**
 * Which operation a method and path (relative to the API base, `/courses/c-1/plan`) ask for.
 * `allowed` lists the methods of a known path asked with another method (answer 405 with Allow);
 * undefined for a path the contract does not have (404).
 */
export function matchOperation(method: string, path: string): OperationMatch | { allowed: HttpMethod[] } | undefined {
  const allowed: HttpMethod[] = [];
  for (const { operation: candidate, names, pattern } of compiled) {
    const found = pattern.exec(path);
    if (!found) continue;
    if (candidate.method !== method.toUpperCase()) {
      allowed.push(candidate.method);
      continue;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)]));
    } catch {
      return undefined; // a malformed escape is no path of ours
    }
    return { operation: candidate, params };
  }
  return allowed.length > 0 ? { allowed } : undefined;
}

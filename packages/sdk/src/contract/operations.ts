import * as z from 'zod/mini';
import { FHIR_JSON, routes } from '../client/api-paths.js';
import { access, type AccessRule } from './access-rule.js';
import { CourseAuditLog, Me } from '../schemas/access.js';
import { Contact, ContactPatch } from '../schemas/contact.js';
import { ContactEntry, ContactEntryInput, ContactLog, ContactRhythm, ContactRhythmInput } from '../schemas/contact-log.js';
import { CourseMeetings, MeetingInput, NetworkMeeting } from '../schemas/network-meeting.js';
import { CriteriaOverview } from '../schemas/criteria-overview.js';
// The Bundle's shape only (zod, no mapping): the mapping is `@ungeforlob/sdk/fhir`, which no widget loads.
import { FhirBundleSchema } from '../fhir/fhir-types.js';
import { CourseNeeds, NeedInput, NeedsBank, ProposalDecisionInput, ProposalInput, SharedNeed, BankNeed } from '../schemas/needs-bank.js';
import { Offer, OfferInput, OfferList } from '../schemas/offer.js';
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
  readonly method: HttpMethod;
  /** The path template (in errors and logs: no concrete id leaks) and the concrete relative path. */
  readonly route: { readonly template: string };
  /** Who may call it; the server refuses everyone else with 403. */
  readonly access: AccessRule;
  /** The body a request carries, when it carries one. */
  readonly request: Request;
  /** The body of a successful answer (a 204 carries none). */
  readonly response: Response;
  /**
   * The media type of that body where it is not `application/json` (the FHIR Bundle's
   * `application/fhir+json`): the client asks for it in `Accept`, the server and the memory
   * transport answer with it, and the OpenAPI document names it. Still JSON, and still validated
   * with `response`; a problem is `application/problem+json` as for every operation.
   */
  readonly mediaType?: string;
}

export function operation<Response extends z.ZodMiniType, Request extends z.ZodMiniType | undefined = undefined>(
  method: HttpMethod,
  route: { readonly template: string },
  access: AccessRule,
  response: Response,
  request?: Request,
): Operation<Response, Request> {
  return { method, route, access, response, request: request as Request };
}

/** `base`, answered with a body of `mediaType` instead of `application/json` (see {@link Operation.mediaType}). */
export function answeredAs<O extends Operation>(mediaType: string, base: O): O {
  return { ...base, mediaType };
}

export const getContact = /* @__PURE__ */ operation('GET', routes.contact, access.teamOrOwn, Contact);
export const updateContact = /* @__PURE__ */ operation('PATCH', routes.contact, access.teamOrOwn, Contact, ContactPatch);
export const getPlan = /* @__PURE__ */ operation('GET', routes.plan, access.teamOrOwn, Plan);
export const updatePlan = /* @__PURE__ */ operation('PUT', routes.plan, access.team, Plan, PlanUpdate);
export const updatePlanComment = /* @__PURE__ */ operation('PUT', routes.planComment, access.own, Plan, PlanCommentUpdate);
export const listQuestionnaireDefinitions = /* @__PURE__ */ operation(
  'GET',
  routes.questionnaires,
  access.staff,
  /* @__PURE__ */ z.array(QuestionnaireDefinitionSummary),
);
export const addQuestionnaireDefinition = /* @__PURE__ */ operation(
  'POST',
  routes.questionnaires,
  access.administrator,
  QuestionnaireDefinition,
  QuestionnaireDefinition,
);
export const getQuestionnaireDefinition = /* @__PURE__ */ operation('GET', routes.questionnaire, access.staff, QuestionnaireDefinition);
export const getQuestionnaireDefinitionVersion = /* @__PURE__ */ operation('GET', routes.questionnaireVersion, access.staff, QuestionnaireDefinition);
export const getQuestionnaireRollUp = /* @__PURE__ */ operation('GET', routes.questionnaireRollUp, access.staff, OfferRollUp);
export const getCriteriaOverview = /* @__PURE__ */ operation('GET', routes.criteriaOverview, access.leadership, CriteriaOverview);
export const getQuestionnaireDraft = /* @__PURE__ */ operation('GET', routes.questionnaireDraft, access.team, QuestionnaireDraft);
export const saveQuestionnaireDraft = /* @__PURE__ */ operation('PUT', routes.questionnaireDraft, access.team, QuestionnaireDraft, QuestionnaireDraftUpdate);
export const listQuestionnaireResponses = /* @__PURE__ */ operation('GET', routes.questionnaireResponses, access.team, QuestionnaireResponseList);
export const submitQuestionnaireResponse = /* @__PURE__ */ operation(
  'POST',
  routes.questionnaireResponses,
  access.team,
  QuestionnaireResponse,
  QuestionnaireSubmission,
);
export const getProgressionScales = /* @__PURE__ */ operation('GET', routes.progressionScales, access.everyone, ScaleSet);
export const getCourseProgression = /* @__PURE__ */ operation('GET', routes.progression, access.teamOrOwn, CourseProgression);
export const addProgressionReading = /* @__PURE__ */ operation('PUT', routes.progressionReading, access.teamOrOwn, ProgressionReading, ReadingInput);
export const addProgressionAnnotation = /* @__PURE__ */ operation('PUT', routes.progressionAnnotation, access.team, ProgressionAnnotation, AnnotationInput);
export const listOffers = /* @__PURE__ */ operation('GET', routes.offers, access.everyone, OfferList);
export const getOffer = /* @__PURE__ */ operation('GET', routes.offer, access.everyone, Offer);
export const saveOffer = /* @__PURE__ */ operation('PUT', routes.offer, access.offerAdministrator, Offer, OfferInput);
export const listCourseNeeds = /* @__PURE__ */ operation('GET', routes.courseNeeds, access.teamOrOwn, CourseNeeds);
export const shareNeed = /* @__PURE__ */ operation('PUT', routes.courseNeed, access.team, SharedNeed, NeedInput);
export const decideProposal = /* @__PURE__ */ operation('PUT', routes.proposalDecision, access.team, SharedNeed, ProposalDecisionInput);
export const listOpenNeeds = /* @__PURE__ */ operation('GET', routes.needsBank, access.professionals, NeedsBank);
export const proposeForNeed = /* @__PURE__ */ operation('PUT', routes.needProposal, access.professionals, BankNeed, ProposalInput);
export const getContactLog = /* @__PURE__ */ operation('GET', routes.contactLog, access.teamOrOwn, ContactLog);
export const logContact = /* @__PURE__ */ operation('PUT', routes.contactLogEntry, access.team, ContactEntry, ContactEntryInput);
export const setContactRhythm = /* @__PURE__ */ operation('PUT', routes.contactRhythm, access.team, ContactRhythm, ContactRhythmInput);
export const listMeetings = /* @__PURE__ */ operation('GET', routes.courseMeetings, access.teamOrOwn, CourseMeetings);
export const saveMeeting = /* @__PURE__ */ operation('PUT', routes.courseMeeting, access.team, NetworkMeeting, MeetingInput);
export const getCourseFhir = /* @__PURE__ */ answeredAs(FHIR_JSON, /* @__PURE__ */ operation('GET', routes.courseFhir, access.teamOrOwn, FhirBundleSchema));
export const getMe = /* @__PURE__ */ operation('GET', routes.me, access.everyone, Me);
export const getCourseAudit = /* @__PURE__ */ operation('GET', routes.courseAudit, access.administrator, CourseAuditLog);

// Each resource's operations as one group, for the SDK's resource list (`resources.ts`), which joins them into the contract's table.
export const contactOperations = { getContact, updateContact } as const;
export const planOperations = { getPlan, updatePlan, updatePlanComment } as const;
export const questionnaireOperations = {
  listQuestionnaireDefinitions,
  addQuestionnaireDefinition,
  getQuestionnaireDefinition,
  getQuestionnaireDefinitionVersion,
  getQuestionnaireRollUp,
  getCriteriaOverview,
  getQuestionnaireDraft,
  saveQuestionnaireDraft,
  listQuestionnaireResponses,
  submitQuestionnaireResponse,
} as const;
export const progressionOperations = { getProgressionScales, getCourseProgression, addProgressionReading, addProgressionAnnotation } as const;
export const offerOperations = { listOffers, getOffer, saveOffer } as const;
export const needsBankOperations = { listCourseNeeds, shareNeed, decideProposal, listOpenNeeds, proposeForNeed } as const;
export const contactLogOperations = { getContactLog, logContact, setContactRhythm } as const;
export const networkMeetingOperations = { listMeetings, saveMeeting } as const;
export const fhirOperations = { getCourseFhir } as const;
export const accessOperations = { getMe, getCourseAudit } as const;

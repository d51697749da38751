/**
 * The SDK's one list of resources. A resource brings its own modules — operations, client methods,
 * OpenAPI docs, in-memory handlers, store and facts — and is registered here, in each list below
 * and in the exports at the end, and nowhere else: the client, the contract's table, the OpenAPI
 * document and the memory transport read these lists. docs/adding-a-widget.md walks through it.
 *
 * The lists are separate on purpose: a browser bundle that only uses the client keeps
 * `clientResources` and `operations` and drops the docs and the memory handlers.
 */
import { contactLogResource } from './client/contact-log-resource.js';
import { contactResource } from './client/contact-resource.js';
import { fhirResource } from './client/fhir-resource.js';
import { needsBankResource } from './client/needs-bank-resource.js';
import { networkMeetingResource } from './client/network-meeting-resource.js';
import { offerResource } from './client/offer-resource.js';
import { planResource } from './client/plan-resource.js';
import { progressionResource } from './client/progression-resource.js';
import { questionnaireResource } from './client/questionnaire-resource.js';
import {
  accessOperations,
  contactLogOperations,
  contactOperations,
  fhirOperations,
  needsBankOperations,
  networkMeetingOperations,
  offerOperations,
  planOperations,
  progressionOperations,
  questionnaireOperations,
} from './contract/operations.js';
import { memoryAccess } from './memory/memory-access.js';
import { MemoryContactLog } from './memory/memory-contact-log.js';
import { memoryContactsOf } from './memory/memory-contacts.js';
import { MemoryFhir } from './memory/memory-fhir.js';
import { MemoryNeedsBank } from './memory/memory-needs-bank.js';
import { MemoryNetworkMeetings } from './memory/memory-network-meetings.js';
import { MemoryOffers } from './memory/memory-offers.js';
import { memoryPlansOf } from './memory/memory-plans.js';
import { MemoryProgression } from './memory/memory-progression.js';
import { MemoryQuestionnaires } from './memory/memory-questionnaires.js';
import type { MemoryContext } from './memory/memory-resource.js';
import { accessDocs } from './openapi/access-paths.js';
import { contactLogDocs } from './openapi/contact-log-paths.js';
import { contactDocs } from './openapi/contact-paths.js';
import { fhirDocs } from './openapi/fhir-paths.js';
import { needsBankDocs } from './openapi/needs-bank-paths.js';
import { networkMeetingDocs } from './openapi/network-meeting-paths.js';
import { offerDocs } from './openapi/offer-paths.js';
import type { ResourceDocsOf } from './openapi/openapi-parts.js';
import { planDocs } from './openapi/plan-paths.js';
import { progressionDocs } from './openapi/progression-paths.js';
import { questionnaireDocs } from './openapi/questionnaire-paths.js';

/**
 * The contract in one table. Written once, read by the SDK client (what to send and how to check
 * the answer), the in-memory transport and the reference server (what to answer, and that nothing
 * else is answered), and the OpenAPI document (what a vendor implements); a test holds each to it.
 * Each operation is also its own export, so a browser bundle carries only those its client sends;
 * its name here is its OpenAPI operationId, and the order here is the document's.
 */
export const operations = {
  ...contactOperations,
  ...planOperations,
  ...questionnaireOperations,
  ...progressionOperations,
  ...offerOperations,
  ...needsBankOperations,
  ...contactLogOperations,
  ...networkMeetingOperations,
  ...fhirOperations,
  ...accessOperations,
} as const;

export type OperationId = keyof typeof operations;

/** The client's resources by their name on {@link UfClient}; each is made from the one `call` the client sends with. */
export const clientResources = {
  /** The course's one contact person (kontaktperson). */
  contact: contactResource,
  /** The young person's plan: life goal, goals, efforts, notes, revisions. */
  plan: planResource,
  /** The strategic-criteria questionnaire: definitions, drafts, submitted rounds, roll-up. */
  questionnaire: questionnaireResource,
  /** The progression scales: the scale set, and a course's readings and annotations. */
  progression: progressionResource,
  /** The municipality's offer catalogue (tilbudsvifte). */
  offers: offerResource,
  /** The needs bank (behovsbank): a course's shared needs, the open needs of other teams, proposals and decisions. */
  needs: needsBankResource,
  /** The contact log (kontaktlog): a course's agreed contact rhythm and every contact with the young person. */
  contactLog: contactLogResource,
  /** Network meetings (netværksmøder): a course's meetings, their decisions, a handover, the minutes. */
  meetings: networkMeetingResource,
  /** The course as a FHIR R4 Bundle (`application/fhir+json`), for systems that speak FHIR. */
  fhir: fhirResource,
};

/** The OpenAPI document's part of each resource; every operation in {@link operations} must be described by one. */
export const resourceDocs: Readonly<Record<string, ResourceDocsOf>> = {
  contact: contactDocs,
  plan: planDocs,
  questionnaire: questionnaireDocs,
  progression: progressionDocs,
  offers: offerDocs,
  needs: needsBankDocs,
  contactLog: contactLogDocs,
  meetings: networkMeetingDocs,
  fhir: fhirDocs,
  access: accessDocs,
};

/** How the in-memory transport answers each resource; every operation in {@link operations} must be answered by one. */
export const memoryResources = {
  // A meeting's handover changes the contact: both resources work on the transport's one set of contacts.
  contact: (context: MemoryContext) => memoryContactsOf(context),
  plan: (context: MemoryContext) => memoryPlansOf(context),
  questionnaire: (context: MemoryContext) =>
    new MemoryQuestionnaires(
      context.seed.questionnaires,
      (id) => context.courseExists(id),
      context.seed.offers,
      // The overview's courses use what the seed's plans say (an effort added in memory does not move it).
      () => new Map(Object.entries(context.seed.plans ?? {}).map(([courseId, plan]) => [courseId, plan.efforts])),
      new Map((context.seed.courses ?? []).map((course) => [course.id, course.citizen.id])),
    ),
  progression: (context: MemoryContext) => new MemoryProgression(context.seed.progression, (id) => context.courseExists(id)),
  offers: (context: MemoryContext) => new MemoryOffers(context),
  // Accepting a proposal adds an effort to the plan: both resources work on the transport's one set of plans.
  needs: (context: MemoryContext) => new MemoryNeedsBank(context, memoryPlansOf(context)),
  contactLog: (context: MemoryContext) => new MemoryContactLog(context),
  meetings: (context: MemoryContext) => new MemoryNetworkMeetings(context, memoryContactsOf(context)),
  // Made of the other resources' answers, read through the transport as the caller (see MemoryContext.answer).
  fhir: (context: MemoryContext) => new MemoryFhir(context),
  access: (context: MemoryContext) => memoryAccess(context),
};

// What each resource adds to the SDK's public entry beyond these lists (its store, facts) is
// exported by index.ts (`export * from './contact-log/index.js';`), not here: the client imports
// this file, and a store imports the client's types, which would make a loop.

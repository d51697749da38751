/**
 * @packageDocumentation
 * Headless, typed SDK for Ungeforløb: the API contract as zod schemas, a client, typed errors,
 * an in-memory transport, and framework-free stores that own fetching, validation and derived facts.
 */
export * from './schemas/index.js';
export * from './errors/index.js';
export {
  createClient,
  type ClientOptions,
  type CallOptions,
  type UpdateOptions,
  type ContactResource,
  type PlanResource,
  type TokenProvider,
  type UfClient,
  type Versioned,
} from './client/create-client.js';
export { API_BASE_PATH, routes, problemTypes, IDEMPOTENCY_KEY_HEADER, IDEMPOTENCY_KEY_PATTERN, FHIR_JSON } from './client/api-paths.js';
export { operation, answeredAs, type Operation, type HttpMethod } from './contract/operations.js';
export { access, describeAccess, refusesNobody, type AccessRule } from './contract/access-rule.js';
export { LIMITS, SIGN_IN } from './contract/limits.js';
export { isJsonInUtf8, unstorableTextProblems } from './contract/request-body.js';
export * from './resources.js';
// Each resource's store and facts beyond the lists in resources.ts.
export * from './offer/index.js';
export * from './needs-bank/index.js';
export * from './contact-log/index.js';
export * from './network-meeting/index.js';
export { matchOperation, type OperationMatch } from './contract/match-operation.js';
export type { QuestionnaireResource, DraftSaveOptions, SubmitOptions, SubmitResult } from './client/questionnaire-resource.js';
export { formatIssuePath, toFieldProblems, type SchemaIssue } from './client/issue-paths.js';
export {
  danishToday,
  danishClock,
  danishDateTime,
  daysBetween,
  addDays,
  addMonths,
  instantOfWallClock,
  wallClockOf,
  DANISH_TIME_ZONE,
} from './time/calendar.js';
export { MemoryTransport, createMemoryClient, type MemoryTransportOptions, type TransportFault, type FaultRule } from './memory/memory-transport.js';
export { Store, type Listener } from './store/store.js';
export { ResourceStore, type ResourceState, type ResourceStoreOptions, type ConflictResolution } from './store/resource-store.js';
export type { LoadStatus, SaveStatus, WriteState } from './store/status.js';
export { ResourceCache, cacheOf, type CacheKey, type CacheListener, type CacheFetchOptions } from './store/resource-cache.js';
export { ContactStore, contactKey, contactWriteState, type ContactState, type ContactSaveState, type ContactStoreOptions } from './contact/contact-store.js';
export {
  deriveContactFacts,
  aftercareStatus,
  isChannelOpen,
  channelHref,
  initials,
  ABSENCE_NOTICE_DAYS,
  type ContactFacts,
  type AftercareStatus,
} from './contact/contact-facts.js';
export { firstName, channelAddress, preferredChannelChoices, preferredChannelProblems } from './contact/contact-view.js';
export {
  isShownToYouth,
  contactForYouth,
  contactLogForYouth,
  planForYouth,
  progressionForYouth,
  offerForYouth,
  offerListForYouth,
  youthPlanView,
  type YouthPlanView,
} from './access/youth-view.js';
export type { OfferResource, SaveOfferOptions } from './client/offer-resource.js';
export type { NeedsBankResource, ShareNeedOptions } from './client/needs-bank-resource.js';
export type { ContactLogResource, SetRhythmOptions } from './client/contact-log-resource.js';
export type { NetworkMeetingResource, SaveMeetingOptions } from './client/network-meeting-resource.js';
export type { CourseFhirResource } from './client/fhir-resource.js';
export type { NumberedWriteOptions } from './client/call.js';
export { applyPlanUpdate, applyCommentUpdate, sameValue, type AppliedChange, type ChangeContext } from './plan/apply-plan-update.js';
export { canonicalJson } from './json/canonical-json.js';
export * from './plan/plan-facts.js';
export { PlanStore, PlanNotLoadedError, planKey, planWriteState, type PlanState, type PlanSaveState, type PlanStoreOptions } from './plan/plan-store.js';
export {
  PlanEditTargetGoneError,
  PlanEditOverlapError,
  toPlanUpdate,
  withEffortStatus,
  withNextAction,
  withNote,
  withEffortInput,
  withGoalInput,
  withLifeGoalInput,
  editTarget,
  rebaseEdit,
  mergePlanUpdates,
  applyPlanEdit,
  type PlanEdit,
} from './plan/plan-edits.js';
export {
  planDifferences,
  planTimeline,
  derivePlanView,
  TIMELINE_DAYS_BEFORE,
  TIMELINE_DAYS_AFTER,
  type PlanDifferences,
  type PlanPartChange,
  type PlanView,
  type PlanTimeline,
  type TimelineUnit,
  type TimelineBar,
  type PlanNextAction,
} from './plan/plan-view.js';
export * from './plan/plan-drafts.js';
export { newItemId } from './ids/new-item-id.js';
export { duplicateIdProblems, planUpdateProblems, unknownGoalProblems } from './plan/plan-update-rules.js';
export { offerNameOf, goalTextOf, revisionTargetName, GOAL_ORDER, goalsInPlanOrder, pendingEffortStatuses, commentText } from './plan/plan-lookup.js';
export { ResourceLifecycle, NotLoadedError, type LoadOutcome } from './store/resource-lifecycle.js';
export { answerTargets, shownItemIds, visibleCriteria, visibleTargets, type AnswerTarget, type VisibleCriterion } from './questionnaire/answer-targets.js';
export { withAnswer, answerPart, mergeAnswers, shownAnswers, type AnswerPartValue, type AnswerPartRef } from './questionnaire/answers.js';
export { missingAnswers, isAnswered, type MissingAnswer } from './questionnaire/missing-answers.js';
export {
  scoreCriteria,
  scoreResponse,
  compareScores,
  questionnaireProgress,
  DefinitionMismatchError,
  type CriterionChange,
  type QuestionnaireProgress,
} from './questionnaire/scores.js';
export { rollUpOffers, latestResponses, type DefinitionLookup } from './questionnaire/roll-up.js';
export {
  buildCriteriaOverview,
  periodDays,
  periodParts,
  recentPeriods,
  type CriteriaOverviewInput,
  type PeriodParts,
} from './questionnaire/criteria-overview.js';
export { CriteriaOverviewStore, type CriteriaOverviewState, type CriteriaOverviewStoreOptions } from './questionnaire/criteria-overview-store.js';
export { answerProblems } from './questionnaire/answer-problems.js';
export { localized, type QuestionnaireLanguage } from './text/localized.js';
export { answerTargetLabels } from './questionnaire/answer-labels.js';
export { defaultQuestionnaireDefinition, STRATEGIC_CRITERIA_ID } from './questionnaire/default-definition.js';
export {
  QuestionnaireStore,
  questionnaireWriteState,
  type QuestionnaireState,
  type QuestionnaireStoreOptions,
  type QuestionnaireSaveStatus,
  type QuestionnaireSubmitStatus,
  type QuestionnaireSubmitOutcome,
  type SubmittedRound,
  type StoreTimers,
} from './questionnaire/questionnaire-store.js';
export type { ProgressionResource, AddEntryResult } from './client/progression-resource.js';
export { defaultScaleSet, DEFAULT_SCALE_SET_ID } from './progression/default-scales.js';
export { RATERS, scaleRange, readingsByScale } from './progression/readings-by-scale.js';
export {
  deriveProgressionFacts,
  readingChanges,
  disagreements,
  passivity,
  DISAGREEMENT_STEPS,
  PASSIVITY_WEEKS,
  type ProgressionFacts,
  type ProgressionFactsOptions,
  type ReadingChange,
  type Disagreement,
  type DisagreementOptions,
  type Passivity,
  type PassivityOptions,
} from './progression/progression-facts.js';
export {
  progressionSeries,
  firstAndLatest,
  type ScaleSeries,
  type RaterSeries,
  type SeriesPoint,
  type FirstAndLatest,
} from './progression/progression-series.js';
export { readingProblems, valueFits } from './progression/reading-problems.js';
export { lastPlanActivity } from './progression/plan-activity.js';
export { chartWindow, progressionWindow, type DateWindow } from './progression/chart-window.js';
export {
  ProgressionStore,
  progressionWriteState,
  type ProgressionState,
  type ProgressionStoreOptions,
  type ProgressionAddStatus,
  type ProgressionAddState,
  type ProgressionAddOutcome,
  type PendingEntry,
} from './progression/progression-store.js';

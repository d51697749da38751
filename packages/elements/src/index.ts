/**
 * @packageDocumentation
 * Ungeforløb's Lit web components. Importing this module registers `<uf-provider>`,
 * `<uf-contact-card>`, `<uf-plan>`, `<uf-criteria-questionnaire>`, `<uf-criteria-summary>`, `<uf-progression>`, `<uf-offer-catalogue>`, `<uf-criteria-rollup>` `<uf-needs-bank>`, `<uf-contact-log>` and `<uf-network-meeting>` (the provider first, so widgets find it when they upgrade).
 */
export { UfProvider } from './provider/define.js';
export { UfContactCard, type ContactCardMode } from './contact-card/define.js';
export type {
  ContactLoadedDetail,
  ContactErrorDetail,
  PreferredChannelChangeDetail,
  ContactLoadedEvent,
  ContactErrorEvent,
  PreferredChannelChangeEvent,
} from './contact-card/events.js';
export { UfPlan, type PlanMode } from './plan/define.js';
export type {
  PlanLoadedDetail,
  PlanErrorDetail,
  PlanSaveDetail,
  PlanSavedDetail,
  PlanLoadedEvent,
  PlanErrorEvent,
  PlanSaveEvent,
  PlanSavedEvent,
} from './plan/events.js';
export { UfCriteriaQuestionnaire, UfCriteriaSummary, type QuestionnaireLayout } from './criteria-questionnaire/define.js';
export type {
  QuestionnaireLoadedDetail,
  QuestionnaireErrorDetail,
  QuestionnaireSubmittedDetail,
  QuestionnaireLoadedEvent,
  QuestionnaireErrorEvent,
  QuestionnaireSubmittedEvent,
} from './criteria-questionnaire/events.js';
export { UfProgression, type ProgressionMode } from './progression/define.js';
export type { ProgressionLoadedDetail, ProgressionErrorDetail, ProgressionLoadedEvent, ProgressionErrorEvent } from './progression/events.js';
export { UfOfferCatalogue, type OfferCatalogueMode } from './offer-catalogue/define.js';
export type {
  OffersLoadedDetail,
  OfferCatalogueErrorDetail,
  OfferAddToPlanDetail,
  OffersLoadedEvent,
  OfferCatalogueErrorEvent,
  OfferAddToPlanEvent,
} from './offer-catalogue/events.js';
export { UfCriteriaRollup } from './criteria-rollup/define.js';
export type { CriteriaRollupErrorDetail, CriteriaRollupErrorEvent } from './criteria-rollup/events.js';
export { UfNeedsBank, type NeedsBankMode } from './needs-bank/define.js';
export type { NeedsLoadedDetail, NeedsBankErrorDetail, NeedsLoadedEvent, NeedsBankErrorEvent } from './needs-bank/events.js';
export { UfContactLog, type ContactLogMode } from './contact-log/define.js';
export type {
  ContactLogLoadedDetail,
  ContactLoggedDetail,
  ContactLogErrorDetail,
  ContactLogLoadedEvent,
  ContactLoggedEvent,
  ContactLogErrorEvent,
} from './contact-log/events.js';
export { UfNetworkMeeting, type NetworkMeetingMode } from './network-meeting/define.js';
export type {
  MeetingsLoadedDetail,
  MeetingSavedDetail,
  DecisionAgreedDetail,
  NetworkMeetingErrorDetail,
  MeetingsLoadedEvent,
  MeetingSavedEvent,
  DecisionAgreedEvent,
  NetworkMeetingErrorEvent,
} from './network-meeting/events.js';
export type * from './events/events.js';
export { StoreController, type StoreChange } from './controllers/store-controller.js';
export { clientContext, courseContext, localeContext } from './context/contexts.js';
export { tokenDefaults, type TokenName } from './styles/tokens.js';
export { describeError, pickLocale, type Locale } from './i18n/index.js';

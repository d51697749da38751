// The contact log's headless parts beyond its client: the rules every implementation applies, the facts and the store.
export {
  logEntry,
  isAheadOfClock,
  entrySays,
  newestContactFirst,
  logWithEntry,
  rhythmOf,
  rhythmSays,
  CONTACT_CLOCK_SKEW_MS,
  type LogOutcome,
} from './contact-log-rules.js';
export { deriveContactLogFacts, lastHeldContactDay, MISSED_IN_A_ROW, type ContactLogFacts, type ContactLogFactsOptions } from './contact-log-facts.js';
export {
  ContactLogStore,
  contactLogKey,
  type ContactLogAction,
  type ContactLogState,
  type ContactLogStoreOptions,
  type ContactLogWrite,
} from './contact-log-store.js';

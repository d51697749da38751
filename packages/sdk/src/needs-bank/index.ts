// The needs bank's headless parts beyond its client: the rules every implementation applies.
export {
  sharedNeedOf,
  needSays,
  ageBandOf,
  bankNeedOf,
  proposalWithCatalogueOffer,
  newestSharedFirst,
  addProposal,
  applyDecision,
  planUpdateAdding,
  courseNeedsForYouth,
  type ProposalOutcome,
  type DecisionOutcome,
} from './needs-bank-rules.js';
export { CourseNeedsStore, proposalStart, type CourseNeedsState, type CourseNeedsStoreOptions } from './course-needs-store.js';
export { OpenNeedsStore, type OpenNeedsState, type OpenNeedsStoreOptions } from './open-needs-store.js';
export type { NeedsBankAction, NeedsBankWrite } from './needs-write.js';

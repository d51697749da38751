// The needs bank's headless parts beyond its client: the rules every implementation applies.
export {
  sharedNeedOf,
  needSays,
  ageBandOf,
  bankNeedOf,
  newestSharedFirst,
  addProposal,
  applyDecision,
  planUpdateAdding,
  courseNeedsForYouth,
  type ProposalOutcome,
  type DecisionOutcome,
} from './needs-bank-rules.js';

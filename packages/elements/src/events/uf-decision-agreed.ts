import type { AgreeOutcome } from '@ungeforlob/sdk';

/**
 * `uf-decision-agreed`: agreeing a meeting's decision ended. `outcome`: `inPlan` (the plan holds it as
 * a next action or a new planned effort), `planConflict` (someone changed the plan meanwhile: the
 * meeting keeps the decision as agreed, and the widget asks to put it in their version), or
 * `failed`. A host with a `<uf-plan>` of another client can load it again on `inPlan`.
 */
export interface UfDecisionAgreedDetail {
  outcome: AgreeOutcome;
}

export type UfDecisionAgreedEvent = CustomEvent<UfDecisionAgreedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-decision-agreed': UfDecisionAgreedEvent;
  }
}

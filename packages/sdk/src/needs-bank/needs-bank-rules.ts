import type { FieldProblem, Id, IsoDate, IsoDateTime } from '../schemas/common.js';
import type { AgeBand, BankNeed, CourseNeeds, NeedInput, Proposal, ProposalDecisionInput, ProposalInput, SharedNeed } from '../schemas/needs-bank.js';
import type { Offer } from '../schemas/offer.js';
import type { EffortInput, Plan, PlanUpdate } from '../schemas/plan.js';
import { withEffortInput } from '../plan/plan-edits.js';
import { sameValue } from '../plan/apply-plan-update.js';

// The needs bank's rules, written once: the reference server and the memory transport both apply
// them, so a need, a proposal and a decision come out the same from either.

/** A CPR number (ddmmyy-xxxx, or ten digits) written into a text: the bank must never carry one. */
const CPR_IN_TEXT = /(^|\D)\d{6}-?\d{4}(\D|$)/;

/**
 * The need a contact person's input makes, from what was stored (null: sharing it now), or the
 * problems with it. The goal must be one of the plan's when the need is shared or moved to another
 * goal; a need whose goal has since left the plan keeps its goal kind and can still be changed or
 * closed (the young person may take back their yes at any time). The day they said yes is not
 * after today, and the words carry no CPR number.
 */
export function sharedNeedOf(
  input: NeedInput,
  plan: Plan,
  stored: SharedNeed | null,
  context: { at: IsoDateTime; by: string; today: IsoDate },
): SharedNeed | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const goal = plan.goals.find((candidate) => candidate.id === input.goalId);
  const keepsGoal = stored !== null && stored.goalId === input.goalId;
  if (!goal && !keepsGoal) problems.push({ path: 'goalId', code: 'unknown_goal' });
  if (input.agreedOn > context.today) problems.push({ path: 'agreedOn', code: 'in_future' });
  if (CPR_IN_TEXT.test(input.text)) problems.push({ path: 'text', code: 'cpr_number' });
  if (problems.length > 0) return problems;
  const { proposals = [], sharedAt = context.at, sharedBy = context.by, version = 0 } = stored ?? {};
  const goalKind = goal?.kind ?? stored!.goalKind;
  return { ...input, goalKind, version: version + 1, sharedAt, sharedBy, changedAt: context.at, proposals };
}

/** Whether a stored need already says what `input` says: writing it again changes nothing. */
export function needSays(need: SharedNeed, input: NeedInput): boolean {
  return need.goalId === input.goalId && need.text === input.text && need.agreedOn === input.agreedOn && need.status === input.status;
}

/** The young person's age band on `today`, from their birth date. */
export function ageBandOf(birthDate: IsoDate, today: IsoDate): AgeBand {
  const age = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (today.slice(5) < birthDate.slice(5) ? 1 : 0);
  return age < 18 ? '13-17' : age < 25 ? '18-24' : '25-29';
}

/**
 * An open need as a professional of another team sees it: the shared words, goal kind and age
 * band, and only their own proposals (`mine`), never the course or who the young person is. A
 * declined proposal comes without the team's reason: it may say more about the young person than
 * they agreed to share.
 */
export function bankNeedOf(need: SharedNeed, ageBand: AgeBand | null, mine: (proposal: Proposal) => boolean): BankNeed {
  const myProposals = need.proposals.filter(mine).map(withoutReason);
  return { id: need.id, goalKind: need.goalKind, text: need.text, ageBand, sharedAt: need.sharedAt, myProposals };
}

/** A proposal without the reason it was declined: for everyone but the course's team. */
function withoutReason(proposal: Proposal): Proposal {
  if (!proposal.decision?.reason) return proposal;
  const { reason: _reason, ...decision } = proposal.decision;
  return { ...proposal, decision };
}

/**
 * A proposal as the catalogue has its offer: the offer's name and kind and the unit that runs it
 * are the catalogue's, whatever was sent, so the plan's effort, the double-offer check and the
 * young person's words all rest on the catalogue.
 */
export function proposalWithCatalogueOffer(input: ProposalInput, offer: Offer): ProposalInput {
  return { ...input, offer: { id: offer.id, name: offer.name, kind: offer.kind }, unit: offer.unit };
}

/** The bank's order: the newest shared first. */
export function newestSharedFirst(a: { sharedAt: string; id: string }, b: { sharedAt: string; id: string }): number {
  return b.sharedAt.localeCompare(a.sharedAt) || a.id.localeCompare(b.id);
}

/** What adding a proposal came to. */
export type ProposalOutcome =
  | { kind: 'added'; need: SharedNeed; proposal: Proposal }
  /** The same proposal under the same id was added before: a retry, answered with what is stored. */
  | { kind: 'repeated'; need: SharedNeed; proposal: Proposal }
  /** The id is taken by another proposal: proposals are kept as sent, so use a new id. */
  | { kind: 'idTaken' }
  /** The need was taken out of the bank: nothing is added, and nothing of it is shown again, not even to a retry. */
  | { kind: 'closed' };

/** Adds a professional's proposal to an open need, once per id. */
export function addProposal(need: SharedNeed, input: ProposalInput, context: { at: IsoDateTime; from: string }): ProposalOutcome {
  if (need.status !== 'open') return { kind: 'closed' };
  const stored = need.proposals.find((proposal) => proposal.id === input.id);
  if (stored)
    return sameValue(proposalInputOf(stored), input) && stored.from === context.from ? { kind: 'repeated', need, proposal: stored } : { kind: 'idTaken' };
  const proposal: Proposal = { ...input, from: context.from, at: context.at, status: 'open', decision: null };
  return { kind: 'added', need: { ...need, proposals: [...need.proposals, proposal] }, proposal };
}

function proposalInputOf(proposal: Proposal): ProposalInput {
  const { from: _from, at: _at, status: _status, decision: _decision, ...input } = proposal;
  return input;
}

/** What deciding on a proposal came to. */
export type DecisionOutcome =
  /** Decided now; `effort` is the planned effort to add to the plan when it was accepted. */
  | { kind: 'decided'; need: SharedNeed; effort: EffortInput | null }
  /** The same decision was made before: a retry, answered with what is stored. */
  | { kind: 'repeated'; need: SharedNeed }
  /** It was decided otherwise before (by someone else, or earlier). */
  | { kind: 'alreadyDecided'; need: SharedNeed }
  /** Accepting a proposal of a need that is closed (met, or taken back): open the need again first, or decline the proposal. */
  | { kind: 'needClosed'; need: SharedNeed }
  | { kind: 'unknownProposal' };

/**
 * The contact person's decision on one proposal. Accepting it closes the need (it is met) and
 * makes a planned effort for the need's goal, run by the proposal's unit and person.
 */
export function applyDecision(need: SharedNeed, proposalId: Id, decision: ProposalDecisionInput, context: { at: IsoDateTime; by: string }): DecisionOutcome {
  const proposal = need.proposals.find((candidate) => candidate.id === proposalId);
  if (!proposal) return { kind: 'unknownProposal' };
  if (proposal.decision) return decisionSays(proposal, decision) ? { kind: 'repeated', need } : { kind: 'alreadyDecided', need };
  if (decision.outcome === 'accepted' && need.status !== 'open') return { kind: 'needClosed', need };
  const decided: Proposal = {
    ...proposal,
    status: decision.outcome,
    decision:
      decision.outcome === 'accepted'
        ? { outcome: 'accepted', at: context.at, by: context.by, effortId: decision.effortId }
        : { outcome: 'declined', at: context.at, by: context.by, reason: decision.reason },
  };
  const proposals = need.proposals.map((candidate) => (candidate.id === proposalId ? decided : candidate));
  if (decision.outcome === 'declined') return { kind: 'decided', need: { ...need, proposals }, effort: null };
  return {
    kind: 'decided',
    need: { ...need, proposals, status: 'closed', version: need.version + 1, changedAt: context.at },
    effort: effortOf(proposal, need, decision),
  };
}

function decisionSays(proposal: Proposal, decision: ProposalDecisionInput): boolean {
  if (proposal.decision?.outcome !== decision.outcome) return false;
  return decision.outcome === 'accepted' ? proposal.decision.effortId === decision.effortId : proposal.decision.reason === decision.reason;
}

function effortOf(proposal: Proposal, need: SharedNeed, decision: { effortId: Id; start: IsoDate }): EffortInput {
  return {
    id: decision.effortId,
    offer: proposal.offer,
    unit: proposal.unit,
    responsible: { name: proposal.person, unit: proposal.unit },
    how: `${proposal.how} (${proposal.when})`.slice(0, 500),
    start: decision.start,
    status: 'planned',
    goalIds: [need.goalId],
    nextAction: null,
  };
}

/**
 * The plan's update that adds an accepted proposal's effort, or the problem with it: its id taken
 * by another effort (`duplicate_id`). A goal taken out of the plan since the need was shared is
 * left out of the effort's goals rather than refusing the decision.
 */
export function planUpdateAdding(plan: Plan, effort: EffortInput): PlanUpdate | FieldProblem[] {
  if (plan.efforts.some((existing) => existing.id === effort.id)) return [{ path: 'effortId', code: 'duplicate_id' }];
  const goalIds = effort.goalIds.filter((goalId) => plan.goals.some((goal) => goal.id === goalId));
  return withEffortInput(plan, { ...effort, goalIds }, null);
}

/**
 * A course's needs as the young person sees them: every proposal that concerns them, in plain
 * words, without the reason a proposal was declined (the professionals' assessment).
 */
export function courseNeedsForYouth(needs: CourseNeeds): CourseNeeds {
  return {
    ...needs,
    needs: needs.needs.map((need) => ({
      ...need,
      proposals: need.proposals.map((proposal) => {
        if (!proposal.decision?.reason) return proposal;
        const { reason: _reason, ...decision } = proposal.decision;
        return { ...proposal, decision };
      }),
    })),
  };
}

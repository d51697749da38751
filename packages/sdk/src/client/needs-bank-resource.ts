import type * as z from 'zod/mini';
import { decideProposal, listCourseNeeds, listOpenNeeds, proposeForNeed, shareNeed } from '../contract/operations.js';
import type { BankNeed, CourseNeeds, NeedInput, NeedsBank, ProposalDecisionInput, ProposalInput, SharedNeed } from '../schemas/needs-bank.js';
import { routes } from './api-paths.js';
import { preconditionOf, requestOf, sendForBody, type Call, type CallOptions, type NumberedWriteOptions, type RequestSpec } from './call.js';

/** `basedOn`: the need's `version` the change is based on; leave it out to share a new need. */
export type ShareNeedOptions = NumberedWriteOptions;

/**
 * The needs bank (behovsbank). A course's team shares a goal's need in the young person's words and
 * decides on the proposals for it; professionals of other teams read the open needs without the
 * young person's name and answer them. Proposals and decisions are sent under ids the caller makes
 * and keeps for every retry: the same call again answers with what the first stored.
 */
export interface NeedsBankResource {
  /** The course's shared needs with every proposal, newest first; the young person gets them without decline reasons. */
  listForCourse(courseId: string, options?: CallOptions): Promise<CourseNeeds>;
  /**
   * Share a need (no `basedOn`), or change its words or close it. A change made meanwhile, or an id
   * already taken, is a `ConflictError` carrying the stored need.
   */
  share(courseId: string, need: NeedInput, options?: ShareNeedOptions): Promise<SharedNeed>;
  /**
   * Accept a proposal into the plan as a planned effort, or decline it with a reason. It was
   * decided otherwise before: a `ConflictError` (409) carrying the need as it is now.
   */
  decide(courseId: string, needId: string, proposalId: string, decision: ProposalDecisionInput, options?: CallOptions): Promise<SharedNeed>;
  /** The open needs of other teams' courses, newest first, each with the caller's own proposals. */
  listOpen(options?: CallOptions): Promise<NeedsBank>;
  /**
   * Answer an open need with a proposal. The need was closed meanwhile, or the id is taken by
   * another proposal: a `ConflictError` (409).
   */
  propose(needId: string, proposal: ProposalInput, options?: CallOptions): Promise<BankNeed>;
}

export function needsBankResource(call: Call): NeedsBankResource {
  const send = async <S extends z.ZodMiniType>(spec: RequestSpec<S>): Promise<z.infer<S>> => (await sendForBody(call, spec)).value;
  return {
    listForCourse: (courseId, options) => send(requestOf(listCourseNeeds, routes.courseNeeds.path(courseId), { signal: options?.signal })),
    share: (courseId, need, options = {}) =>
      send(
        requestOf(shareNeed, routes.courseNeed.path(courseId, need.id), {
          json: need,
          signal: options.signal,
          ...preconditionOf(options.basedOn),
        }),
      ),
    decide: (courseId, needId, proposalId, decision, options) =>
      send(requestOf(decideProposal, routes.proposalDecision.path(courseId, needId, proposalId), { json: decision, signal: options?.signal })),
    listOpen: (options) => send(requestOf(listOpenNeeds, routes.needsBank.path(), { signal: options?.signal })),
    propose: (needId, proposal, options) =>
      send(requestOf(proposeForNeed, routes.needProposal.path(needId, proposal.id), { json: proposal, signal: options?.signal })),
  };
}

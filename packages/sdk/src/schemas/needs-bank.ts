import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, PositiveInt, ShortText } from './common.js';
import { Unit } from './contact.js';
import { GoalKind, OfferRef } from './plan.js';

// The needs bank (behovsbank, seed 001 §4): a contact person shares a goal's need, in the young
// person's words and with their yes, so professionals of other teams can answer it with a
// proposal (byde ind); the contact person accepts a proposal into the plan or declines it.

/** `open`: in the bank, to be answered; `closed`: taken out (met, or no longer wanted). */
export const NeedStatus = z.enum(['open', 'closed']);
export type NeedStatus = z.infer<typeof NeedStatus>;

/** `open` until the contact person decides; then `accepted` (a planned effort) or `declined`. */
export const ProposalStatus = z.enum(['open', 'accepted', 'declined']);
export type ProposalStatus = z.infer<typeof ProposalStatus>;

/**
 * How old the young person is, only as coarsely as an answer needs it: offers are for age ranges,
 * and the children's and the adults' systems part at 18.
 */
export const AgeBand = z.enum(['13-17', '18-24', '25-29']);
export type AgeBand = z.infer<typeof AgeBand>;

/** What the contact person writes when sharing a need. */
const needFields = {
  id: Id,
  /** The plan's goal the need is for; it gives the need its goal kind. */
  goalId: Id,
  /**
   * What the young person agreed to share, in their own words and nothing more: the bank shows it
   * to professionals who do not know them, without their name.
   */
  text: ShortText,
  /** The day the young person said yes to sharing exactly this text. */
  agreedOn: IsoDate,
  status: NeedStatus,
};

/**
 * A need as the contact person shares it (`PUT /courses/{courseId}/needs/{needId}`): with
 * `If-None-Match: *` to share it, with `If-Match` to change its words or close it.
 */
export const NeedInput = z.strictObject(needFields);
export type NeedInput = z.infer<typeof NeedInput>;

/** What a professional of another team proposes for a need. */
const proposalFields = {
  id: Id,
  /** The offer of the catalogue it would be; an accepted proposal becomes a planned effort of it. */
  offer: OfferRef,
  /** The unit that would deliver it. */
  unit: Unit,
  /** Who would do it, as the young person would meet them: "Karin, træner i Fjordby Idrætsforening". */
  person: ShortText,
  /** How, in plain words the young person reads. */
  how: ShortText,
  /** When, in plain words: "Tirsdage kl. 16, fra januar". */
  when: ShortText,
  /** The first day it could start, when there is one: an accepted proposal's effort starts then. */
  start: z.optional(IsoDate),
};

/** A proposal as its professional sends it (`PUT /needs/{needId}/proposals/{proposalId}`). */
export const ProposalInput = z.strictObject(proposalFields);
export type ProposalInput = z.infer<typeof ProposalInput>;

/**
 * The contact person's decision on a proposal (`PUT …/proposals/{proposalId}/decision`): accepted
 * into the plan as a planned effort under `effortId`, starting `start`; or declined with a reason.
 */
export const ProposalDecisionInput = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('accepted'), effortId: Id, start: IsoDate }),
  z.strictObject({ outcome: z.literal('declined'), reason: ShortText }),
]);
export type ProposalDecisionInput = z.infer<typeof ProposalDecisionInput>;

/** A decision as stored: what was decided, by whom and when. */
export const ProposalDecision = z.object({
  outcome: z.enum(['accepted', 'declined']),
  at: IsoDateTime,
  /** The contact person's name. */
  by: ShortText,
  /** Why it was declined; staff only (the young person is not sent it). */
  reason: z.optional(ShortText),
  /** The planned effort an accepted proposal became. */
  effortId: z.optional(Id),
});
export type ProposalDecision = z.infer<typeof ProposalDecision>;

export const Proposal = z.object({
  ...proposalFields,
  /** The name of the professional who proposed it. */
  from: ShortText,
  at: IsoDateTime,
  status: ProposalStatus,
  decision: z.nullable(ProposalDecision),
});
export type Proposal = z.infer<typeof Proposal>;

/** A shared need as the course's team and the young person see it: with every proposal. */
export const SharedNeed = z.object({
  ...needFields,
  goalKind: GoalKind,
  /** Send it back as `If-Match: "<version>"` to change the need. */
  version: PositiveInt,
  sharedAt: IsoDateTime,
  /** The contact person who shared it. */
  sharedBy: ShortText,
  changedAt: IsoDateTime,
  /** Oldest first. */
  proposals: z.array(Proposal),
});
export type SharedNeed = z.infer<typeof SharedNeed>;

/** A course's shared needs, newest first (`GET /courses/{courseId}/needs`). */
export const CourseNeeds = z.object({ courseId: Id, needs: z.array(SharedNeed) });
export type CourseNeeds = z.infer<typeof CourseNeeds>;

/**
 * An open need as a professional of another team sees it in the bank: no course, no name, no
 * other goal; only the words the young person agreed to share, the goal kind and an age band.
 */
export const BankNeed = z.object({
  id: Id,
  goalKind: GoalKind,
  text: ShortText,
  ageBand: z.nullable(AgeBand),
  sharedAt: IsoDateTime,
  /** The caller's own proposals for it, oldest first: others' are not theirs to see. */
  myProposals: z.array(Proposal),
});
export type BankNeed = z.infer<typeof BankNeed>;

/** The open needs of other teams' courses, newest first (`GET /needs`). */
export const NeedsBank = z.object({ needs: z.array(BankNeed) });
export type NeedsBank = z.infer<typeof NeedsBank>;

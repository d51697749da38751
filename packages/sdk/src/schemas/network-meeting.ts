import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, LongText, PositiveInt, ShortText } from './common.js';
import { Channel, StaffPerson, Unit } from './contact.js';
import { OfferRef, Responsible } from './plan.js';

// Network meetings (netværksmøder, seed 004 Samarbejdsmodellen): many actors around one course,
// who do not always agree, led by a coordinator. Young people are tired of repeating their story
// (seed 003), so a meeting starts from the plan and the young person's own points, and what it
// decides lands in the plan as next actions with an owner, a how and a due date.

/** Who takes part: the coordinator (mødeleder), professionals, the young person, and people they bring. */
export const ParticipantRole = z.enum(['coordinator', 'professional', 'youth', 'supporter']);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const Participant = z.object({
  id: Id,
  role: ParticipantRole,
  name: ShortText,
  /** A professional's unit. */
  unit: z.optional(Unit),
  /** Who someone the young person brings is to them: "mor", "træner". */
  relation: z.optional(ShortText),
});
export type Participant = z.infer<typeof Participant>;

/** A point for the agenda in someone's own words; the young person's come first. */
export const MeetingPoint = z.object({ id: Id, from: z.enum(['youth', 'professional']), text: ShortText });
export type MeetingPoint = z.infer<typeof MeetingPoint>;

/** How a decision of an earlier meeting went, as the next meeting finds it. */
export const DecisionFollowUp = z.enum(['open', 'done', 'notDone']);
export type DecisionFollowUp = z.infer<typeof DecisionFollowUp>;

/**
 * A decision (beslutning): what, by whom, how and by when. Agreed, it becomes the next action of
 * the plan's effort `effortId`, or a new planned effort under that id (`newEffort`).
 */
export const MeetingDecision = z.object({
  id: Id,
  action: ShortText,
  how: ShortText,
  owner: Responsible,
  due: IsoDate,
  effortId: Id,
  /**
   * A new planned effort of this offer, for these goals, instead of an existing effort's next
   * action; delivered by `unit` (the offer's, as the catalogue has it), else by the owner's unit.
   */
  newEffort: z.optional(z.object({ offer: OfferRef, goalIds: z.array(Id), unit: z.optional(Unit) })),
  status: z.enum(['proposed', 'agreed']),
  /** The plan holds it: set by the client once the plan's own write (with If-Match) has succeeded. */
  inPlan: z.boolean(),
  followUp: DecisionFollowUp,
});
export type MeetingDecision = z.infer<typeof MeetingDecision>;

/**
 * A new contact person, recorded at the meeting (every change costs trust, seed 003: a bridge is
 * built where it is said). Once the meeting is held it is the course's contact from `on`, and the
 * contact card counts one more handover.
 */
export const Handover = z.object({
  to: StaffPerson,
  unit: Unit,
  /** How to reach the new contact: the card shows these from then on. */
  channels: z.array(Channel),
  on: IsoDate,
});
export type Handover = z.infer<typeof Handover>;

/** The minutes in plain language; shared with the young person when `sharedWithYouth`. */
export const Minutes = z.object({ text: LongText, sharedWithYouth: z.boolean() });
export type Minutes = z.infer<typeof Minutes>;

const meetingFields = {
  id: Id,
  at: IsoDateTime,
  /** Where, or how: "Ungehuset, Havnegade 4", "Videomøde". */
  where: ShortText,
  /** `planned`: prepared; `held`: it took place, and its agreed decisions can land in the plan. */
  status: z.enum(['planned', 'held']),
  /** Exactly one is the coordinator. */
  participants: z.array(Participant),
  points: z.array(MeetingPoint),
  decisions: z.array(MeetingDecision),
  handover: z.nullable(Handover),
  minutes: z.nullable(Minutes),
};

/**
 * A meeting as the coordinator writes it (`PUT /courses/{courseId}/meetings/{meetingId}`), whole:
 * with `If-None-Match: *` to plan it, with `If-Match: "<version>"` to change it.
 */
export const MeetingInput = z.strictObject(meetingFields);
export type MeetingInput = z.infer<typeof MeetingInput>;

export const NetworkMeeting = z.object({
  ...meetingFields,
  courseId: Id,
  /** Send it back as `If-Match: "<version>"` to change the meeting. */
  version: PositiveInt,
  changedAt: IsoDateTime,
  /** The professional who changed it last. */
  changedBy: ShortText,
});
export type NetworkMeeting = z.infer<typeof NetworkMeeting>;

/** A course's network meetings, the latest first (`GET /courses/{courseId}/meetings`). */
export const CourseMeetings = z.object({ courseId: Id, meetings: z.array(NetworkMeeting) });
export type CourseMeetings = z.infer<typeof CourseMeetings>;

import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, LongText, PositiveInt, ShortText } from './common.js';
import { Unit } from './contact.js';

/**
 * What a goal is about. Participation in ordinary communities (fællesskaber) is a kind of its own
 * because every plan must have one (Ballerup's decision, seed 001 §4).
 */
export const GoalKind = z.enum(['education', 'job', 'community', 'coping', 'health', 'housing']);
export type GoalKind = z.infer<typeof GoalKind>;

export const GoalStatus = z.enum(['open', 'reached', 'dropped']);
export type GoalStatus = z.infer<typeof GoalStatus>;

// The fields a professional edits, once: the stored schemas add `changedAt` (the server stamps
// it), and PlanUpdate sends them as they are, so the two cannot drift apart.
const goalFields = {
  id: Id,
  kind: GoalKind,
  /** In the young person's own words. */
  text: LongText,
  status: GoalStatus,
  targetDate: z.optional(IsoDate),
};

export const Goal = z.object({
  ...goalFields,
  /** When the goal was last changed: the start of the follow-up lag (seed 001 §3.3). */
  changedAt: IsoDateTime,
});
export type Goal = z.infer<typeof Goal>;

/** The young person's own long-term goal and dreams, and the path they see to it (seed 001 §3.3). */
const lifeGoalFields = {
  text: LongText,
  dreams: z.array(ShortText),
  path: z.optional(LongText),
};

export const LifeGoal = z.object({ ...lifeGoalFields, changedAt: IsoDateTime });
export type LifeGoal = z.infer<typeof LifeGoal>;

export const EffortStatus = z.enum(['planned', 'active', 'paused', 'completed', 'stopped']);
export type EffortStatus = z.infer<typeof EffortStatus>;

/** The catalogue item (tilbud) an effort instantiates; `kind` groups offers that do the same job. */
export const OfferRef = z.object({ id: Id, name: ShortText, kind: Id });
export type OfferRef = z.infer<typeof OfferRef>;

/** Who answers for a part of the plan (ansvarlig): a named person in a unit. */
export const Responsible = z.object({ name: ShortText, unit: Unit, staffId: z.optional(Id) });
export type Responsible = z.infer<typeof Responsible>;

/** What happens next, by whom and by when: "Kan vi se, hvordan og hvornår det ansvar skal løftes?" */
export const NextAction = z.object({ text: ShortText, due: IsoDate, responsible: Responsible });
export type NextAction = z.infer<typeof NextAction>;

const effortFields = {
  id: Id,
  offer: OfferRef,
  unit: Unit,
  responsible: Responsible,
  /** How the responsibility is carried out, in plain words. */
  how: z.optional(ShortText),
  start: IsoDate,
  end: z.optional(IsoDate),
  status: EffortStatus,
  goalIds: z.array(Id),
  nextAction: z.nullable(NextAction),
};

const endNotBeforeStart = z.refine<{ start: string; end?: string | undefined }>((effort) => !effort.end || effort.start <= effort.end, {
  message: 'end must not be before start',
  path: ['end'],
});

/** One effort (indsats) of the plan, delivered by one unit, running in parallel with others. */
export const Effort = z.object({ ...effortFields, changedAt: IsoDateTime }).check(endNotBeforeStart);
export type Effort = z.infer<typeof Effort>;

/** Learning and small successes noted along the way, used to adjust goals (seed 000). */
export const NoteKind = z.enum(['learning', 'success', 'setback']);
export type NoteKind = z.infer<typeof NoteKind>;

export const Author = z.object({ role: z.enum(['youth', 'professional']), name: ShortText });
export type Author = z.infer<typeof Author>;

export const PlanNote = z.object({
  id: Id,
  kind: NoteKind,
  date: IsoDate,
  text: LongText,
  author: Author,
  goalId: z.optional(Id),
});
export type PlanNote = z.infer<typeof PlanNote>;

/**
 * Dates that matter for transitions, given as dates, never as a CPR number: the day the young
 * person turns 18 (children's to adult system) and the day school ends.
 */
export const Transitions = z.object({
  turns18On: z.optional(IsoDate),
  schoolEndsOn: z.optional(IsoDate),
});
export type Transitions = z.infer<typeof Transitions>;

export const RevisionTarget = z.enum(['lifeGoal', 'goal', 'effort', 'note', 'comment']);
export const RevisionAction = z.enum(['added', 'changed', 'removed']);

/** One change in a revision, described for people (never the old and new personal text itself). */
export const RevisionChange = z.object({
  target: RevisionTarget,
  targetId: z.optional(Id),
  action: RevisionAction,
  /**
   * For a note: its kind when the change was made (a removed note's, as it was), so who may see
   * the change is decided once, not by the notes that happen to exist later.
   */
  noteKind: z.optional(NoteKind),
});
export type RevisionChange = z.infer<typeof RevisionChange>;

/** Who changed what and when; the server writes one per accepted update. */
export const Revision = z.object({
  number: PositiveInt,
  at: IsoDateTime,
  by: Author,
  changes: z.array(RevisionChange),
  reason: z.optional(ShortText),
});
export type Revision = z.infer<typeof Revision>;

/** The young person's one plan (én plan) for their course. */
export const Plan = z.object({
  courseId: Id,
  /** The young person's first name, so the plan can speak to them; nothing more about who they are. */
  firstName: ShortText,
  lifeGoal: LifeGoal,
  goals: z.array(Goal),
  efforts: z.array(Effort),
  notes: z.array(PlanNote),
  transitions: Transitions,
  /** The young person's own comment: the one thing they may edit. */
  youthComment: z.nullable(z.object({ text: LongText, changedAt: IsoDateTime })),
  revisions: z.array(Revision),
});
export type Plan = z.infer<typeof Plan>;

/**
 * What a professional sends to change the plan: the editable parts, whole, with If-Match. The
 * server stamps `changedAt` on what changed and writes the revision.
 */
export const PlanUpdate = z.strictObject({
  lifeGoal: z.strictObject(lifeGoalFields),
  goals: z.array(z.strictObject(goalFields)),
  efforts: z.array(z.strictObject(effortFields).check(endNotBeforeStart)),
  notes: z.array(PlanNote),
  reason: z.optional(ShortText),
});
export type PlanUpdate = z.infer<typeof PlanUpdate>;

/** A goal as a professional sends it (without the server's `changedAt`). */
export type GoalInput = PlanUpdate['goals'][number];
/** An effort as a professional sends it (without the server's `changedAt`). */
export type EffortInput = PlanUpdate['efforts'][number];
/** The life goal as a professional writes it down (without the server's `changedAt`). */
export type LifeGoalInput = PlanUpdate['lifeGoal'];

/** The young person's comment, sent with If-Match on the plan's ETag; `null` text removes it. */
export const PlanCommentUpdate = z.strictObject({ text: z.nullable(LongText) });
export type PlanCommentUpdate = z.infer<typeof PlanCommentUpdate>;

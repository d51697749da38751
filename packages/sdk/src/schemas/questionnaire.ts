import * as z from 'zod/mini';
import { Count, Id, IsoDateTime, LongText, PositiveInt, ShortText } from './common.js';
import { Author } from './plan.js';

// ---------------------------------------------------------------------------------------------
// Definitions: versioned data a municipality can edit, not code (issue #4).
// ---------------------------------------------------------------------------------------------

/**
 * Text in Danish, and in English where the municipality has written it. Widgets fall back to the
 * Danish text (see `localized`), so a municipality that edits its definition in Danish only can.
 */
export const LocalizedText = z.object({ da: ShortText, en: z.optional(ShortText) });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Longer localized text: an introduction or a help text. */
export const LocalizedLongText = z.object({ da: LongText, en: z.optional(LongText) });
export type LocalizedLongText = z.infer<typeof LocalizedLongText>;

/** The answer parts an item can ask for. "Don't know / not relevant" is a value of the rating. */
export const AnswerPart = z.enum(['rating', 'reflection', 'nextStep']);
export type AnswerPart = z.infer<typeof AnswerPart>;

/** A rating on the fidelity scale of seed 004: 1 = not at all … 4 = to a very high degree. */
export const RatingValue = z.literal([1, 2, 3, 4]);
export type RatingValue = z.infer<typeof RatingValue>;

/** "Don't know / not relevant": an answer, so it is not unanswered, but it is left out of scores. */
export const UNKNOWN_RATING = 'unknown' as const;

export const Rating = z.literal([1, 2, 3, 4, UNKNOWN_RATING]);
export type Rating = z.infer<typeof Rating>;

/** One labelled step of the scale, read out by screen readers with the number. */
export const ScaleStep = z.object({ value: RatingValue, label: LocalizedText, description: z.optional(LocalizedText) });
export type ScaleStep = z.infer<typeof ScaleStep>;

/** The 1–4 scale with a label per step, and the label of "don't know / not relevant". */
export const RatingScale = z.object({ steps: z.array(ScaleStep), unknown: LocalizedText }).check(
  z.refine((scale) => scale.steps.length === 4 && scale.steps.every((step, index) => step.value === index + 1), {
    message: 'steps must be the values 1, 2, 3 and 4, in that order',
    path: ['steps'],
  }),
);
export type RatingScale = z.infer<typeof RatingScale>;

export const SubjectKind = z.enum(['course', 'offer']);
export type SubjectKind = z.infer<typeof SubjectKind>;

/**
 * When an item is shown. Every condition of an item must hold. A rating condition holds when the
 * earlier item (or sub-item) it names is shown and rated within the bounds; "don't know" and no
 * answer never hold, so a follow-up question appears only after a real low (or high) rating.
 */
export const ShowCondition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rating'), itemId: Id, atMost: z.optional(RatingValue), atLeast: z.optional(RatingValue) }),
  z.strictObject({ kind: z.literal('subject'), subjectKinds: z.array(SubjectKind).check(z.minLength(1)) }),
]);
export type ShowCondition = z.infer<typeof ShowCondition>;

/** One of empowerment's five dimensions (insight, engagement, …): rated on its own, on the item's scale. */
export const QuestionnaireSubItem = z.object({
  id: Id,
  text: LocalizedText,
  help: z.optional(LocalizedLongText),
  /** A rating (or "don't know") must be given before submitting. */
  required: z.optional(z.boolean()),
});
export type QuestionnaireSubItem = z.infer<typeof QuestionnaireSubItem>;

export const QuestionnaireItem = z.object({
  id: Id,
  text: LocalizedText,
  help: z.optional(LocalizedLongText),
  /** What the item itself asks for; sub-items always take a rating. */
  parts: z.array(AnswerPart).check(z.minLength(1)),
  /** Which of `parts` must be answered before submitting. "Don't know" answers a required rating. */
  required: z.optional(z.array(AnswerPart)),
  /** Whether "don't know / not relevant" may be chosen for this item's ratings. Default true. */
  allowUnknown: z.optional(z.boolean()),
  showWhen: z.optional(z.array(ShowCondition)),
  subItems: z.optional(z.array(QuestionnaireSubItem)),
});
export type QuestionnaireItem = z.infer<typeof QuestionnaireItem>;

/** One strategic criterion (relations/network, empowerment, individual & flexible focus): a section. */
export const Criterion = z.object({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedLongText),
  items: z.array(QuestionnaireItem).check(z.minLength(1)),
});
export type Criterion = z.infer<typeof Criterion>;

type DefinitionShape = {
  criteria: {
    id: string;
    items: {
      id: string;
      parts: AnswerPart[];
      required?: AnswerPart[] | undefined;
      showWhen?: ShowCondition[] | undefined;
      subItems?: { id: string }[] | undefined;
    }[];
  }[];
};

/**
 * What must hold for a definition to be usable, beyond each field's shape: answers are keyed by
 * item and sub-item id, so those ids are unique in the whole definition; a condition names an item
 * shown before the one it guards (so a form never waits on a later answer) and one that is rated;
 * and only parts an item asks for can be required.
 */
const consistentDefinition = z.superRefine<DefinitionShape>((definition, context) => {
  const criterionIds = new Set<string>();
  /** Answer targets seen so far, in document order, and whether each takes a rating. */
  const earlier = new Map<string, boolean>();
  definition.criteria.forEach((criterion, c) => {
    if (criterionIds.has(criterion.id))
      context.issues.push({ code: 'custom', message: 'criterion id occurs twice', path: ['criteria', c, 'id'], input: criterion.id });
    criterionIds.add(criterion.id);
    criterion.items.forEach((item, i) => {
      const at = ['criteria', c, 'items', i];
      (item.showWhen ?? []).forEach((condition, k) => {
        if (condition.kind !== 'rating') return;
        const rated = earlier.get(condition.itemId);
        if (rated === undefined)
          context.issues.push({
            code: 'custom',
            message: 'condition must name an earlier item',
            path: [...at, 'showWhen', k, 'itemId'],
            input: condition.itemId,
          });
        else if (!rated)
          context.issues.push({
            code: 'custom',
            message: 'condition must name an item with a rating',
            path: [...at, 'showWhen', k, 'itemId'],
            input: condition.itemId,
          });
        if (condition.atMost !== undefined && condition.atLeast !== undefined && condition.atLeast > condition.atMost) {
          context.issues.push({
            code: 'custom',
            message: 'atLeast must not be above atMost',
            path: [...at, 'showWhen', k, 'atLeast'],
            input: condition.atLeast,
          });
        }
      });
      if (new Set(item.parts).size !== item.parts.length)
        context.issues.push({ code: 'custom', message: 'a part occurs twice', path: [...at, 'parts'], input: item.parts });
      (item.required ?? []).forEach((part, k) => {
        if (!item.parts.includes(part))
          context.issues.push({ code: 'custom', message: 'only parts the item asks for can be required', path: [...at, 'required', k], input: part });
      });
      if (earlier.has(item.id)) context.issues.push({ code: 'custom', message: 'item id occurs twice', path: [...at, 'id'], input: item.id });
      earlier.set(item.id, item.parts.includes('rating'));
      (item.subItems ?? []).forEach((subItem, s) => {
        if (earlier.has(subItem.id))
          context.issues.push({ code: 'custom', message: 'item id occurs twice', path: [...at, 'subItems', s, 'id'], input: subItem.id });
        earlier.set(subItem.id, true);
      });
    });
  });
});

/**
 * A questionnaire definition, e.g. the strategic criteria of seed 001 §3. Versioned: a response
 * names the version it answered and is always shown against that version, so a municipality can
 * add a version (an extra item, a reworded question) as data, without code changes.
 */
export const QuestionnaireDefinition = z
  .object({
    id: Id,
    version: PositiveInt,
    title: LocalizedText,
    intro: z.optional(LocalizedLongText),
    scale: RatingScale,
    criteria: z.array(Criterion).check(z.minLength(1)),
  })
  .check(consistentDefinition);
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinition>;

/** One version of a definition in a list of them. */
export const QuestionnaireDefinitionSummary = z.object({ id: Id, version: PositiveInt, title: LocalizedText });
export type QuestionnaireDefinitionSummary = z.infer<typeof QuestionnaireDefinitionSummary>;

/** Which definition version answers were given against. */
export const DefinitionRef = z.object({ id: Id, version: PositiveInt });
export type DefinitionRef = z.infer<typeof DefinitionRef>;

// ---------------------------------------------------------------------------------------------
// Answers: per item and sub-item; drafts and submitted responses.
// ---------------------------------------------------------------------------------------------

/**
 * What a questionnaire is about: one young person's course (a development tool in the course), or
 * an offer in the municipality's catalogue (reviewing the offer), seed 001 §3.
 */
export const QuestionnaireSubject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('course'), id: Id }),
  z.strictObject({ kind: z.literal('offer'), id: Id }),
]);
export type QuestionnaireSubject = z.infer<typeof QuestionnaireSubject>;

/** The answer to one item or sub-item. A part left out is unanswered; empty text is not sent. */
export const Answer = z.strictObject({
  rating: z.optional(Rating),
  /** Free-text reflection, in the professional's (or the young person's) own words. */
  reflection: z.optional(LongText),
  /** The next step agreed, in plain words. */
  nextStep: z.optional(LongText),
});
export type Answer = z.infer<typeof Answer>;

/** Answers by item or sub-item id. */
export const Answers = z.record(Id, Answer);
export type Answers = z.infer<typeof Answers>;

/** Answers in progress, saved on the server (never in the browser's storage) with an ETag. */
export const QuestionnaireDraft = z.object({
  subject: QuestionnaireSubject,
  definition: DefinitionRef,
  answers: Answers,
  updatedAt: IsoDateTime,
  updatedBy: Author,
});
export type QuestionnaireDraft = z.infer<typeof QuestionnaireDraft>;

/** What a client sends to save a draft (PUT, with If-Match, or If-None-Match: * for the first). */
export const QuestionnaireDraftUpdate = z.strictObject({ definitionVersion: PositiveInt, answers: Answers });
export type QuestionnaireDraftUpdate = z.infer<typeof QuestionnaireDraftUpdate>;

/** What a client sends to submit (POST, with an Idempotency-Key). */
export const QuestionnaireSubmission = z.strictObject({
  definitionVersion: PositiveInt,
  answers: Answers,
  /**
   * The ETag of the draft these answers were saved as. That draft version is removed with the
   * round; a draft someone else has saved since stays, so their answers are not lost. Left out,
   * no draft is removed. Not part of what makes a retry the same submission.
   */
  replacesDraft: z.optional(ShortText),
});
export type QuestionnaireSubmission = z.infer<typeof QuestionnaireSubmission>;

/** A submitted round: append-only, numbered per subject and definition from 1. */
export const QuestionnaireResponse = z.object({
  id: Id,
  subject: QuestionnaireSubject,
  definition: DefinitionRef,
  round: PositiveInt,
  answers: Answers,
  submittedAt: IsoDateTime,
  submittedBy: Author,
});
export type QuestionnaireResponse = z.infer<typeof QuestionnaireResponse>;

/** The submitted rounds for one subject, oldest first. */
export const QuestionnaireResponseList = z.array(QuestionnaireResponse);

// ---------------------------------------------------------------------------------------------
// Summaries, as the API sends them in the roll-up.
// ---------------------------------------------------------------------------------------------

/** The score of one criterion in one response. */
export const CriterionScore = z.object({
  criterionId: Id,
  /** Mean of the numeric ratings shown in the criterion, or null when none was given. */
  score: z.nullable(z.number().check(z.gte(1), z.lte(4))),
  /** Ratings 1–4 given. */
  answered: Count,
  /** "Don't know / not relevant" given. */
  unknown: Count,
  /** Shown ratings with no answer. */
  unanswered: Count,
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/** One offer's latest submitted round, scored per criterion against the version it answered. */
export const OfferRollUpRow = z.object({
  offer: z.object({ id: Id, name: ShortText }),
  responseId: Id,
  round: PositiveInt,
  definitionVersion: PositiveInt,
  submittedAt: IsoDateTime,
  criteria: z.array(CriterionScore),
});
export type OfferRollUpRow = z.infer<typeof OfferRollUpRow>;

/** Offers × criteria for leaders: the columns are the latest definition's criteria. */
export const OfferRollUp = z.object({
  definition: DefinitionRef,
  criteria: z.array(z.object({ id: Id, title: LocalizedText })),
  rows: z.array(OfferRollUpRow),
});
export type OfferRollUp = z.infer<typeof OfferRollUp>;

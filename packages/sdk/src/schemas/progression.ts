import * as z from 'zod/mini';
import { Id, IsoDate, PositiveInt, ShortText } from './common.js';
import { LocalizedText } from './questionnaire.js';

// ---------------------------------------------------------------------------------------------
// Scales: data a municipality can edit, like the questionnaire definition (issue #5).
// ---------------------------------------------------------------------------------------------

/**
 * One step of an anchored scale. Its value is its place in `steps` (the first is 1), so the wire
 * carries no numbers that could disagree with the order.
 */
export const AnchorStep = z.object({
  /** Plain language the young person understands, read out with the number. */
  text: LocalizedText,
  /** What the professional looks for at this step, where it differs. */
  staffText: z.optional(LocalizedText),
});
export type AnchorStep = z.infer<typeof AnchorStep>;

const scaleFields = {
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  /** Shown for every course unless the municipality chooses otherwise. */
  inDefaultSet: z.boolean(),
};

/**
 * Rated on named steps, 1–10 by default: research cited in seed 003 finds that five steps miss
 * the small progress this widget exists to show ("den lille progression", seed 001 §4).
 */
export const AnchoredScale = z.object({
  ...scaleFields,
  kind: z.literal('anchored'),
  steps: z.array(AnchorStep).check(z.minLength(2), z.maxLength(10)),
});
export type AnchoredScale = z.infer<typeof AnchoredScale>;

/** A value that is counted rather than judged, e.g. attendance as a share of agreed activities. */
export const MeasuredScale = z
  .object({
    ...scaleFields,
    kind: z.literal('measured'),
    /** Printed after the value, e.g. `%`. */
    unit: z.string().check(z.maxLength(16)),
    min: z.number(),
    max: z.number(),
  })
  .check(z.refine((scale) => scale.min < scale.max, { message: 'min must be below max', path: ['max'] }));
export type MeasuredScale = z.infer<typeof MeasuredScale>;

export const ProgressionScale = z.discriminatedUnion('kind', [AnchoredScale, MeasuredScale]);
export type ProgressionScale = z.infer<typeof ProgressionScale>;

/** The scales a municipality uses, versioned like a questionnaire definition. */
export const ScaleSet = z.object({
  id: Id,
  version: PositiveInt,
  scales: z.array(ProgressionScale).check(z.minLength(1)),
});
export type ScaleSet = z.infer<typeof ScaleSet>;

// ---------------------------------------------------------------------------------------------
// Readings and annotations of one course. Kept small: a chart shows 12 scales × 260 readings.
// ---------------------------------------------------------------------------------------------

/** Whose judgement a reading is: the young person's own, the professional's, or one agreed together. */
export const Rater = z.enum(['youth', 'professional', 'joint']);
export type Rater = z.infer<typeof Rater>;

const readingFields = {
  scaleId: Id,
  /** A step (1…number of steps) on an anchored scale; within min…max on a measured one. */
  value: z.number(),
  /** The day the rating is about. */
  date: IsoDate,
  ratedBy: Rater,
  note: z.optional(ShortText),
};

/** What a client sends to add a reading (PUT with the reading's own id in the path). */
export const ReadingInput = z.object(readingFields);
export type ReadingInput = z.infer<typeof ReadingInput>;

/** One rating on one scale on one day. Append-only: a mistake is corrected by a newer reading. */
export const ProgressionReading = z.object({
  id: Id,
  ...readingFields,
  /** Display name of whoever recorded it (the server signs it), never an id. */
  author: ShortText,
});
export type ProgressionReading = z.infer<typeof ProgressionReading>;

/** A small success or a setback on the course's timeline, so a dip or a jump has its story. */
export const AnnotationKind = z.enum(['success', 'setback']);
export type AnnotationKind = z.infer<typeof AnnotationKind>;

const annotationFields = { date: IsoDate, kind: AnnotationKind, text: ShortText };

/** What a client sends to add an annotation (PUT with its own id in the path). */
export const AnnotationInput = z.object(annotationFields);
export type AnnotationInput = z.infer<typeof AnnotationInput>;

export const ProgressionAnnotation = z.object({ id: Id, ...annotationFields });
export type ProgressionAnnotation = z.infer<typeof ProgressionAnnotation>;

/** A course's readings and annotations, each oldest first, in one answer. */
export const CourseProgression = z.object({
  readings: z.array(ProgressionReading),
  annotations: z.array(ProgressionAnnotation),
});
export type CourseProgression = z.infer<typeof CourseProgression>;

import * as z from 'zod/mini';

/** A value shaped like a CPR number: ddmmyy-xxxx, or ten digits. */
export const CPR_SHAPED = /^\d{6}-?\d{4}$/;

/**
 * An opaque identifier (course, citizen, staff, unit). Never a CPR number: a value shaped like
 * one (ddmmyy-xxxx or ten digits) is rejected so it cannot end up in a URL or a log by accident.
 */
export const Id = z.string().check(
  z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Must be an opaque id: letters, digits, _ or -'),
  z.refine((value) => !CPR_SHAPED.test(value), 'Must not look like a CPR number'),
);
export type Id = z.infer<typeof Id>;

/** A calendar date in Denmark, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant with offset, RFC 3339. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** A local time of day, `HH:MM`, in Danish time (Europe/Copenhagen). */
export const LocalTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Must be HH:MM'));
export type LocalTime = z.infer<typeof LocalTime>;

/**
 * The largest whole number the contract allows where one is stored (a version, a round, a
 * count): what a PostgreSQL `integer` holds. JSON allows more; storage does not.
 */
export const MAX_STORED_INT = 2_147_483_647;

/** A stored whole number from 1: a version, a round, a revision number. */
export const PositiveInt = z.int().check(z.gte(1), z.lte(MAX_STORED_INT));

/** A stored count from 0. */
export const Count = z.int().check(z.gte(0), z.lte(MAX_STORED_INT));

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z.int().check(z.gte(1), z.lte(7));
export type Weekday = z.infer<typeof Weekday>;

/** Short free text shown in the widgets (a note, a place, a purpose). */
export const ShortText = z.string().check(z.minLength(1), z.maxLength(500));

/** Longer free text in someone's own words (a life goal, a learning note). */
export const LongText = z.string().check(z.minLength(1), z.maxLength(4000));

/**
 * Every `errors[].code` a server sends in a 400: zod's issue codes for the shape of a field, then
 * the contract's own rules. A client should still take an unknown code as "this field is wrong":
 * a newer server may add one.
 */
export const FIELD_PROBLEM_CODES = [
  // The shape of one field (zod's issue codes).
  'invalid_type',
  'invalid_format',
  'invalid_value',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'too_small',
  'too_big',
  'not_multiple_of',
  'unrecognized_keys',
  /** A rule across fields (see each schema's description). */
  'custom',
  // The request as a whole.
  'invalid_json',
  'invalid_text',
  'unstorable_value',
  'missing_header',
  // The contract's rules.
  'duplicate_id',
  /** A body's id that is not the path's (an offer, a need, a proposal). */
  'id_mismatch',
  /** Free text that carries what looks like a CPR number, where it would be shown to people who do not know the young person. */
  'cpr_number',
  'unknown_goal',
  'not_offered',
  'unknown_version',
  'unknown_item',
  'part_not_asked',
  'unknown_not_allowed',
  'not_shown',
  'required',
  'unknown_scale',
  'out_of_range',
  'in_future',
  /** A network meeting without exactly one coordinator. */
  'one_coordinator',
  /** A meeting's decision marked as in the plan before it is agreed. */
  'not_agreed',
  /** A held meeting's handover changed: it has taken effect, and a new one is a new meeting's. */
  'handover_applied',
] as const;

/** One field-level problem in a request or response, by path only: never the offending value. */
export const FieldProblem = z.object({
  path: z.string(),
  code: z.string(),
});
export type FieldProblem = z.infer<typeof FieldProblem>;

/**
 * RFC 9457 problem details. Extension members are allowed (`errors`, `current`, `requestId`),
 * so unknown keys pass through.
 */
export const ProblemDetails = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(FieldProblem)),
});
export type ProblemDetails = z.infer<typeof ProblemDetails>;

import * as z from 'zod/mini';
import { Id, IsoDateTime, LongText, ShortText } from './common.js';
import { EmailAddress, PhoneNumber, Unit } from './contact.js';
import { GoalKind } from './plan.js';

// One offer of the municipality's catalogue (tilbudsvifte): what it is in plain words, who runs
// it, who it is for and which goals it serves. Staff see all of it; the young person its plain
// words (see `offerForYouth`).

/** Whether the offer can be chosen now; a retired one stays, as plans and reviews refer to it. */
export const OfferStatus = z.enum(['active', 'retired']);
export type OfferStatus = z.infer<typeof OfferStatus>;

/** The ages of the coordinated youth effort: 13 to 29. */
const Age = z.int().check(z.gte(13), z.lte(29));

/**
 * Who the offer is for: an age range and, for staff, the situation it is meant for in their words
 * (not the young person's: next to their own plan it would read as a label on them).
 */
export const OfferAudience = z
  .object({ minAge: Age, maxAge: Age, situation: z.optional(ShortText) })
  .check(z.refine((audience) => audience.minAge <= audience.maxAge, { message: 'minAge must not be above maxAge', path: ['maxAge'] }));
export type OfferAudience = z.infer<typeof OfferAudience>;

/** Whom to ask about the offer: a person or a desk, and how to reach them. */
export const OfferContact = z.object({ name: ShortText, phone: z.optional(PhoneNumber), email: z.optional(EmailAddress) }).check(
  z.refine((contact) => contact.phone !== undefined || contact.email !== undefined, {
    message: 'A phone number or an e-mail address is needed',
    path: ['phone'],
  }),
);
export type OfferContact = z.infer<typeof OfferContact>;

/** What an offer is, apart from when it last changed. */
const offerFields = {
  id: Id,
  name: ShortText,
  /** Groups offers that do the same job (two mentors from two units are one kind): a double offer is two of a kind. */
  kind: Id,
  /** What it is and what happens there, in plain words the young person reads. */
  description: LongText,
  unit: Unit,
  audience: OfferAudience,
  /** The goals it helps with; at least one. */
  goalKinds: z.array(GoalKind).check(
    z.minLength(1),
    z.maxLength(6),
    z.refine((kinds) => new Set(kinds).size === kinds.length, 'Each goal kind once'),
  ),
  /** Weeks from referral to start, as the unit says it now (0: at once); null when it does not say. At most two years. */
  waitingWeeks: z.nullable(z.int().check(z.gte(0), z.lte(104))),
  contact: OfferContact,
  /** How to get in, in plain words the young person reads: "Spørg din kontaktperson, så ringer vi dig op." */
  howToGetIn: z.optional(ShortText),
  /** Staff only: the legal basis, e.g. "Serviceloven § 85". */
  legalBasis: z.optional(ShortText),
  /** Staff only: places, referral and other practicalities. */
  capacityNote: z.optional(ShortText),
  status: OfferStatus,
};

export const Offer = z.object({ ...offerFields, changedAt: IsoDateTime });
export type Offer = z.infer<typeof Offer>;

/**
 * An offer as an offer administrator writes it (`PUT /offers/{offerId}`): the catalogue entry without
 * `changedAt`, which the server sets. Retire an offer by setting `status` to `retired`; it is never
 * deleted, as plans and reviews refer to it.
 */
export const OfferInput = z.strictObject(offerFields);
export type OfferInput = z.infer<typeof OfferInput>;

/** The catalogue, by name. A young person is sent the active offers only. */
export const OfferList = z.object({ offers: z.array(Offer) });
export type OfferList = z.infer<typeof OfferList>;

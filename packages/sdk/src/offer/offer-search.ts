import type { Id } from '../schemas/common.js';
import type { Unit } from '../schemas/contact.js';
import type { Offer } from '../schemas/offer.js';
import type { GoalKind } from '../schemas/plan.js';
import type { OfferReview } from './offer-reviews.js';

// Finding an offer in the catalogue: what a professional or a young person narrows it by, and the
// catalogue's facts the filter's choices come from. Kept out of the widget so a vendor's React
// catalogue finds the same offers for the same choices.

/**
 * What the catalogue is narrowed by; every field left out (or empty) lets every offer through.
 * All given fields must hold.
 */
export interface OfferFilter {
  /** Words to find, each in the name, the description, the unit or (for staff) the situation, in any order. */
  text?: string;
  goalKind?: GoalKind;
  unitId?: Id;
  /** The young person's age: the offer's age range must include it. */
  age?: number;
  /** At most this many weeks from referral to start. An offer that does not say its waiting time is left out. */
  maxWaitingWeeks?: number;
  /**
   * Only offers whose latest criteria review found that they give relations to non-professionals
   * (see {@link OfferReview.givesNonProfessionalRelations}); unreviewed offers are left out.
   */
  nonProfessionalRelations?: boolean;
  /** Retired offers too (staff looking up an old effort's offer); by default only active ones. */
  includeRetired?: boolean;
}

/** The words of a search, lower-cased the Danish way (so `Æ` finds `æ`); empty for a blank search. */
function words(text: string | undefined): string[] {
  return (text ?? '').toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
}

function searchable(offer: Offer): string {
  return [offer.name, offer.description, offer.unit.name, offer.audience.situation ?? ''].join('\n').toLocaleLowerCase('da');
}

/**
 * The offers that match `filter`, in the catalogue's order (by name).
 *
 * @param reviews - each offer's latest criteria review by offer id; needed only for `nonProfessionalRelations`.
 */
export function findOffers(offers: readonly Offer[], filter: OfferFilter, reviews: ReadonlyMap<Id, OfferReview> = new Map()): Offer[] {
  const wanted = words(filter.text);
  return offers.filter((offer) => {
    if (!filter.includeRetired && offer.status !== 'active') return false;
    if (filter.goalKind && !offer.goalKinds.includes(filter.goalKind)) return false;
    if (filter.unitId && offer.unit.id !== filter.unitId) return false;
    if (filter.age !== undefined && (filter.age < offer.audience.minAge || filter.age > offer.audience.maxAge)) return false;
    if (filter.maxWaitingWeeks !== undefined && (offer.waitingWeeks === null || offer.waitingWeeks > filter.maxWaitingWeeks)) return false;
    if (filter.nonProfessionalRelations && reviews.get(offer.id)?.givesNonProfessionalRelations !== true) return false;
    if (wanted.length > 0) {
      const text = searchable(offer);
      if (!wanted.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

/** The units that run an offer of the catalogue, once each, by name: the unit filter's choices. */
export function catalogueUnits(offers: readonly Offer[]): Unit[] {
  const byId = new Map<Id, Unit>();
  for (const offer of offers) if (!byId.has(offer.unit.id)) byId.set(offer.unit.id, offer.unit);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

import { periodParts } from '@ungeforlob/sdk';
import type { CriteriaRollupCopy } from './criteria-rollup.copy.types.js';

function periodName(period: string): string {
  const parts = periodParts(period);
  if (!parts) return 'the whole period';
  if (parts.half) return `${parts.half === 1 ? 'first' : 'second'} half of ${parts.year}`;
  if (parts.quarter) return `Q${parts.quarter} ${parts.year}`;
  return `the year ${parts.year}`;
}

/** The overview's copy in English. */
export const en = {
  title: 'Offers and strategic criteria',
  loading: 'Getting the overview …',
  empty: 'No offer was reviewed or used in the period.',
  filtersLabel: 'Choose unit and period',
  unitLabel: 'Unit',
  anyUnit: 'All units',
  periodLabel: 'Period',
  period: (period) => {
    const name = periodName(period);
    return name.charAt(0).toUpperCase() + name.slice(1);
  },
  summary: (offers, reviewed) =>
    `${offers} ${offers === 1 ? 'offer' : 'offers'} in the period, ${reviewed} of them reviewed by professionals against the strategic criteria.`,
  suppressionNote: (minimum) =>
    `The courses' figures are shown only when the courses of at least ${minimum} young people used the offer and were rated, and without a count. Otherwise it says "too few to show", so no young person can be recognised.`,
  caption: (period) => `Offers and strategic criteria, ${periodName(period)}. Scale 1–4.`,
  offerColumn: 'Offer',
  review: (score, change) => `The offer: ${score}${change ? ` (${change})` : ''}`,
  noReview: 'The offer: not reviewed',
  courses: (score) => `The courses: ${score}`,
  suppressed: 'The courses: too few to show',
  change: (delta) => (delta === null ? '' : delta > 0 ? `up ${delta.toFixed(1)}` : delta < 0 ? `down ${(-delta).toFixed(1)}` : 'unchanged'),
  roundsButton: 'Show rounds',
  roundsCaption: (offer) => `Review rounds for ${offer}`,
  roundColumn: 'Round',
  dateColumn: 'Date',
  noScore: 'no rating',
  barsNote: "The bars show the offer's own review, the same as the table.",
} satisfies CriteriaRollupCopy;

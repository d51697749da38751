import { periodParts } from '@ungeforlob/sdk';
import { defineCopy } from '../i18n/copy.js';
import type { CriteriaRollupCopy } from './criteria-rollup.copy.types.js';

const oneDecimal = (value: number) => value.toFixed(1).replace('.', ',');

function periodName(period: string): string {
  const parts = periodParts(period);
  if (!parts) return 'hele perioden';
  if (parts.half) return `${parts.half}. halvår ${parts.year}`;
  if (parts.quarter) return `${parts.quarter}. kvartal ${parts.year}`;
  return `året ${parts.year}`;
}

/** The overview's copy in Danish: the glossary's words, for leaders. */
export const da: CriteriaRollupCopy = {
  title: 'Tilbud og strategiske kriterier',
  loading: 'Henter oversigten …',
  empty: 'Ingen tilbud er vurderet eller brugt i perioden.',
  filtersLabel: 'Vælg enhed og periode',
  unitLabel: 'Enhed',
  anyUnit: 'Alle enheder',
  periodLabel: 'Periode',
  period: (period) => {
    const name = periodName(period);
    return name.charAt(0).toUpperCase() + name.slice(1);
  },
  summary: (offers, reviewed) => `${offers} tilbud i perioden, heraf ${reviewed} vurderet af fagfolk efter de strategiske kriterier.`,
  suppressionNote: (minimum) =>
    `Forløbenes tal vises kun, når forløb for mindst ${minimum} unge har brugt tilbuddet og er vurderet, og uden antal. Ellers står der "for få til at vise", så ingen ung kan genkendes.`,
  caption: (period) => `Tilbud og strategiske kriterier, ${periodName(period)}. Skala 1–4.`,
  offerColumn: 'Tilbud',
  review: (score, change) => `Tilbuddet: ${score}${change ? ` (${change})` : ''}`,
  noReview: 'Tilbuddet: ikke vurderet',
  courses: (score) => `Forløbene: ${score}`,
  suppressed: 'Forløbene: for få til at vise',
  change: (delta) => (delta === null ? '' : delta > 0 ? `steget ${oneDecimal(delta)}` : delta < 0 ? `faldet ${oneDecimal(-delta)}` : 'uændret'),
  roundsButton: 'Vis runder',
  roundsCaption: (offer) => `Vurderingsrunder for ${offer}`,
  roundColumn: 'Runde',
  dateColumn: 'Dato',
  noScore: 'ingen vurdering',
  barsNote: 'Søjlerne viser tilbuddets egen vurdering, det samme som tabellen.',
};

/**
 * The overview's own copy: in its chunk, not in the shared catalogue, so a page without the widget
 * does not fetch it. English is a chunk of its own, fetched on first use.
 */
export const criteriaRollupCopy = defineCopy<CriteriaRollupCopy>(da, () => import('./criteria-rollup.copy.en.js').then((module) => module.en));

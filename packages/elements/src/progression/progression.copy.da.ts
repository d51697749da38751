import type { ProgressionMessages } from '../i18n/messages.js';

/** The progression widget's copy in Danish. */
export const da: ProgressionMessages = {
  title: 'Den lille progression',
  loading: 'Henter målinger …',
  empty: 'Der er ingen målinger endnu.',
  raters: { youth: 'Den unge', professional: 'Medarbejder', joint: 'Sammen' },
  ratersPlain: { youth: 'Dig', professional: 'Din kontaktperson', joint: 'Jer sammen' },
  passive: (days, weeks, contactKnown) =>
    `Passivitet: ${contactKnown ? 'ingen målinger, ingen ændringer i planen og ingen kontakt med den unge' : 'ingen målinger og ingen ændringer i planen'} i ${days} dage (over ${weeks} uger). Passivitet sætter udviklingen tilbage – tag kontakt.`,
  disagreement: (scale, youth, professional) => `Uenighed om „${scale}“: den unge siger ${youth}, medarbejderen siger ${professional}. Tal om det sammen.`,
  plain: {
    title: 'Sådan går det',
    passive: (weeks) => `I har ikke talt om, hvordan det går, i over ${weeks} uger. Tag kontakt, så I kan tale om det.`,
    disagreement: (scale, youth, professional) =>
      `I ser forskelligt på „${scale}“: du siger ${youth}, din kontaktperson siger ${professional}. Tal om det sammen.`,
  },
  chartLabel: (scale, from, to, changes) => `Udvikling over tid: ${scale}, ${from} til ${to}. ${changes}`,
  noReadings: 'Ingen målinger endnu.',
  sinceFirst: (rater, change) => `${rater}: ${change > 0 ? `+${change}` : change === 0 ? '±0' : change} siden første måling`,
  showNumbers: 'Vis tallene',
  numbersOf: (scale) => `for ${scale}`,
  columns: { date: 'Dato', rater: 'Hvem', value: 'Værdi', note: 'Note' },
  annotations: 'Små sejre og tilbageslag',
  changeHeading: 'Første og seneste måling',
  changeKey: { first: 'første måling', latest: 'seneste måling' },
  fromTo: (first, latest) => (latest === null ? `${first}, én måling` : `fra ${first} til ${latest}`),
  annotationKinds: { success: 'Lille sejr', setback: 'Tilbageslag' },
  rateHeading: (scale, index, count) => `${scale} (${index} af ${count})`,
  measuredLabel: (unit) => `Værdi (${unit})`,
  date: 'Dato',
  note: 'Note (kan udelades)',
  save: 'Gem måling',
  saved: 'Målingen er gemt.',
  saving: 'Gemmer …',
  notSaved: 'Målingen er ikke gemt endnu. Det, du har valgt og skrevet, er ikke gået tabt.',
  nextScale: 'Næste skala',
  previousScale: 'Forrige skala',
  chooseValue: 'Vælg et trin, før du gemmer.',
  enterValue: 'Skriv en værdi, før du gemmer.',
  valueOutOfRange: (min, max, unit) => `Skriv et helt tal fra ${min} til ${max} ${unit}.`,
};

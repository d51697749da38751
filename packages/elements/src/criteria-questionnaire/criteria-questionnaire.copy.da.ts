import { html } from 'lit';
import type { QuestionnaireMessages } from '../i18n/messages.js';

/** A change in a mean score, to one decimal. */
function formatDelta(delta: number): string {
  return delta.toFixed(1).replace('.', ',');
}

/** The questionnaire widget's copy in Danish. */
export const da: QuestionnaireMessages = {
  title: 'Strategiske kriterier',
  loading: 'Henter spørgeskemaet …',
  progress: (answered, total) => `${answered} af ${total} svar givet`,
  criterionOf: (index, count) => `Kriterium ${index} af ${count}`,
  previousCriterion: 'Forrige kriterium',
  nextCriterion: 'Næste kriterium',
  criteriaNavigation: 'Kriterier',
  ratingOf: (value, label) => `${value} – ${label}`,
  reflection: 'Refleksion',
  nextStep: 'Næste skridt',
  required: '(skal besvares)',
  saveStatus: {
    saving: 'Gemmer kladden …',
    saved: 'Kladden er gemt.',
    unsaved: 'Ikke gemt endnu: kommunens system svarer ikke lige nu. Vi prøver igen af os selv, og dine svar er ikke gået tabt.',
  },
  saveNow: 'Gem nu',
  submit: 'Indsend besvarelsen',
  submitting: 'Indsender …',
  submitted: (round) => `Besvarelsen er indsendt som runde ${round}.`,
  missingHeading: (count) => (count === 1 ? 'Der mangler 1 svar, før du kan indsende' : `Der mangler ${count} svar, før du kan indsende`),
  parts: { rating: 'vurdering', reflection: 'refleksion', nextStep: 'næste skridt' },
  missingItem: (question, part) => `${question} (${part})`,
  refusedHeading: (count) => (count === 1 ? 'Kommunens system tog ikke imod 1 svar' : `Kommunens system tog ikke imod ${count} svar`),
  answerRefused: 'Kommunens system tog ikke imod svaret, som det er. Ret det.',
  unknownNotAllowed: 'Her skal du vælge et trin fra 1 til 4.',
  missingPart: (part) => `Mangler: ${part}.`,
  leaveWarning: 'Dine seneste svar er ikke gemt endnu.',
  summaryTitle: 'Strategiske kriterier: resultat',
  summaryCaption: (round, date) => html`Runde ${round}, indsendt ${date}. Gennemsnit på skalaen 1–4.`,
  columns: { criterion: 'Kriterium', score: 'Gennemsnit', previous: 'Forrige runde', change: 'Ændring', unanswered: 'Ubesvaret' },
  noScore: 'ingen vurdering',
  change: (delta) => (delta === null ? '–' : delta === 0 ? 'uændret' : delta > 0 ? `steget ${formatDelta(delta)}` : `faldet ${formatDelta(-delta)}`),
  noRounds: 'Der er ikke indsendt nogen runder endnu.',
  chartLabel: 'Søjlerne viser det samme som tabellen.',
  scaleHint: '1 = slet ikke, 4 = i meget høj grad',
  notSaved: 'Det er ikke gemt endnu. Det, du har skrevet og valgt, er ikke gået tabt.',
};

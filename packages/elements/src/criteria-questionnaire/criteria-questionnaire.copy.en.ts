import { html } from 'lit';
import type { QuestionnaireMessages } from '../i18n/messages.js';

/** A change in a mean score, to one decimal. */
function formatDelta(delta: number): string {
  return delta.toFixed(1);
}

/** The questionnaire widget's copy in English. */
export const en: QuestionnaireMessages = {
  title: 'Strategic criteria',
  loading: 'Loading the questionnaire …',
  progress: (answered, total) => `${answered} of ${total} answers given`,
  criterionOf: (index, count) => `Criterion ${index} of ${count}`,
  previousCriterion: 'Previous criterion',
  nextCriterion: 'Next criterion',
  criteriaNavigation: 'Criteria',
  ratingOf: (value, label) => `${value} – ${label}`,
  reflection: 'Reflection',
  nextStep: 'Next step',
  required: '(required)',
  saveStatus: {
    saving: 'Saving the draft …',
    saved: 'The draft is saved.',
    unsaved: "Not saved yet: the municipality's system is not answering right now. We keep trying by ourselves, and your answers are not lost.",
  },
  saveNow: 'Save now',
  submit: 'Submit the answers',
  submitting: 'Submitting …',
  submitted: (round) => `The answers are submitted as round ${round}.`,
  missingHeading: (count) => (count === 1 ? '1 answer is missing before you can submit' : `${count} answers are missing before you can submit`),
  parts: { rating: 'rating', reflection: 'reflection', nextStep: 'next step' },
  missingItem: (question, part) => `${question} (${part})`,
  refusedHeading: (count) => (count === 1 ? "The municipality's system did not accept 1 answer" : `The municipality's system did not accept ${count} answers`),
  answerRefused: "The municipality's system did not accept this answer as it is. Correct it.",
  unknownNotAllowed: 'Choose a step from 1 to 4 here.',
  missingPart: (part) => `Missing: ${part}.`,
  leaveWarning: 'Your latest answers are not saved yet.',
  summaryTitle: 'Strategic criteria: results',
  summaryCaption: (round, date) => html`Round ${round}, submitted ${date}. Mean on the scale 1–4.`,
  columns: { criterion: 'Criterion', score: 'Mean', previous: 'Previous round', change: 'Change', unanswered: 'Unanswered' },
  noScore: 'no rating',
  change: (delta) => (delta === null ? '–' : delta === 0 ? 'unchanged' : delta > 0 ? `up ${formatDelta(delta)}` : `down ${formatDelta(-delta)}`),
  noRounds: 'No rounds have been submitted yet.',
  chartLabel: 'The bars show the same as the table.',
  scaleHint: '1 = not at all, 4 = to a very high degree',
  notSaved: 'It is not saved yet. What you wrote and chose has not been lost.',
};

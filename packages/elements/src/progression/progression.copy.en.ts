import type { ProgressionMessages } from '../i18n/messages.js';

/** The progression widget's copy in English. */
export const en: ProgressionMessages = {
  title: 'The small progression',
  loading: 'Loading readings …',
  empty: 'There are no readings yet.',
  raters: { youth: 'Young person', professional: 'Professional', joint: 'Together' },
  ratersPlain: { youth: 'You', professional: 'Your contact person', joint: 'You together' },
  passive: (days, weeks, contactKnown) =>
    `Passivity: ${contactKnown ? 'no readings, no change to the plan and no contact with the young person' : 'no readings and no change to the plan'} for ${days} days (over ${weeks} weeks). Passivity sets progress back – get in touch.`,
  plain: {
    title: 'How it is going',
    passive: (weeks) => `You have not talked about how it is going for over ${weeks} weeks. Get in touch so you can talk about it.`,
    disagreement: (scale, youth, professional) =>
      `You see “${scale}” differently: you say ${youth}, your contact person says ${professional}. Talk about it together.`,
  },
  disagreement: (scale, youth, professional) =>
    `Disagreement on “${scale}”: the young person says ${youth}, the professional says ${professional}. Talk about it together.`,
  chartLabel: (scale, from, to, changes) => `Change over time: ${scale}, ${from} to ${to}. ${changes}`,
  noReadings: 'No readings yet.',
  sinceFirst: (rater, change) => `${rater}: ${change > 0 ? `+${change}` : change === 0 ? '±0' : change} since the first reading`,
  showNumbers: 'Show the numbers',
  numbersOf: (scale) => `for ${scale}`,
  columns: { date: 'Date', rater: 'Who', value: 'Value', note: 'Note' },
  annotations: 'Small successes and setbacks',
  changeHeading: 'First and latest reading',
  changeKey: { first: 'first reading', latest: 'latest reading' },
  fromTo: (first, latest) => (latest === null ? `${first}, one reading` : `from ${first} to ${latest}`),
  annotationKinds: { success: 'Small success', setback: 'Setback' },
  rateHeading: (scale, index, count) => `${scale} (${index} of ${count})`,
  measuredLabel: (unit) => `Value (${unit})`,
  date: 'Date',
  note: 'Note (optional)',
  save: 'Save reading',
  saved: 'The reading is saved.',
  saving: 'Saving …',
  notSaved: 'The reading is not saved yet. What you chose and wrote is not lost.',
  nextScale: 'Next scale',
  previousScale: 'Previous scale',
  chooseValue: 'Choose a step before saving.',
  enterValue: 'Enter a value before saving.',
  valueOutOfRange: (min, max, unit) => `Enter a whole number from ${min} to ${max} ${unit}.`,
};

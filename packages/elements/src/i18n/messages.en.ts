import { html } from 'lit';
import type { AbsenceReason } from '@ungeforlob/sdk';
import type { Messages } from './messages.js';

const reasonForStaff: Record<AbsenceReason, string> = {
  holiday: 'is on holiday',
  illness: 'is ill',
  training: 'is on a course',
  other: 'is away',
};

function times(count: number): string {
  return count === 1 ? 'once' : `${count} times`;
}

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** English, for young people and staff who read English better than Danish. */
export const en: Messages = {
  languageTag: 'en-GB',
  youth: {
    title: 'Your contact person',
    empty: 'You do not have a contact person yet. The municipality will tell you when you get one.',
    preferenceLegend: 'How would you like to be contacted?',
    preferredMarker: 'You prefer this',
    saved: 'Your choice is saved.',
    noAppointment: 'You have no appointment right now.',
    deputyLabel: (first) => `Helps you while ${first} is away`,
    absentNow: (contact, _reason, until, deputy) => html`${contact} is away until ${until}. Contact ${deputy} instead.`,
    absentSoon: (contact, from, to, deputy) => html`${contact} will be away from ${from} until ${to}. Meanwhile you can contact ${deputy}.`,
    aftercareActive: (first, daysLeft, until) =>
      daysLeft === 0
        ? html`Your course has ended. Today is the last day you can contact ${first} (${until}).`
        : html`Your course has ended, but you can still contact ${first} for ${days(daysLeft)} more – until ${until}.`,
    aftercareUpcoming: (first, ends, until) => html`When your course ends on ${ends}, you can still contact ${first} until ${until}. This is called aftercare.`,
    contactSince: (first, since) => html`${first} has been your contact person since ${since}.`,
    handovers: (count) => (count === 0 ? 'You have had the same contact person all along.' : `Your contact person has changed ${times(count)}.`),
    lastContact: (on, channel) =>
      on ? html`Last time you were in touch: ${on}${channel ? ` (${channel.toLowerCase()})` : ''}.` : 'You have not been in touch yet.',
    nextAgreedContact: (by, late) => (late > 0 ? 'It is time you talked again.' : html`You have agreed to be in touch again by ${by}.`),
    contactLogUnavailable: 'We could not load when you were last in touch.',
    preferenceRefused: 'That choice cannot be saved. Choose another way.',
  },
  staff: {
    title: 'Contact person',
    empty: 'This course has no contact person yet.',
    preferenceLegend: "The young person's preferred channel",
    preferredMarker: 'Preferred by the young person',
    saved: 'Saved.',
    noAppointment: 'No appointment.',
    deputyLabel: () => 'Deputy',
    absentNow: (contact, reason, until, deputy) => html`${contact} ${reason ? reasonForStaff[reason] : 'is away'} until ${until}. Deputy: ${deputy}.`,
    absentSoon: (contact, from, to, deputy) => html`${contact} is away ${from} – ${to}. Deputy: ${deputy}.`,
    aftercareActive: (_first, daysLeft, until) =>
      daysLeft === 0 ? html`Aftercare is active: today is the last day (${until}).` : html`Aftercare is active: ${days(daysLeft)} left, until ${until}.`,
    aftercareUpcoming: (_first, ends, until) => html`The course ends on ${ends}. Aftercare until ${until}.`,
    contactSince: (_first, since) => html`Contact person since ${since}.`,
    handovers: (count) => (count === 0 ? 'No change of contact person.' : `Contact person changed ${times(count)}.`),
    lastContact: (on, channel) => (on ? html`Last contact: ${on}${channel ? ` (${channel.toLowerCase()})` : ''}.` : 'Last contact: none yet.'),
    nextAgreedContact: (by, late) => html`Next agreed contact: by ${by}${late > 0 ? html` – <strong>${days(late)} overdue</strong>` : ''}.`,
    contactLogUnavailable: 'The contact log could not be loaded.',
    preferenceRefused: "The municipality's system did not accept this channel. Choose another.",
  },
  loading: 'Loading contact person …',
  retry: 'Try again',
  technicalDetails: 'Technical details',
  failingFields: 'Fields that did not match in the answer:',
  refusedFields: "Fields the municipality's system refused:",
  roles: {
    educationConsultant: { title: 'Education consultant', plainWords: 'helps you find an education and stay in it.' },
    companyConsultant: { title: 'Company consultant', plainWords: 'helps you find a job or an internship.' },
    mentor: { title: 'Mentor', plainWords: 'is someone you can talk to about what is on your mind – also the hard things.' },
  },
  channels: { phone: 'Phone', sms: 'Text message', email: 'E-mail', inPerson: 'Meeting', homeVisit: 'Home visit', walk: 'Walk' },
  channelList: (name) => `How to contact ${name}`,
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  and: 'and',
  timeSeparator: ':',
  noFixedHours: 'No fixed hours',
  openNow: 'Open now',
  closedNow: 'Closed now',
  noPreference: 'No preference',
  savePreference: 'Save choice',
  saving: 'Saving …',
  notSaved: 'Your choice is not saved yet.',
  conflict: (yours, theirs) => `Someone else changed it meanwhile to: ${theirs}. You chose: ${yours}. Your choice is not saved yet.`,
  conflictUnknown: (yours) => `Someone else changed the contact details meanwhile. You chose: ${yours}. Your choice is not saved yet.`,
  reapply: (yours) => `Save my choice (${yours})`,
  keepTheirs: (theirs) => `Keep ${theirs}`,
  undoChoice: 'Undo my choice',
  appointment: { heading: 'Next appointment', when: 'When', how: 'How', where: 'Where', about: 'About' },
  aftercare: { heading: 'Aftercare', ended: (until) => html`Aftercare ended on ${until}.` },
  caseload: (courses) => `Caseload: ${courses} courses`,
  errors: {
    network: 'We cannot connect right now. Check your internet connection and try again.',
    timeout: 'It is taking too long to get an answer. Try again in a moment.',
    signedOut: 'You are no longer signed in. Sign in again, then try again.',
    accessDenied: 'You do not have access to this. Ask the municipality if you think this is a mistake.',
    staffAccessDenied: 'You do not have access to this course: it is not assigned to your team. Ask your manager if it should be.',
    staffNotFound: 'The case system does not have this course, or it has been closed. Check the course in the case system.',
    refused: 'The municipality’s system refused it. Check what you entered or chose.',
    notFound: 'We cannot find this course.',
    server: "There is an error in the municipality's system right now. Try again in a moment.",
    validation: "The answer from the municipality's system was not as expected. Try again later, or contact the municipality.",
    conflict: 'Someone else changed the same thing meanwhile.',
    unknown: 'Something went wrong. Try again in a moment.',
  },
};

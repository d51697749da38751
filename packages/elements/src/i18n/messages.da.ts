import { html } from 'lit';
import type { AbsenceReason } from '@ungeforlob/sdk';
import type { Messages } from './messages.js';

const reasonForStaff: Record<AbsenceReason, string> = {
  holiday: 'har ferie',
  illness: 'er syg',
  training: 'er på kursus',
  other: 'er fraværende',
};

function times(count: number): string {
  return count === 1 ? '1 gang' : `${count} gange`;
}

function days(count: number): string {
  return count === 1 ? '1 dag' : `${count} dage`;
}

/** Danish: plain words for the young person (seed 003: they do not understand the standard letters). */
export const da: Messages = {
  languageTag: 'da-DK',
  youth: {
    title: 'Din kontaktperson',
    empty: 'Du har ikke fået en fast kontaktperson endnu. Kommunen giver dig besked, når du får en.',
    preferenceLegend: 'Hvordan vil du helst kontaktes?',
    preferredMarker: 'Det foretrækker du',
    saved: 'Dit valg er gemt.',
    noAppointment: 'I har ingen aftale lige nu.',
    deputyLabel: (first) => `Hjælper dig, mens ${first} er væk`,
    // The reason stays private towards the young person: "er syg" would be health data about the employee.
    absentNow: (contact, _reason, until, deputy) => html`${contact} er væk til og med ${until}. Kontakt ${deputy} i stedet.`,
    absentSoon: (contact, from, to, deputy) => html`${contact} er væk fra ${from} til og med ${to}. Imens kan du kontakte ${deputy}.`,
    aftercareActive: (first, daysLeft, until) =>
      daysLeft === 0
        ? html`Dit forløb er slut. I dag er sidste dag, du kan kontakte ${first} (til og med ${until}).`
        : html`Dit forløb er slut, men du kan stadig kontakte ${first} i ${days(daysLeft)} mere – til og med ${until}.`,
    aftercareUpcoming: (first, ends, until) =>
      html`Når dit forløb slutter den ${ends}, kan du stadig kontakte ${first} frem til og med ${until}. Det hedder efterværn.`,
    contactSince: (first, since) => html`${first} har været din kontaktperson siden ${since}.`,
    handovers: (count) => (count === 0 ? 'Du har haft den samme kontaktperson hele vejen.' : `Du har skiftet kontaktperson ${times(count)}.`),
    lastContact: (on, channel) => (on ? html`Sidst I havde kontakt: ${on}${channel ? ` (${channel.toLowerCase()})` : ''}.` : 'I har ikke haft kontakt endnu.'),
    nextAgreedContact: (by, late) => (late > 0 ? 'Det er tid til, at I taler sammen igen.' : html`I har aftalt at have kontakt igen senest ${by}.`),
    contactLogUnavailable: 'Vi kunne ikke hente, hvornår I sidst havde kontakt.',
    preferenceRefused: 'Det valg kan ikke gemmes. Vælg en anden måde.',
  },
  staff: {
    title: 'Kontaktperson',
    empty: 'Forløbet har ingen kontaktperson endnu.',
    preferenceLegend: 'Den unges foretrukne kontaktform',
    preferredMarker: 'Foretrukket af den unge',
    saved: 'Gemt.',
    noAppointment: 'Ingen aftale.',
    deputyLabel: () => 'Stedfortræder',
    absentNow: (contact, reason, until, deputy) =>
      html`${contact} ${reason ? reasonForStaff[reason] : 'er væk'} til og med ${until}. Stedfortræder: ${deputy}.`,
    absentSoon: (contact, from, to, deputy) => html`${contact} er væk ${from} – ${to}. Stedfortræder: ${deputy}.`,
    aftercareActive: (_first, daysLeft, until) =>
      daysLeft === 0 ? html`Efterværn er aktivt: sidste dag er i dag (${until}).` : html`Efterværn er aktivt: ${days(daysLeft)} tilbage, til og med ${until}.`,
    aftercareUpcoming: (_first, ends, until) => html`Forløbet slutter den ${ends}. Efterværn frem til og med ${until}.`,
    contactSince: (_first, since) => html`Kontaktperson siden ${since}.`,
    handovers: (count) => (count === 0 ? 'Ingen skift af kontaktperson.' : `Skiftet kontaktperson ${times(count)}.`),
    lastContact: (on, channel) => (on ? html`Sidste kontakt: ${on}${channel ? ` (${channel.toLowerCase()})` : ''}.` : 'Sidste kontakt: ingen endnu.'),
    nextAgreedContact: (by, late) => html`Næste aftalte kontakt: senest ${by}${late > 0 ? html` – <strong>${days(late)} over</strong>` : ''}.`,
    contactLogUnavailable: 'Kontaktloggen kunne ikke hentes.',
    preferenceRefused: 'Kommunens system tog ikke imod denne kontaktform. Vælg en anden.',
  },
  loading: 'Henter kontaktperson …',
  retry: 'Prøv igen',
  technicalDetails: 'Tekniske detaljer',
  failingFields: 'Felter, der ikke passede i svaret:',
  refusedFields: 'Felter, som kommunens system afviste:',
  roles: {
    educationConsultant: { title: 'Uddannelseskonsulent', plainWords: 'hjælper dig med at finde en uddannelse og blive i den.' },
    companyConsultant: { title: 'Virksomhedskonsulent', plainWords: 'hjælper dig med at finde et job eller en praktikplads.' },
    mentor: { title: 'Mentor', plainWords: 'er én, du kan snakke med om det, der fylder – også det svære.' },
  },
  channels: { phone: 'Telefon', sms: 'SMS', email: 'E-mail', inPerson: 'Møde', homeVisit: 'Hjemmebesøg', walk: 'Gåtur' },
  channelList: (name) => `Sådan kan du kontakte ${name}`,
  weekdays: ['man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn'],
  and: 'og',
  timeSeparator: '.',
  noFixedHours: 'Ingen faste tider',
  openNow: 'Åben nu',
  closedNow: 'Lukket nu',
  noPreference: 'Ingen bestemt',
  savePreference: 'Gem valg',
  saving: 'Gemmer …',
  notSaved: 'Dit valg er ikke gemt endnu.',
  conflict: (yours, theirs) => `En anden har ændret det imens til: ${theirs}. Du valgte: ${yours}. Dit valg er ikke gemt endnu.`,
  conflictUnknown: (yours) => `En anden har ændret kontaktoplysningerne imens. Du valgte: ${yours}. Dit valg er ikke gemt endnu.`,
  reapply: (yours) => `Gem mit valg (${yours})`,
  keepTheirs: (theirs) => `Behold ${theirs}`,
  undoChoice: 'Fortryd mit valg',
  appointment: { heading: 'Næste aftale', when: 'Hvornår', how: 'Hvordan', where: 'Hvor', about: 'Om hvad' },
  aftercare: { heading: 'Efterværn', ended: (until) => html`Efterværnet sluttede den ${until}.` },
  caseload: (courses) => `Sagstal: ${courses} forløb`,
  errors: {
    network: 'Vi kan ikke få forbindelse lige nu. Tjek din internetforbindelse, og prøv igen.',
    timeout: 'Det tager for lang tid at få svar. Prøv igen om lidt.',
    signedOut: 'Du er ikke logget ind længere. Log ind igen, og prøv så igen.',
    accessDenied: 'Du har ikke adgang til det her. Spørg kommunen, hvis du mener, det er en fejl.',
    notFound: 'Vi kan ikke finde forløbet.',
    staffAccessDenied: 'Du har ikke adgang til dette forløb: det er ikke tildelt dit team. Spørg din leder, hvis det skal være det.',
    staffNotFound: 'Forløbet findes ikke i fagsystemet, eller det er lukket. Tjek forløbet i fagsystemet.',
    refused: 'Kommunens system afviste det. Tjek det, du har skrevet eller valgt.',
    server: 'Der er en fejl i kommunens system lige nu. Prøv igen om lidt.',
    validation: 'Svaret fra kommunens system var ikke, som det skulle være. Prøv igen senere, eller kontakt kommunen.',
    conflict: 'En anden har ændret det samme imens.',
    unknown: 'Noget gik galt. Prøv igen om lidt.',
  },
};

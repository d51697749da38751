import { ContactEntry, ContactLog, ContactRhythm } from '../schemas/contact-log.js';
import type { ChannelKind } from '../schemas/contact.js';
import { changedExtension, coding, compact, concept, extension, identifier, namedProfessional, type BundleBuilder } from './bundle-builder.js';
import {
  changedOf,
  codeIn,
  codeOf,
  extensionOf,
  FhirImportError,
  identifierValue,
  isObject,
  list,
  object,
  optionalText,
  type BundleReader,
} from './bundle-reader.js';
import { channelCoding } from './contact-fhir.js';
import { HL7, ufCodeSystem } from './fhir-codes.js';
import type { FhirCoding, FhirResource } from './fhir-types.js';
import { parsedAs } from './parsed-as.js';

/**
 * How each channel reaches the young person, as FHIR's participation modes. A walk and a home
 * visit are face to face too; the project's channel coding beside it says which.
 */
const MEDIUM: Record<ChannelKind, FhirCoding> = {
  phone: coding(HL7.participationMode, 'PHONE', 'telephone'),
  // SMSWRIT is newer than R4's terminology (4.0.1), so a receiver on R4's own may not know it; the channel coding says sms.
  sms: coding(HL7.participationMode, 'WRITTEN', 'written'),
  email: coding(HL7.participationMode, 'EMAILWRIT', 'email'),
  inPerson: coding(HL7.participationMode, 'FACE', 'face-to-face'),
  homeVisit: coding(HL7.participationMode, 'FACE', 'face-to-face'),
  walk: coding(HL7.participationMode, 'FACE', 'face-to-face'),
};

const NO_SHOW = coding(ufCodeSystem('contact-outcome'), 'noShow', 'Udeblev');
const RHYTHM = coding(ufCodeSystem('activity'), 'contact-rhythm', 'Kontaktrytme');
const RHYTHM_KEY = 'contact-rhythm';

/**
 * The contact log: the agreed rhythm as a ServiceRequest (one contact every so many days from a
 * day), each logged contact as a Communication, in the log's order (newest first). A professional
 * is named by name only (a display reference): the log knows no more of them.
 */
export function writeContactLog(bundle: BundleBuilder, log: ContactLog): void {
  if (log.rhythm) writeRhythm(bundle, log.rhythm);
  for (const entry of log.entries) writeEntry(bundle, entry);
}

function writeRhythm(bundle: BundleBuilder, rhythm: ContactRhythm): void {
  bundle.add(
    'ServiceRequest',
    RHYTHM_KEY,
    compact({
      status: 'active',
      intent: 'plan',
      code: concept(RHYTHM),
      subject: bundle.patient,
      occurrenceTiming: { repeat: { boundsPeriod: { start: rhythm.from }, frequency: 1, period: rhythm.everyDays, periodUnit: 'd' } },
      authoredOn: rhythm.changedAt,
      requester: namedProfessional(rhythm.changedBy),
      note: rhythm.words === undefined ? undefined : [{ text: rhythm.words }],
    }),
  );
}

/**
 * One contact. Who reached out is who sent it: the young person to the professional, or the
 * professional (who logged it) to the young person. A no-show is a contact not done.
 */
function writeEntry(bundle: BundleBuilder, entry: ContactEntry): void {
  const fromYouth = entry.initiative === 'youth';
  bundle.add(
    'Communication',
    // Prefixed: the entry's id is the client's choice, like a meeting's.
    `entry/${entry.id}`,
    compact({
      // When it was logged, which may be later than it happened.
      extension: [changedExtension(entry.loggedAt)],
      identifier: [identifier('contact-log-entry', entry.id)],
      status: entry.outcome === 'held' ? 'completed' : 'not-done',
      statusReason: entry.outcome === 'noShow' ? concept(NO_SHOW) : undefined,
      medium: [concept(MEDIUM[entry.channel], channelCoding(entry.channel))],
      subject: bundle.patient,
      sent: entry.at,
      recipient: [fromYouth ? namedProfessional(entry.by) : bundle.patient],
      sender: fromYouth ? bundle.patient : namedProfessional(entry.by),
      note: entry.note ? [{ extension: [extension('shared-with-youth', { valueBoolean: entry.note.sharedWithYouth })], text: entry.note.text }] : undefined,
    }),
  );
}

/**
 * The contact log from the Bundle's contact rhythm and Communications; null when it has neither
 * (a log with no rhythm and no contacts is not told apart from no log). The rhythm's version is
 * not carried: it comes back as 1.
 */
export function readContactLog(reader: BundleReader, courseId: string): ContactLog | null {
  const rhythms = reader.all('ServiceRequest').filter((request) => codeIn(request['code'], RHYTHM.system) === RHYTHM.code);
  if (rhythms.length > 1) throw new FhirImportError('ServiceRequest', 'more than one contact rhythm in a course');
  const communications = reader.all('Communication');
  if (!rhythms[0] && communications.length === 0) return null;
  return parsedAs(ContactLog, 'Communication', {
    courseId,
    rhythm: rhythms[0] ? parsedAs(ContactRhythm, 'ServiceRequest', readRhythm(rhythms[0])) : null,
    entries: communications.map((communication, index) => {
      const at = `Communication[${index}]`;
      return parsedAs(ContactEntry, at, readEntry(reader, communication, at));
    }),
  });
}

function readRhythm(request: FhirResource): unknown {
  const at = 'ServiceRequest';
  const repeat = object(object(request, 'occurrenceTiming', at), 'repeat', `${at}.occurrenceTiming`);
  const words = list(request, 'note')[0]?.['text'];
  return {
    everyDays: repeat['period'],
    ...(typeof words === 'string' ? { words } : {}),
    from: object(repeat, 'boundsPeriod', `${at}.occurrenceTiming.repeat`)['start'],
    version: 1,
    changedAt: request['authoredOn'],
    changedBy: displayOf(request['requester'], `${at}.requester`),
  };
}

function readEntry(reader: BundleReader, communication: FhirResource, at: string): unknown {
  const sender = object(communication, 'sender', at);
  // The young person sent it when the sender is the Bundle's Patient; a professional is a name.
  const fromYouth = typeof sender['reference'] === 'string';
  if (fromYouth) reader.resolve(sender, 'Patient', `${at}.sender`);
  const note = list(communication, 'note')[0];
  const shared = note && extensionOf(note, 'shared-with-youth')?.['valueBoolean'];
  return {
    id: identifierValue(communication, 'contact-log-entry', `${at}.identifier`),
    at: communication['sent'],
    channel: codeOf(communication['medium'], ufCodeSystem('channel'), Object.keys(MEDIUM) as ChannelKind[], `${at}.medium`),
    initiative: fromYouth ? 'youth' : 'professional',
    outcome: outcomeOf(optionalText(communication, 'status'), `${at}.status`),
    note: note ? { text: note['text'], sharedWithYouth: shared } : null,
    by: fromYouth ? displayOf(list(communication, 'recipient')[0], `${at}.recipient`) : displayOf(sender, `${at}.sender`),
    loggedAt: changedOf(communication, at).at,
  };
}

function outcomeOf(status: string | undefined, at: string): ContactEntry['outcome'] {
  if (status === 'completed') return 'held';
  if (status === 'not-done') return 'noShow';
  throw new FhirImportError(at, 'must be completed or not-done');
}

/** The name of a professional the log names by name only. */
function displayOf(reference: unknown, at: string): unknown {
  if (!isObject(reference)) throw new FhirImportError(at, 'must name the professional');
  return reference['display'];
}

import { Contact, type Appointment, type ChannelKind, type ContactRole, type Deputy } from '../schemas/contact.js';
import { coding, compact, concept, extension, type BundleBuilder } from './bundle-builder.js';
import { codeIn, codeOf, extensionOf, FhirImportError, isObject, list, object, optionalText, text, type BundleReader } from './bundle-reader.js';
import { channelsOf, telecomOf } from './channel-telecom.js';
import { HL7, ufCodeSystem } from './fhir-codes.js';
import type { FhirCoding, FhirJson, FhirReference, FhirResource } from './fhir-types.js';
import { parsedAs } from './parsed-as.js';

const CONTACT_ROLES: Record<ContactRole, string> = {
  educationConsultant: 'Uddannelseskonsulent',
  companyConsultant: 'Virksomhedskonsulent',
  mentor: 'Mentor',
};

const CHANNELS: Record<ChannelKind, string> = {
  phone: 'Telefon',
  sms: 'Sms',
  email: 'E-mail',
  inPerson: 'Møde',
  homeVisit: 'Hjemmebesøg',
  walk: 'Gåtur',
};

/** The team's roles of the CareTeam: the one contact person, and a deputy for a period. */
const TEAM_ROLES = { contactPerson: 'Kontaktperson', deputy: 'Stedfortræder' } as const;
type TeamRole = keyof typeof TEAM_ROLES;

/** Where an appointment takes place, as FHIR's encounter classes (v3 ActCode) put it. */
const ENCOUNTER_CLASS: Record<ChannelKind, FhirCoding> = {
  phone: coding(HL7.actCode, 'VR', 'virtual'),
  sms: coding(HL7.actCode, 'VR', 'virtual'),
  email: coding(HL7.actCode, 'VR', 'virtual'),
  inPerson: coding(HL7.actCode, 'AMB', 'ambulatory'),
  homeVisit: coding(HL7.actCode, 'HH', 'home health'),
  walk: coding(HL7.actCode, 'FLD', 'field'),
};

const APPOINTMENT_TYPE = coding(ufCodeSystem('encounter-type'), 'appointment', 'Aftale med kontaktpersonen');

export const channelCoding = (channel: ChannelKind): FhirCoding => coding(ufCodeSystem('channel'), channel, CHANNELS[channel]);
const teamRole = (role: TeamRole) => [concept(coding(ufCodeSystem('care-team-role'), role, TEAM_ROLES[role]))];

/** A Location named by its place: an appointment's and a meeting's share one when they say the same. */
export function placeLocation(bundle: BundleBuilder, place: string): FhirReference {
  return { ...bundle.add('Location', `place/${place}`, { name: place }), display: place };
}

/**
 * The contact card as a CareTeam: the contact person (a PractitionerRole with the three roles and
 * the phone, sms and e-mail channels) from `contactSince`, each absence's deputy for its period;
 * the number of handovers and the aftercare as the project's extensions; the young person's
 * preferred channel on the Patient; the next appointment as a planned Encounter.
 */
export function writeContact(bundle: BundleBuilder, contact: Contact): void {
  const contactRole = bundle.role({ name: contact.person.name, staffId: contact.person.id, photoUrl: contact.person.photoUrl }, contact.unit, {
    code: contact.roles.map((role) => concept(coding(ufCodeSystem('contact-role'), role, CONTACT_ROLES[role]))),
    telecom: telecomOf(contact.channels),
  });
  if (contact.preferredChannel) {
    const patient = bundle.resourceAt(bundle.patient);
    patient['extension'] = [extension('preferred-channel', { valueCoding: channelCoding(contact.preferredChannel) })];
  }
  bundle.add(
    'CareTeam',
    'team',
    compact({
      extension: [
        extension('handovers', { valueUnsignedInt: contact.handovers }),
        ...(contact.aftercare ? [extension('aftercare', { valuePeriod: { start: contact.aftercare.courseEndedOn, end: contact.aftercare.until } })] : []),
      ],
      status: 'active',
      name: 'Kontaktperson og stedfortrædere',
      subject: bundle.patient,
      participant: [
        { role: teamRole('contactPerson'), member: contactRole, period: { start: contact.contactSince } },
        ...contact.absences.map((absence) => ({
          role: teamRole('deputy'),
          member: deputyRole(bundle, absence.deputy),
          period: { start: absence.from, end: absence.to },
        })),
      ],
    }),
  );
  if (contact.nextAppointment) writeAppointment(bundle, contact.nextAppointment, contactRole);
}

function deputyRole(bundle: BundleBuilder, deputy: Deputy): FhirReference {
  return bundle.role({ name: deputy.person.name, staffId: deputy.person.id, photoUrl: deputy.person.photoUrl }, deputy.unit, {
    telecom: telecomOf(deputy.channels),
  });
}

function writeAppointment(bundle: BundleBuilder, appointment: Appointment, contactRole: FhirReference): void {
  bundle.add(
    'Encounter',
    'next-appointment',
    compact({
      status: 'planned',
      class: ENCOUNTER_CLASS[appointment.channel],
      type: [concept(APPOINTMENT_TYPE), concept(channelCoding(appointment.channel))],
      subject: bundle.patient,
      participant: [{ individual: contactRole }],
      period: compact({ start: appointment.start, end: appointment.end }),
      reasonCode: appointment.purpose === undefined ? undefined : [{ text: appointment.purpose }],
      location: appointment.place === undefined ? undefined : [{ location: placeLocation(bundle, appointment.place) }],
    }),
  );
}

/** The contact card from the Bundle's CareTeam; null when there is none. Hours, notes, absence reasons and the caseload are not carried. */
export function readContact(reader: BundleReader, courseId: string): Contact | null {
  const team = reader.single('CareTeam');
  if (!team) return null;
  const participants = list(team, 'participant');
  const contactParticipant = participants.find((participant) => roleOf(participant) === 'contactPerson');
  if (!contactParticipant) throw new FhirImportError('CareTeam.participant', 'must name the contact person');
  const contact = reader.person(contactParticipant['member'], 'CareTeam.participant.member');
  const roles = list(contact.role, 'code').flatMap((concept) => {
    const role = codeIn(concept, ufCodeSystem('contact-role'));
    return role ? [role] : [];
  });
  const patient = reader.single('Patient') ?? {};
  const preferred = extensionOf(patient, 'preferred-channel')?.['valueCoding'];
  const aftercare = extensionOf(team, 'aftercare')?.['valuePeriod'];
  const appointment = reader.all('Encounter').find((encounter) => codeIn(encounter['type'], ufCodeSystem('encounter-type')) === APPOINTMENT_TYPE.code);
  return parsedAs(Contact, 'CareTeam', {
    courseId,
    person: staffPerson(contact),
    roles,
    unit: contact.unit,
    channels: channelsOf(contact.role['telecom']),
    preferredChannel: isObject(preferred) ? (preferred['code'] ?? null) : null,
    nextAppointment: appointment ? readAppointment(reader, appointment) : null,
    absences: participants.filter((participant) => roleOf(participant) === 'deputy').map((participant) => readAbsence(reader, participant)),
    aftercare: isObject(aftercare) ? { courseEndedOn: aftercare['start'], until: aftercare['end'] } : null,
    contactSince: text(object(contactParticipant, 'period', 'CareTeam.participant'), 'start', 'CareTeam.participant.period'),
    handovers: extensionOf(team, 'handovers')?.['valueUnsignedInt'],
  });
}

function roleOf(participant: FhirJson): string | undefined {
  return codeIn(participant['role'], ufCodeSystem('care-team-role'));
}

function staffPerson(person: { name: string; staffId?: string; photoUrl?: string }): { id: string | undefined; name: string; photoUrl?: string } {
  return { id: person.staffId, name: person.name, ...(person.photoUrl ? { photoUrl: person.photoUrl } : {}) };
}

function readAbsence(reader: BundleReader, participant: FhirJson) {
  const deputy = reader.person(participant['member'], 'CareTeam.participant.member');
  const period = object(participant, 'period', 'CareTeam.participant');
  return {
    from: period['start'],
    to: period['end'],
    deputy: { person: staffPerson(deputy), unit: deputy.unit, channels: channelsOf(deputy.role['telecom']) },
  };
}

function readAppointment(reader: BundleReader, encounter: FhirResource) {
  const period = object(encounter, 'period', 'Encounter');
  const place = list(encounter, 'location')[0];
  const purpose = list(encounter, 'reasonCode')[0];
  return compact({
    start: text(period, 'start', 'Encounter.period'),
    end: optionalText(period, 'end'),
    channel: codeOf(encounter['type'], ufCodeSystem('channel'), Object.keys(CHANNELS) as ChannelKind[], 'Encounter.type'),
    place: place ? text(reader.resolve(place['location'], 'Location', 'Encounter.location'), 'name', 'Location') : undefined,
    purpose: purpose ? optionalText(purpose, 'text') : undefined,
  });
}

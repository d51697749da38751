import {
  MeetingDecision,
  NetworkMeeting,
  Participant,
  type DecisionFollowUp,
  type Handover,
  type MeetingPoint,
  type ParticipantRole,
} from '../schemas/network-meeting.js';
import { changedExtension, coding, compact, complexExtension, concept, identifier, type BundleBuilder } from './bundle-builder.js';
import { changedOf, codeIn, codeOf, extensionOf, extensionsOf, identifierValue, isObject, list, object, partOf, type BundleReader } from './bundle-reader.js';
import { channelsOf, telecomOf } from './channel-telecom.js';
import { placeLocation } from './contact-fhir.js';
import { HL7, ufCodeSystem, ufExtension } from './fhir-codes.js';
import type { FhirExtension, FhirJson, FhirReference, FhirResource } from './fhir-types.js';
import { parsedAs } from './parsed-as.js';

const MEETING_TYPE = coding(ufCodeSystem('encounter-type'), 'network-meeting', 'Netværksmøde');
/** A meeting the young person comes to, not an admission: FHIR's outpatient class. */
const MEETING_CLASS = coding(HL7.actCode, 'AMB', 'ambulatory');

const MEETING_STATUS: Record<NetworkMeeting['status'], string> = { planned: 'planned', held: 'finished' };

const PARTICIPANT_ROLES: Record<ParticipantRole, string> = {
  coordinator: 'Mødeleder',
  professional: 'Fagperson',
  youth: 'Den unge',
  supporter: 'Støtteperson',
};

const POINT_FROM: Record<MeetingPoint['from'], string> = { youth: 'Den unge', professional: 'Fagperson' };

/** How a decision went, as the Task's status: open is still asked for. */
const DECISION_FOLLOW_UP: Record<DecisionFollowUp, string> = { open: 'requested', done: 'completed', notDone: 'failed' };
/** A proposed decision is a proposal; an agreed one is the plan. */
const DECISION_STATUS: Record<MeetingDecision['status'], string> = { proposed: 'proposal', agreed: 'plan' };

/** The plan's next actions are Tasks too: a decision's key keeps the two apart. */
const decisionKey = (meetingId: string, decisionId: string) => `decision/${meetingId}/${decisionId}`;
/** A meeting's key: its id is the client's choice, so it must not meet another Encounter's key. */
const meetingKey = (meetingId: string) => `meeting/${meetingId}`;

/**
 * The network meetings, in the order given (the latest first): each as an Encounter with the
 * young person as its subject, its participants, place, agenda points, minutes and handover, and
 * right after it each of its decisions as a Task of that Encounter.
 */
export function writeMeetings(bundle: BundleBuilder, meetings: readonly NetworkMeeting[]): void {
  for (const meeting of meetings) writeMeeting(bundle, meeting);
}

function writeMeeting(bundle: BundleBuilder, meeting: NetworkMeeting): void {
  // The people and places the meeting and its decisions name are added first, so the decisions
  // follow their Encounter directly in the Bundle.
  const encounter: FhirReference = { reference: bundle.urlOf('Encounter', meetingKey(meeting.id)), type: 'Encounter' };
  const fields = encounterFields(bundle, meeting);
  const tasks = meeting.decisions.map((decision) => [decisionKey(meeting.id, decision.id), taskFields(bundle, decision, encounter)] as const);
  bundle.add('Encounter', meetingKey(meeting.id), fields);
  for (const [key, task] of tasks) bundle.add('Task', key, task);
}

function encounterFields(bundle: BundleBuilder, meeting: NetworkMeeting): FhirJson {
  return compact({
    extension: [
      ...meeting.points.map(pointExtension),
      ...(meeting.minutes
        ? [complexExtension('minutes', { text: { valueString: meeting.minutes.text }, 'shared-with-youth': { valueBoolean: meeting.minutes.sharedWithYouth } })]
        : []),
      ...(meeting.handover ? [handoverExtension(bundle, meeting.handover)] : []),
      changedExtension(meeting.changedAt, meeting.changedBy),
    ],
    identifier: [identifier('network-meeting', meeting.id)],
    status: MEETING_STATUS[meeting.status],
    class: MEETING_CLASS,
    type: [concept(MEETING_TYPE)],
    subject: bundle.patient,
    participant: meeting.participants.map((participant) => participantOf(bundle, participant)),
    period: { start: meeting.at },
    location: [{ location: placeLocation(bundle, meeting.where) }],
  });
}

/**
 * A participant: their role, and who they are. R4 lets an Encounter's participant be a
 * practitioner or a related person, not the patient: the young person is the Encounter's subject,
 * and their participant element says their name in the project's extension instead.
 */
function participantOf(bundle: BundleBuilder, participant: Participant): FhirJson {
  const individual = individualOf(bundle, participant);
  return compact({
    extension: [
      complexExtension('participant', {
        id: { valueString: participant.id },
        name: individual ? undefined : { valueString: participant.name },
        relation: participant.relation === undefined ? undefined : { valueString: participant.relation },
      }),
    ],
    type: [concept(coding(ufCodeSystem('participant-role'), participant.role, PARTICIPANT_ROLES[participant.role]))],
    individual,
  });
}

/** A professional in their unit as their PractitionerRole, else by name; someone the young person brings by name. */
function individualOf(bundle: BundleBuilder, participant: Participant): FhirReference | undefined {
  switch (participant.role) {
    case 'youth':
      return undefined;
    case 'supporter':
      return { type: 'RelatedPerson', display: participant.name };
    default:
      return participant.unit ? bundle.role({ name: participant.name }, participant.unit) : { type: 'Practitioner', display: participant.name };
  }
}

function pointExtension(point: MeetingPoint): FhirExtension {
  return complexExtension('meeting-point', {
    id: { valueString: point.id },
    from: { valueCoding: coding(ufCodeSystem('meeting-point-from'), point.from, POINT_FROM[point.from]) },
    text: { valueString: point.text },
  });
}

/** The new contact as their PractitionerRole, with their phone, sms and e-mail channels (unless the course named them before). */
function handoverExtension(bundle: BundleBuilder, handover: Handover): FhirExtension {
  const to = bundle.role({ name: handover.to.name, staffId: handover.to.id, photoUrl: handover.to.photoUrl }, handover.unit, {
    telecom: telecomOf(handover.channels),
  });
  return complexExtension('handover', { to: { valueReference: to }, on: { valueDate: handover.on } });
}

function taskFields(bundle: BundleBuilder, decision: MeetingDecision, encounter: FhirReference): FhirJson {
  return {
    extension: [decisionExtension(bundle, decision)],
    identifier: [identifier('meeting-decision', decision.id)],
    status: DECISION_FOLLOW_UP[decision.followUp],
    intent: DECISION_STATUS[decision.status],
    description: decision.action,
    for: bundle.patient,
    encounter,
    owner: bundle.role({ name: decision.owner.name, staffId: decision.owner.staffId }, decision.owner.unit),
    note: [{ text: decision.how }],
    restriction: { period: { end: decision.due } },
  };
}

/**
 * What a decision does to the plan: the effort it is for (the plan's ids may hold `_`, which a
 * FHIR id may not, so a string), whether the plan holds it, and a new effort's offer, goals and
 * unit. Built by hand: a goal is a part of its own for each goal.
 */
function decisionExtension(bundle: BundleBuilder, decision: MeetingDecision): FhirExtension {
  const parts: FhirExtension[] = [
    { url: 'effort-id', valueString: decision.effortId },
    { url: 'in-plan', valueBoolean: decision.inPlan },
  ];
  const effort = decision.newEffort;
  if (effort) {
    parts.push(
      { url: 'offer', valueCoding: coding(ufCodeSystem('offer'), effort.offer.id, effort.offer.name) },
      { url: 'offer-kind', valueCoding: coding(ufCodeSystem('offer-kind'), effort.offer.kind) },
      ...effort.goalIds.map((goalId) => ({ url: 'goal', valueString: goalId })),
      ...(effort.unit ? [{ url: 'unit', valueReference: { ...bundle.organization(effort.unit), display: effort.unit.name } }] : []),
    );
  }
  return { url: ufExtension('decision'), extension: parts };
}

/**
 * The network meetings from the Bundle's Encounters of the type, in its order, each with the
 * decisions of the Tasks that name it as their Encounter (in the Bundle's order). A meeting's
 * version is not carried: it comes back as 1. A handover's channels are the new contact's
 * PractitionerRole's: without hours, and the contact card's where it named them first.
 */
export function readMeetings(reader: BundleReader, courseId: string): NetworkMeeting[] {
  const encounters = reader.all('Encounter').filter((encounter) => codeIn(encounter['type'], MEETING_TYPE.system) === MEETING_TYPE.code);
  const decisions = new Map<FhirResource, unknown[]>(encounters.map((encounter) => [encounter, []]));
  reader.all('Task').forEach((task, index) => {
    if (task['encounter'] === undefined) return;
    const at = `Task[${index}]`;
    decisions.get(reader.resolve(task['encounter'], 'Encounter', `${at}.encounter`))?.push(parsedAs(MeetingDecision, at, readDecision(reader, task, at)));
  });
  return encounters.map((encounter, index) => {
    const at = `Encounter[${index}]`;
    return parsedAs(NetworkMeeting, at, readMeeting(reader, encounter, decisions.get(encounter) ?? [], courseId, at));
  });
}

function readMeeting(reader: BundleReader, encounter: FhirResource, decisions: unknown[], courseId: string, at: string): unknown {
  const location = list(encounter, 'location')[0];
  const minutes = extensionOf(encounter, 'minutes');
  const handover = extensionOf(encounter, 'handover');
  const changed = changedOf(encounter, at);
  return {
    id: identifierValue(encounter, 'network-meeting', `${at}.identifier`),
    at: object(encounter, 'period', at)['start'],
    where: location ? reader.resolve(location['location'], 'Location', `${at}.location`)['name'] : undefined,
    status: keyOf(MEETING_STATUS, encounter['status']),
    participants: list(encounter, 'participant').map((participant, index) => {
      const path = `${at}.participant[${index}]`;
      return parsedAs(Participant, path, readParticipant(reader, participant, path));
    }),
    points: extensionsOf(encounter, 'meeting-point').map((point) => ({
      id: valueOf(point, 'id', 'valueString'),
      from: codeOfCoding(valueOf(point, 'from', 'valueCoding'), ufCodeSystem('meeting-point-from')),
      text: valueOf(point, 'text', 'valueString'),
    })),
    decisions,
    handover: handover ? readHandover(reader, handover, `${at}.extension`) : null,
    minutes: minutes ? { text: valueOf(minutes, 'text', 'valueString'), sharedWithYouth: valueOf(minutes, 'shared-with-youth', 'valueBoolean') } : null,
    courseId,
    version: 1,
    changedAt: changed.at,
    changedBy: changed.by,
  };
}

function readParticipant(reader: BundleReader, participant: FhirJson, at: string): unknown {
  const about = extensionOf(participant, 'participant') ?? {};
  const individual = participant['individual'];
  // A professional in a unit is a PractitionerRole of the Bundle; anyone else is a name.
  const person = isObject(individual) && individual['reference'] !== undefined ? reader.person(individual, `${at}.individual`) : undefined;
  const relation = valueOf(about, 'relation', 'valueString');
  return {
    id: valueOf(about, 'id', 'valueString'),
    role: codeOf(participant['type'], ufCodeSystem('participant-role'), Object.keys(PARTICIPANT_ROLES) as ParticipantRole[], `${at}.type`),
    name: person ? person.name : isObject(individual) ? individual['display'] : valueOf(about, 'name', 'valueString'),
    ...(person ? { unit: person.unit } : {}),
    ...(relation === undefined ? {} : { relation }),
  };
}

function readHandover(reader: BundleReader, handover: FhirJson, at: string): unknown {
  const to = reader.person(valueOf(handover, 'to', 'valueReference'), `${at}.handover.to`);
  return {
    to: { id: to.staffId, name: to.name, ...(to.photoUrl === undefined ? {} : { photoUrl: to.photoUrl }) },
    unit: to.unit,
    channels: channelsOf(to.role['telecom']),
    on: valueOf(handover, 'on', 'valueDate'),
  };
}

function readDecision(reader: BundleReader, task: FhirResource, at: string): unknown {
  const about = extensionOf(task, 'decision') ?? {};
  const offer = valueOf(about, 'offer', 'valueCoding');
  const restriction = object(task, 'restriction', at);
  return {
    id: identifierValue(task, 'meeting-decision', `${at}.identifier`),
    action: task['description'],
    how: list(task, 'note')[0]?.['text'],
    owner: reader.responsible(task['owner'], `${at}.owner`),
    due: object(restriction, 'period', `${at}.restriction`)['end'],
    effortId: valueOf(about, 'effort-id', 'valueString'),
    ...(isObject(offer) ? { newEffort: readNewEffort(reader, about, offer, `${at}.extension`) } : {}),
    status: keyOf(DECISION_STATUS, task['intent']),
    inPlan: valueOf(about, 'in-plan', 'valueBoolean'),
    followUp: keyOf(DECISION_FOLLOW_UP, task['status']),
  };
}

function readNewEffort(reader: BundleReader, decision: FhirJson, offer: FhirJson, at: string): unknown {
  const kind = valueOf(decision, 'offer-kind', 'valueCoding');
  const unit = valueOf(decision, 'unit', 'valueReference');
  return {
    offer: { id: codeOfCoding(offer, ufCodeSystem('offer')), name: offer['display'], kind: codeOfCoding(kind, ufCodeSystem('offer-kind')) },
    goalIds: list(decision, 'extension')
      .filter((part) => part['url'] === 'goal')
      .map((part) => part['valueString']),
    ...(unit === undefined ? {} : { unit: reader.unit(unit, `${at}.decision.unit`) }),
  };
}

/** The value of a complex extension's part, e.g. its `valueString`; undefined when it has none. */
function valueOf(extension: FhirJson, part: string, valueKey: string): unknown {
  return partOf(extension, part)?.[valueKey];
}

/** The code of a Coding of the system; undefined for another's. */
function codeOfCoding(coding: unknown, system: string): unknown {
  return isObject(coding) && coding['system'] === system ? coding['code'] : undefined;
}

/** The key of a mapping whose FHIR code this is; undefined (and so refused by the schema) for another. */
function keyOf<K extends string>(mapping: Record<K, string>, code: unknown): K | undefined {
  return (Object.keys(mapping) as K[]).find((key) => mapping[key] === code);
}

import { offerChoiceKey, type OfferChoice } from '../plan/plan-drafts.js';
import { newItemId } from '../ids/new-item-id.js';
import type { Plan, Responsible } from '../schemas/plan.js';
import { phoneHref, type Unit } from '../schemas/contact.js';
import type { MeetingInput, NetworkMeeting, Participant } from '../schemas/network-meeting.js';
import { danishToday, instantOfWallClock as instantOf, wallClockOf } from '../time/calendar.js';
import { newMeetingItemId, nextMeeting, type MeetingEdit } from './meeting-edits.js';

// The meeting's forms as plain drafts: what was typed, the problems with it, and the edit it makes
// (as the plan's are in plan-drafts.ts), for any framework's forms.
// Ids are made when a form opens, so sending it again after a lost answer changes nothing twice.

export type MeetingForm =
  | { kind: 'meeting'; isNew: boolean; id: string; at: string; where: string; coordinatorName: string; unitId: string }
  | { kind: 'participant'; id: string; role: 'professional' | 'youth' | 'supporter'; name: string; unitId: string; relation: string }
  | { kind: 'point'; id: string; from: 'youth' | 'professional'; text: string }
  | {
      kind: 'decision';
      id: string;
      action: string;
      how: string;
      owner: string;
      due: string;
      effort: string;
      offer: string;
      goalId: string;
      newEffortId: string;
    }
  | { kind: 'handover'; personId: string; participantId: string; phone: string; on: string }
  | { kind: 'minutes'; text: string; share: boolean };

export type MeetingFormKind = MeetingForm['kind'];

/** The choice of a decision's form that makes a new planned effort rather than an existing effort's next action. */
export const DECISION_NEW_EFFORT = 'new';

/** What the forms choose from: the units, the people who can answer for a decision, the offers and the plan. */
export interface MeetingFormChoices {
  units: readonly Unit[];
  owners: readonly Responsible[];
  offers: readonly OfferChoice[];
  plan: Plan | null;
}

/** A responsible person's key in a select: name and unit (a participant has no staff id). */
export const responsibleKey = (owner: Responsible): string => `${owner.unit.id}@${owner.name}`;

/** The units a form can pick: the plan's and the meeting's, once each, by name. */
export function meetingUnits(plan: Plan | null, meetings: readonly NetworkMeeting[]): Unit[] {
  const units = new Map<string, Unit>();
  for (const effort of plan?.efforts ?? []) units.set(effort.unit.id, effort.unit);
  for (const meeting of meetings) for (const participant of meeting.participants) if (participant.unit) units.set(participant.unit.id, participant.unit);
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** Who can answer for a decision: the professionals at the meeting, then the plan's responsible people. */
export function decisionOwners(meeting: NetworkMeeting, plan: Plan | null): Responsible[] {
  const owners = new Map<string, Responsible>();
  for (const participant of meeting.participants)
    if (participant.unit && (participant.role === 'coordinator' || participant.role === 'professional')) {
      const owner = { name: participant.name, unit: participant.unit };
      owners.set(responsibleKey(owner), owner);
    }
  for (const effort of plan?.efforts ?? [])
    if (!owners.has(responsibleKey(effort.responsible))) owners.set(responsibleKey(effort.responsible), effort.responsible);
  return [...owners.values()];
}

/** A form as it opens. `meeting` is the meeting it changes (none for a new one); `today` the Danish date. */
export function openMeetingForm(kind: MeetingFormKind, meeting: NetworkMeeting | null, today: string): MeetingForm {
  switch (kind) {
    case 'meeting':
      return meeting
        ? { kind, isNew: false, id: meeting.id, at: wallClockOf(new Date(meeting.at)), where: meeting.where, coordinatorName: '', unitId: '' }
        : { kind, isNew: true, id: newMeetingItemId('m'), at: '', where: '', coordinatorName: '', unitId: '' };
    case 'participant':
      return { kind, id: newMeetingItemId('pa'), role: 'professional', name: '', unitId: '', relation: '' };
    case 'point':
      return { kind, id: newMeetingItemId('pt'), from: 'youth', text: '' };
    case 'decision':
      return { kind, id: newMeetingItemId('d'), action: '', how: '', owner: '', due: '', effort: '', offer: '', goalId: '', newEffortId: newItemId('e') };
    case 'handover':
      // From the meeting's own day: the handover takes effect when the meeting is held.
      return {
        kind,
        personId: newItemId('s'),
        participantId: '',
        phone: '',
        on: meeting && meeting.status === 'planned' ? laterOf(danishToday(new Date(meeting.at)), today) : today,
      };
    case 'minutes':
      return { kind, text: meeting?.minutes?.text ?? '', share: meeting?.minutes?.sharedWithYouth ?? false };
  }
}

/**
 * The fields of `form` that are missing or wrong, by field id: 'missing' (empty, or a choice that
 * is no longer there: a colleague removed the participant, the effort left the plan) or 'phone'.
 */
export function meetingFormProblems(
  form: MeetingForm,
  hasCoordinator: boolean,
  choices: MeetingFormChoices,
  meeting: NetworkMeeting | null,
): Record<string, 'missing' | 'phone'> {
  const problems: Record<string, 'missing' | 'phone'> = {};
  const need = (id: string, value: string, among?: readonly string[]) => {
    if (!value.trim() || (among && !among.includes(value))) problems[id] = 'missing';
  };
  switch (form.kind) {
    case 'meeting':
      if (!instantOf(form.at)) problems['meeting-at'] = 'missing';
      need('meeting-where', form.where);
      if (form.isNew && !hasCoordinator) need('meeting-coordinator', form.coordinatorName);
      break;
    case 'participant':
      need('participant-name', form.name);
      break;
    case 'point':
      need('point-text', form.text);
      break;
    case 'decision':
      need('decision-action', form.action);
      need('decision-how', form.how);
      need('decision-owner', form.owner, choices.owners.map(responsibleKey));
      need('decision-due', form.due);
      need('decision-effort', form.effort, [...(choices.plan?.efforts ?? []).map((effort) => effort.id), DECISION_NEW_EFFORT]);
      if (form.effort === DECISION_NEW_EFFORT) {
        need('decision-offer', form.offer, choices.offers.map(offerChoiceKey));
        need(
          'decision-goal',
          form.goalId,
          (choices.plan?.goals ?? []).map((goal) => goal.id),
        );
      }
      break;
    case 'handover':
      need(
        'handover-person',
        form.participantId,
        handoverCandidates(meeting).map((participant) => participant.id),
      );
      need('handover-on', form.on);
      if (form.phone.trim() && !phoneHref(form.phone.trim())) problems['handover-phone'] = 'phone';
      break;
    case 'minutes':
      need('minutes-text', form.text);
      break;
  }
  return problems;
}

/** Who can become the contact person at a meeting: its professionals with a unit. */
export function handoverCandidates(meeting: NetworkMeeting | null): Participant[] {
  return (meeting?.participants ?? []).filter((participant) => participant.unit && (participant.role === 'coordinator' || participant.role === 'professional'));
}

/** What a new meeting's form makes: the next meeting, with the same network as the one before. */
export function plannedMeeting(form: Extract<MeetingForm, { kind: 'meeting' }>, previous: NetworkMeeting | null, units: readonly Unit[]): MeetingInput {
  const unit = units.find((known) => known.id === form.unitId);
  const coordinator: Participant | undefined =
    previous && previous.participants.some((participant) => participant.role === 'coordinator')
      ? undefined
      : { id: newMeetingItemId('pa'), role: 'coordinator', name: form.coordinatorName.trim(), ...(unit ? { unit } : {}) };
  return nextMeeting(previous, { id: form.id, at: instantOf(form.at)!, where: form.where.trim(), ...(coordinator ? { coordinator } : {}) });
}

/** The edit a form (other than a new meeting's) makes of `meeting`; null when its choices are gone. */
export function meetingEditOf(form: MeetingForm, meeting: NetworkMeeting, choices: MeetingFormChoices): MeetingEdit | null {
  switch (form.kind) {
    case 'meeting':
      return { kind: 'details', at: instantOf(form.at)!, where: form.where.trim() };
    case 'participant': {
      const unit = choices.units.find((known) => known.id === form.unitId);
      const relation = form.relation.trim();
      return {
        kind: 'participant',
        participant: {
          id: form.id,
          role: form.role,
          name: form.name.trim(),
          ...(form.role === 'professional' && unit ? { unit } : {}),
          ...(form.role === 'supporter' && relation ? { relation } : {}),
        },
      };
    }
    case 'point':
      return { kind: 'point', point: { id: form.id, from: form.from, text: form.text.trim() } };
    case 'decision': {
      const owner = choices.owners.find((known) => responsibleKey(known) === form.owner);
      if (!owner) return null;
      const common = {
        id: form.id,
        action: form.action.trim(),
        how: form.how.trim(),
        owner,
        due: form.due,
        status: 'proposed',
        inPlan: false,
        followUp: 'open',
      } as const;
      if (form.effort !== DECISION_NEW_EFFORT) return { kind: 'decision', decision: { ...common, effortId: form.effort } };
      const offer = choices.offers.find((choice) => offerChoiceKey(choice) === form.offer);
      if (!offer) return null;
      return {
        kind: 'decision',
        decision: { ...common, effortId: form.newEffortId, newEffort: { offer: offer.offer, goalIds: [form.goalId], unit: offer.unit } },
      };
    }
    case 'handover': {
      const person = meeting.participants.find((participant) => participant.id === form.participantId);
      if (!person?.unit) return null;
      const phone = form.phone.trim();
      const channels = phone
        ? [
            { kind: 'phone' as const, phone, hours: [] },
            { kind: 'sms' as const, phone, hours: [] },
          ]
        : [];
      return { kind: 'handover', handover: { to: { id: form.personId, name: person.name }, unit: person.unit, channels, on: form.on } };
    }
    case 'minutes':
      return { kind: 'minutes', minutes: { text: form.text.trim(), sharedWithYouth: form.share } };
  }
}

const laterOf = (a: string, b: string): string => (a > b ? a : b);

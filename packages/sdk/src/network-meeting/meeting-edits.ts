import { newItemId } from '../ids/new-item-id.js';
import type { Id, IsoDateTime } from '../schemas/common.js';
import type {
  DecisionFollowUp,
  Handover,
  MeetingDecision,
  MeetingInput,
  MeetingPoint,
  Minutes,
  NetworkMeeting,
  Participant,
} from '../schemas/network-meeting.js';

/**
 * One change to a meeting, as the coordinator makes it during or after the meeting. An edit is
 * applied to the newest version of the meeting when it is sent, and again on top of the version
 * that won after a conflict: two people adding decisions to the same meeting both keep theirs.
 */
export type MeetingEdit =
  | { kind: 'details'; at: IsoDateTime; where: string }
  | { kind: 'participant'; participant: Participant }
  | { kind: 'removeParticipant'; participantId: Id }
  | { kind: 'point'; point: MeetingPoint }
  | { kind: 'decision'; decision: MeetingDecision }
  /** A decision the plan does not hold is taken back (proposed, or agreed but not put in the plan: its effort may be gone); one the plan holds stays. */
  | { kind: 'removeDecision'; decisionId: Id }
  | { kind: 'agreed'; decisionId: Id; inPlan: boolean }
  | { kind: 'followUp'; decisionId: Id; followUp: DecisionFollowUp }
  | { kind: 'held' }
  | { kind: 'handover'; handover: Handover | null }
  | { kind: 'minutes'; minutes: Minutes | null };

/** A stored meeting as the body that writes it again. */
export function inputOf(meeting: NetworkMeeting): MeetingInput {
  const { courseId: _courseId, version: _version, changedAt: _changedAt, changedBy: _changedBy, ...input } = meeting;
  return input;
}

/** An item added again under the same id (a resend after a lost answer) replaces itself: never twice. */
function withItem<T extends { id: Id }>(items: readonly T[], item: T): T[] {
  return items.some((known) => known.id === item.id) ? items.map((known) => (known.id === item.id ? item : known)) : [...items, item];
}

const decisionsWith = (meeting: MeetingInput, decisionId: Id, change: (decision: MeetingDecision) => MeetingDecision): MeetingDecision[] =>
  meeting.decisions.map((decision) => (decision.id === decisionId ? change(decision) : decision));

/** The meeting `edit` makes of `meeting`, as the body that writes it. */
export function applyMeetingEdit(meeting: NetworkMeeting | MeetingInput, edit: MeetingEdit): MeetingInput {
  const input = 'version' in meeting ? inputOf(meeting) : meeting;
  switch (edit.kind) {
    case 'details':
      return { ...input, at: edit.at, where: edit.where };
    case 'participant':
      return { ...input, participants: withItem(input.participants, edit.participant) };
    case 'removeParticipant':
      return { ...input, participants: input.participants.filter((participant) => participant.id !== edit.participantId) };
    case 'point':
      return { ...input, points: withItem(input.points, edit.point) };
    case 'decision':
      return { ...input, decisions: withItem(input.decisions, edit.decision) };
    case 'removeDecision':
      return { ...input, decisions: input.decisions.filter((decision) => decision.id !== edit.decisionId || decision.inPlan) };
    case 'agreed':
      return {
        ...input,
        decisions: decisionsWith(input, edit.decisionId, (decision) => ({ ...decision, status: 'agreed', inPlan: decision.inPlan || edit.inPlan })),
      };
    case 'followUp':
      return { ...input, decisions: decisionsWith(input, edit.decisionId, (decision) => ({ ...decision, followUp: edit.followUp })) };
    case 'held':
      return { ...input, status: 'held' };
    case 'handover':
      return { ...input, handover: edit.handover };
    case 'minutes':
      return { ...input, minutes: edit.minutes };
  }
}

/**
 * The next meeting of a course, planned from the one before: the same network is invited (people
 * come back to the same table, seed 004), with no points, decisions or minutes of its own yet.
 */
export function nextMeeting(previous: NetworkMeeting | null, fields: { id: Id; at: IsoDateTime; where: string; coordinator?: Participant }): MeetingInput {
  const kept = previous?.participants.filter((participant) => !fields.coordinator || participant.role !== 'coordinator') ?? [];
  return {
    id: fields.id,
    at: fields.at,
    where: fields.where,
    status: 'planned',
    participants: fields.coordinator ? [fields.coordinator, ...kept] : kept,
    points: [],
    decisions: [],
    handover: null,
    minutes: null,
  };
}

/** A new opaque id for a meeting (`m`), a participant (`pa`), a point (`pt`) or a decision (`d`). */
export function newMeetingItemId(prefix: 'm' | 'pa' | 'pt' | 'd'): Id {
  return newItemId(prefix);
}

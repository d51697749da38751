import { formatIssuePath } from '../client/issue-paths.js';
import { canonicalJson } from '../json/canonical-json.js';
import type { PlanEdit } from '../plan/plan-edits.js';
import { planWarnings, type PlanFacts, type PlanWarning } from '../plan/plan-facts.js';
import type { FieldProblem, IsoDate, IsoDateTime } from '../schemas/common.js';
import type { Contact } from '../schemas/contact.js';
import type { CourseMeetings, Handover, MeetingDecision, MeetingInput, MeetingPoint, NetworkMeeting } from '../schemas/network-meeting.js';
import type { Plan } from '../schemas/plan.js';
import { addDays } from '../time/calendar.js';

// The network meetings' rules, written once: the reference server and the memory transport both
// apply them, and the widget builds its agenda and its plan edits with them.

/**
 * The meeting an input makes, on top of the stored one (null: planned now), or the problems with
 * it: exactly one coordinator; no id twice among participants, points or decisions; a decision in
 * the plan only once it is agreed; and a handover, once the meeting is held with it, stays as it
 * was, and the meeting stays held (the contact has changed: a new handover is a new meeting's).
 */
export function meetingOf(
  input: MeetingInput,
  stored: NetworkMeeting | null,
  context: { courseId: string; at: IsoDateTime; by: string },
): NetworkMeeting | FieldProblem[] {
  const problems: FieldProblem[] = [];
  const coordinators = input.participants.filter((participant) => participant.role === 'coordinator').length;
  if (coordinators !== 1) problems.push({ path: 'participants', code: 'one_coordinator' });
  for (const list of ['participants', 'points', 'decisions'] as const) {
    const seen = new Set<string>();
    input[list].forEach((item, index) => {
      if (seen.has(item.id)) problems.push({ path: formatIssuePath([list, index, 'id']), code: 'duplicate_id' });
      seen.add(item.id);
    });
  }
  input.decisions.forEach((decision, index) => {
    if (decision.inPlan && decision.status !== 'agreed') problems.push({ path: formatIssuePath(['decisions', index, 'inPlan']), code: 'not_agreed' });
  });
  if (handoverApplied(stored) && canonicalJson(stored!.handover) !== canonicalJson(input.handover))
    problems.push({ path: 'handover', code: 'handover_applied' });
  // Nor may the meeting go back to planned: held again, it would hand the contact over a second time.
  if (handoverApplied(stored) && input.status !== 'held') problems.push({ path: 'status', code: 'handover_applied' });
  if (problems.length > 0) return problems;
  return { ...input, courseId: context.courseId, version: (stored?.version ?? 0) + 1, changedAt: context.at, changedBy: context.by };
}

/** Whether a stored meeting already says what `input` says: writing it again changes nothing. */
export function meetingSays(meeting: NetworkMeeting, input: MeetingInput): boolean {
  const { courseId: _c, version: _v, changedAt: _a, changedBy: _b, ...stored } = meeting;
  return canonicalJson(stored) === canonicalJson(input);
}

function handoverApplied(meeting: NetworkMeeting | null): boolean {
  return meeting !== null && meeting.status === 'held' && meeting.handover !== null;
}

/**
 * The handover a write makes take effect: the meeting is held with a handover now, and was not
 * before. Applied once, so saving the meeting again never counts a second handover.
 */
export function handoverToApply(stored: NetworkMeeting | null, next: NetworkMeeting): Handover | null {
  return next.status === 'held' && next.handover && !handoverApplied(stored) ? next.handover : null;
}

/**
 * The contact after a handover: the new person, unit and channels from the handover's day, one
 * handover more. The old contact's absences and caseload go with them; the young person's
 * preferred channel stays where the new contact has it.
 */
export function contactAfterHandover(contact: Contact, handover: Handover): Contact {
  const { caseload: _caseload, ...rest } = contact;
  const preferred = handover.channels.some((channel) => channel.kind === contact.preferredChannel) ? contact.preferredChannel : null;
  return {
    ...rest,
    person: handover.to,
    unit: handover.unit,
    channels: handover.channels,
    preferredChannel: preferred,
    absences: [],
    contactSince: handover.on,
    handovers: contact.handovers + 1,
  };
}

/** The meetings' order: the latest first (then by id, so one order everywhere). */
export function latestMeetingFirst(a: Pick<NetworkMeeting, 'at' | 'id'>, b: Pick<NetworkMeeting, 'at' | 'id'>): number {
  return Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The meeting held before `meeting`, whose decisions the next one opens with; null for the first. */
export function previousMeeting(meetings: readonly NetworkMeeting[], meeting: Pick<NetworkMeeting, 'at' | 'id'>): NetworkMeeting | null {
  return (
    [...meetings]
      .sort(latestMeetingFirst)
      .find((candidate) => candidate.id !== meeting.id && candidate.status === 'held' && Date.parse(candidate.at) < Date.parse(meeting.at)) ?? null
  );
}

/**
 * The meetings as the young person may see them: who took part, their own points, what was
 * agreed and by whom, a handover once the meeting is held, and the minutes when they are shared
 * with them. Not the professionals' points, nor decisions only proposed (the professionals'
 * deliberation), nor a handover not yet made: those are written for colleagues.
 */
export function meetingsForYouth(meetings: CourseMeetings): CourseMeetings {
  return {
    ...meetings,
    meetings: meetings.meetings.map((meeting) => ({
      ...meeting,
      points: meeting.points.filter((point) => point.from === 'youth'),
      decisions: meeting.decisions.filter((decision) => decision.status === 'agreed'),
      handover: meeting.status === 'held' ? meeting.handover : null,
      minutes: meeting.minutes?.sharedWithYouth ? meeting.minutes : null,
    })),
  };
}

/** One entry of a meeting's agenda, in the order the agenda is read. */
export type AgendaEntry =
  /** A point in someone's own words: the young person's first of all, the professionals' last. */
  | { kind: 'point'; point: MeetingPoint }
  /** A decision of the meeting before, and how it went: the next meeting opens with them. */
  | { kind: 'lastDecision'; decision: MeetingDecision; decidedAt: IsoDateTime }
  /** The life goal changed since the meeting before (or within the last three months, for a first meeting). */
  | { kind: 'lifeGoalChanged'; changedAt: IsoDateTime }
  /** What the plan warns of: overdue next actions, changes the efforts have not followed, double offers, transitions ahead… */
  | { kind: 'planWarning'; warning: PlanWarning };

/**
 * The agenda of a meeting, built from the plan and the meeting before, so nobody has to tell the
 * young person's story again (seed 003): their own points first, then how the last meeting's
 * decisions went, a changed life goal, and what the plan warns of (most urgent first), and the
 * professionals' points last.
 */
export function meetingAgenda(
  meeting: Pick<NetworkMeeting, 'at' | 'points'>,
  previous: NetworkMeeting | null,
  plan: Plan | null,
  facts: PlanFacts | null,
): AgendaEntry[] {
  const points = (from: MeetingPoint['from']) => meeting.points.filter((point) => point.from === from).map((point): AgendaEntry => ({ kind: 'point', point }));
  const since = previous?.at ?? `${addDays(meeting.at.slice(0, 10), -91)}T00:00:00Z`;
  const lifeGoalChanged = plan && Date.parse(plan.lifeGoal.changedAt) > Date.parse(since) && Date.parse(plan.lifeGoal.changedAt) <= Date.parse(meeting.at);
  return [
    ...points('youth'),
    ...(previous?.decisions
      .filter((decision) => decision.status === 'agreed')
      .map((decision): AgendaEntry => ({ kind: 'lastDecision', decision, decidedAt: previous.at })) ?? []),
    ...(lifeGoalChanged ? [{ kind: 'lifeGoalChanged', changedAt: plan.lifeGoal.changedAt } as const] : []),
    // A changed life goal is its own entry above; the plan's other warnings follow in their own order.
    ...(facts ? planWarnings(facts).filter((warning) => !(warning.kind === 'followUpWaiting' && warning.change.target === 'lifeGoal')) : []).map(
      (warning): AgendaEntry => ({ kind: 'planWarning', warning }),
    ),
    ...points('professional'),
  ];
}

/**
 * The plan edit an agreed decision makes, for the plan's own store (with If-Match, so a conflict
 * is handled as every plan edit is): the next action of its effort, or a new planned effort from
 * `start` with the decision as its first next action.
 */
export function decisionPlanEdit(decision: MeetingDecision, start: IsoDate): PlanEdit {
  const nextAction = { text: `${decision.action} – ${decision.how}`.slice(0, 500), due: decision.due, responsible: decision.owner };
  if (!decision.newEffort) return { kind: 'nextAction', effortId: decision.effortId, nextAction };
  return {
    kind: 'effort',
    base: null,
    effort: {
      id: decision.effortId,
      offer: decision.newEffort.offer,
      unit: decision.newEffort.unit ?? decision.owner.unit,
      responsible: decision.owner,
      how: decision.how,
      start,
      status: 'planned',
      goalIds: decision.newEffort.goalIds,
      nextAction,
    },
  };
}

import type { UfClient } from '../client/create-client.js';
import { isConflictError } from '../errors/type-guards.js';
import { planHoldsEdit, type PlanEdit } from '../plan/plan-edits.js';
import { planKey, type PlanStore } from '../plan/plan-store.js';
import type { Id } from '../schemas/common.js';
import { NetworkMeeting as NetworkMeetingSchema, type MeetingInput, type NetworkMeeting } from '../schemas/network-meeting.js';
import { cacheOf, contactKey } from '../store/resource-cache.js';
import { NotLoadedError } from '../store/resource-lifecycle.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus, SaveStatus } from '../store/status.js';
import { danishToday } from '../time/calendar.js';
import { applyMeetingEdit, type MeetingEdit } from './meeting-edits.js';
import { decisionPlanEdit, handoverToApply, latestMeetingFirst, meetingSays } from './meeting-rules.js';

/** What a meetings write was: saving a meeting whole (a new one, planned), or one change to a stored meeting. */
export type MeetingAction = { kind: 'save'; input: MeetingInput } | { kind: 'edit'; meetingId: Id; edit: MeetingEdit };

export interface MeetingWrite {
  status: SaveStatus;
  action: MeetingAction | null;
  error: Error | null;
}

export interface MeetingsState {
  status: LoadStatus;
  error: Error | null;
  /** The course's meetings, the latest first. */
  meetings: NetworkMeeting[];
  write: MeetingWrite;
}

export interface MeetingsStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  courseId: string;
}

/**
 * How agreeing a decision ended: it is in the plan; the plan was changed by someone else meanwhile
 * (the plan store has adopted their version: agree again, with the same plan store, to put the
 * decision in it); or the meeting or the plan could not be saved (see `write` and the plan's `save`).
 */
export type AgreeOutcome = 'inPlan' | 'planConflict' | 'failed';

const idleWrite: MeetingWrite = { status: 'idle', action: null, error: null };

/**
 * Headless state for one course's network meetings (netværksmøder): the meetings, saving one whole
 * (If-None-Match to plan it, If-Match to change it), and agreeing a decision so that it lands in the
 * plan through the plan's own store: a plan changed meanwhile is a conflict handled as every plan
 * edit is, and nothing the coordinator wrote is lost.
 */
export class MeetingsStore extends ResourceStore<MeetingsState, NetworkMeeting[]> {
  private readonly client: UfClient;
  private readonly courseId: string;
  /** The plan edit each decision last sent and the plan did not take (a conflict, an error): withdrawn before it is built again. */
  private readonly planDrafts = new Map<Id, PlanEdit>();

  constructor(options: MeetingsStoreOptions) {
    super({ status: 'idle', error: null, meetings: [], write: idleWrite }, options);
    this.client = options.client;
    this.courseId = options.courseId;
    this.shared = { cache: cacheOf(options.client), key: ['meetings', options.courseId] };
  }

  /** Save a meeting whole, on top of the version this store holds (a new id plans it). Resolves true when stored. */
  save(input: MeetingInput): Promise<boolean> {
    return this.write({ kind: 'save', input }, () => input);
  }

  /**
   * Change one stored meeting: the edit is applied to the newest version this store holds when its
   * turn comes, and {@link retry} applies it again on top of the version that won a conflict.
   * Resolves true when stored.
   */
  edit(meetingId: Id, edit: MeetingEdit): Promise<boolean> {
    return this.write({ kind: 'edit', meetingId, edit }, (meetings) => {
      const meeting = meetings.find((known) => known.id === meetingId);
      return meeting ? applyMeetingEdit(meeting, edit) : null;
    });
  }

  private write(action: MeetingAction, inputFrom: (meetings: readonly NetworkMeeting[]) => MeetingInput | null): Promise<boolean> {
    let stored = false;
    this.setState({ write: { status: 'saving', action, error: null } });
    return this.enqueueWrite(async (signal) => {
      const meetings = this.current();
      const input = meetings && inputFrom(meetings);
      if (!meetings || !input) {
        this.setState({ write: { status: 'error', action, error: new NotLoadedError() } });
        return;
      }
      const basedOn = meetings.find((meeting) => meeting.id === input.id)?.version;
      try {
        const meeting = await this.client.meetings.save(this.courseId, input, basedOn === undefined ? { signal } : { signal, basedOn });
        stored = true;
        this.takeStored(meetings, meeting);
      } catch (error) {
        if (this.cancelled(error, signal)) return;
        // The meeting as it is now, when the conflict says: shown at once, with what the user gave kept in `write`.
        const theirs = isConflictError(error) ? await this.meetingThatWon(error.current, input.id, signal) : null;
        if (signal.aborted) return;
        // Sent again after an answer that was lost: the meeting that won is this very write.
        if (theirs && meetingSays(theirs, action.kind === 'edit' ? applyMeetingEdit(theirs, action.edit) : action.input)) {
          stored = true;
          this.takeStored(meetings, theirs);
          return;
        }
        // A colleague's version: held with a handover by their write, the contact on this page has changed too.
        if (theirs) this.takeMeeting(meetings, theirs);
        const failure = error instanceof Error ? error : new Error(String(error));
        this.setState({ write: { status: isConflictError(error) ? 'conflict' : 'error', action, error: failure } });
      }
    }).then(() => stored);
  }

  /**
   * The meeting that won a conflict: the 412's own `current`, or, from a server that leaves it out,
   * the meeting as the list has it now (so "Prøv igen" applies the edit on top of it, not again on
   * the version that lost). Null when neither can be had.
   */
  private async meetingThatWon(current: unknown, meetingId: Id, signal: AbortSignal): Promise<NetworkMeeting | null> {
    const parsed = NetworkMeetingSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    try {
      return (await this.client.meetings.list(this.courseId, { signal })).meetings.find((meeting) => meeting.id === meetingId) ?? null;
    } catch {
      return null;
    }
  }

  /** A meeting this store's write made: shown as saved. */
  private takeStored(before: readonly NetworkMeeting[], meeting: NetworkMeeting): void {
    this.takeMeeting(before, meeting, { write: { status: 'saved', action: null, error: null } });
  }

  /** A newer version of a meeting: shown, and, held with a handover now, told to the page's contact cards. */
  private takeMeeting(before: readonly NetworkMeeting[], meeting: NetworkMeeting, alongside: Partial<MeetingsState> = {}): void {
    this.takeWritten(withMeeting(this.current() ?? [], meeting), alongside);
    if (handoverToApply(before.find((known) => known.id === meeting.id) ?? null, meeting)) cacheOf(this.client).invalidate(contactKey(this.courseId));
  }

  /**
   * Agree a decision and put it in the plan: the meeting records it as agreed, the plan store makes
   * it the next action of its effort (or a new planned effort) with If-Match, and the meeting
   * records that the plan holds it. Every plan of the course on the page loads again.
   *
   * After a `planConflict` the plan store holds the other person's version: agreeing again puts
   * the decision in that version (the meeting keeps it meanwhile, so nothing is lost).
   */
  async agree(meetingId: Id, decisionId: Id, plan: PlanStore): Promise<AgreeOutcome> {
    const decisionOf = () =>
      this.current()
        ?.find((meeting) => meeting.id === meetingId)
        ?.decisions.find((decision) => decision.id === decisionId);
    const mark = (inPlan: boolean): Promise<boolean> => this.edit(meetingId, { kind: 'agreed', decisionId, inPlan });
    const decision = decisionOf();
    // Without a plan to put it in, nothing is marked: the decision stays as it was.
    if (!decision || (!decision.inPlan && !plan.getSnapshot().plan)) return 'failed';
    if (decision.status !== 'agreed' && !(await mark(false))) return 'failed';
    if (!decision.inPlan) {
      // The edit a conflict left behind is built again from the decision, on top of the version that won;
      // the plan store's other drafts (a vendor's own edits) are not this store's to drop.
      const left = this.planDrafts.get(decisionId);
      if (left) plan.withdraw(left);
      const edit = decisionPlanEdit(decisionOf() ?? decision, danishToday(this.now()));
      const current = plan.getSnapshot().plan;
      // Only recording it in the meeting failed the last time: the plan holds it already.
      if (!current || !planHoldsEdit(current, edit)) {
        this.planDrafts.set(decisionId, edit);
        await plan.edit(edit);
        const { status } = plan.getSnapshot().save;
        if (status !== 'saved' && plan.getSnapshot().save.drafts.includes(edit)) return status === 'conflict' ? 'planConflict' : 'failed';
        this.planDrafts.delete(decisionId);
      }
      // The plan widgets of the course on the page show the new next action (this plan store loads again too).
      cacheOf(this.client).invalidate(planKey(this.courseId));
    }
    return (await mark(true)) ? 'inPlan' : 'failed';
  }

  /** After a failed load: load again. After a failed save: send it again, on top of the newest version. */
  retry(): Promise<unknown> {
    const { action, status } = this.getSnapshot().write;
    if ((status === 'error' || status === 'conflict') && action?.kind === 'save') return this.save(action.input);
    if ((status === 'error' || status === 'conflict') && action?.kind === 'edit') return this.edit(action.meetingId, action.edit);
    return this.load();
  }

  /** Forget a failed write (the user chose not to send it again). */
  discard(): void {
    if (this.getSnapshot().write.status !== 'saving') this.setState({ write: idleWrite });
  }

  protected async fetch(signal: AbortSignal): Promise<NetworkMeeting[]> {
    return (await this.client.meetings.list(this.courseId, { signal })).meetings;
  }

  protected hold(meetings: NetworkMeeting[] | null): Partial<MeetingsState> {
    return { status: meetings && meetings.length > 0 ? 'ready' : 'empty', meetings: meetings ?? [] };
  }

  protected derive(): Partial<MeetingsState> {
    return {};
  }

  protected current(): NetworkMeeting[] | null {
    const { status, meetings } = this.getSnapshot();
    return status === 'ready' || status === 'empty' || meetings.length > 0 ? meetings : null;
  }
}

function withMeeting(meetings: readonly NetworkMeeting[], meeting: NetworkMeeting): NetworkMeeting[] {
  return [meeting, ...meetings.filter((known) => known.id !== meeting.id)].sort(latestMeetingFirst);
}

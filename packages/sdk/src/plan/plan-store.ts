import type { UfClient, Versioned } from '../client/create-client.js';
import type { LoadStatus, SaveStatus } from '../contact/contact-store.js';
import { ConflictError } from '../errors/conflict-error.js';
import { isAbortError } from '../errors/uf-error.js';
import { NotLoadedError, ResourceLifecycle, asError } from '../store/resource-lifecycle.js';
import type { Id, IsoDate } from '../schemas/common.js';
import type { Effort, EffortStatus, NextAction, Plan, PlanNote, PlanUpdate } from '../schemas/plan.js';
import { Store } from '../store/store.js';
import { addDays, daysBetween } from '../time/calendar.js';
import { sameValue } from './apply-plan-update.js';
import { derivePlanFacts, effortEnd, effortsByUnit, planWarnings, type PlanFacts, type PlanWarning, type UnitEfforts } from './plan-facts.js';

// ---------------------------------------------------------------------------------------------
// Edits: what a person changes, kept as intent so it can be re-applied on top of a newer plan.
// ---------------------------------------------------------------------------------------------

/**
 * One change a person makes to the plan, kept as what they meant (not as a whole plan), so after
 * a conflict it can be applied again on top of the other person's version without undoing it.
 */
export type PlanEdit =
  /** A professional sets an effort's status (planned, active, paused, completed, stopped). */
  | { kind: 'effortStatus'; effortId: Id; status: EffortStatus }
  /** A professional sets or clears an effort's next action. */
  | { kind: 'nextAction'; effortId: Id; nextAction: NextAction | null }
  /** A professional adds a learning note, a small success or a setback. */
  | { kind: 'note'; note: PlanNote }
  /** A whole update built elsewhere; re-applied by a three-way merge against the version it was based on. */
  | { kind: 'update'; base: PlanUpdate; update: PlanUpdate }
  /** The young person sets or removes (`null`) their own comment. */
  | { kind: 'comment'; text: string | null };

/** An edit refers to something that is no longer in the plan (someone else removed it meanwhile). */
export class PlanEditTargetGoneError extends Error {
  constructor(readonly targetId: Id) {
    super('The part of the plan this change was made to is no longer in the plan');
    this.name = 'PlanEditTargetGoneError';
  }
}

/**
 * Both people changed the same part of the plan (the life goal, or one goal, effort or note):
 * there is no safe automatic merge, so the user's draft stays and the conflict stays visible.
 */
export class PlanEditOverlapError extends Error {
  constructor(readonly targetId: Id | 'lifeGoal') {
    super('Someone else changed the same part of the plan; it cannot be merged automatically');
    this.name = 'PlanEditOverlapError';
  }
}

/** The editable parts of a plan, as a {@link PlanUpdate} that changes nothing yet. */
export function toPlanUpdate(plan: Plan): PlanUpdate {
  const { text, dreams, path } = plan.lifeGoal;
  return {
    lifeGoal: path === undefined ? { text, dreams: [...dreams] } : { text, dreams: [...dreams], path },
    goals: plan.goals.map(({ changedAt: _changedAt, ...goal }) => ({ ...goal })),
    efforts: plan.efforts.map(({ changedAt: _changedAt, ...effort }) => ({ ...effort, goalIds: [...effort.goalIds] })),
    notes: plan.notes.map((note) => ({ ...note })),
  };
}

function withEffort(plan: Plan, effortId: Id, change: (effort: PlanUpdate['efforts'][number]) => PlanUpdate['efforts'][number]): PlanUpdate {
  const update = toPlanUpdate(plan);
  if (!update.efforts.some((effort) => effort.id === effortId)) throw new PlanEditTargetGoneError(effortId);
  return { ...update, efforts: update.efforts.map((effort) => (effort.id === effortId ? change(effort) : effort)) };
}

/** The plan's update with one effort's status set. Throws {@link PlanEditTargetGoneError} when the effort is gone. */
export function withEffortStatus(plan: Plan, effortId: Id, status: EffortStatus): PlanUpdate {
  return withEffort(plan, effortId, (effort) => ({ ...effort, status }));
}

/** The plan's update with one effort's next action set or cleared. Throws {@link PlanEditTargetGoneError} when the effort is gone. */
export function withNextAction(plan: Plan, effortId: Id, nextAction: NextAction | null): PlanUpdate {
  return withEffort(plan, effortId, (effort) => ({ ...effort, nextAction }));
}

/** The plan's update with a note added (or replaced, when a note with its id is there already). */
export function withNote(plan: Plan, note: PlanNote): PlanUpdate {
  const update = toPlanUpdate(plan);
  return { ...update, notes: [note, ...update.notes.filter((existing) => existing.id !== note.id)] };
}

/**
 * Three-way merge of whole updates, matched by id: what only I changed is mine, what only they
 * changed is theirs, an item I removed stays removed and one I added is added. Where we both
 * changed the same item, or they removed one I changed, it refuses rather than silently undo
 * someone's change: {@link PlanEditOverlapError}, {@link PlanEditTargetGoneError}.
 */
export function mergePlanUpdates(base: PlanUpdate, mine: PlanUpdate, theirs: PlanUpdate): PlanUpdate {
  const iChangedLifeGoal = !sameValue(mine.lifeGoal, base.lifeGoal);
  if (iChangedLifeGoal && !sameValue(theirs.lifeGoal, base.lifeGoal) && !sameValue(theirs.lifeGoal, mine.lifeGoal)) throw new PlanEditOverlapError('lifeGoal');
  const merged: PlanUpdate = {
    lifeGoal: iChangedLifeGoal ? mine.lifeGoal : theirs.lifeGoal,
    goals: mergeItems(base.goals, mine.goals, theirs.goals),
    efforts: mergeItems(base.efforts, mine.efforts, theirs.efforts),
    notes: mergeItems(base.notes, mine.notes, theirs.notes),
  };
  return mine.reason ? { ...merged, reason: mine.reason } : merged;
}

function mergeItems<T extends { id: Id }>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const baseById = new Map(base.map((item) => [item.id, item]));
  const mineById = new Map(mine.map((item) => [item.id, item]));
  const theirIds = new Set(theirs.map((item) => item.id));
  for (const item of mine) {
    const before = baseById.get(item.id);
    if (before && !sameValue(item, before) && !theirIds.has(item.id)) throw new PlanEditTargetGoneError(item.id);
  }
  const merged: T[] = [];
  for (const item of theirs) {
    const before = baseById.get(item.id);
    const mineNow = mineById.get(item.id);
    if (before && !mineNow) continue; // I removed it
    const iChanged = Boolean(mineNow && before && !sameValue(mineNow, before));
    if (iChanged && before && !sameValue(item, before) && !sameValue(item, mineNow)) throw new PlanEditOverlapError(item.id);
    merged.push(iChanged ? mineNow! : item);
  }
  for (const item of mine) if (!baseById.has(item.id) && !theirIds.has(item.id)) merged.push(item); // I added it
  return merged;
}

/** The request an edit becomes on top of `plan`: a plan update, or the young person's comment. */
export function applyPlanEdit(plan: Plan, edit: PlanEdit): { update: PlanUpdate } | { comment: string | null } {
  switch (edit.kind) {
    case 'effortStatus':
      return { update: withEffortStatus(plan, edit.effortId, edit.status) };
    case 'nextAction':
      return { update: withNextAction(plan, edit.effortId, edit.nextAction) };
    case 'note':
      return { update: withNote(plan, edit.note) };
    case 'update':
      return { update: mergePlanUpdates(edit.base, edit.update, toPlanUpdate(plan)) };
    case 'comment':
      return { comment: edit.text };
  }
}

// ---------------------------------------------------------------------------------------------
// What changed between two versions, to tell the user what the other person did.
// ---------------------------------------------------------------------------------------------

export type PlanPartChange = { id: Id; action: 'added' | 'changed' | 'removed' };

/** What differs between the version a user edited and the one that won; ids refer to either. */
export interface PlanDifferences {
  lifeGoal: boolean;
  goals: PlanPartChange[];
  efforts: PlanPartChange[];
  notes: PlanPartChange[];
  comment: boolean;
}

/** Which parts of the plan differ between `before` and `after` (by id, with `sameValue`). */
export function planDifferences(before: Plan, after: Plan): PlanDifferences {
  return {
    lifeGoal: !sameValue(before.lifeGoal, after.lifeGoal),
    goals: partChanges(before.goals, after.goals),
    efforts: partChanges(before.efforts, after.efforts),
    notes: partChanges(before.notes, after.notes),
    comment: !sameValue(before.youthComment, after.youthComment),
  };
}

function partChanges<T extends { id: Id }>(before: readonly T[], after: readonly T[]): PlanPartChange[] {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const changes: PlanPartChange[] = [];
  for (const item of after) {
    const previous = beforeById.get(item.id);
    if (!previous) changes.push({ id: item.id, action: 'added' });
    else if (!sameValue(previous, item)) changes.push({ id: item.id, action: 'changed' });
  }
  for (const item of before) if (!afterIds.has(item.id)) changes.push({ id: item.id, action: 'removed' });
  return changes;
}

// ---------------------------------------------------------------------------------------------
// The view: everything the plan widget shows beyond the raw plan, derived once per change.
// ---------------------------------------------------------------------------------------------

/** How many days before and after today the timeline shows: the recent past and the half-year ahead. */
export const TIMELINE_DAYS_BEFORE = 180;
export const TIMELINE_DAYS_AFTER = 180;

/** Where an effort sits on the timeline, as fractions (0–1) of the window. */
export interface TimelineBar {
  effort: Effort;
  /** 0–1; where the bar starts in the window. */
  from: number;
  /** 0–1; where the bar ends in the window (at least `from`). */
  to: number;
  /** The effort started before the window. */
  startsBefore: boolean;
  /** The effort runs past the window, or has no end yet. */
  endsAfter: boolean;
  /** The last day (inclusive), or null while it runs with no end in sight. */
  end: IsoDate | null;
}

export interface TimelineUnit extends UnitEfforts {
  bars: TimelineBar[];
}

export interface PlanTimeline {
  from: IsoDate;
  to: IsoDate;
  /** 0–1; where today sits in the window. */
  today: number;
  units: TimelineUnit[];
}

/** A next action in the "who does what, how, when" list. */
export interface PlanNextAction {
  effort: Effort;
  action: NextAction;
  /** Whole days past due (0 when not overdue). */
  daysOverdue: number;
}

/** What the plan view renders, derived once per change so every framework shows the same. */
export interface PlanView {
  warnings: PlanWarning[];
  timeline: PlanTimeline;
  /** Next actions of planned and active efforts, soonest due first. */
  nextActions: PlanNextAction[];
  /** Notes, newest first. */
  notes: PlanNote[];
}

/** The timeline of parallel efforts by unit over a window around today (seed 000: one timeline across departments). */
export function planTimeline(efforts: readonly Effort[], today: IsoDate, daysBefore = TIMELINE_DAYS_BEFORE, daysAfter = TIMELINE_DAYS_AFTER): PlanTimeline {
  const from = addDays(today, -daysBefore);
  const to = addDays(today, daysAfter);
  const span = daysBefore + daysAfter + 1;
  const at = (date: IsoDate): number => Math.min(1, Math.max(0, daysBetween(from, date) / span));
  const units = effortsByUnit(efforts).map((group) => ({
    ...group,
    bars: group.efforts.map((effort): TimelineBar => {
      const end = effortEnd(effort);
      const start = at(effort.start);
      return {
        effort,
        from: start,
        // An end date is inclusive: the bar reaches the end of that day.
        to: Math.max(start, end === null ? 1 : Math.min(1, (daysBetween(from, end) + 1) / span)),
        startsBefore: effort.start < from,
        endsAfter: end === null || end > to,
        end,
      };
    }),
  }));
  return { from, to, today: at(today), units };
}

/** Everything the plan view shows, from the plan and its facts. */
export function derivePlanView(plan: Plan, facts: PlanFacts): PlanView {
  const nextActions = plan.efforts
    .filter((effort) => effort.nextAction && (effort.status === 'planned' || effort.status === 'active'))
    .map((effort): PlanNextAction => {
      const action = effort.nextAction as NextAction;
      return { effort, action, daysOverdue: action.due < facts.today ? daysBetween(action.due, facts.today) : 0 };
    })
    .sort((a, b) => a.action.due.localeCompare(b.action.due));
  return {
    warnings: planWarnings(facts),
    timeline: planTimeline(plan.efforts, facts.today),
    nextActions,
    notes: [...plan.notes].sort((a, b) => b.date.localeCompare(a.date)),
  };
}

// ---------------------------------------------------------------------------------------------
// The store.
// ---------------------------------------------------------------------------------------------

export interface PlanSaveState {
  status: SaveStatus;
  /**
   * The edits not saved yet, oldest first: kept through errors, timeouts and conflicts until the
   * server accepts them or the user discards them. Typed text is never lost.
   */
  drafts: PlanEdit[];
  error: Error | null;
}

export interface PlanState {
  status: LoadStatus;
  plan: Plan | null;
  etag: string | null;
  facts: PlanFacts | null;
  view: PlanView | null;
  /** Why loading failed: usually a {@link UfError}. */
  error: Error | null;
  save: PlanSaveState;
  /** On conflict: the other person's version (also adopted as `plan`); null when unknown. */
  theirs: Plan | null;
  /** On conflict: what the other person changed, relative to the version the user edited. */
  theirChanges: PlanDifferences | null;
}

export interface PlanStoreOptions {
  client: UfClient;
  courseId: string;
  /** The clock; injectable so stories and tests can show any day. */
  now?: () => Date;
  /** How often time-dependent facts (overdue, transitions) are derived again, in ms. Default 60 000; 0 = off. */
  refreshFactsEveryMs?: number;
}

const idleSave: PlanSaveState = { status: 'idle', drafts: [], error: null };

/** Kept under the plan's name for callers that already use it. */
export { NotLoadedError as PlanNotLoadedError };

/**
 * Headless state for one course's plan: loading, empty, error with retry, facts and the derived
 * view kept current by a clock, and saving edits with optimistic concurrency (If-Match). On a
 * conflict the user's edits stay as drafts, the other person's version is adopted and described,
 * and {@link reapply} applies the same edits again on top of it. Call {@link dispose} when done.
 */
export class PlanStore extends Store<PlanState> {
  private readonly client: UfClient;
  private readonly courseId: string;
  private readonly now: () => Date;
  private readonly lifecycle: ResourceLifecycle;
  /** Edits waiting their turn, so the save state says "saving" while any of them is still to come. */
  private readonly queued = new Set<PlanEdit>();
  private lastProblem: Pick<PlanSaveState, 'status' | 'error'> = { status: 'error', error: null };

  constructor(options: PlanStoreOptions) {
    super({ status: 'idle', plan: null, etag: null, facts: null, view: null, error: null, save: idleSave, theirs: null, theirChanges: null });
    this.client = options.client;
    this.courseId = options.courseId;
    this.now = options.now ?? (() => new Date());
    this.lifecycle = new ResourceLifecycle(options.refreshFactsEveryMs ?? 60_000, () => this.refreshFacts());
  }

  /** Fetch the plan; a running load is cancelled first. Never rejects: failures land in `state.error`. */
  async load(): Promise<void> {
    if (this.lifecycle.disposed) return;
    this.setState({ status: 'loading', error: null });
    const outcome = await this.lifecycle.load((signal) => this.client.plan.get(this.courseId, { signal }));
    if (outcome.kind === 'answer') this.takeLoaded(outcome.value);
    else if (outcome.kind === 'overtaken') this.setState({ status: this.getSnapshot().plan ? 'ready' : 'empty' });
    else if (outcome.kind === 'failed') this.setState({ status: 'error', error: outcome.error });
  }

  /** Re-derive the time-dependent facts and view (overdue, transitions, today on the timeline) without a request. */
  refreshFacts(): void {
    const plan = this.getSnapshot().plan;
    if (plan) this.setState(this.derive(plan));
  }

  /** Save a whole update built by the caller (with {@link toPlanUpdate} and friends). */
  save(update: PlanUpdate): Promise<void> {
    const plan = this.getSnapshot().plan;
    return this.edit({ kind: 'update', base: plan ? toPlanUpdate(plan) : update, update });
  }

  /** Save the young person's own comment (`null` removes it). */
  saveComment(text: string | null): Promise<void> {
    return this.edit({ kind: 'comment', text });
  }

  /** Set one effort's status and save. */
  setEffortStatus(effortId: Id, status: EffortStatus): Promise<void> {
    return this.edit({ kind: 'effortStatus', effortId, status });
  }

  /** Set or clear one effort's next action and save. */
  setNextAction(effortId: Id, nextAction: NextAction | null): Promise<void> {
    return this.edit({ kind: 'nextAction', effortId, nextAction });
  }

  /** Add a learning note, a small success or a setback and save. */
  addNote(note: PlanNote): Promise<void> {
    return this.edit({ kind: 'note', note });
  }

  /**
   * Save one edit. It is applied to the newest version when its turn comes: saves run one after
   * another rather than cancelling each other (a cancelled PUT may already have reached the
   * server, and resending it with the old ETag would conflict with the user's own change).
   */
  edit(edit: PlanEdit): Promise<void> {
    const conflictsKnown = this.lifecycle.conflicts;
    const { save } = this.getSnapshot();
    this.queued.add(edit);
    this.setState({ save: { status: 'saving', drafts: [...save.drafts, edit], error: null } });
    return this.lifecycle.enqueue(
      (signal) => this.send(edit, conflictsKnown, signal),
      () => this.queued.delete(edit),
    );
  }

  /** After a conflict or error: apply the user's own edits again on top of the newest version, and save. */
  async reapply(): Promise<void> {
    const { drafts } = this.getSnapshot().save;
    if (!drafts.length) return;
    this.setState({ save: { status: 'saving', drafts: [], error: null }, theirs: null, theirChanges: null });
    for (const edit of drafts) {
      await this.edit(edit);
      if (this.getSnapshot().save.status !== 'saved') {
        // Keep the ones not tried yet, after the one that failed: nothing typed is lost.
        const rest = drafts.slice(drafts.indexOf(edit) + 1).filter((later) => !this.getSnapshot().save.drafts.includes(later));
        this.setState({ save: { ...this.getSnapshot().save, drafts: [...this.getSnapshot().save.drafts, ...rest] } });
        return;
      }
    }
  }

  /** After a conflict or error: keep the plan as it is on the server and drop the user's unsaved edits. */
  discardDraft(): void {
    this.setState({ save: idleSave, theirs: null, theirChanges: null });
  }

  /** Cancel anything in flight and stop the clock; the store does nothing after this. */
  dispose(): void {
    this.lifecycle.dispose();
  }

  private async send(edit: PlanEdit, conflictsKnown: number, signal: AbortSignal): Promise<void> {
    const { etag, plan, save } = this.getSnapshot();
    if (!etag || !plan) {
      this.fail(edit, 'error', new NotLoadedError());
      return;
    }
    if (this.lifecycle.conflicts > conflictsKnown) {
      // Made before the user knew someone else had changed the plan: keep it as a draft beside theirs.
      this.fail(edit, 'conflict', save.error ?? this.lastProblem.error);
      return;
    }
    let request: ReturnType<typeof applyPlanEdit>;
    try {
      request = applyPlanEdit(plan, edit);
    } catch (error) {
      this.fail(edit, 'error', asError(error));
      return;
    }
    const options = { ifMatch: etag, signal };
    try {
      const saved =
        'comment' in request
          ? await this.client.plan.setComment(this.courseId, request.comment, options)
          : await this.client.plan.update(this.courseId, request.update, options);
      const drafts = this.getSnapshot().save.drafts.filter((draft) => draft !== edit);
      this.takeWritten(saved, { save: this.saveStateWith(drafts, edit), theirs: null, theirChanges: null });
    } catch (error) {
      if (signal.aborted || isAbortError(error)) return;
      if (error instanceof ConflictError) await this.takeConflict(error as ConflictError<Plan>, plan, edit);
      else this.fail(edit, 'error', asError(error));
    }
  }

  /** The edit stays a draft; the save state shows the problem unless later edits are still on their way. */
  private fail(edit: PlanEdit, status: 'error' | 'conflict', error: Error | null): void {
    this.lastProblem = { status, error };
    this.setState({ save: this.saveStateWith(this.getSnapshot().save.drafts, edit) });
  }

  /** The save state after `done` was answered: saving while others wait, else the last problem, else saved. */
  private saveStateWith(drafts: PlanEdit[], done: PlanEdit): PlanSaveState {
    if (drafts.some((draft) => draft !== done && this.queued.has(draft))) return { status: 'saving', drafts, error: null };
    if (drafts.length) return { status: this.lastProblem.status, drafts, error: this.lastProblem.error };
    return { status: 'saved', drafts, error: null };
  }

  /** Keep the drafts, adopt the version that won (asking for it when the conflict did not carry it), and say what differs. */
  private async takeConflict(error: ConflictError<Plan>, edited: Plan, edit: PlanEdit): Promise<void> {
    this.lifecycle.conflicts += 1;
    this.lastProblem = { status: 'conflict', error };
    let theirs: Versioned<Plan> | null | undefined = error.current && error.currentEtag ? { value: error.current, etag: error.currentEtag } : undefined;
    if (theirs === undefined) theirs = await this.client.plan.get(this.courseId).catch(() => undefined);
    if (this.lifecycle.disposed) return;
    const save = this.saveStateWith(this.getSnapshot().save.drafts, edit);
    if (theirs === null) this.takeLoaded(null, { save, theirs: null, theirChanges: null });
    else if (theirs) this.takeWritten(theirs, { save, theirs: theirs.value, theirChanges: planDifferences(edited, theirs.value) });
    else this.setState({ save, theirs: null, theirChanges: null });
  }

  private takeWritten(versioned: Versioned<Plan>, alongside: Partial<PlanState>): void {
    this.lifecycle.tookWrittenVersion();
    this.takeLoaded(versioned, alongside);
  }

  /** One snapshot for the version and everything derived from it, so listeners never see half a transition. */
  private takeLoaded(versioned: Versioned<Plan> | null, alongside: Partial<PlanState> = {}): void {
    if (!versioned) {
      this.setState({ status: 'empty', plan: null, etag: null, facts: null, view: null, ...alongside });
      return;
    }
    this.setState({ status: 'ready', plan: versioned.value, etag: versioned.etag, ...this.derive(versioned.value), ...alongside });
    this.lifecycle.startClock();
  }

  private derive(plan: Plan): Pick<PlanState, 'facts' | 'view'> {
    const facts = derivePlanFacts(plan, this.now());
    return { facts, view: derivePlanView(plan, facts) };
  }
}

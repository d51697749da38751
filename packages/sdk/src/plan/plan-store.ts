import type { UfClient, Versioned } from '../client/create-client.js';
import type { LoadStatus, SaveStatus } from '../contact/contact-store.js';
import { ConflictError } from '../errors/conflict-error.js';
import { isAbortError } from '../errors/uf-error.js';
import { NotLoadedError, ResourceLifecycle, asError } from '../store/resource-lifecycle.js';
import type { Id } from '../schemas/common.js';
import type { EffortStatus, NextAction, Plan, PlanNote, PlanUpdate } from '../schemas/plan.js';
import { Store } from '../store/store.js';
import { derivePlanFacts, type PlanFacts } from './plan-facts.js';
import { applyPlanEdit, planHoldsEdit, rebaseEdit, toPlanUpdate, type PlanEdit } from './plan-edits.js';
import { derivePlanView, planDifferences, type PlanDifferences, type PlanView } from './plan-view.js';

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

  /**
   * After a conflict or error: apply the user's own edits again on top of the newest version, and
   * save. A whole effort, goal or life goal the other person changed too is saved as the user
   * wrote it: they have been shown the other version and chose theirs.
   */
  async reapply(): Promise<void> {
    const { plan, save } = this.getSnapshot();
    if (!save.drafts.length) return;
    const drafts = plan ? save.drafts.map((edit) => rebaseEdit(edit, plan)) : save.drafts;
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

  /**
   * Drop one unsaved edit that is not on its way, e.g. because the user saves a newer version of
   * the same form: sending both would make the older one overwrite, or conflict with, the newer.
   */
  withdraw(edit: PlanEdit): void {
    const { save } = this.getSnapshot();
    if (this.queued.has(edit) || !save.drafts.includes(edit)) return;
    const drafts = save.drafts.filter((draft) => draft !== edit);
    this.setState(drafts.length ? { save: { ...save, drafts } } : { save: idleSave, theirs: null, theirChanges: null });
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
    let theirs: Versioned<Plan> | null | undefined = error.current && error.currentEtag ? { value: error.current, etag: error.currentEtag } : undefined;
    if (theirs === undefined) theirs = await this.client.plan.get(this.courseId).catch(() => undefined);
    if (this.lifecycle.disposed) return;
    if (theirs && planHoldsEdit(theirs.value, edit)) {
      // The "other" version already holds this edit: most likely our own earlier attempt landed
      // and only its answer was lost. Saved, not a conflict.
      const drafts = this.getSnapshot().save.drafts.filter((draft) => draft !== edit);
      this.takeWritten(theirs, { save: this.saveStateWith(drafts, edit), theirs: null, theirChanges: null });
      return;
    }
    this.lifecycle.conflicts += 1;
    this.lastProblem = { status: 'conflict', error };
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

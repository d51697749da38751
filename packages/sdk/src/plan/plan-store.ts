import type { UfClient, Versioned } from '../client/create-client.js';
import { ConflictError } from '../errors/conflict-error.js';
import { NotLoadedError, asError } from '../store/resource-lifecycle.js';
import { cacheOf } from '../store/resource-cache.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus, SaveStatus, WriteState } from '../store/status.js';
import type { Id } from '../schemas/common.js';
import type { EffortStatus, NextAction, Plan, PlanNote, PlanUpdate } from '../schemas/plan.js';
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

export interface PlanStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  courseId: string;
}

const idleSave: PlanSaveState = { status: 'idle', drafts: [], error: null };
const noConflict: Pick<PlanState, 'theirs' | 'theirChanges'> = { theirs: null, theirChanges: null };

/** Where a client's plan store makes the course's plan known to the other stores of that client. */
export const planKey = (courseId: string) => ['plan', courseId] as const;

/** Kept under the plan's name for callers that already use it. */
export { NotLoadedError as PlanNotLoadedError };

/**
 * Headless state for one course's plan: loading, empty, error with retry, facts and the derived
 * view kept current by a clock, and saving edits with optimistic concurrency (If-Match). On a
 * conflict the user's edits stay as drafts, the other person's version is adopted and described,
 * and {@link retry} applies the same edits again on top of it. Call {@link dispose} when done.
 */
export class PlanStore extends ResourceStore<PlanState, Versioned<Plan>> {
  private readonly client: UfClient;
  private readonly courseId: string;
  /** Edits waiting their turn, so the save state says "saving" while any of them is still to come. */
  private readonly queued = new Set<PlanEdit>();
  private lastProblem: Pick<PlanSaveState, 'status' | 'error'> = { status: 'error', error: null };

  constructor(options: PlanStoreOptions) {
    super({ status: 'idle', plan: null, etag: null, facts: null, view: null, error: null, save: idleSave, ...noConflict }, options);
    this.client = options.client;
    this.courseId = options.courseId;
    this.shared = { cache: cacheOf(options.client), key: planKey(options.courseId) };
    // Another store's write changed the plan on the server (a proposal accepted from the needs bank): load it again.
    this.stopWatching = this.shared.cache.watch(this.shared.key, (value) => {
      if (value === undefined) void this.load();
    });
  }

  private readonly stopWatching: () => void;

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
    const { save } = this.getSnapshot();
    this.queued.add(edit);
    this.setState({ save: { status: 'saving', drafts: [...save.drafts, edit], error: null } });
    return this.enqueueWrite(
      (signal, conflictSinceMade) => this.send(edit, conflictSinceMade, signal),
      () => this.queued.delete(edit),
    );
  }

  /**
   * After a conflict or error: apply the user's own edits again on top of the newest version, and
   * save. A whole effort, goal or life goal the other person changed too is saved as the user
   * wrote it: they have been shown the other version and chose theirs.
   */
  async retry(): Promise<void> {
    const { plan, save } = this.getSnapshot();
    if (!save.drafts.length) return;
    const drafts = plan ? save.drafts.map((edit) => rebaseEdit(edit, plan)) : save.drafts;
    this.setState({ save: { status: 'saving', drafts: [], error: null }, ...noConflict });
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
    this.setState(drafts.length ? { save: { ...save, drafts } } : { save: idleSave, ...noConflict });
  }

  /** After a conflict or error: keep the plan as it is on the server and drop the user's unsaved edits. */
  discard(): void {
    this.setState({ save: idleSave, ...noConflict });
  }

  /** The same as {@link retry}. */
  reapply(): Promise<void> {
    return this.retry();
  }

  /** The same as {@link discard}. */
  discardDraft(): void {
    this.discard();
  }

  protected fetch(signal: AbortSignal): Promise<Versioned<Plan> | null> {
    return this.client.plan.get(this.courseId, { signal });
  }

  protected hold(versioned: Versioned<Plan> | null): Partial<PlanState> {
    return versioned ? { status: 'ready', plan: versioned.value, etag: versioned.etag } : { status: 'empty', plan: null, etag: null, facts: null, view: null };
  }

  protected derive(versioned: Versioned<Plan>): Pick<PlanState, 'facts' | 'view'> {
    const facts = derivePlanFacts(versioned.value, this.now());
    return { facts, view: derivePlanView(versioned.value, facts) };
  }

  protected current(): Versioned<Plan> | null {
    const { plan, etag } = this.getSnapshot();
    return plan && etag ? { value: plan, etag } : null;
  }

  /** The plan is personal data: once this store is gone, the cache no longer holds it for anyone. */
  override dispose(): void {
    this.stopWatching();
    cacheOf(this.client).retract(planKey(this.courseId));
    super.dispose();
  }

  /** Every version taken, loaded or written, reaches the stores that derive from the plan (the progression's passivity). */
  protected override takeLoaded(versioned: Versioned<Plan> | null, alongside: Partial<PlanState> = {}): void {
    super.takeLoaded(versioned, alongside);
    cacheOf(this.client).publish(planKey(this.courseId), versioned?.value ?? null);
  }

  private async send(edit: PlanEdit, conflictSinceMade: () => boolean, signal: AbortSignal): Promise<void> {
    const { etag, plan, save } = this.getSnapshot();
    if (!etag || !plan) {
      this.fail(edit, 'error', new NotLoadedError());
      return;
    }
    if (conflictSinceMade()) {
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
      this.takeWritten(saved, { save: this.saveStateWith(drafts, edit), ...noConflict });
    } catch (error) {
      if (this.cancelled(error, signal)) return;
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

  /** Keep the drafts, adopt the version that won, and say what differs. */
  private async takeConflict(error: ConflictError<Plan>, edited: Plan, edit: PlanEdit): Promise<void> {
    const resolution = await this.settleConflict(
      error,
      () => this.client.plan.get(this.courseId),
      (theirs) => planHoldsEdit(theirs, edit),
    );
    if (!resolution) return;
    if (resolution.kind === 'landed') {
      const drafts = this.getSnapshot().save.drafts.filter((draft) => draft !== edit);
      this.takeWritten(resolution.theirs, { save: this.saveStateWith(drafts, edit), ...noConflict });
      return;
    }
    const { theirs } = resolution;
    this.lastProblem = { status: 'conflict', error };
    const save = this.saveStateWith(this.getSnapshot().save.drafts, edit);
    this.takeTheirs(theirs, theirs ? { save, theirs: theirs.value, theirChanges: planDifferences(edited, theirs.value) } : { save, ...noConflict });
  }
}

/** The unsaved edits, oldest first, and the other person's plan on a conflict. */
export function planWriteState(state: PlanState): WriteState<readonly PlanEdit[], Plan> {
  return { status: state.save.status, pending: state.save.drafts.length ? state.save.drafts : undefined, error: state.save.error, theirs: state.theirs };
}

import type { UfClient, Versioned } from '../client/create-client.js';
import { isConflictError } from '../errors/type-guards.js';
import { planKey } from '../plan/plan-store.js';
import type { IsoDate } from '../schemas/common.js';
import type { NeedInput, Proposal, ProposalDecisionInput, SharedNeed } from '../schemas/needs-bank.js';
import type { Goal, Plan } from '../schemas/plan.js';
import { cacheOf } from '../store/resource-cache.js';
import { ResourceStore, type ResourceStoreOptions } from '../store/resource-store.js';
import type { LoadStatus } from '../store/status.js';
import { needSays } from './needs-bank-rules.js';
import { failedWrite, idleWrite, type NeedsBankAction, type NeedsBankWrite } from './needs-write.js';

export interface CourseNeedsState {
  status: LoadStatus;
  error: Error | null;
  /** The course's shared needs, newest first, each with its proposals. */
  needs: SharedNeed[];
  /** The course's plan, for the team (its goals to share a need for); null for the young person, or when there is none. */
  plan: Plan | null;
  /** The plan's open goals: what a need can be shared for. */
  goals: Goal[];
  write: NeedsBankWrite;
}

export interface CourseNeedsStoreOptions extends ResourceStoreOptions {
  client: UfClient;
  courseId: string;
  /**
   * Also read the plan, to share a need for one of its goals: the team's view. The young person's
   * view reads only the needs (default false).
   */
  withPlan?: boolean;
}

interface CourseNeedsValue {
  needs: SharedNeed[];
  plan: Versioned<Plan> | null;
}

/**
 * Headless state for one course's part of the needs bank (behovsbank): its shared needs and their
 * proposals; for the team, sharing a need in the young person's words, changing or closing it, and
 * accepting a proposal into the plan (a planned effort: the plan on the page loads again) or
 * declining it with a reason.
 */
export class CourseNeedsStore extends ResourceStore<CourseNeedsState, CourseNeedsValue> {
  private readonly client: UfClient;
  private readonly courseId: string;
  private readonly withPlan: boolean;
  private value: CourseNeedsValue | null = null;

  constructor(options: CourseNeedsStoreOptions) {
    super({ status: 'idle', error: null, needs: [], plan: null, goals: [], write: idleWrite }, options);
    this.client = options.client;
    this.courseId = options.courseId;
    this.withPlan = options.withPlan ?? false;
    // The plan on the page changes (a goal added, a proposal taken in): the share form's goals and
    // the double-offer check follow it. Invalidated (undefined): read it again.
    this.stopWatching = this.withPlan
      ? cacheOf(this.client).watch<Plan>(planKey(this.courseId), (plan) => (plan === undefined ? void this.load() : this.adoptPlan(plan)))
      : () => {};
  }

  private readonly stopWatching: () => void;

  override dispose(): void {
    this.stopWatching();
    super.dispose();
  }

  /** A newer plan another store of this client holds: its goals, without a request. */
  private adoptPlan(plan: Plan | null): void {
    if (!this.value || this.lifecycle.disposed) return;
    this.value = { ...this.value, plan: plan && { value: plan, etag: this.value.plan?.etag ?? '' } };
    this.setState({ plan, goals: plan?.goals.filter((goal) => goal.status === 'open') ?? [] });
  }

  /** Share a need (`id` made once by the caller, kept for every retry). Resolves true when it is stored. */
  share(need: Omit<NeedInput, 'status'>): Promise<boolean> {
    return this.send({ kind: 'share', needId: need.id }, async (signal) => {
      const input: NeedInput = { ...need, status: 'open' };
      try {
        return await this.client.needs.share(this.courseId, input, { signal });
      } catch (error) {
        // Already there as sent: an earlier try landed and only its answer was lost.
        if (isConflictError(error) && isNeed(error.current) && needSays(error.current, input)) return error.current;
        throw error;
      }
    });
  }

  /** Change a shared need's words, or close it (`closed`: out of the bank) or open it again. */
  change(need: SharedNeed, change: Partial<Pick<NeedInput, 'text' | 'agreedOn' | 'status'>>): Promise<boolean> {
    const input: NeedInput = { id: need.id, goalId: need.goalId, text: need.text, agreedOn: need.agreedOn, status: need.status, ...change };
    return this.send({ kind: 'change', needId: need.id }, (signal) => this.client.needs.share(this.courseId, input, { signal, basedOn: need.version }));
  }

  /**
   * Accept a proposal into the plan as a planned effort (`effortId` made once by the caller) from
   * `start`, or decline it with a reason. An acceptance makes every plan of this course on the page load again.
   */
  decide(need: SharedNeed, proposal: Proposal, decision: ProposalDecisionInput): Promise<boolean> {
    const action: NeedsBankAction = { kind: 'decide', needId: need.id, proposalId: proposal.id, outcome: decision.outcome };
    return this.send(action, async (signal) => {
      const decided = await this.client.needs.decide(this.courseId, need.id, proposal.id, decision, { signal });
      // Every plan of the course on the page loads again, this store's with them (its watch).
      if (decision.outcome === 'accepted') cacheOf(this.client).invalidate(planKey(this.courseId));
      return decided;
    });
  }

  /** Loading failed: load again. A failed write is sent again by the widget, with what the user typed. */
  retry(): Promise<void> {
    return this.load();
  }

  /** Proposals that wait for the team's decision, over every need. */
  static waiting(needs: readonly SharedNeed[]): number {
    return needs.reduce((count, need) => count + need.proposals.filter((proposal) => proposal.status === 'open').length, 0);
  }

  private send(action: NeedsBankAction, write: (signal: AbortSignal) => Promise<SharedNeed>): Promise<boolean> {
    let stored = false;
    this.setState({ write: { status: 'saving', action, error: null } });
    return this.enqueueWrite(async (signal) => {
      try {
        const need = await write(signal);
        stored = true;
        this.takeWritten(this.withNeed(need), { write: { status: 'saved', action, error: null } });
      } catch (error) {
        if (this.cancelled(error, signal)) return;
        // The need as it is now, when the conflict says: shown at once beside what the user typed.
        const current = isConflictError(error) && isNeed(error.current) ? error.current : null;
        if (current) this.takeWritten(this.withNeed(current), { write: failedWrite(action, error) });
        else this.setState({ write: failedWrite(action, error) });
      }
    }).then(() => stored);
  }

  private withNeed(need: SharedNeed): CourseNeedsValue {
    const value = this.value ?? { needs: [], plan: null };
    const needs = [need, ...value.needs.filter((candidate) => candidate.id !== need.id)].sort(
      (a, b) => b.sharedAt.localeCompare(a.sharedAt) || a.id.localeCompare(b.id),
    );
    return { ...value, needs };
  }

  protected async fetch(signal: AbortSignal): Promise<CourseNeedsValue> {
    const [needs, plan] = await Promise.all([
      this.client.needs.listForCourse(this.courseId, { signal }),
      // The plan store's read of the same plan, shared when both are on the page.
      this.withPlan ? cacheOf(this.client).fetch(planKey(this.courseId), (own) => this.client.plan.get(this.courseId, { signal: own }), { signal }) : null,
    ]);
    return { needs: needs.needs, plan };
  }

  protected hold(value: CourseNeedsValue | null): Partial<CourseNeedsState> {
    this.value = value;
    const plan = value?.plan?.value ?? null;
    const needs = value?.needs ?? [];
    return {
      // The team can share a need whenever the plan has a goal; the young person's view is empty without needs.
      status: needs.length > 0 || (plan?.goals.length ?? 0) > 0 ? 'ready' : 'empty',
      needs,
      plan,
      goals: plan?.goals.filter((goal) => goal.status === 'open') ?? [],
    };
  }

  protected derive(): Partial<CourseNeedsState> {
    return {};
  }

  protected current(): CourseNeedsValue | null {
    return this.value;
  }
}

function isNeed(value: unknown): value is SharedNeed {
  return typeof value === 'object' && value !== null && 'proposals' in value && 'version' in value;
}

/** A need's first day an accepted proposal's effort can start: the proposal's own, else today. */
export function proposalStart(proposal: Proposal, today: IsoDate): IsoDate {
  return proposal.start && proposal.start > today ? proposal.start : today;
}

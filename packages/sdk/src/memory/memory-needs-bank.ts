import { problemTypes } from '../client/api-paths.js';
import { decideProposal, proposeForNeed, shareNeed } from '../contract/operations.js';
import {
  addProposal,
  ageBandOf,
  applyDecision,
  bankNeedOf,
  courseNeedsForYouth,
  needSays,
  newestSharedFirst,
  planUpdateAdding,
  proposalWithCatalogueOffer,
  sharedNeedOf,
} from '../needs-bank/needs-bank-rules.js';
import { applyPlanUpdate } from '../plan/apply-plan-update.js';
import { Id } from '../schemas/common.js';
import type { SharedNeed } from '../schemas/needs-bank.js';
import type { Offer } from '../schemas/offer.js';
import { danishToday } from '../time/calendar.js';
import type { MemoryPlans } from './memory-plans.js';
import type { MemoryCaller, MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { createOrChange, createOrChangeConflict, etagOf, invalid, json, parseBody, problem, sent, withCourse } from './replies.js';

/**
 * The needs bank of the in-memory transport, by the SDK's rules as the reference server applies
 * them: a course's team shares needs and decides on proposals (an accepted one adds a planned
 * effort to the transport's plan), other teams' professionals see the open needs without the course.
 */
export class MemoryNeedsBank implements MemoryResource {
  /** Each course's needs, newest shared first. */
  private readonly needs = new Map<Id, SharedNeed[]>();
  private readonly birthDates: ReadonlyMap<Id, string>;
  private readonly activeOffers: ReadonlyMap<Id, Offer>;

  constructor(
    private readonly context: MemoryContext,
    private readonly plans: MemoryPlans,
  ) {
    for (const [courseId, needs] of Object.entries(context.seed.needs ?? {})) this.needs.set(courseId, needs);
    this.birthDates = new Map((context.seed.courses ?? []).map((course) => [course.id, course.citizen.birthDate]));
    this.activeOffers = new Map((context.seed.offers ?? []).filter((offer) => offer.status === 'active').map((offer) => [offer.id, offer]));
  }

  readonly handlers = {
    listCourseNeeds: (_request, param, caller) =>
      withCourse(param, this.context, (courseId) => json(caller.shown({ courseId, needs: this.needs.get(courseId) ?? [] }, courseNeedsForYouth))),

    shareNeed: (request, param, caller) =>
      withCourse(param, this.context, async (courseId) => {
        const needId = param('needId');
        if (!Id.safeParse(needId).success) return problem(400, 'Invalid need id');
        const mode = createOrChange(request);
        if (mode instanceof Response) return mode;
        const { create } = mode;
        const input = await parseBody(request, shareNeed.request);
        if (input instanceof Response) return input;
        if (input.id !== needId) return invalid([{ path: 'id', code: 'id_mismatch' }]);
        const stored = this.find(needId);
        if (stored && stored.courseId !== courseId) return takenByAnother();
        const current = stored ? { body: stored.need, etag: etagOf(stored.need.version) } : null;
        const conflict = createOrChangeConflict(request, create, current, 'need');
        if (conflict) return conflict;
        const plan = this.plans.planOf(courseId);
        if (!plan) return invalid([{ path: 'goalId', code: 'unknown_goal' }]);
        if (stored && needSays(stored.need, input)) return sent(current!);
        const need = sharedNeedOf(input, plan, stored?.need ?? null, { at: new Date().toISOString(), by: caller.author.name, today: danishToday() });
        if (Array.isArray(need)) return invalid(need);
        this.store(courseId, need);
        return sent({ body: need, etag: etagOf(need.version) }, create ? 201 : 200);
      }),

    decideProposal: (request, param, caller) =>
      withCourse(param, this.context, async (courseId) => {
        const [needId, proposalId] = [param('needId'), param('proposalId')];
        if (!Id.safeParse(needId).success || !Id.safeParse(proposalId).success) return problem(400, 'Invalid id');
        const decision = await parseBody(request, decideProposal.request);
        if (decision instanceof Response) return decision;
        const stored = this.find(needId);
        if (!stored || stored.courseId !== courseId) return problem(404, 'No such need');
        const outcome = applyDecision(stored.need, proposalId, decision, { at: new Date().toISOString(), by: caller.author.name });
        switch (outcome.kind) {
          case 'unknownProposal':
            return problem(404, 'No such proposal');
          case 'alreadyDecided':
            return problem(409, 'Already decided', { type: problemTypes.alreadyDecided, current: outcome.need });
          case 'needClosed':
            return problem(409, 'The need is closed', { type: problemTypes.needClosed });
          case 'repeated':
            return json(outcome.need);
          case 'decided': {
            if (outcome.effort) {
              const plan = this.plans.planOf(courseId);
              if (!plan) return problem(409, 'The course has no plan');
              const update = planUpdateAdding(plan, outcome.effort);
              if (Array.isArray(update)) return invalid(update);
              const { plan: changed } = applyPlanUpdate(plan, update, { at: new Date().toISOString(), by: caller.author });
              this.plans.replace(courseId, changed);
            }
            this.store(courseId, outcome.need);
            return json(outcome.need);
          }
        }
      }),

    listOpenNeeds: (_request, _param, caller) => {
      const today = danishToday();
      const own = new Set(caller.me?.courseIds ?? []);
      const needs = [...this.needs.entries()]
        .filter(([courseId]) => !own.has(courseId))
        .flatMap(([courseId, needs]) =>
          needs.filter((need) => need.status === 'open').map((need) => bankNeedOf(need, this.ageBand(courseId, today), mineFor(caller))),
        );
      return json({ needs: needs.sort(newestSharedFirst) });
    },

    proposeForNeed: async (request, param, caller) => {
      const [needId, proposalId] = [param('needId'), param('proposalId')];
      if (!Id.safeParse(needId).success || !Id.safeParse(proposalId).success) return problem(400, 'Invalid id');
      const input = await parseBody(request, proposeForNeed.request);
      if (input instanceof Response) return input;
      if (input.id !== proposalId) return invalid([{ path: 'id', code: 'id_mismatch' }]);
      const stored = this.find(needId);
      if (!stored) return problem(404, 'No such need');
      if (caller.me?.courseIds.includes(stored.courseId))
        return problem(403, 'Forbidden', { detail: "This need is your own team's: add to the plan instead." });
      const offer = this.activeOffers.get(input.offer.id);
      const retry = stored.need.proposals.some((proposal) => proposal.id === input.id);
      if (!offer && !retry) return invalid([{ path: 'offer.id', code: 'not_offered' }]);
      const proposal = offer ? proposalWithCatalogueOffer(input, offer) : input;
      const outcome = addProposal(stored.need, proposal, { at: new Date().toISOString(), from: caller.author.name });
      if (outcome.kind === 'idTaken') return problem(409, 'Proposal id taken', { type: problemTypes.entryIdTaken });
      if (outcome.kind === 'closed') return problem(409, 'The need is closed', { type: problemTypes.needClosed });
      if (outcome.kind === 'added') this.store(stored.courseId, outcome.need);
      return json(bankNeedOf(outcome.need, this.ageBand(stored.courseId, danishToday()), mineFor(caller)), outcome.kind === 'added' ? 201 : 200);
    },
  } satisfies MemoryHandlers;

  private find(needId: Id): { courseId: Id; need: SharedNeed } | undefined {
    for (const [courseId, needs] of this.needs) {
      const need = needs.find((candidate) => candidate.id === needId);
      if (need) return { courseId, need };
    }
    return undefined;
  }

  private store(courseId: Id, need: SharedNeed): void {
    const others = (this.needs.get(courseId) ?? []).filter((candidate) => candidate.id !== need.id);
    this.needs.set(courseId, [need, ...others].sort(newestSharedFirst));
  }

  private ageBand(courseId: Id, today: string) {
    const birthDate = this.birthDates.get(courseId);
    return birthDate ? ageBandOf(birthDate, today) : null;
  }
}

/** A caller's own proposals are those signed with their name: the transport knows callers by name only. */
function mineFor(caller: MemoryCaller) {
  return (proposal: { from: string }) => proposal.from === caller.author.name;
}

/** 412 for a need id another course uses: without it (nothing to learn). */
function takenByAnother(): Response {
  return problem(412, 'The need id is taken', { type: problemTypes.editConflict });
}

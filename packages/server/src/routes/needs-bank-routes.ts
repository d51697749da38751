import {
  addProposal,
  ageBandOf,
  applyDecision,
  applyPlanUpdate,
  bankNeedOf,
  courseNeedsForYouth,
  danishToday,
  proposalWithCatalogueOffer,
  needSays,
  newestSharedFirst,
  operations,
  planUpdateAdding,
  sharedNeedOf,
  type Author,
  type BankNeed,
  type EffortInput,
  type FieldProblem,
  type Plan,
  type Proposal,
  type SharedNeed,
} from '@ungeforlob/sdk';
import { Hono, type Context } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { courseIdOf } from '../auth/allow.js';
import { forAudience } from '../auth/youth-view.js';
import type { Database, Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { formatEntityTag, requireWritePrecondition, staleVersionResponse } from '../http/entity-tag.js';
import { ProblemError, problemResponse, problems } from '../http/problems.js';
import { parseBody, parsePathId, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import {
  birthDateOf,
  findCourseNeeds,
  findOpenNeeds,
  insertProposal,
  lockNeed,
  storeDecision,
  writeNeed,
  type NeedChangeBy,
  type StoredNeed,
} from '../needs-bank/need-queries.js';
import { findOffer } from '../offer/offer-queries.js';
import { findPlan } from '../plan/plan-queries.js';
import { savePlanEdit } from '../plan/save-plan-edit.js';

type ShareOutcome =
  | { kind: 'saved'; need: SharedNeed; created: boolean }
  | { kind: 'unchanged'; need: SharedNeed }
  /** 412: the need changed since the sender's version, or exists; without `current` when there is none. */
  | { kind: 'stale'; current: SharedNeed | null }
  /** 412 without the need: its id is another course's, and nothing of that course is the sender's to learn. */
  | { kind: 'taken' }
  | { kind: 'no-course' }
  | { kind: 'invalid'; errors: FieldProblem[] };

type DecideOutcome = { kind: 'decided'; need: SharedNeed } | { kind: 'alreadyDecided'; current: SharedNeed };

/**
 * The needs bank (behovsbank): `GET /courses/{courseId}/needs`, `PUT /courses/{courseId}/needs/{needId}`
 * and `PUT …/proposals/{proposalId}/decision` for the course's team (a young person reads their
 * course's needs, without the reasons proposals were declined); `GET /needs` and
 * `PUT /needs/{needId}/proposals/{proposalId}` for professionals of other teams, who see an open
 * need's shared words, goal kind and age band, never the course. The SDK's needs-bank rules decide
 * every outcome, as they do in the memory transport. Each read and write is in the course's audit
 * log; writes of one need are serialised by locking its row.
 */
export function needsBankRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.listCourseNeeds, async (c) => {
    const courseId = courseIdOf(c);
    // One statement reads them, so it needs no transaction; audited once found fit to send.
    const needs = await findCourseNeeds(db, courseId);
    if (!needs) throw new ProblemError(problems.courseNotFound());
    await auditRequest(db, c, courseId, 'needs', 'read');
    return c.json(forAudience(c.get('principal'), { courseId, needs }, courseNeedsForYouth));
  });

  serve(app, operations.shareNeed, async (c) => {
    const courseId = courseIdOf(c);
    const needId = parsePathId(c, 'needId');
    const precondition = requireWritePrecondition(c);
    const input = parseBody(operations.shareNeed.request, await readJsonBody(c));
    if (input.id !== needId) throw new ProblemError(problems.invalidRequest("The need's id is not the path's.", [{ path: 'id', code: 'id_mismatch' }]));
    const by = changeBy(c);
    const outcome = await db.transaction(async (tx): Promise<ShareOutcome> => {
      const stored = await lockNeed(tx, needId);
      const stale = staleness(stored, courseId, precondition.kind === 'create' ? null : precondition.versions);
      if (stale) {
        if (stale.kind === 'stale' && stale.current) await auditRequest(tx, c, courseId, 'needs', 'read');
        return stale;
      }
      const plan = await findPlanOf(tx, courseId);
      if (plan === 'no-course') return { kind: 'no-course' };
      if (!plan) return { kind: 'invalid', errors: [{ path: 'goalId', code: 'unknown_goal' }] };
      if (stored && needSays(stored.need, input)) {
        await auditRequest(tx, c, courseId, 'needs', 'read');
        return { kind: 'unchanged', need: stored.need };
      }
      const need = sharedNeedOf(input, plan, stored?.need ?? null, { at: new Date().toISOString(), by: by.actor.author.name, today: danishToday() });
      if (Array.isArray(need)) return { kind: 'invalid', errors: need };
      if (!(await writeNeed(tx, courseId, need, stored?.need.version ?? null, by))) {
        // Shared by another request since the read above (the row did not exist to lock): it won.
        const now = await lockNeed(tx, needId);
        if (now && now.courseId !== courseId) return { kind: 'taken' };
        if (now) await auditRequest(tx, c, courseId, 'needs', 'read');
        return { kind: 'stale', current: now?.need ?? null };
      }
      await auditRequest(tx, c, courseId, 'needs', stored ? 'update' : 'create');
      return { kind: 'saved', need, created: !stored };
    });

    switch (outcome.kind) {
      case 'no-course':
        throw new ProblemError(problems.courseNotFound());
      case 'invalid':
        throw new ProblemError(
          problems.invalidRequest(
            'A new need names a goal of the plan, its day of agreement is not after today, and its words carry no CPR number.',
            outcome.errors,
          ),
        );
      case 'taken':
        return problemResponse(c, problems.editConflict('A need with this id exists. Share the need under a new id.'));
      case 'stale':
        return staleVersionResponse(c, outcome.current && { body: outcome.current, etag: etagOf(outcome.current) }, {
          changed: 'The need changed since the version in If-Match, or exists already. `current` is the need now.',
          gone: 'There is no need with this id: share it with If-None-Match: *.',
        });
      case 'unchanged':
        return c.json(outcome.need, 200, { ETag: etagOf(outcome.need) });
      case 'saved':
        return c.json(outcome.need, outcome.created ? 201 : 200, { ETag: etagOf(outcome.need) });
    }
  });

  serve(app, operations.decideProposal, async (c) => {
    const courseId = courseIdOf(c);
    const needId = parsePathId(c, 'needId');
    const proposalId = parsePathId(c, 'proposalId');
    const decision = parseBody(operations.decideProposal.request, await readJsonBody(c));
    const by = changeBy(c);
    const outcome = await db.transaction(async (tx): Promise<DecideOutcome> => {
      // Locked: of two decisions on one proposal, the second reads the first's and is a retry or a 409.
      const stored = await lockNeed(tx, needId);
      if (!stored || stored.courseId !== courseId) throw new ProblemError(problems.notFound('The course has no need with this id.'));
      const now = new Date();
      const result = applyDecision(stored.need, proposalId, decision, { at: now.toISOString(), by: by.actor.author.name });
      switch (result.kind) {
        case 'unknownProposal':
          throw new ProblemError(problems.notFound('The need has no proposal with this id.'));
        case 'alreadyDecided':
          await auditRequest(tx, c, courseId, 'needs', 'read');
          return { kind: 'alreadyDecided', current: result.need };
        case 'needClosed':
          throw new ProblemError(problems.needClosed());
        case 'repeated':
          await auditRequest(tx, c, courseId, 'needs', 'read');
          return { kind: 'decided', need: result.need };
        case 'decided': {
          if (result.effort) {
            await addToPlan(tx, courseId, result.effort, by.actor.author, now);
            await auditRequest(tx, c, courseId, 'plan', 'update');
          }
          const decided = result.need.proposals.find((proposal) => proposal.id === proposalId);
          if (!decided) throw new Error('a decided proposal is missing from its need');
          await storeDecision(tx, needId, decided);
          // An accepted proposal closes the need: a new version of it, kept like any other.
          if (result.need.version !== stored.need.version && !(await writeNeed(tx, courseId, result.need, stored.need.version, by))) {
            throw new Error('a locked need changed under its lock');
          }
          await auditRequest(tx, c, courseId, 'needs', 'update');
          return { kind: 'decided', need: result.need };
        }
      }
    });
    if (outcome.kind === 'alreadyDecided') return problemResponse(c, problems.alreadyDecided(outcome.current));
    return c.json(outcome.need);
  });

  serve(app, operations.listOpenNeeds, async (c) => {
    // The caller's own teams' courses are left out: their needs go straight into the plan.
    const own = [...c.get('visibleCourseIds')];
    const subject = c.get('actor').id;
    const today = danishToday();
    const needs = await db.transaction(async (tx): Promise<BankNeed[]> => {
      const open = await findOpenNeeds(tx, own, subject);
      // Each course whose young person's words are shown: one read in its audit log.
      for (const courseId of [...new Set(open.map((need) => need.courseId))].sort()) await auditRequest(tx, c, courseId, 'needs-bank', 'read');
      return open.map((found) => bankNeedOf(found.need, ageBandOf(found.birthDate, today), mineFor(found, subject)));
    });
    return c.json({ needs: needs.sort(newestSharedFirst) });
  });

  serve(app, operations.proposeForNeed, async (c) => {
    const needId = parsePathId(c, 'needId');
    const proposalId = parsePathId(c, 'proposalId');
    const input = parseBody(operations.proposeForNeed.request, await readJsonBody(c));
    if (input.id !== proposalId) throw new ProblemError(problems.invalidRequest("The proposal's id is not the path's.", [{ path: 'id', code: 'id_mismatch' }]));
    const actor = c.get('actor');
    const answer = await db.transaction(async (tx): Promise<{ body: BankNeed; status: 200 | 201 }> => {
      // Locked: a proposal cannot slip in beside the decision that closes the need.
      const stored = await lockNeed(tx, needId);
      if (!stored) throw new ProblemError(problems.notFound('There is no need with this id.'));
      if (c.get('visibleCourseIds').has(stored.courseId)) throw new ProblemError(problems.forbidden("This need is your own team's: add to the plan instead."));
      // The catalogue's name, kind and unit for the offer, whatever was sent. A retry of a stored proposal
      // whose offer was retired since is still a retry.
      const offer = await findOffer(tx, input.offer.id);
      const active = offer?.offer.status === 'active' ? offer.offer : null;
      const retry = stored.need.proposals.some((proposal) => proposal.id === input.id);
      if (!active && !retry) {
        throw new ProblemError(problems.invalidRequest('The offer is not an active offer of the catalogue.', [{ path: 'offer.id', code: 'not_offered' }]));
      }
      const proposal = active ? proposalWithCatalogueOffer(input, active) : input;
      // The rules know senders by name; the server knows them by subject, so a namesake's id is taken too.
      const sender = stored.proposers.get(input.id);
      const outcome =
        sender !== undefined && sender !== actor.id
          ? ({ kind: 'idTaken' } as const)
          : addProposal(stored.need, proposal, { at: new Date().toISOString(), from: actor.author.name });
      if (outcome.kind === 'idTaken')
        throw new ProblemError(problems.entryIdTaken('A proposal with this id exists with other content. Send a new proposal under a new id.'));
      if (outcome.kind === 'closed') throw new ProblemError(problems.needClosed());
      if (outcome.kind === 'added') {
        await insertProposal(tx, needId, outcome.proposal, actor.id);
        await auditRequest(tx, c, stored.courseId, 'needs', 'create');
      } else {
        await auditRequest(tx, c, stored.courseId, 'needs', 'read');
      }
      const birthDate = await birthDateOf(tx, stored.courseId);
      const mine = (proposal: Proposal) => proposal.id === outcome.proposal.id || mineFor(stored, actor.id)(proposal);
      const body = bankNeedOf(outcome.need, birthDate ? ageBandOf(birthDate, danishToday()) : null, mine);
      return { body, status: outcome.kind === 'added' ? 201 : 200 };
    });
    return c.json(answer.body, answer.status);
  });

  refuseOtherMethods(
    app,
    operations.listCourseNeeds.route,
    operations.shareNeed.route,
    operations.decideProposal.route,
    operations.listOpenNeeds.route,
    operations.proposeForNeed.route,
  );
  return app;
}

function changeBy(c: Context<AppEnv>): NeedChangeBy {
  return { actor: c.get('actor'), requestId: c.get('requestId') };
}

/** The caller's own proposals: those their token's subject sent (only those were read for the bank). */
function mineFor(stored: StoredNeed, subject: string): (proposal: Proposal) => boolean {
  return (proposal) => stored.proposers.get(proposal.id) === subject;
}

/** `"<version>"`: the need's own `version`, which a client sends back as If-Match. */
function etagOf(need: SharedNeed): string {
  return formatEntityTag(String(need.version));
}

/**
 * Why a share may not be written, in the memory transport's order: an id of another course's need;
 * then a need that exists for `If-None-Match: *` (`versions` null), or is not at a version named.
 */
function staleness(stored: StoredNeed | null, courseId: string, versions: readonly string[] | null): ShareOutcome | null {
  if (stored && stored.courseId !== courseId) return { kind: 'taken' };
  if (versions === null) return stored ? { kind: 'stale', current: stored.need } : null;
  if (!stored) return { kind: 'stale', current: null };
  return versions.includes(String(stored.need.version)) ? null : { kind: 'stale', current: stored.need };
}

/** The course's plan, whose goals a need is for; null when it has none. */
async function findPlanOf(tx: Queryable, courseId: string): Promise<Plan | null | 'no-course'> {
  const lookup = await findPlan(tx, courseId);
  if (!lookup.courseExists) return 'no-course' as const;
  return lookup.current?.plan ?? null;
}

/**
 * Adds an accepted proposal's effort to the course's plan: a plan revision signed by the caller,
 * in the decision's transaction. The plan's row is locked first, so no plan edit commits between
 * reading it and writing it.
 */
async function addToPlan(tx: Queryable, courseId: string, effort: EffortInput, by: Author, now: Date): Promise<void> {
  await tx.query('SELECT 1 FROM course_plans WHERE course_id = $1 FOR UPDATE', [courseId]);
  const edit = await savePlanEdit(
    tx,
    courseId,
    () => true,
    (plan, at) => {
      const update = planUpdateAdding(plan, effort);
      if (Array.isArray(update)) throw new ProblemError(problems.invalidRequest('`effortId` is the id of an effort of the plan: use a new id.', update));
      return applyPlanUpdate(plan, update, { at, by });
    },
    now,
  );
  if (edit.kind === 'no-course' || (edit.kind === 'stale' && edit.current)) throw new Error('the locked plan changed under its lock');
  if (edit.kind === 'stale') throw new ProblemError({ status: 409, title: 'Conflict', detail: 'The course has no plan to add the effort to.' });
}

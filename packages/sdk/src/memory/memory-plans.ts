import { planForYouth } from '../access/youth-view.js';
import { problemTypes } from '../client/api-paths.js';
import { updatePlan, updatePlanComment } from '../contract/operations.js';
import { applyCommentUpdate, applyPlanUpdate, type AppliedChange } from '../plan/apply-plan-update.js';
import { planUpdateProblems } from '../plan/plan-update-rules.js';
import type { FieldProblem } from '../schemas/common.js';
import type { Plan } from '../schemas/plan.js';
import type { MemoryCaller, MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { missingIfMatch, parseBody, problem, sent, staleIfMatch, withCourse, type BodySchema } from './replies.js';

const plansByContext = new WeakMap<MemoryContext, MemoryPlans>();

/** The transport's one set of plans, for every resource that works on them (the plan's routes, the needs bank's decisions). */
export function memoryPlansOf(context: MemoryContext): MemoryPlans {
  let plans = plansByContext.get(context);
  if (!plans) {
    plans = new MemoryPlans(context);
    plansByContext.set(context, plans);
  }
  return plans;
}

/** The plan routes of the in-memory transport: a professional's change writes a revision, the young person changes only their comment. */
export class MemoryPlans implements MemoryResource {
  private readonly plans = new Map<string, { plan: Plan; version: number }>();

  constructor(private readonly context: MemoryContext) {
    for (const [courseId, plan] of Object.entries(context.seed.plans ?? {})) this.plans.set(courseId, { plan, version: 1 });
  }

  readonly handlers = {
    getPlan: (_request, param, caller) =>
      withCourse(param, this.context, (courseId) => {
        const entry = this.plans.get(courseId);
        return entry ? sent(caller.view(entry.plan, entry.version, planForYouth)) : new Response(null, { status: 204 });
      }),
    updatePlan: (request, param, caller) =>
      withCourse(param, this.context, (courseId) =>
        this.put(
          request,
          caller,
          courseId,
          updatePlan.request,
          (plan, update, at) => applyPlanUpdate(plan, update, { at, by: caller.author }),
          planUpdateProblems,
        ),
      ),
    updatePlanComment: (request, param, caller) =>
      withCourse(param, this.context, (courseId) =>
        this.put(request, caller, courseId, updatePlanComment.request, (plan, update, at) =>
          // Without sign-in, whoever sends the comment writes it as the young person.
          applyCommentUpdate(plan, update.text, { at, by: caller.author.role === 'youth' ? caller.author : { role: 'youth', name: plan.firstName } }),
        ),
      ),
  } satisfies MemoryHandlers;

  /** The course's plan as stored, or undefined when it has none. */
  planOf(courseId: string): Plan | undefined {
    return this.plans.get(courseId)?.plan;
  }

  /** Stores `plan` as the course's next version, as an update that changed it does. */
  replace(courseId: string, plan: Plan): void {
    const entry = this.plans.get(courseId);
    if (!entry) throw new Error('No plan for that course in the memory transport');
    entry.plan = plan;
    entry.version += 1;
  }

  /** Change a plan behind the client's back, as another professional would: its ETag changes. */
  change(courseId: string, change: (plan: Plan) => void): void {
    const entry = this.plans.get(courseId);
    if (!entry) throw new Error('No plan for that course in the memory transport');
    change(entry.plan);
    entry.version += 1;
  }

  private async put<Body>(
    request: Request,
    caller: MemoryCaller,
    courseId: string,
    schema: BodySchema<Body>,
    apply: (plan: Plan, body: Body, at: string) => AppliedChange,
    bodyProblems: (body: Body) => FieldProblem[] = () => [],
  ): Promise<Response> {
    const entry = this.plans.get(courseId);
    const missing = missingIfMatch(request);
    if (missing) return missing;
    const parsed = await parseBody(request, schema);
    if (parsed instanceof Response) return parsed;
    const problems = bodyProblems(parsed);
    if (problems.length) return problem(400, 'Invalid request body', { type: problemTypes.invalidRequest, errors: problems });
    const stale = staleIfMatch(request, entry ? caller.view(entry.plan, entry.version, planForYouth) : null);
    if (stale) return stale;
    const { plan, revision } = apply(entry!.plan, parsed, new Date().toISOString());
    if (revision) {
      entry!.plan = plan;
      entry!.version += 1;
    }
    return sent(caller.view(entry!.plan, entry!.version, planForYouth));
  }
}

import { getPlan, updatePlan, updatePlanComment } from '../contract/operations.js';
import type { Plan, PlanCommentUpdate, PlanUpdate } from '../schemas/plan.js';
import { routes } from './api-paths.js';
import { requestOf, versioned, type Call, type CallOptions, type UpdateOptions, type Versioned } from './call.js';

/** The course's one plan. */
export interface PlanResource {
  /** The plan, or null when the course has none yet. */
  get(courseId: string, options?: CallOptions): Promise<Versioned<Plan> | null>;
  /** Replace the editable parts. Throws {@link ConflictError} (carrying the current plan) when someone else changed it meanwhile. */
  update(courseId: string, update: PlanUpdate, options: UpdateOptions): Promise<Versioned<Plan>>;
  /** Set or remove (`null`) the young person's own comment, with the plan's ETag. */
  setComment(courseId: string, text: string | null, options: UpdateOptions): Promise<Versioned<Plan>>;
}

export function planResource(call: Call): PlanResource {
  /** Both writes send the plan's ETag and get the new version back. */
  const write = async (operation: typeof updatePlan | typeof updatePlanComment, path: string, json: PlanUpdate | PlanCommentUpdate, options: UpdateOptions) =>
    versioned(
      await call(requestOf(operation, path, { json, ifMatch: options.ifMatch, signal: options.signal })),
      `${operation.method} ${operation.route.template}`,
    );
  return {
    async get(courseId, options) {
      const reply = await call(requestOf(getPlan, routes.plan.path(courseId), { signal: options?.signal }));
      return reply.value === null ? null : versioned(reply, `GET ${getPlan.route.template}`);
    },
    update: (courseId, update, options) => write(updatePlan, routes.plan.path(courseId), update, options),
    setComment: (courseId, text, options) => write(updatePlanComment, routes.planComment.path(courseId), { text }, options),
  };
}

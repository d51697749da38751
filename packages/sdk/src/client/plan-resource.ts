import { Plan, type PlanCommentUpdate, type PlanUpdate } from '../schemas/plan.js';
import { routes } from './api-paths.js';
import { versioned, type Call, type CallOptions, type UpdateOptions, type Versioned } from './call.js';

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
  const write = async (method: 'PUT', route: typeof routes.plan | typeof routes.planComment, courseId: string, json: PlanUpdate | PlanCommentUpdate, options: UpdateOptions) => {
    const spec = { method, template: route.template, path: route.path(courseId), schema: Plan, json, ifMatch: options.ifMatch, signal: options.signal } as const;
    return versioned(await call(spec), `${method} ${spec.template}`);
  };
  return {
    async get(courseId, callOptions) {
      const spec = { method: 'GET', template: routes.plan.template, path: routes.plan.path(courseId), schema: Plan, signal: callOptions?.signal } as const;
      const reply = await call(spec);
      return reply.value === null ? null : versioned(reply, `GET ${spec.template}`);
    },
    update: (courseId, update, options) => write('PUT', routes.plan, courseId, update, options),
    setComment: (courseId, text, options) => write('PUT', routes.planComment, courseId, { text }, options),
  };
}

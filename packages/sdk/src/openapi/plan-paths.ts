import { routes } from '../client/api-paths.js';
import { Plan, PlanCommentUpdate, PlanUpdate } from '../schemas/plan.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The plan routes of the OpenAPI document (issue #3). */
export function planDocs({ ref, errors, etag, courseId, ifMatch, writeResponses }: OpenApiParts): ResourceDocs {
  return {
    schemas: [
      [
        Plan,
        {
          id: 'Plan',
          description: "The young person's one plan: life goal, goals, efforts across units, notes, transitions and revisions (newest first).",
        },
      ],
      [
        PlanUpdate,
        {
          id: 'PlanUpdate',
          description: "A professional's change: the editable parts, whole. The server stamps changedAt on what changed and writes one revision.",
        },
      ],
      [PlanCommentUpdate, { id: 'PlanCommentUpdate', description: "The young person's own comment; null removes it." }],
    ],
    parameters: { [routes.plan.template]: [courseId], [routes.planComment.template]: [courseId] },
    operations: {
      getPlan: {
        summary: "The course's one plan",
        responses: {
          '200': { description: 'The plan.', headers: etag, content: { 'application/json': { schema: ref('Plan') } } },
          '204': { description: 'The course has no plan yet.' },
          ...errors,
        },
      },
      updatePlan: { summary: "A professional's change to the plan; writes one revision", parameters: [ifMatch], responses: writeResponses('Plan') },
      updatePlanComment: {
        summary: "The young person's own comment on the plan, with the plan's ETag",
        parameters: [ifMatch],
        responses: writeResponses('Plan'),
      },
    },
  };
}

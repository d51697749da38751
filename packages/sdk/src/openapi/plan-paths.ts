import { routes } from '../client/api-paths.js';
import { Plan, PlanCommentUpdate, PlanUpdate } from '../schemas/plan.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The plan routes of the OpenAPI document (issue #3). */
export function planDocs({ ref, etag, courseId, ifMatch, writeResponses }: OpenApiParts): ResourceDocs {
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
        },
      },
      updatePlan: {
        summary: "A professional's change to the plan; writes one revision",
        description:
          "The editable parts are sent whole and applied as the SDK's `applyPlanUpdate` does: `changedAt` is stamped on what changed, one revision is written per accepted change, and a change that changes nothing is 200 with no revision. Goal, effort and note ids occur once per list (`duplicate_id`); an effort's `goalIds` name goals of the same update (`unknown_goal`). New notes are signed by the server.",
        parameters: [ifMatch],
        responses: writeResponses('Plan'),
      },
      updatePlanComment: {
        summary: "The young person's own comment on the plan, with the ETag of their view of it",
        description: 'Only the comment changes; `null` removes it. It writes a revision like any other change, signed by the young person.',
        parameters: [ifMatch],
        responses: writeResponses('Plan'),
      },
    },
  };
}

import { routes } from '../client/api-paths.js';
import { CourseAuditLog, Me } from '../schemas/access.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The sign-in and audit routes of the OpenAPI document (issue #6). */
export function accessDocs({ ref, courseId }: OpenApiParts): ResourceDocs {
  return {
    schemas: [
      [Me, { id: 'Me', description: 'The signed-in user: subject, role, display name, and the ids of the courses they may see.' }],
      [
        CourseAuditLog,
        {
          id: 'CourseAuditLog',
          description: "Every read and write of a course's personal data: who (subject), role, resource, action, time and request id.",
        },
      ],
    ],
    parameters: {
      [routes.courseAudit.template]: [courseId],
    },
    operations: {
      getMe: {
        summary: 'The signed-in user and the courses they may see',
        responses: { '200': { description: 'Who the token belongs to, to this server.', content: { 'application/json': { schema: ref('Me') } } } },
      },
      getCourseAudit: {
        summary: "Every read and write of the course's personal data (administrators only); reading it is audited too",
        responses: {
          '200': {
            description: 'The audit log of the course, oldest first. `Accept: text/csv` answers the same rows as CSV.',
            content: { 'application/json': { schema: ref('CourseAuditLog') }, 'text/csv': { schema: { type: 'string' } } },
          },
        },
      },
    },
  };
}

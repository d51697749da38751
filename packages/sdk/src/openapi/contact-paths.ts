import { routes } from '../client/api-paths.js';
import { Contact, ContactPatch } from '../schemas/contact.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The contact route of the OpenAPI document (issue #1). */
export function contactDocs({ ref, etag, courseId, ifMatch, writeResponses }: OpenApiParts): ResourceDocs {
  return {
    schemas: [
      [Contact, { id: 'Contact', description: 'The one fixed contact person of a course (kontaktperson).' }],
      [ContactPatch, { id: 'ContactPatch', description: 'Changes a young person or professional may make to the contact resource.' }],
    ],
    parameters: { [routes.contact.template]: [courseId] },
    operations: {
      getContact: {
        summary: "The course's contact person",
        responses: {
          '200': { description: 'The contact.', headers: etag, content: { 'application/json': { schema: ref('Contact') } } },
          '204': { description: 'The course has no contact assigned yet.' },
        },
      },
      updateContact: { summary: "Change the young person's preferred channel", parameters: [ifMatch], responses: writeResponses('Contact') },
    },
  };
}

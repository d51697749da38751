import { FHIR_JSON, routes } from '../client/api-paths.js';
import { FhirBundleSchema } from '../fhir/fhir-types.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The course's FHIR export in the OpenAPI document (issue #18). */
export function fhirDocs({ ref, courseId }: OpenApiParts): ResourceDocs {
  return {
    schemas: [
      [
        FhirBundleSchema,
        {
          id: 'FhirBundle',
          description:
            'A FHIR R4 Bundle of type `collection`: one course, each entry a resource under its `urn:uuid` fullUrl, the entries referring to each other by it. Only its frame is described here; the resources follow FHIR R4 and docs/fhir.md.',
        },
      ],
    ],
    parameters: { [routes.courseFhir.template]: [courseId] },
    operations: {
      getCourseFhir: {
        summary: 'The course as a FHIR R4 Bundle: plan, contact and team, questionnaire rounds, readings, contact log and meetings',
        description: [
          'One Bundle (type `collection`, `application/fhir+json`) of the course: the young person as a Patient identified by the course id, the plan as a CarePlan with its Goals, the contact person and the team as a CareTeam of PractitionerRoles, the strategic-criteria rounds as QuestionnaireResponses against their own Questionnaire version, the progression readings as Observations, the contact log and the network meetings. docs/fhir.md has the mapping field by field; the SDK makes and reads it (`courseBundle`, `courseFromBundle` of `@ungeforlob/sdk/fhir`).',
          'People are referred to by their opaque ids, never a CPR number. The young person gets their own course as every other operation shows it to them: without caseload, absence reasons, setbacks, staff-only contact notes, the professionals’ meeting points or unshared minutes, and without the questionnaire rounds, which only the team may list. The same course gives the same Bundle. Every read is written to the course’s audit log.',
        ].join('\n\n'),
        responses: {
          '200': { description: 'The course as FHIR R4.', content: { [FHIR_JSON]: { schema: ref('FhirBundle') } } },
        },
      },
    },
  };
}

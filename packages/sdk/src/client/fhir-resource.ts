import { getCourseFhir } from '../contract/operations.js';
import type { FhirBundle } from '../fhir/fhir-types.js';
import { routes } from './api-paths.js';
import { requestOf, sendForBody, type Call, type CallOptions } from './call.js';

/**
 * A course as FHIR R4 (issue #18), for a case system or an archive that speaks FHIR rather than
 * this API: one Bundle of type `collection` holding the plan (CarePlan, Goals), the contact person
 * and the team (CareTeam, PractitionerRoles), the strategic-criteria rounds (Questionnaire,
 * QuestionnaireResponse), the progression readings (Observations), the contact log and the network
 * meetings. People are named by their opaque ids, never a CPR number.
 *
 * The client checks the Bundle's shape (`FhirBundleSchema`); reading it back into the API's
 * resources is `courseFromBundle` of `@ungeforlob/sdk/fhir`, an entry point of its own so a page
 * of widgets never loads the mapping.
 */
export interface CourseFhirResource {
  /**
   * The course's Bundle (`GET /courses/{courseId}/fhir`, answered as `application/fhir+json`).
   * The course's team gets everything; the young person their own course as the API shows it to
   * them (no staff-only notes, setbacks, caseload or absence reasons, and no questionnaire rounds,
   * which are the team's). Every read is in the course's audit log.
   *
   * @example
   * const bundle = await client.fhir.course('c-4f2a91');
   * const course = courseFromBundle(bundle); // from '@ungeforlob/sdk/fhir'
   */
  course(courseId: string, options?: CallOptions): Promise<FhirBundle>;
}

export function fhirResource(call: Call): CourseFhirResource {
  return {
    course: async (courseId, options) =>
      (await sendForBody(call, requestOf(getCourseFhir, routes.courseFhir.path(courseId), { signal: options?.signal }))).value,
  };
}

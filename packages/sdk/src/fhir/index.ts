/**
 * @packageDocumentation
 * A course as FHIR R4 (`@ungeforlob/sdk/fhir`): pure functions from the API's resources to a
 * Bundle aligned with KL's profiles and back. Its own entry point, so a page of widgets never
 * loads it.
 */
export { courseBundle, courseFromBundle } from './course-bundle.js';
export { fhirScalesOf, type FhirCourse, type FhirScale, type CourseBundleOptions } from './fhir-course.js';
export { fhirCourseForYouth } from './course-for-youth.js';
export { FhirBundleSchema, type FhirBundle, type FhirBundleEntry, type FhirResource } from './fhir-types.js';
export { FhirImportError } from './bundle-reader.js';
export { UF_FHIR, KL_CARE_SOCIAL_CODES, KL_GOAL_CATEGORY } from './fhir-codes.js';

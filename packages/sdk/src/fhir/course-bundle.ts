import { BundleBuilder } from './bundle-builder.js';
import { BundleReader, FhirImportError, identifierValue } from './bundle-reader.js';
import { readContact, writeContact } from './contact-fhir.js';
import { readContactLog, writeContactLog } from './contact-log-fhir.js';
import type { CourseBundleOptions, FhirCourse } from './fhir-course.js';
import type { FhirBundle } from './fhir-types.js';
import { readMeetings, writeMeetings } from './meetings-fhir.js';
import { readPlan, writePlan } from './plan-fhir.js';
import { readProgression, writeProgression } from './progression-fhir.js';
import { readQuestionnaires } from './questionnaire-from-fhir.js';
import { writeQuestionnaires } from './questionnaire-to-fhir.js';

/**
 * One course as a FHIR R4 Bundle (type `collection`): the plan as a CarePlan with its Goals and
 * next actions (Tasks), the contact person and the team as a CareTeam of PractitionerRoles, the
 * strategic-criteria rounds as QuestionnaireResponses against their own Questionnaire version, the
 * progression readings as Observations, the contact log as Communications and the network
 * meetings as Encounters. `docs/fhir.md` has the mapping field by field.
 *
 * Pure: the same course gives the same Bundle, and {@link courseFromBundle} reads it back. Apply
 * the young person's view to the parts first where the young person is the reader: this maps what
 * it is given.
 */
export function courseBundle(course: FhirCourse, options: CourseBundleOptions = {}): FhirBundle {
  const bundle = new BundleBuilder(course.courseId);
  // The contact card first: the people it names are described by it (roles, channels, photo).
  if (course.contact) writeContact(bundle, course.contact);
  if (course.plan) writePlan(bundle, course.plan);
  writeQuestionnaires(bundle, course.questionnaires);
  writeProgression(bundle, course.progression);
  if (course.contactLog) writeContactLog(bundle, course.contactLog);
  writeMeetings(bundle, course.meetings);
  return bundle.toBundle(options);
}

/**
 * The course's resources from a Bundle {@link courseBundle} made. What the Bundle does not carry
 * (see `docs/fhir.md`, "Not exported") comes back empty, or as the contract's starting value
 * (a version of 1); everything it carries comes back as it was, so exporting the result gives the
 * same Bundle. Throws {@link FhirImportError} for a Bundle this mapping did not write.
 */
export function courseFromBundle(bundle: unknown): FhirCourse {
  const reader = new BundleReader(bundle);
  const patient = reader.single('Patient');
  if (!patient) throw new FhirImportError('Patient', 'a course Bundle holds its young person');
  const courseId = identifierValue(patient, 'course', 'Patient.identifier');
  return {
    courseId,
    plan: readPlan(reader, courseId),
    contact: readContact(reader, courseId),
    questionnaires: readQuestionnaires(reader, courseId),
    progression: readProgression(reader),
    contactLog: readContactLog(reader, courseId),
    meetings: readMeetings(reader, courseId),
  };
}

import { contactForYouth, contactLogForYouth, planForYouth, progressionForYouth } from '../access/youth-view.js';
import { meetingsForYouth } from '../network-meeting/meeting-rules.js';
import type { FhirCourse } from './fhir-course.js';

/**
 * The course as the young person may read it through the API, part by part: the SDK's youth view
 * of each (no caseload or absence reasons, no setbacks, no staff-only contact notes, the meetings'
 * own points, agreed decisions and shared minutes only), and no questionnaire rounds, which only the
 * course's team may list. Their Bundle is made from this, so it shows nothing the API hides from them.
 */
export function fhirCourseForYouth(course: FhirCourse): FhirCourse {
  return {
    courseId: course.courseId,
    plan: course.plan && planForYouth(course.plan),
    contact: course.contact && contactForYouth(course.contact),
    questionnaires: { definitions: [], responses: [] },
    progression: { ...progressionForYouth(course.progression), scales: course.progression.scales },
    contactLog: course.contactLog && contactLogForYouth(course.contactLog),
    meetings: meetingsForYouth({ courseId: course.courseId, meetings: course.meetings }).meetings,
  };
}

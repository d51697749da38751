import type { Contact } from '../schemas/contact.js';
import type { ContactLog } from '../schemas/contact-log.js';
import type { NetworkMeeting } from '../schemas/network-meeting.js';
import type { Plan } from '../schemas/plan.js';
import type { CourseProgression, ProgressionReading, ScaleSet } from '../schemas/progression.js';
import type { QuestionnaireDefinition, QuestionnaireResponse } from '../schemas/questionnaire.js';

/**
 * What a Bundle says of a progression scale: enough to name a reading's scale and read its value,
 * not the scale's steps (those are the municipality's scale set, not the course's data).
 */
export interface FhirScale {
  id: string;
  /** The scale's Danish title. */
  title: string;
  kind: 'anchored' | 'measured';
  /** A measured scale's unit, e.g. `%`. */
  unit?: string;
}

/**
 * One course as the API's resources: what {@link courseBundle} maps to FHIR and
 * {@link courseFromBundle} reads back. Each part is what the API answers for the course (already
 * narrowed for the young person where they are the reader); a part the course does not have is
 * null or empty.
 */
export interface FhirCourse {
  courseId: string;
  plan: Plan | null;
  contact: Contact | null;
  /**
   * The course's submitted questionnaire rounds (subject kind `course`), and the definition
   * versions they answered: each round is exported against its own version.
   */
  questionnaires: { definitions: QuestionnaireDefinition[]; responses: QuestionnaireResponse[] };
  /** The course's readings and annotations, and the scales its readings are on. */
  progression: CourseProgression & { scales: FhirScale[] };
  contactLog: ContactLog | null;
  /** The course's network meetings, the latest first. */
  meetings: NetworkMeeting[];
}

/** Options of {@link courseBundle}. */
export interface CourseBundleOptions {
  /** `Bundle.timestamp`: when the Bundle was made (RFC 3339). Left out, the Bundle has none, so the same course gives the same Bundle. */
  timestamp?: string;
}

/**
 * The scales a course's Bundle names: those of `scaleSet` its readings are on, in the set's order,
 * with their Danish title (and a measured scale's unit). A scale no reading is on is the
 * municipality's, not the course's, and stays out; a reading on a scale the set no longer has
 * keeps its scale by id (see `courseBundle`).
 */
export function fhirScalesOf(scaleSet: ScaleSet | null, readings: readonly ProgressionReading[]): FhirScale[] {
  const used = new Set(readings.map((reading) => reading.scaleId));
  return (scaleSet?.scales ?? [])
    .filter((scale) => used.has(scale.id))
    .map((scale) => ({ id: scale.id, title: scale.title.da, kind: scale.kind, ...(scale.kind === 'measured' ? { unit: scale.unit } : {}) }));
}

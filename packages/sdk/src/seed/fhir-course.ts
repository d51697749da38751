/**
 * One course of the seed as the FHIR mapping takes it: what the API answers for the course, read
 * straight from the seed, so the FHIR mapping's tests and a vendor's need no server for it.
 */
import { fhirScalesOf, type FhirCourse } from '../fhir/fhir-course.js';
import type { Contact } from '../schemas/contact.js';
import type { ContactLog } from '../schemas/contact-log.js';
import type { NetworkMeeting } from '../schemas/network-meeting.js';
import type { Plan } from '../schemas/plan.js';
import type { ProgressionSeed } from './progression.js';
import type { QuestionnaireSeed } from './questionnaires.js';

/** The parts of the seed a course's FHIR export reads (the seed's `Seed` has them all). */
export interface SeedCourseParts {
  plans: Record<string, Plan>;
  contacts: Record<string, Contact | null>;
  questionnaires: QuestionnaireSeed;
  progression: ProgressionSeed;
  contactLogs: Record<string, ContactLog>;
  meetings: Record<string, NetworkMeeting[]>;
}

/**
 * The course's plan, contact, submitted course rounds (with the definition versions they answer),
 * progression (with the scales its readings are on), contact log and network meetings; null or
 * empty where the seed has none for the course.
 */
export function seedFhirCourse(seed: SeedCourseParts, courseId: string): FhirCourse {
  const responses = seed.questionnaires.responses
    .filter((response) => response.subject.kind === 'course' && response.subject.id === courseId)
    // The API lists a subject's rounds oldest first.
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const definitions = seed.questionnaires.definitions.filter((definition) =>
    responses.some((response) => response.definition.id === definition.id && response.definition.version === definition.version),
  );
  const progression = seed.progression.courses[courseId] ?? { readings: [], annotations: [] };
  return {
    courseId,
    plan: seed.plans[courseId] ?? null,
    contact: seed.contacts[courseId] ?? null,
    questionnaires: { definitions, responses },
    progression: {
      readings: progression.readings,
      annotations: progression.annotations,
      scales: fhirScalesOf(seed.progression.scaleSet, progression.readings),
    },
    contactLog: seed.contactLogs[courseId] ?? null,
    meetings: seed.meetings[courseId] ?? [],
  };
}

/**
 * One course of the seed as the FHIR mapping takes it: what the API answers for the course, read
 * straight from the seed, so the FHIR mapping's tests and a vendor's need no server for it.
 */
import type { FhirCourse, FhirScale } from '../fhir/fhir-course.js';
import type { Seed } from './index.js';

/**
 * The course's plan, contact, submitted course rounds (with the definition versions they answer),
 * progression (with the scales its readings are on), contact log and network meetings; null or
 * empty where the seed has none for the course.
 */
export function seedFhirCourse(seed: Seed, courseId: string): FhirCourse {
  const responses = seed.questionnaires.responses
    .filter((response) => response.subject.kind === 'course' && response.subject.id === courseId)
    // The API lists a subject's rounds oldest first.
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const definitions = seed.questionnaires.definitions.filter((definition) =>
    responses.some((response) => response.definition.id === definition.id && response.definition.version === definition.version),
  );
  const progression = seed.progression.courses[courseId] ?? { readings: [], annotations: [] };
  const used = new Set(progression.readings.map((reading) => reading.scaleId));
  const scales = seed.progression.scaleSet.scales
    .filter((scale) => used.has(scale.id))
    .map((scale): FhirScale => ({ id: scale.id, title: scale.title.da, kind: scale.kind, ...(scale.kind === 'measured' ? { unit: scale.unit } : {}) }));
  return {
    courseId,
    plan: seed.plans[courseId] ?? null,
    contact: seed.contacts[courseId] ?? null,
    questionnaires: { definitions, responses },
    progression: { readings: progression.readings, annotations: progression.annotations, scales },
    contactLog: seed.contactLogs[courseId] ?? null,
    meetings: seed.meetings[courseId] ?? [],
  };
}

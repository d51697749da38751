/**
 * One course of the seed as the FHIR mapping takes it: what the API answers for the course, read
 * straight from the seed, so the FHIR mapping's tests and a vendor's need no server for it.
 */
import { fhirScalesOf, type FhirCourse } from '../fhir/fhir-course.js';
import { applyCommentUpdate, applyPlanUpdate } from '../plan/apply-plan-update.js';
import { toPlanUpdate } from '../plan/plan-edits.js';
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

/**
 * The plan after two edits, as the server would have stored them: a professional's setback note
 * (which the young person is not shown) with a reason, then the young person's own comment. The
 * seed's plans have no history; the FHIR tests need revisions to carry, and one to hide.
 */
export function withPlanHistory(plan: Plan): Plan {
  const professional = { role: 'professional', name: 'Jonas Kragh' } as const;
  const update = toPlanUpdate(plan);
  const setback = {
    id: 'n-history-setback',
    kind: 'setback',
    date: '2026-11-20',
    text: 'Udeblev fra praktikken to dage i træk',
    author: professional,
  } as const;
  const noted = applyPlanUpdate(
    plan,
    { ...update, notes: [...update.notes, setback], reason: 'Bekymring efter to udeblivelser' },
    { at: '2026-11-20T10:00:00+01:00', by: professional },
  );
  return applyCommentUpdate(noted.plan, 'Jeg vil gerne have mere tid i praktikken', {
    at: '2026-11-21T09:00:00+01:00',
    by: { role: 'youth', name: plan.firstName },
  }).plan;
}

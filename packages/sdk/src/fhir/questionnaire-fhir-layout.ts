import type { AnswerPart, DefinitionRef } from '../schemas/questionnaire.js';
import { UF_FHIR, ufCodeSystem } from './fhir-codes.js';
import type { FhirCourse } from './fhir-course.js';

/*
 * How a course's strategic-criteria rounds are laid out in FHIR, shared by the export
 * (questionnaire-to-fhir.ts, which describes the mapping and what it leaves out) and the import
 * (questionnaire-from-fhir.ts).
 */

/** The course's rounds and the definition versions they answered. */
export type Questionnaires = FhirCourse['questionnaires'];

/** The 1–4 ratings and "don't know" as codes of the project's rating system. */
export const RATING_SYSTEM = ufCodeSystem('rating');
export const STEP_CODES = ['1', '2', '3', '4'] as const;

/** A definition's Questionnaire is `<base><definition id>`; its versions share the url. */
export const QUESTIONNAIRE_BASE = `${UF_FHIR}/Questionnaire/`;

/**
 * A criterion group's linkId is its id with this suffix: linkIds must be unique in a Questionnaire
 * (que-2), and a definition keeps item ids apart from each other but not from criterion ids. Ids
 * have no dot, and no part is called `criterion`, so the suffix cannot meet another linkId.
 */
export const CRITERION_SUFFIX = '.criterion';

/** A part's question type: a rating is a choice of the scale, a reflection and a next step are text. */
export const PART_TYPES: Record<AnswerPart, 'choice' | 'text'> = { rating: 'choice', reflection: 'text', nextStep: 'text' };

/** A definition version as the canonical's version part says it, `<id>|<version>`: also its key among the versions. */
export function versionKey(ref: DefinitionRef): string {
  return `${ref.id}|${ref.version}`;
}

/**
 * The URLs a course's Bundle names: FHIR's own code systems where they exist, KL's where KL
 * defines the concept (Fælles Faglige Begreber), and the project's own canonical for the rest.
 * `docs/fhir.md` lists each with what it is used for.
 */

/** The project's canonical base: its code systems, extensions and identifier systems live under it. */
export const UF_FHIR = 'https://ungeforlob.dk/fhir';

/** A code system of the project's own: `https://ungeforlob.dk/fhir/CodeSystem/<name>`. */
export const ufCodeSystem = (name: UfCodeSystemName): string => `${UF_FHIR}/CodeSystem/${name}`;

/** An extension of the project's own: `https://ungeforlob.dk/fhir/StructureDefinition/<name>`. */
export const ufExtension = (name: UfExtensionName): string => `${UF_FHIR}/StructureDefinition/${name}`;

/** An identifier system of the project's own, for one kind of id: `https://ungeforlob.dk/fhir/NamingSystem/<kind>`. */
export const ufIdentifierSystem = (kind: UfIdentifierKind): string => `${UF_FHIR}/NamingSystem/${kind}`;

export type UfCodeSystemName =
  | 'goal-kind'
  | 'offer'
  | 'offer-kind'
  | 'contact-role'
  | 'care-team-role'
  | 'channel'
  | 'note-kind'
  | 'rating'
  | 'progression-scale'
  | 'rater'
  | 'progression-annotation'
  | 'scale-unit'
  | 'contact-outcome'
  | 'activity'
  | 'participant-role'
  | 'meeting-point-from'
  | 'encounter-type';

export type UfExtensionName =
  | 'changed'
  | 'effort-id'
  | 'note-id'
  | 'missing-goal'
  | 'revision-number'
  | 'revision-change'
  | 'dream'
  | 'path-to-goal'
  | 'note-kind'
  | 'note-goal'
  | 'transitions'
  | 'preferred-channel'
  | 'handovers'
  | 'aftercare'
  | 'round'
  | 'shared-with-youth'
  | 'participant'
  | 'meeting-point'
  | 'decision'
  | 'handover'
  | 'minutes';

export type UfIdentifierKind =
  | 'course'
  | 'staff'
  | 'unit'
  | 'goal'
  | 'next-action'
  | 'questionnaire-response'
  | 'progression-reading'
  | 'progression-annotation'
  | 'contact-log-entry'
  | 'network-meeting'
  | 'meeting-decision';

/** KL's goal categories, Fælles Faglige Begreber (KL Core's value set KLGoalTypeCodes). */
export const KL_CARE_SOCIAL_CODES = 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes';
export const KL_GOAL_CATEGORY = {
  /** Borgers mål og ønsker: the life goal, in the young person's own words. */
  citizensGoalsAndWishes: { code: '416fe27d-3ccf-4390-8742-8b52a9d8dc78', display: 'FFB borgers mål og ønsker' },
  /** Indsatsmål: a goal of the plan that the efforts work towards. */
  effortGoal: { code: '0bb3daef-538d-45dc-b444-abdbcb63f6bc', display: 'FFB indsatsmål' },
} as const;

/** FHIR's own code systems. */
export const HL7 = {
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  provenanceParticipantType: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  participationMode: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode',
} as const;

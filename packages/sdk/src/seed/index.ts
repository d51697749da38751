import type { Id, IsoDate } from '../schemas/common.js';
import type { Offer } from '../schemas/offer.js';
import type { SharedNeed } from '../schemas/needs-bank.js';
import { buildNeeds } from './needs.js';
import { buildContactLogs } from './contact-logs.js';
import { buildMeetings } from './meetings.js';
import type { NetworkMeeting } from '../schemas/network-meeting.js';
import type { ContactLog } from '../schemas/contact-log.js';
import { buildOffers } from './offers.js';
import type { Contact } from '../schemas/contact.js';
import type { Plan } from '../schemas/plan.js';
import { addDays, addMonths, danishDateTime, danishToday } from '../time/calendar.js';
import { buildTeams, buildUsers, type SeedTeam, type SeedUser } from './access.js';
import { deputy, officeChannels, staff, units } from './people.js';
import { buildPlans } from './plans.js';
import { buildProgressionSeed, type ProgressionSeed } from './progression.js';
import { buildQuestionnaireSeed, type QuestionnaireSeed } from './questionnaires.js';

export { offers as seedOffers } from './plans.js';
export { seedUserIds, type SeedTeam, type SeedUser, type SeedUserRole } from './access.js';
export type { QuestionnaireSeed } from './questionnaires.js';
export { progressionBenchData, type ProgressionSeed } from './progression.js';
export { seedFhirCourse, withPlanHistory } from './fhir-course.js';

/** A fictional young person. Identified by an opaque id; there is no CPR number anywhere in the seed. */
export interface SeedCitizen {
  id: Id;
  name: string;
  birthDate: IsoDate;
}

export interface SeedCourse {
  id: Id;
  citizen: SeedCitizen;
  /** Why this course is in the seed: which state of the widgets it shows. */
  shows: string;
}

export interface Seed {
  courses: SeedCourse[];
  /** The contact per course id; null where none is assigned yet. */
  contacts: Record<Id, Contact | null>;
  /** The one plan per course id. */
  plans: Record<Id, Plan>;
  /** The strategic-criteria questionnaire: its definition, the offer catalogue and submitted rounds. */
  questionnaires: QuestionnaireSeed;
  /** The progression scales: the default scale set, and readings and annotations per course. */
  progression: ProgressionSeed;
  /** The municipality's offer catalogue (tilbudsvifte), by name. */
  offers: Offer[];
  /** The needs shared to the needs bank (behovsbank) per course id, newest first, with their proposals. */
  needs: Record<Id, SharedNeed[]>;
  /** The contact log per course id: the agreed rhythm and the contacts, newest first. */
  contactLogs: Record<Id, ContactLog>;
  /** The network meetings per course id, the latest first. */
  meetings: Record<Id, NetworkMeeting[]>;
  /** Teams of professionals and the courses assigned to each. */
  teams: SeedTeam[];
  /** Who can sign in to the demo: professionals, the young people, an administrator. */
  users: SeedUser[];
}

/** Well-known course ids of the seed, for stories, tests and the demo page. */
export const seedCourseIds = {
  steady: 'c-4f2a91',
  contactAway: 'c-8b13d7',
  aftercare: 'c-2e6c55',
  noContact: 'c-9a0f4e',
  manyHandovers: 'c-5d7b20',
} as const;

const at = danishDateTime;

/**
 * Realistic fictional seed data with dates relative to `today`, so a freshly seeded demo shows an
 * upcoming appointment, a contact away right now and aftercare still running.
 */
export function buildSeed(today: IsoDate = danishToday()): Seed {
  const ids = seedCourseIds;
  const courses: SeedCourse[] = [
    {
      id: ids.steady,
      citizen: { id: 'p-7c21', name: 'Amalie Sørensen', birthDate: addMonths(today, -12 * 19 - 4) },
      shows: 'a steady contact holding all three roles',
    },
    {
      id: ids.contactAway,
      citizen: { id: 'p-3e88', name: 'Mikkel Rasmussen', birthDate: addMonths(today, -12 * 17 - 9) },
      shows: 'the contact is on holiday today; the deputy comes first',
    },
    {
      id: ids.aftercare,
      citizen: { id: 'p-91d0', name: 'Sara El-Amin', birthDate: addMonths(today, -12 * 22 - 1) },
      shows: 'the course has ended; aftercare runs for four more months',
    },
    { id: ids.noContact, citizen: { id: 'p-5a17', name: 'Noah Jensen', birthDate: addMonths(today, -12 * 16 - 2) }, shows: 'no contact assigned yet' },
    {
      id: ids.manyHandovers,
      citizen: { id: 'p-c402', name: 'Freja Madsen', birthDate: addMonths(today, -12 * 24 - 6) },
      shows: 'three handovers; a new contact since last month',
    },
  ];

  const jonasChannels = [
    ...officeChannels('+45 12 34 56 78', 'jonas.kragh@fjordby.example'),
    { kind: 'walk', place: 'Vi mødes ved Fjordby Station', hours: [{ days: [2, 4], from: '10:00', to: '14:00' }] },
    { kind: 'homeVisit', hours: [{ days: [3], from: '09:00', to: '15:00' }], note: 'Efter aftale' },
  ] satisfies Contact['channels'];

  const contacts: Record<Id, Contact | null> = {
    [ids.steady]: {
      courseId: ids.steady,
      person: staff.jonas,
      roles: ['educationConsultant', 'companyConsultant', 'mentor'],
      unit: units.youth,
      channels: jonasChannels,
      preferredChannel: 'sms',
      nextAppointment: {
        start: at(addDays(today, 3), '10:00'),
        end: at(addDays(today, 3), '11:00'),
        channel: 'walk',
        place: 'Fjordby Station',
        purpose: 'Snak om praktik i Netto',
      },
      absences: [
        {
          from: addDays(today, 20),
          to: addDays(today, 27),
          reason: 'holiday',
          deputy: deputy(staff.mette, units.youth, '+45 12 34 56 90', 'mette.holm@fjordby.example'),
        },
      ],
      aftercare: null,
      contactSince: addMonths(today, -14),
      handovers: 0,
      caseload: 21,
    },
    [ids.contactAway]: {
      courseId: ids.contactAway,
      person: staff.ali,
      roles: ['educationConsultant', 'companyConsultant', 'mentor'],
      unit: units.youth,
      channels: officeChannels('+45 12 34 57 11', 'ali.bakir@fjordby.example'),
      preferredChannel: 'phone',
      nextAppointment: { start: at(addDays(today, 8), '13:00'), channel: 'inPerson', place: 'Ungehuset, Havnegade 4', purpose: 'Opfølgning på skoleforløb' },
      absences: [
        {
          from: addDays(today, -2),
          to: addDays(today, 5),
          reason: 'holiday',
          deputy: deputy(staff.sofie, units.youth, '+45 12 34 57 22', 'sofie.lund@fjordby.example'),
        },
      ],
      aftercare: null,
      contactSince: addMonths(today, -8),
      handovers: 1,
      caseload: 19,
    },
    [ids.aftercare]: {
      courseId: ids.aftercare,
      person: staff.mette,
      roles: ['educationConsultant', 'mentor'],
      unit: units.youth,
      channels: officeChannels('+45 12 34 56 90', 'mette.holm@fjordby.example'),
      preferredChannel: 'email',
      nextAppointment: null,
      absences: [],
      aftercare: { courseEndedOn: addMonths(today, -2), until: addMonths(today, 4) },
      contactSince: addMonths(today, -20),
      handovers: 0,
      caseload: 23,
    },
    [ids.noContact]: null,
    [ids.manyHandovers]: {
      courseId: ids.manyHandovers,
      person: staff.peter,
      roles: ['companyConsultant', 'mentor'],
      unit: units.jobcentre,
      channels: officeChannels('+45 12 34 58 33', 'peter.norgaard@fjordby.example'),
      preferredChannel: null,
      nextAppointment: { start: at(addDays(today, 1), '09:30'), channel: 'phone', purpose: 'Aftale første møde' },
      absences: [],
      aftercare: null,
      contactSince: addMonths(today, -1),
      handovers: 3,
      caseload: 58,
    },
  };

  const planPeople = Object.fromEntries(
    Object.entries(ids).map(([key, courseId]) => {
      const citizen = courses.find((course) => course.id === courseId)!.citizen;
      return [key, { courseId, firstName: citizen.name.split(' ')[0]!, birthDate: citizen.birthDate }];
    }),
  ) as Parameters<typeof buildPlans>[1];

  const teams = buildTeams(ids);
  return {
    courses,
    contacts,
    plans: buildPlans(today, planPeople),
    questionnaires: buildQuestionnaireSeed(today, ids),
    progression: buildProgressionSeed(today, ids),
    offers: buildOffers(today),
    needs: buildNeeds(today, ids),
    contactLogs: buildContactLogs(today, ids),
    meetings: buildMeetings(today, ids.manyHandovers, contacts[ids.manyHandovers]!),
    teams,
    users: buildUsers(
      teams,
      courses.map((course) => course.citizen),
    ),
  };
}

export { offerCatalogue } from './plans.js';
export { withMoreCourses } from './more-courses.js';

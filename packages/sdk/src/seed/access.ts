import type { UserRole } from '../schemas/access.js';
import type { Id } from '../schemas/common.js';
import type { StaffPerson } from '../schemas/contact.js';
import { staff } from './people.js';

/** Who a signed-in user is to the server: it decides what they may see and change. */
export type SeedUserRole = UserRole;

/**
 * A user the demo's development issuer signs tokens for. `subject` is the token's `sub`; the
 * server maps it to a professional (by staff id) or a young person (by citizen id).
 */
export interface SeedUser {
  subject: string;
  role: SeedUserRole;
  /** Shown as the author of what they write, and in the demo's "signed in as". */
  name: string;
  staffId?: Id;
  citizenId?: Id;
}

/** A team of professionals. A professional sees exactly the courses assigned to their teams. */
export interface SeedTeam {
  id: Id;
  name: string;
  members: StaffPerson[];
  courseIds: Id[];
}

/** Well-known users of the seed, for the demo page and tests. */
export const seedUserIds = {
  /** Jonas Kragh, Team Nord: the steady, contact-away and aftercare courses. */
  teamNord: 's-jk01',
  /** Peter Nørgaard, Team Syd: the no-contact and many-handovers courses. */
  teamSyd: 's-pn05',
  /** Kirsten Dahl, who loads questionnaire versions and answers requests for the audit log; sees no course. */
  administrator: 'a-kd01',
  /** Lene Brandt, who keeps the offer catalogue (tilbudsvifte) up to date; sees no course. */
  offerAdministrator: 'a-lb02',
  /** Birgitte Holm, leader of the coordinated youth effort: the offers × criteria overview, no course. */
  leader: 'l-bh01',
} as const;

/**
 * Two teams that split the seed's courses, so every professional is refused some course: the
 * contact of each course is on its team, and the deputies are on the team they stand in for.
 */
export function buildTeams(courseIds: { steady: Id; contactAway: Id; aftercare: Id; noContact: Id; manyHandovers: Id }): SeedTeam[] {
  return [
    {
      id: 't-nord',
      name: 'Team Nord',
      members: [staff.jonas, staff.ali, staff.mette, staff.sofie],
      courseIds: [courseIds.steady, courseIds.contactAway, courseIds.aftercare],
    },
    { id: 't-syd', name: 'Team Syd', members: [staff.peter], courseIds: [courseIds.noContact, courseIds.manyHandovers] },
  ];
}

/** Every professional on a team, each young person of a course, one administrator, one offer administrator and one leader. */
export function buildUsers(teams: readonly SeedTeam[], citizens: readonly { id: Id; name: string }[]): SeedUser[] {
  const professionals = teams
    .flatMap((team) => team.members)
    .map((person): SeedUser => ({ subject: person.id, role: 'professional', name: person.name, staffId: person.id }));
  const youth = citizens.map((citizen): SeedUser => ({ subject: citizen.id, role: 'youth', name: citizen.name.split(' ')[0]!, citizenId: citizen.id }));
  return [
    ...professionals,
    ...youth,
    { subject: seedUserIds.administrator, role: 'administrator', name: 'Kirsten Dahl' },
    { subject: seedUserIds.offerAdministrator, role: 'offerAdministrator', name: 'Lene Brandt' },
    { subject: seedUserIds.leader, role: 'leader', name: 'Birgitte Holm' },
  ];
}

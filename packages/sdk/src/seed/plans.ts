import type { Id, IsoDate } from '../schemas/common.js';
import type { Effort, Goal, OfferRef, Plan, Responsible } from '../schemas/plan.js';
import type { Unit } from '../schemas/contact.js';
import { addDays, addMonths, danishDateTime } from '../time/calendar.js';
import type { OfferChoice } from '../plan/plan-drafts.js';
import { units } from './people.js';

// A fictional offer catalogue (tilbudsvifte). `kind` groups offers that do the same job, so two
// mentors from two departments show as a double offer.
export const offers = {
  jobMentor: { id: 'o-mentor-job', name: 'Mentor (beskæftigelse)', kind: 'mentor' },
  socialMentor: { id: 'o-mentor-social', name: 'Støttekontaktperson', kind: 'mentor' },
  fgu: { id: 'o-fgu', name: 'FGU – forberedende grunduddannelse', kind: 'schoolOffer' },
  internship: { id: 'o-praktik', name: 'Virksomhedspraktik', kind: 'internship' },
  psychologist: { id: 'o-psykolog', name: 'Samtaler hos psykolog', kind: 'treatment' },
  club: { id: 'o-klub', name: 'Fodbold med følgeskab', kind: 'community' },
  housing: { id: 'o-bostotte', name: 'Bostøtte', kind: 'housing' },
} satisfies Record<string, OfferRef>;

/**
 * The fictional municipality's offer catalogue with the unit that delivers each offer: what a
 * host passes to `<uf-plan>` as `offers` so a professional can add an effort.
 */
export const offerCatalogue: readonly OfferChoice[] = [
  { offer: offers.jobMentor, unit: units.jobcentre },
  { offer: offers.jobMentor, unit: units.youth },
  { offer: offers.socialMentor, unit: units.social },
  { offer: offers.fgu, unit: units.school },
  { offer: offers.internship, unit: units.jobcentre },
  { offer: offers.psychologist, unit: units.psychiatry },
  { offer: offers.club, unit: units.civilSociety },
  { offer: offers.housing, unit: units.social },
];

const person = (name: string, unit: Unit, staffId?: Id): Responsible => (staffId ? { name, unit, staffId } : { name, unit });

interface PlanPeople {
  courseId: Id;
  firstName: string;
  birthDate: IsoDate;
}

/**
 * One plan per seed course, with dates relative to `today`. Between them they show every warning
 * of the plan view: an overdue next action, a double offer, an effort linked to no goal, a plan
 * without a community goal, a transition ahead (18th birthday), and a changed goal nobody has
 * followed up on yet.
 */
export function buildPlans(
  today: IsoDate,
  people: Record<'steady' | 'contactAway' | 'aftercare' | 'noContact' | 'manyHandovers', PlanPeople>,
): Record<Id, Plan> {
  const day = (offset: number) => addDays(today, offset);
  const at = (offset: number, time = '10:00') => danishDateTime(day(offset), time);
  const jonas = person('Jonas Kragh', units.youth, 's-jk01');
  const ali = person('Ali Bakir', units.youth, 's-ab03');
  const peter = person('Peter Nørgaard', units.jobcentre, 's-pn05');

  const goal = (id: Id, kind: Goal['kind'], text: string, changedDaysAgo: number, status: Goal['status'] = 'open'): Goal => ({
    id,
    kind,
    text,
    status,
    changedAt: at(-changedDaysAgo),
  });
  const effort = (fields: Omit<Effort, 'changedAt'> & { changedDaysAgo: number }): Effort => {
    const { changedDaysAgo, ...rest } = fields;
    return { ...rest, changedAt: at(-changedDaysAgo, '11:00') };
  };
  const turns18 = (birthDate: IsoDate) => addMonths(birthDate, 18 * 12);

  const steady: Plan = {
    courseId: people.steady.courseId,
    firstName: people.steady.firstName,
    lifeGoal: {
      text: 'Jeg vil være tømrer og have min egen lejlighed.',
      dreams: ['Bo tæt på min lillesøster', 'Tage kørekort'],
      path: 'Først praktik hos en tømrer, så erhvervsuddannelse. Jeg skal lære at stå op om morgenen.',
      changedAt: at(-120),
    },
    goals: [
      goal('g-s1', 'education', 'Starte på tømreruddannelsen til sommer', 120),
      goal('g-s2', 'community', 'Spille fodbold på et hold igen', 90),
      goal('g-s3', 'coping', 'Møde op til tiden fire dage om ugen', 60),
    ],
    efforts: [
      effort({
        id: 'e-s1',
        offer: offers.internship,
        unit: units.jobcentre,
        responsible: peter,
        how: 'Finder praktikplads og følger op hver fredag',
        start: day(-30),
        end: day(60),
        status: 'active',
        goalIds: ['g-s1', 'g-s3'],
        nextAction: { text: 'Midtvejssamtale med praktikstedet', due: day(5), responsible: peter },
        changedDaysAgo: 30,
      }),
      effort({
        id: 'e-s2',
        offer: offers.club,
        unit: units.civilSociety,
        responsible: person('Maja Friis (træner)', units.civilSociety),
        how: 'Træner henter ved første tre træninger',
        start: day(-60),
        status: 'active',
        goalIds: ['g-s2'],
        nextAction: null,
        changedDaysAgo: 60,
      }),
      effort({
        id: 'e-s3',
        offer: offers.jobMentor,
        unit: units.youth,
        responsible: jonas,
        how: 'Gåtur hver tirsdag; sms om morgenen',
        start: day(-200),
        status: 'active',
        goalIds: ['g-s1', 'g-s3'],
        nextAction: { text: 'Aftale vejen til erhvervsuddannelsen', due: day(14), responsible: jonas },
        changedDaysAgo: 25,
      }),
    ],
    notes: [
      {
        id: 'n-s1',
        kind: 'success',
        date: day(-12),
        text: 'Mødt op alle dage i praktikken i to uger.',
        author: { role: 'professional', name: 'Peter Nørgaard' },
        goalId: 'g-s3',
      },
      {
        id: 'n-s2',
        kind: 'learning',
        date: day(-40),
        text: 'Det hjælper at blive hentet de første gange. Så tør jeg godt.',
        author: { role: 'youth', name: people.steady.firstName },
      },
    ],
    transitions: {},
    youthComment: { text: 'Det går godt i praktikken. Jeg vil gerne have mere tid med værktøjet.', changedAt: at(-10) },
    revisions: [],
  };

  // Mikkel turns 18 within six months, and an action is overdue.
  const contactAway: Plan = {
    courseId: people.contactAway.courseId,
    firstName: people.contactAway.firstName,
    lifeGoal: { text: 'Jeg vil have en uddannelse, hvor jeg må bruge hænderne.', dreams: ['Arbejde med biler'], changedAt: at(-200) },
    goals: [
      goal('g-a1', 'education', 'Gøre 9. klasse færdig på FGU', 200),
      goal('g-a2', 'community', 'Gå i ungdomsklubben en aften om ugen', 150),
      goal('g-a3', 'health', 'Sove bedre og have mindre ondt i maven', 100),
    ],
    efforts: [
      effort({
        id: 'e-a1',
        offer: offers.fgu,
        unit: units.school,
        responsible: person('Lene Dahl (FGU-vejleder)', units.school),
        start: day(-150),
        end: day(45),
        status: 'active',
        goalIds: ['g-a1'],
        nextAction: { text: 'Tilmelding til afgangsprøve', due: day(-6), responsible: person('Lene Dahl (FGU-vejleder)', units.school) },
        changedDaysAgo: 90,
      }),
      effort({
        id: 'e-a2',
        offer: offers.psychologist,
        unit: units.psychiatry,
        responsible: person('Psykolog, team Syd', units.psychiatry),
        how: 'Samtaler hver 14. dag; Mikkel tager selv bussen',
        start: day(-80),
        status: 'active',
        goalIds: ['g-a3'],
        nextAction: { text: 'Statusmøde med forældre', due: day(10), responsible: ali },
        changedDaysAgo: 80,
      }),
    ],
    notes: [
      {
        id: 'n-a1',
        kind: 'setback',
        date: day(-20),
        text: 'Har været syg og ikke kommet på FGU i en uge.',
        author: { role: 'professional', name: 'Ali Bakir' },
        goalId: 'g-a1',
      },
    ],
    transitions: { turns18On: turns18(people.contactAway.birthDate), schoolEndsOn: day(45) },
    youthComment: null,
    revisions: [],
  };

  const aftercare: Plan = {
    courseId: people.aftercare.courseId,
    firstName: people.aftercare.firstName,
    lifeGoal: { text: 'Jeg vil være social- og sundhedsassistent.', dreams: ['Have en fast kæreste', 'Rejse til Marokko'], changedAt: at(-400) },
    goals: [
      goal('g-f1', 'education', 'Komme ind på SOSU-skolen', 300, 'reached'),
      goal('g-f2', 'community', 'Være frivillig i ældreklubben', 250, 'reached'),
      goal('g-f3', 'housing', 'Få egen lejlighed', 200, 'reached'),
    ],
    efforts: [
      effort({
        id: 'e-f1',
        offer: offers.housing,
        unit: units.social,
        responsible: person('Karin Vestergaard', units.social),
        start: day(-400),
        end: day(-60),
        status: 'completed',
        goalIds: ['g-f3'],
        nextAction: null,
        changedDaysAgo: 60,
      }),
      effort({
        id: 'e-f2',
        offer: offers.jobMentor,
        unit: units.youth,
        responsible: person('Mette Holm', units.youth, 's-mh02'),
        start: day(-600),
        end: day(-60),
        status: 'completed',
        goalIds: ['g-f1', 'g-f2'],
        nextAction: null,
        changedDaysAgo: 60,
      }),
    ],
    notes: [
      {
        id: 'n-f1',
        kind: 'success',
        date: day(-61),
        text: 'Startet på SOSU-skolen. Klarer sig selv.',
        author: { role: 'professional', name: 'Mette Holm' },
        goalId: 'g-f1',
      },
    ],
    transitions: {},
    youthComment: null,
    revisions: [],
  };

  // Noah's plan has no community goal, and one effort is linked to no goal.
  const noContact: Plan = {
    courseId: people.noContact.courseId,
    firstName: people.noContact.firstName,
    lifeGoal: { text: 'Ved det ikke endnu. Måske noget med computere.', dreams: ['Lave mine egne spil'], changedAt: at(-30) },
    goals: [goal('g-n1', 'education', 'Komme i skole tre dage om ugen', 30), goal('g-n2', 'coping', 'Have en fast døgnrytme', 30)],
    efforts: [
      effort({
        id: 'e-n1',
        offer: offers.socialMentor,
        unit: units.social,
        responsible: person('Karin Vestergaard', units.social),
        start: day(-20),
        status: 'active',
        goalIds: ['g-n2'],
        nextAction: { text: 'Hjemmebesøg med mor', due: day(3), responsible: person('Karin Vestergaard', units.social) },
        changedDaysAgo: 20,
      }),
      effort({
        id: 'e-n2',
        offer: offers.psychologist,
        unit: units.psychiatry,
        responsible: person('Psykolog, team Nord', units.psychiatry),
        start: day(7),
        status: 'planned',
        goalIds: [],
        nextAction: { text: 'Første samtale', due: day(7), responsible: person('Psykolog, team Nord', units.psychiatry) },
        changedDaysAgo: 18,
      }),
    ],
    notes: [],
    transitions: { turns18On: turns18(people.noContact.birthDate) },
    youthComment: null,
    revisions: [],
  };

  // Freja has two mentors from two departments at once, and her new life goal has had no follow-up.
  const manyHandovers: Plan = {
    courseId: people.manyHandovers.courseId,
    firstName: people.manyHandovers.firstName,
    lifeGoal: { text: 'Jeg vil arbejde med dyr, måske i en dyrehandel.', dreams: ['Have en hund'], path: 'Praktik i en dyrehandel først.', changedAt: at(-21) },
    goals: [goal('g-h1', 'job', 'Få et fritidsjob med dyr', 21), goal('g-h2', 'community', 'Gå med i en hundeklub', 21)],
    efforts: [
      effort({
        id: 'e-h1',
        offer: offers.jobMentor,
        unit: units.jobcentre,
        responsible: peter,
        start: day(-40),
        status: 'active',
        goalIds: ['g-h1'],
        nextAction: { text: 'Finde praktiksteder', due: day(-2), responsible: peter },
        changedDaysAgo: 40,
      }),
      effort({
        id: 'e-h2',
        offer: offers.socialMentor,
        unit: units.social,
        responsible: person('Karin Vestergaard', units.social),
        start: day(-35),
        status: 'active',
        goalIds: ['g-h2'],
        nextAction: { text: 'Følge Freja til hundeklubben', due: day(9), responsible: person('Karin Vestergaard', units.social) },
        changedDaysAgo: 35,
      }),
    ],
    notes: [],
    transitions: {},
    youthComment: { text: 'Jeg forstår ikke, hvorfor jeg har to mentorer.', changedAt: at(-5) },
    revisions: [],
  };

  return Object.fromEntries([steady, contactAway, aftercare, noContact, manyHandovers].map((plan) => [plan.courseId, plan]));
}

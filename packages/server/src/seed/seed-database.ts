import type { Contact, StaffPerson, Unit } from '@ungeforlob/sdk';
import type { Seed } from '@ungeforlob/sdk/seed';
import { insertPlan } from '../plan/plan-queries.js';
import { addAnnotation, addReading, courseExists } from '../progression/progression-queries.js';
import { insertScaleSet } from '../progression/scale-set-queries.js';
import { insertDefinition } from '../questionnaire/definition-queries.js';
import { insertResponse } from '../questionnaire/response-queries.js';
import { insertOffers, subjectExists } from '../questionnaire/subject-queries.js';
import { loadOfferCatalogue } from '../offer/offer-queries.js';
import { insertProposal, writeNeed } from '../needs-bank/need-queries.js';
import type { Database, Queryable } from '../db/database.js';
import { lockSchemaForTransaction } from '../db/schema-lock.js';
import { seedSubjectsByName } from './seed-signers.js';

/**
 * Writes the seed's teams, their course assignments and the users who can sign in, when no team
 * and no principal exists, for those of the seed's courses and people that exist here.
 *
 * @returns true when they were written.
 */
export async function seedAccessIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    if (!(await isEmpty(tx, 'teams')) || !(await isEmpty(tx, 'principals'))) return false;
    for (const team of seed.teams) {
      await tx.query('INSERT INTO teams (id, name) VALUES ($1, $2)', [team.id, team.name]);
      for (const member of team.members) {
        // A colleague who is no course's contact or deputy has no staff row yet.
        await tx.query('INSERT INTO staff (id, name) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [member.id, member.name]);
        await tx.query('INSERT INTO team_members (team_id, staff_id) VALUES ($1, $2)', [team.id, member.id]);
      }
      await tx.query('INSERT INTO course_teams (course_id, team_id) SELECT id, $2 FROM courses WHERE id = ANY($1::text[])', [team.courseIds, team.id]);
    }
    for (const user of seed.users) {
      await tx.query(
        `INSERT INTO principals (subject, role, display_name, staff_id, citizen_id)
         SELECT $1, $2, $3, $4, $5
         WHERE $5::text IS NULL OR EXISTS (SELECT 1 FROM citizens WHERE id = $5)`,
        [user.subject, user.role, user.name, user.staffId ?? null, user.citizenId ?? null],
      );
    }
    return true;
  });
}

/**
 * Writes the default scale set when none is loaded, and the seed's readings and annotations when
 * there are none, for those of the seed's courses that exist here.
 *
 * @returns true when any of them was written.
 */
export async function seedProgressionIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    let written = false;
    if (await isEmpty(tx, 'scale_sets')) written = (await insertScaleSet(tx, seed.progression.scaleSet)) || written;
    if ((await isEmpty(tx, 'progression_readings')) && (await isEmpty(tx, 'progression_annotations'))) {
      for (const [courseId, progression] of Object.entries(seed.progression.courses)) {
        if (!(await courseExists(tx, courseId))) continue;
        for (const reading of progression.readings) await addReading(tx, courseId, reading);
        for (const annotation of progression.annotations) await addAnnotation(tx, courseId, annotation);
        written = true;
      }
    }
    return written;
  });
}

/**
 * Loads the seed's fictional offer catalogue into a database without one (see `loadOfferCatalogue`),
 * and only for the demo, like the seed's sign-ins: a municipality's young people must never be
 * shown made-up offers.
 *
 * @returns true when any entry was written.
 */
export async function seedOfferCatalogue(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    return (await loadOfferCatalogue(tx, seed.offers)) > 0;
  });
}

/**
 * Writes the seed's needs bank when no need is shared, for those of the seed's courses that exist
 * here, and only for the demo, like its catalogue and sign-ins: the proposals are for the fictional
 * catalogue's offers, and each is signed by a seed user (so the bank shows Peter Nørgaard his own).
 *
 * @returns true when any need was written.
 */
export async function seedNeedsIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    if (!(await isEmpty(tx, 'shared_needs'))) return false;
    // The seed's proposals name their senders; the server knows a sender by their token's subject.
    const subjects = seedSubjectsByName(seed);
    let written = false;
    for (const [courseId, needs] of Object.entries(seed.needs)) {
      if (!(await courseExists(tx, courseId))) continue;
      for (const need of needs) {
        // No change row: nobody wrote these words here, they came with the demo.
        if (!(await writeNeed(tx, courseId, need, null, null))) continue;
        for (const proposal of need.proposals) await insertProposal(tx, need.id, proposal, subjects.get(proposal.from) ?? null);
        written = true;
      }
    }
    return written;
  });
}

/**
 * Writes the seed's questionnaire parts, each when its table is empty: the default definition
 * (version 1), the offers its rounds are about (by id, name and kind, where no catalogue was
 * loaded), and the submitted rounds of those subjects that exist here.
 * A municipality that loaded its own definition versions keeps them.
 *
 * @returns true when any of them was written.
 */
export async function seedQuestionnairesIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    let written = false;
    if (await isEmpty(tx, 'questionnaire_definitions')) {
      for (const definition of seed.questionnaires.definitions) if (await insertDefinition(tx, definition)) written = true;
    }
    if (await isEmpty(tx, 'offers')) {
      if ((await insertOffers(tx, seed.questionnaires.offers)) > 0) written = true;
    }
    if (await isEmpty(tx, 'questionnaire_responses')) {
      for (const response of seed.questionnaires.responses) {
        const known = await tx.query('SELECT 1 FROM questionnaire_definitions WHERE id = $1 AND version = $2', [
          response.definition.id,
          response.definition.version,
        ]);
        if (known.length === 0 || !(await subjectExists(tx, response.subject))) continue;
        await insertResponse(tx, response);
        written = true;
      }
    }
    return written;
  });
}

async function isEmpty(
  tx: Queryable,
  table:
    | 'questionnaire_definitions'
    | 'offers'
    | 'questionnaire_responses'
    | 'scale_sets'
    | 'progression_readings'
    | 'progression_annotations'
    | 'teams'
    | 'principals'
    | 'shared_needs',
): Promise<boolean> {
  // The table name comes from the fixed union above, never from input.
  return (await tx.query(`SELECT 1 FROM ${table} LIMIT 1`)).length === 0;
}

/**
 * Writes the seed's units, staff, citizens, courses and contacts when no course exists.
 *
 * @returns true when they were written.
 */
export async function seedCoursesIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    const existing = await tx.query('SELECT 1 FROM courses LIMIT 1');
    if (existing.length > 0) return false;
    await writeCourses(tx, seed);
    return true;
  });
}

/**
 * Writes the seed's plans when no plan exists, for those of the seed's courses that exist here
 * (a database with other courses gets no plan that belongs to nobody).
 *
 * @returns true when at least one plan was written.
 */
export async function seedPlansIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    const existing = await tx.query('SELECT 1 FROM course_plans LIMIT 1');
    if (existing.length > 0) return false;
    let written = false;
    for (const plan of Object.values(seed.plans)) {
      if (await insertPlan(tx, plan)) written = true;
    }
    return written;
  });
}

async function writeCourses(tx: Queryable, seed: Seed): Promise<void> {
  const contacts = Object.values(seed.contacts).filter((contact): contact is Contact => contact !== null);
  const { people, units } = peopleAndUnitsOf(contacts);

  for (const unit of units.values()) {
    await tx.query('INSERT INTO units (id, name) VALUES ($1, $2)', [unit.id, unit.name]);
  }
  for (const person of people.values()) {
    const caseload = contacts.find((contact) => contact.person.id === person.id)?.caseload ?? null;
    await tx.query('INSERT INTO staff (id, name, photo_url, caseload) VALUES ($1, $2, $3, $4)', [person.id, person.name, person.photoUrl ?? null, caseload]);
  }
  for (const course of seed.courses) {
    await tx.query('INSERT INTO citizens (id, name, birth_date) VALUES ($1, $2, $3)', [course.citizen.id, course.citizen.name, course.citizen.birthDate]);
    await tx.query('INSERT INTO courses (id, citizen_id) VALUES ($1, $2)', [course.id, course.citizen.id]);
  }
  for (const contact of contacts) {
    await tx.query(
      `INSERT INTO course_contacts (course_id, staff_id, unit_id, roles, channels, preferred_channel, next_appointment,
         absences, aftercare_course_ended_on, aftercare_until, contact_since, handovers)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8::jsonb, $9, $10, $11, $12)`,
      [
        contact.courseId,
        contact.person.id,
        contact.unit.id,
        contact.roles,
        JSON.stringify(contact.channels),
        contact.preferredChannel,
        contact.nextAppointment === null ? null : JSON.stringify(contact.nextAppointment),
        JSON.stringify(contact.absences),
        contact.aftercare?.courseEndedOn ?? null,
        contact.aftercare?.until ?? null,
        contact.contactSince,
        contact.handovers,
      ],
    );
  }
}

/** Every staff member and unit the seed mentions, contacts and their deputies alike. */
function peopleAndUnitsOf(contacts: readonly Contact[]): { people: Map<string, StaffPerson>; units: Map<string, Unit> } {
  const people = new Map<string, StaffPerson>();
  const units = new Map<string, Unit>();
  for (const contact of contacts) {
    people.set(contact.person.id, contact.person);
    units.set(contact.unit.id, contact.unit);
    for (const absence of contact.absences) {
      if (!people.has(absence.deputy.person.id)) people.set(absence.deputy.person.id, absence.deputy.person);
      if (!units.has(absence.deputy.unit.id)) units.set(absence.deputy.unit.id, absence.deputy.unit);
    }
  }
  return { people, units };
}

import type { Contact, StaffPerson, Unit } from '@ungeforlob/sdk';
import type { Seed } from '@ungeforlob/sdk/seed';
import type { Database, Queryable } from './database.js';
import { lockSchemaForTransaction } from './schema-lock.js';

/**
 * Fills an empty database with the SDK's fictional seed, so the demo shows every state of the
 * widgets. Does nothing when any course exists: data edited in the demo survives a restart.
 *
 * @returns true when the seed was written.
 */
export async function seedIfEmpty(db: Database, seed: Seed): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockSchemaForTransaction(tx);
    const existing = await tx.query('SELECT 1 FROM courses LIMIT 1');
    if (existing.length > 0) return false;
    await writeSeed(tx, seed);
    return true;
  });
}

async function writeSeed(tx: Queryable, seed: Seed): Promise<void> {
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

import type { Migration } from './migration.js';

export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema: courses, staff, units, contacts, audit log',
  statements: [
    `CREATE TABLE units (
       id   text PRIMARY KEY,
       name text NOT NULL
     )`,
    // caseload belongs to the person: UngiFokus counts courses per consultant (seed 002).
    `CREATE TABLE staff (
       id        text PRIMARY KEY,
       name      text NOT NULL,
       photo_url text,
       caseload  integer CHECK (caseload >= 0)
     )`,
    // Kept minimal on purpose: an opaque id, never a CPR number; name and birth date are needed
    // for transitions (the 18th birthday) in later issues.
    `CREATE TABLE citizens (
       id         text PRIMARY KEY,
       name       text NOT NULL,
       birth_date date NOT NULL
     )`,
    `CREATE TABLE courses (
       id         text PRIMARY KEY,
       citizen_id text NOT NULL REFERENCES citizens (id)
     )`,
    // Versions come from one sequence, so a contact that is removed and assigned again can never
    // reuse a version (and an old ETag) of its predecessor.
    `CREATE SEQUENCE contact_versions`,
    // Channels, the next appointment and absences (with their deputies) are read and written as a
    // whole by the contact card, so they are jsonb; who, where and since when are relational.
    `CREATE TABLE course_contacts (
       course_id                 text PRIMARY KEY REFERENCES courses (id),
       staff_id                  text NOT NULL REFERENCES staff (id),
       unit_id                   text NOT NULL REFERENCES units (id),
       roles                     text[] NOT NULL,
       channels                  jsonb NOT NULL,
       preferred_channel         text,
       next_appointment          jsonb,
       absences                  jsonb NOT NULL,
       aftercare_course_ended_on date,
       aftercare_until           date,
       contact_since             date NOT NULL,
       handovers                 integer NOT NULL CHECK (handovers >= 0),
       version                   bigint NOT NULL DEFAULT nextval('contact_versions'),
       CHECK ((aftercare_course_ended_on IS NULL) = (aftercare_until IS NULL))
     )`,
    `CREATE INDEX course_contacts_staff ON course_contacts (staff_id)`,
    // The contact's ETag is strong: it must change whenever its representation changes, and the
    // person's name, photo, caseload and unit name live in other tables.
    `CREATE FUNCTION bump_contact_versions_of_staff() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       UPDATE course_contacts SET version = nextval('contact_versions') WHERE staff_id = NEW.id;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER staff_change_bumps_contact_versions AFTER UPDATE ON staff
       FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION bump_contact_versions_of_staff()`,
    `CREATE FUNCTION bump_contact_versions_of_unit() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       UPDATE course_contacts SET version = nextval('contact_versions') WHERE unit_id = NEW.id;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER unit_change_bumps_contact_versions AFTER UPDATE ON units
       FOR EACH ROW WHEN (OLD IS DISTINCT FROM NEW) EXECUTE FUNCTION bump_contact_versions_of_unit()`,
    // Who looked at or changed which young person's data, and when. No foreign key to courses:
    // the log must outlive the data it describes.
    `CREATE TABLE audit_log (
       id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       at         timestamptz NOT NULL DEFAULT now(),
       request_id text NOT NULL,
       actor      text NOT NULL,
       role       text NOT NULL,
       course_id  text NOT NULL,
       resource   text NOT NULL,
       action     text NOT NULL
     )`,
    `CREATE INDEX audit_log_course_at ON audit_log (course_id, at)`,
    `CREATE FUNCTION reject_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'audit_log is append-only';
     END $$`,
    `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION reject_audit_log_change()`,
    `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION reject_audit_log_change()`,
  ],
};

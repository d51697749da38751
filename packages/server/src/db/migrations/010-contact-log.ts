import type { Migration } from './migration.js';

/**
 * The contact log (kontaktlog, issue #17): each contact with the young person, logged once under
 * its client-made id and never changed, and the course's agreed contact rhythm, versioned, with
 * every version kept with who agreed it.
 */
export const contactLogSchema: Migration = {
  version: 10,
  name: 'contact log: append-only contacts, the agreed rhythm per course and every version of it',
  statements: [
    // The client makes the id (PUT …/entries/{id}), so the primary key is what makes a retry safe:
    // a second insert with the id does nothing. One id space for every course, as in the memory
    // transport: an id used on another course is taken, and says nothing about that course.
    // `at` is the instant, for order and queries; `at_text` is the instant as it was sent (with its
    // offset), which is what is answered, so what is stored is what was sent. `channel` is not
    // checked here: a kind the contract adds must not need a migration to be logged.
    // `logged_by` is the display name the entry is signed with; `logged_by_subject` the token
    // subject of who logged it, never sent; NULL for a seeded entry.
    `CREATE TABLE contact_log_entries (
       id                text PRIMARY KEY,
       course_id         text NOT NULL REFERENCES courses (id),
       seq               bigint GENERATED ALWAYS AS IDENTITY,
       at                timestamptz NOT NULL,
       at_text           text NOT NULL,
       channel           text NOT NULL,
       initiative        text NOT NULL CHECK (initiative IN ('youth', 'professional')),
       outcome           text NOT NULL CHECK (outcome IN ('held', 'noShow')),
       note_text         text,
       note_shared       boolean,
       logged_by         text NOT NULL,
       logged_by_subject text,
       logged_at         timestamptz NOT NULL,
       CONSTRAINT contact_log_entries_at_matches CHECK (at = at_text::timestamptz),
       CONSTRAINT contact_log_entries_note_whole CHECK ((note_text IS NULL) = (note_shared IS NULL))
     )`,
    `CREATE INDEX contact_log_entries_by_course ON contact_log_entries (course_id, at DESC)`,
    `CREATE FUNCTION reject_contact_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
     END $$`,
    // A contact is history: a mistake is followed by a new entry, never edited away, so the log
    // shows what was known when.
    `CREATE TRIGGER contact_log_entries_append_only BEFORE UPDATE OR DELETE ON contact_log_entries
       FOR EACH ROW EXECUTE FUNCTION reject_contact_log_change()`,
    `CREATE TRIGGER contact_log_entries_no_truncate BEFORE TRUNCATE ON contact_log_entries
       FOR EACH STATEMENT EXECUTE FUNCTION reject_contact_log_change()`,
    // The rhythm now, one row per course: its `version` is the ETag a change is conditioned on, and
    // the row is locked while a change is written, so of two changes on one version one wins.
    // `every_days` has no upper bound here: the contract's (MAX_RHYTHM_DAYS) is checked on the way in.
    `CREATE TABLE contact_rhythms (
       course_id  text PRIMARY KEY REFERENCES courses (id),
       version    integer NOT NULL CHECK (version > 0),
       every_days integer NOT NULL CHECK (every_days > 0),
       words      text,
       from_day   date NOT NULL,
       changed_at timestamptz NOT NULL,
       changed_by text NOT NULL
     )`,
    // Every version agreed here, with who agreed it (subject and role) in which request: what the
    // team had agreed when a contact was due is part of the young person's case. Like
    // shared_need_changes: added to, never changed. A seeded rhythm has no row: nobody agreed it here.
    `CREATE TABLE contact_rhythm_changes (
       id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       at         timestamptz NOT NULL,
       request_id text NOT NULL,
       actor      text NOT NULL,
       role       text NOT NULL,
       course_id  text NOT NULL REFERENCES courses (id),
       version    integer NOT NULL CHECK (version > 0),
       every_days integer NOT NULL,
       words      text,
       from_day   date NOT NULL,
       changed_by text NOT NULL,
       UNIQUE (course_id, version)
     )`,
    `CREATE TRIGGER contact_rhythm_changes_append_only BEFORE UPDATE OR DELETE ON contact_rhythm_changes
       FOR EACH ROW EXECUTE FUNCTION reject_contact_log_change()`,
    `CREATE TRIGGER contact_rhythm_changes_no_truncate BEFORE TRUNCATE ON contact_rhythm_changes
       FOR EACH STATEMENT EXECUTE FUNCTION reject_contact_log_change()`,
  ],
};

import type { Migration } from './migration.js';

/**
 * Network meetings (netværksmøder, issue #17 part 2): a course's meetings, each written whole and
 * versioned, with every version kept with who wrote it. The meeting's structured parts
 * (participants, points, decisions, a handover, the minutes) are read and written as a whole, so
 * they are jsonb; what a query or a lock needs (id, course, version, time, status) is relational.
 */
export const networkMeetingSchema: Migration = {
  version: 11,
  name: 'network meetings: each meeting now, versioned, and every version of it',
  statements: [
    // The client makes the id (PUT …/meetings/{meetingId}), one id space for every course as in the
    // memory transport: an id used on another course is taken, and says nothing about that course.
    // A meeting never moves to another course. `version` is the ETag a change is conditioned on; the
    // row is locked while a change is written, so of two changes of one version one wins.
    // `at` is the instant, for order; `at_text` is the instant as it was sent (with its offset), which
    // is what is answered. `place` is the contract's `where` (a reserved word in SQL).
    // `changed_by` is the display name the version is signed with; `changed_by_subject` the token
    // subject of who wrote it, never sent; NULL for a seeded meeting.
    `CREATE TABLE network_meetings (
       id                 text PRIMARY KEY,
       course_id          text NOT NULL REFERENCES courses (id),
       version            integer NOT NULL CHECK (version > 0),
       at                 timestamptz NOT NULL,
       at_text            text NOT NULL,
       place              text NOT NULL,
       status             text NOT NULL CHECK (status IN ('planned', 'held')),
       participants       jsonb NOT NULL CHECK (jsonb_typeof(participants) = 'array'),
       points             jsonb NOT NULL CHECK (jsonb_typeof(points) = 'array'),
       decisions          jsonb NOT NULL CHECK (jsonb_typeof(decisions) = 'array'),
       handover           jsonb CHECK (jsonb_typeof(handover) = 'object'),
       minutes            jsonb CHECK (jsonb_typeof(minutes) = 'object'),
       changed_at         timestamptz NOT NULL,
       changed_by         text NOT NULL,
       changed_by_subject text,
       CONSTRAINT network_meetings_at_matches CHECK (at = at_text::timestamptz)
     )`,
    `CREATE INDEX network_meetings_by_course ON network_meetings (course_id, at DESC)`,
    // Every version written here, whole, with who wrote it (subject and role) in which request, and
    // whether it changed the course's contact (a handover taking effect): what a network meeting
    // agreed, and who recorded it, is part of the young person's case. Added to, never changed. A
    // seeded meeting has no row: nobody wrote it here.
    `CREATE TABLE network_meeting_changes (
       id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       at             timestamptz NOT NULL,
       request_id     text NOT NULL,
       actor          text NOT NULL,
       role           text NOT NULL,
       course_id      text NOT NULL REFERENCES courses (id),
       meeting_id     text NOT NULL REFERENCES network_meetings (id),
       version        integer NOT NULL CHECK (version > 0),
       meeting        jsonb NOT NULL CHECK (jsonb_typeof(meeting) = 'object'),
       changed_by     text NOT NULL,
       contact_changed boolean NOT NULL,
       UNIQUE (meeting_id, version),
       CONSTRAINT network_meeting_changes_matches CHECK (meeting->>'id' = meeting_id AND meeting->>'version' = version::text)
     )`,
    `CREATE FUNCTION reject_network_meeting_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
     END $$`,
    `CREATE TRIGGER network_meeting_changes_append_only BEFORE UPDATE OR DELETE ON network_meeting_changes
       FOR EACH ROW EXECUTE FUNCTION reject_network_meeting_change()`,
    `CREATE TRIGGER network_meeting_changes_no_truncate BEFORE TRUNCATE ON network_meeting_changes
       FOR EACH STATEMENT EXECUTE FUNCTION reject_network_meeting_change()`,
  ],
};

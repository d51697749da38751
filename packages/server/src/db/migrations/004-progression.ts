import type { Migration } from './migration.js';

export const progressionSchema: Migration = {
  version: 4,
  name: 'progression: versioned scale sets, append-only readings and annotations keyed by client id',
  statements: [
    // The scales are data a municipality can replace with a later version, like a questionnaire
    // definition; readings name a scale by id, so a version never changes under them.
    `CREATE TABLE scale_sets (
       id         text NOT NULL,
       version    integer NOT NULL CHECK (version >= 1),
       body       jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
       created_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (id, version)
     )`,
    `CREATE FUNCTION reject_scale_set_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'scale_sets are immutable; add a version instead';
     END $$`,
    `CREATE TRIGGER scale_sets_immutable BEFORE UPDATE OR DELETE ON scale_sets
       FOR EACH ROW EXECUTE FUNCTION reject_scale_set_change()`,
    // One row per reading. The client makes the id (PUT …/readings/{id}), so the primary key is
    // what makes a retry safe: a second insert with the id does nothing, with no keys table.
    // `seq` keeps the order two readings of one day arrived in.
    `CREATE TABLE progression_readings (
       course_id    text NOT NULL REFERENCES courses (id),
       id           text NOT NULL,
       seq          bigint GENERATED ALWAYS AS IDENTITY,
       scale_id     text NOT NULL,
       value        double precision NOT NULL,
       reading_date date NOT NULL,
       rated_by     text NOT NULL CHECK (rated_by IN ('youth', 'professional', 'joint')),
       author       text NOT NULL,
       note         text,
       recorded_at  timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (course_id, id)
     )`,
    `CREATE INDEX progression_readings_course_date ON progression_readings (course_id, reading_date, seq)`,
    `CREATE TABLE progression_annotations (
       course_id       text NOT NULL REFERENCES courses (id),
       id              text NOT NULL,
       seq             bigint GENERATED ALWAYS AS IDENTITY,
       annotation_date date NOT NULL,
       kind            text NOT NULL CHECK (kind IN ('success', 'setback')),
       text            text NOT NULL,
       recorded_at     timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (course_id, id)
     )`,
    `CREATE INDEX progression_annotations_course_date ON progression_annotations (course_id, annotation_date, seq)`,
    // A reading is history, like a submitted questionnaire round: a mistake is followed by a
    // newer reading, never edited away, so the chart shows what was known when.
    `CREATE FUNCTION reject_progression_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
     END $$`,
    `CREATE TRIGGER progression_readings_append_only BEFORE UPDATE OR DELETE ON progression_readings
       FOR EACH ROW EXECUTE FUNCTION reject_progression_change()`,
    `CREATE TRIGGER progression_readings_no_truncate BEFORE TRUNCATE ON progression_readings
       FOR EACH STATEMENT EXECUTE FUNCTION reject_progression_change()`,
    `CREATE TRIGGER progression_annotations_append_only BEFORE UPDATE OR DELETE ON progression_annotations
       FOR EACH ROW EXECUTE FUNCTION reject_progression_change()`,
    `CREATE TRIGGER progression_annotations_no_truncate BEFORE TRUNCATE ON progression_annotations
       FOR EACH STATEMENT EXECUTE FUNCTION reject_progression_change()`,
  ],
};

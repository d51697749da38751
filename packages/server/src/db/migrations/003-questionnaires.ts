import type { Migration } from './migration.js';

export const questionnaireSchema: Migration = {
  version: 3,
  name: 'questionnaires: versioned definitions, offers, drafts, append-only responses, idempotency keys',
  statements: [
    // A definition is data a municipality loads (POST /questionnaires), one row per version. The
    // body is the SDK's QuestionnaireDefinition, whole: the widgets read it whole.
    `CREATE TABLE questionnaire_definitions (
       id         text NOT NULL,
       version    integer NOT NULL CHECK (version >= 1),
       body       jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),
       created_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (id, version)
     )`,
    // Responses are shown against the version they answered, so a version must never change
    // under them: a change is a new version.
    `CREATE FUNCTION reject_questionnaire_definition_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'questionnaire_definitions are immutable; add a version instead';
     END $$`,
    `CREATE TRIGGER questionnaire_definitions_immutable BEFORE UPDATE OR DELETE ON questionnaire_definitions
       FOR EACH ROW EXECUTE FUNCTION reject_questionnaire_definition_change()`,
    `CREATE TRIGGER questionnaire_definitions_no_truncate BEFORE TRUNCATE ON questionnaire_definitions
       FOR EACH STATEMENT EXECUTE FUNCTION reject_questionnaire_definition_change()`,
    // The municipality's offer catalogue (tilbudsvifte): what an offer review is about, and the
    // names of the roll-up's rows.
    `CREATE TABLE offers (
       id   text PRIMARY KEY,
       name text NOT NULL,
       kind text NOT NULL
     )`,
    // Its own sequence, like plan_versions: a draft that is submitted (removed) and begun again
    // can never reuse a version (and an old ETag) of its predecessor.
    `CREATE SEQUENCE questionnaire_draft_versions`,
    // One draft per subject and questionnaire: the answers in progress, autosaved by the widget.
    // The subject is a course or an offer; which table it lives in is checked by the server.
    `CREATE TABLE questionnaire_drafts (
       definition_id      text NOT NULL,
       definition_version integer NOT NULL,
       subject_kind       text NOT NULL CHECK (subject_kind IN ('course', 'offer')),
       subject_id         text NOT NULL,
       answers            jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
       updated_at         timestamptz NOT NULL,
       updated_by_role    text NOT NULL CHECK (updated_by_role IN ('youth', 'professional')),
       updated_by_name    text NOT NULL,
       version            bigint NOT NULL DEFAULT nextval('questionnaire_draft_versions'),
       PRIMARY KEY (definition_id, subject_kind, subject_id),
       FOREIGN KEY (definition_id, definition_version) REFERENCES questionnaire_definitions (id, version)
     )`,
    // Submitted rounds, numbered per subject and questionnaire from 1; the unique round is what
    // keeps two different submits from taking the same number.
    `CREATE TABLE questionnaire_responses (
       id                 text PRIMARY KEY,
       definition_id      text NOT NULL,
       definition_version integer NOT NULL,
       subject_kind       text NOT NULL CHECK (subject_kind IN ('course', 'offer')),
       subject_id         text NOT NULL,
       round              integer NOT NULL CHECK (round >= 1),
       answers            jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
       submitted_at       timestamptz NOT NULL,
       submitted_by_role  text NOT NULL CHECK (submitted_by_role IN ('youth', 'professional')),
       submitted_by_name  text NOT NULL,
       FOREIGN KEY (definition_id, definition_version) REFERENCES questionnaire_definitions (id, version),
       UNIQUE (definition_id, subject_kind, subject_id, round)
     )`,
    `CREATE INDEX questionnaire_responses_offers ON questionnaire_responses (definition_id, subject_kind)`,
    // A submitted round is history, like plan_revisions and audit_log: added to, never changed.
    `CREATE FUNCTION reject_questionnaire_response_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'questionnaire_responses is append-only';
     END $$`,
    `CREATE TRIGGER questionnaire_responses_append_only BEFORE UPDATE OR DELETE ON questionnaire_responses
       FOR EACH ROW EXECUTE FUNCTION reject_questionnaire_response_change()`,
    `CREATE TRIGGER questionnaire_responses_no_truncate BEFORE TRUNCATE ON questionnaire_responses
       FOR EACH STATEMENT EXECUTE FUNCTION reject_questionnaire_response_change()`,
    // The Idempotency-Key of each submit and the response it made. The key is claimed first, with
    // INSERT … ON CONFLICT DO NOTHING: a concurrent submit with the same key waits on the unique
    // index until the first commits, then finds the key taken and answers with that response. The
    // foreign key is checked at commit, because the key is claimed before the response exists.
    // `fingerprint` (a hash of subject and body) tells a retry from a reuse for something else.
    `CREATE TABLE questionnaire_idempotency_keys (
       key         text PRIMARY KEY,
       fingerprint text NOT NULL,
       response_id text NOT NULL REFERENCES questionnaire_responses (id) DEFERRABLE INITIALLY DEFERRED,
       created_at  timestamptz NOT NULL DEFAULT now()
     )`,
    // A key once claimed names its response for good: re-pointing it would make a retry answer
    // with another round.
    `CREATE FUNCTION reject_idempotency_key_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'questionnaire_idempotency_keys are write-once';
     END $$`,
    `CREATE TRIGGER questionnaire_idempotency_keys_write_once BEFORE UPDATE ON questionnaire_idempotency_keys
       FOR EACH ROW EXECUTE FUNCTION reject_idempotency_key_change()`,
  ],
};

import type { Migration } from './migration.js';

/**
 * The needs bank (behovsbank, issue #16): a course's shared needs and the proposals other teams'
 * professionals send for them. A need is one jsonb document as the contract's SharedNeed without
 * its proposals, which have a table of their own: each is added once under its client-made id and
 * only ever gets its decision, so proposals are never deleted or replaced.
 */
export const needsBankSchema: Migration = {
  version: 9,
  name: 'needs bank: shared needs, their proposals, and the words each version of a need shared',
  statements: [
    // version, status and shared_at repeat the document's, for If-Match and the bank's query; the
    // CHECK keeps them the same. A need never moves to another course: its id is taken for good.
    `CREATE TABLE shared_needs (
       id        text PRIMARY KEY,
       course_id text NOT NULL REFERENCES courses (id),
       version   integer NOT NULL CHECK (version > 0),
       status    text NOT NULL CHECK (status IN ('open', 'closed')),
       shared_at timestamptz NOT NULL,
       content   jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
       CONSTRAINT shared_needs_content_matches CHECK (content->>'id' = id AND content->>'status' = status AND content->>'version' = version::text)
     )`,
    `CREATE INDEX shared_needs_by_course ON shared_needs (course_id)`,
    `CREATE INDEX shared_needs_open ON shared_needs (shared_at DESC) WHERE status = 'open'`,
    // proposer: the token subject of who sent it, so the bank shows them their own proposals. It
    // is never sent to anyone; NULL for a seeded proposal whose author cannot sign in here.
    // position keeps them in the order they came (oldest first, as the contract lists them).
    `CREATE TABLE need_proposals (
       need_id  text NOT NULL REFERENCES shared_needs (id),
       id       text NOT NULL,
       position bigint GENERATED ALWAYS AS IDENTITY,
       proposer text,
       content  jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
       PRIMARY KEY (need_id, id),
       CONSTRAINT need_proposals_content_matches CHECK (content->>'id' = id)
     )`,
    `CREATE FUNCTION reject_need_proposal_delete() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'need_proposals are kept: a proposal is decided, never removed';
     END $$`,
    `CREATE TRIGGER need_proposals_kept BEFORE DELETE ON need_proposals
       FOR EACH ROW EXECUTE FUNCTION reject_need_proposal_delete()`,
    `CREATE TRIGGER need_proposals_no_truncate BEFORE TRUNCATE ON need_proposals
       FOR EACH STATEMENT EXECUTE FUNCTION reject_need_proposal_delete()`,
    // What the young person agreed to share is shown to professionals who do not know them: every
    // version of a need's words is kept, with who wrote it, so the municipality can say what the
    // bank showed when, and on which agreement. Like offer_changes: added to, never changed.
    `CREATE TABLE shared_need_changes (
       id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       at         timestamptz NOT NULL DEFAULT now(),
       request_id text NOT NULL,
       actor      text NOT NULL,
       role       text NOT NULL,
       need_id    text NOT NULL REFERENCES shared_needs (id),
       version    integer NOT NULL,
       content    jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
       UNIQUE (need_id, version)
     )`,
    `CREATE FUNCTION reject_shared_need_change_edit() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'shared_need_changes is append-only';
     END $$`,
    `CREATE TRIGGER shared_need_changes_append_only BEFORE UPDATE OR DELETE ON shared_need_changes
       FOR EACH ROW EXECUTE FUNCTION reject_shared_need_change_edit()`,
    `CREATE TRIGGER shared_need_changes_no_truncate BEFORE TRUNCATE ON shared_need_changes
       FOR EACH STATEMENT EXECUTE FUNCTION reject_shared_need_change_edit()`,
  ],
};

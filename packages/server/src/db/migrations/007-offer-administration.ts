import type { Migration } from './migration.js';

/**
 * Offer administrators keep the catalogue (issue #16): a role of its own, which like an
 * administrator sees no course's data; a version per offer for If-Match; and every change kept,
 * who made it and when, as the catalogue's history. The catalogue holds no one's personal data, so
 * its changes are not in a course's audit log, but the municipality can still say who changed an
 * offer's description or retired it, and from what.
 */
export const offerAdministrationSchema: Migration = {
  version: 7,
  name: 'offer administration: the offerAdministrator role, offer versions, the history of catalogue changes',
  statements: [
    `ALTER TABLE principals DROP CONSTRAINT principals_role_check`,
    `ALTER TABLE principals ADD CONSTRAINT principals_role_check CHECK (role IN ('professional', 'youth', 'administrator', 'offerAdministrator'))`,
    `ALTER TABLE offers ADD COLUMN version bigint NOT NULL DEFAULT 1 CHECK (version > 0)`,
    `CREATE TABLE offer_changes (
       id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       at         timestamptz NOT NULL DEFAULT now(),
       request_id text NOT NULL,
       actor      text NOT NULL,
       role       text NOT NULL,
       offer_id   text NOT NULL REFERENCES offers (id),
       action     text NOT NULL CHECK (action IN ('create', 'update')),
       version    bigint NOT NULL,
       entry      jsonb NOT NULL CHECK (jsonb_typeof(entry) = 'object'),
       UNIQUE (offer_id, version)
     )`,
    // History, like audit_log and plan_revisions: added to, never changed or removed.
    `CREATE FUNCTION reject_offer_change_edit() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'offer_changes is append-only';
     END $$`,
    `CREATE TRIGGER offer_changes_append_only BEFORE UPDATE OR DELETE ON offer_changes
       FOR EACH ROW EXECUTE FUNCTION reject_offer_change_edit()`,
    `CREATE TRIGGER offer_changes_no_truncate BEFORE TRUNCATE ON offer_changes
       FOR EACH STATEMENT EXECUTE FUNCTION reject_offer_change_edit()`,
  ],
};

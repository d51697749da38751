import type { Migration } from './migration.js';

export const planSchema: Migration = {
  version: 2,
  name: 'plans: one plan document per course, append-only revisions',
  statements: [
    // A sequence of its own, like contact_versions: a plan that is removed and created again can
    // never reuse a version (and an old ETag) of its predecessor.
    `CREATE SEQUENCE plan_versions`,
    // The plan is read and written whole by the plan view (PlanUpdate sends every editable part),
    // so its body is one jsonb document: everything of the SDK's Plan except courseId (the key)
    // and revisions (below). Units and people in it are copies as the professional chose them,
    // not references: a plan may name a unit this server has no row for.
    `CREATE TABLE course_plans (
       course_id text PRIMARY KEY REFERENCES courses (id),
       content   jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
       version   bigint NOT NULL DEFAULT nextval('plan_versions')
     )`,
    // Who changed what in a plan and when, shown in the plan view ("how fast did the plan follow
    // up?"). One row per accepted update; the numbers count up per plan from 1. Only kinds of
    // change and ids are kept here, never the old text, so a removed note is really gone.
    `CREATE TABLE plan_revisions (
       course_id text NOT NULL REFERENCES course_plans (course_id),
       number    integer NOT NULL CHECK (number >= 1),
       at        timestamptz NOT NULL,
       by_role   text NOT NULL CHECK (by_role IN ('youth', 'professional')),
       by_name   text NOT NULL,
       changes   jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
       reason    text,
       PRIMARY KEY (course_id, number)
     )`,
    // Revisions are history: like audit_log, they may be added to but never changed or removed.
    `CREATE FUNCTION reject_plan_revision_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'plan_revisions is append-only';
     END $$`,
    `CREATE TRIGGER plan_revisions_append_only BEFORE UPDATE OR DELETE ON plan_revisions
       FOR EACH ROW EXECUTE FUNCTION reject_plan_revision_change()`,
    `CREATE TRIGGER plan_revisions_no_truncate BEFORE TRUNCATE ON plan_revisions
       FOR EACH STATEMENT EXECUTE FUNCTION reject_plan_revision_change()`,
  ],
};

import type { Migration } from './migration.js';

/**
 * Who may see which course (issue #6). A professional sees the courses assigned to one of their
 * teams; a young person sees their own course. A principal maps a token's subject to one of them.
 */
export const accessSchema: Migration = {
  version: 5,
  name: 'access: teams, course assignments, principals',
  statements: [
    `CREATE TABLE teams (
       id   text PRIMARY KEY,
       name text NOT NULL
     )`,
    `CREATE TABLE team_members (
       team_id  text NOT NULL REFERENCES teams (id),
       staff_id text NOT NULL REFERENCES staff (id),
       PRIMARY KEY (team_id, staff_id)
     )`,
    `CREATE INDEX team_members_staff ON team_members (staff_id)`,
    `CREATE TABLE course_teams (
       course_id text NOT NULL REFERENCES courses (id),
       team_id   text NOT NULL REFERENCES teams (id),
       PRIMARY KEY (course_id, team_id)
     )`,
    `CREATE INDEX course_teams_team ON course_teams (team_id)`,
    // subject is the identity provider's stable id (the token's sub), never a CPR number. An
    // administrator is neither staff on a team nor a young person: they see no course's data.
    `CREATE TABLE principals (
       subject      text PRIMARY KEY,
       role         text NOT NULL CHECK (role IN ('professional', 'youth', 'administrator')),
       display_name text NOT NULL,
       staff_id     text REFERENCES staff (id),
       citizen_id   text REFERENCES citizens (id),
       CHECK ((role = 'professional') = (staff_id IS NOT NULL)),
       CHECK ((role = 'youth') = (citizen_id IS NOT NULL))
     )`,
  ],
};

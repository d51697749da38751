import type { Migration } from './migration.js';

/**
 * Leaders (issue #16): a role that sees the municipality's aggregates, the offers × criteria
 * overview with small numbers suppressed, and no course at all.
 */
export const leaderSchema: Migration = {
  version: 8,
  name: 'leaders: the leader role',
  statements: [
    `ALTER TABLE principals DROP CONSTRAINT principals_role_check`,
    `ALTER TABLE principals ADD CONSTRAINT principals_role_check CHECK (role IN ('professional', 'youth', 'administrator', 'offerAdministrator', 'leader'))`,
  ],
};

import type { Migration } from './migration.js';

export const offerSchema: Migration = {
  version: 6,
  name: 'offers: the catalogue entry of each offer (plain-language description, unit, audience, goals, contact)',
  statements: [
    // The offers table has held each offer's id, name and kind since the questionnaires (003); the
    // catalogue adds the whole entry as the contract's Offer. NULL for an offer known only by name
    // (a database made before this), until the catalogue is loaded.
    `ALTER TABLE offers ADD COLUMN entry jsonb CHECK (entry IS NULL OR jsonb_typeof(entry) = 'object')`,
    // The roll-up and the reviews read id, name and kind from the columns: the entry may not say otherwise.
    `ALTER TABLE offers ADD CONSTRAINT offers_entry_matches CHECK (entry IS NULL OR (entry->>'id' = id AND entry->>'name' = name AND entry->>'kind' = kind))`,
  ],
};

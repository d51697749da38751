import { initialSchema } from './001-initial-schema.js';
import { planSchema } from './002-plans.js';
import { questionnaireSchema } from './003-questionnaires.js';
import { progressionSchema } from './004-progression.js';
import { accessSchema } from './005-access.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, in the order they are applied. */
export const migrations: readonly Migration[] = [initialSchema, planSchema, questionnaireSchema, progressionSchema, accessSchema];

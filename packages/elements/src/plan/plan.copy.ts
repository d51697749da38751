import { defineCopy } from '../i18n/copy.js';
import type { PlanMessages } from '../i18n/messages.js';
import { da } from './plan.copy.da.js';

/**
 * The plan widget's own copy: in its chunk, not in the shared catalogue, so a page without the
 * widget does not fetch it. English is a chunk of its own, fetched on first use.
 */
export const planCopy = defineCopy<PlanMessages>(da, () => import('./plan.copy.en.js').then((module) => module.en));

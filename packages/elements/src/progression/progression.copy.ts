import { defineCopy } from '../i18n/copy.js';
import type { ProgressionMessages } from '../i18n/messages.js';
import { da } from './progression.copy.da.js';

/**
 * The progression widget's own copy: in its chunk, not in the shared catalogue, so a page without the
 * widget does not fetch it. English is a chunk of its own, fetched on first use.
 */
export const progressionCopy = defineCopy<ProgressionMessages>(da, () => import('./progression.copy.en.js').then((module) => module.en));

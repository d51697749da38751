// The progression widget's events. Each file in ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';
import type { UfProgressionLoadedDetail, UfProgressionLoadedEvent } from '../events/uf-progression-loaded.js';

export type ProgressionLoadedDetail = UfProgressionLoadedDetail;
/** `uf-error` from the progression widget: loading or saving a reading failed. */
export type ProgressionErrorDetail = UfErrorDetail<'load' | 'save'>;

export type ProgressionLoadedEvent = UfProgressionLoadedEvent;
export type ProgressionErrorEvent = UfErrorEvent;

// The overview's events. Each file in ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';

/** `uf-error` from the overview: loading failed. */
export type CriteriaRollupErrorDetail = UfErrorDetail<'load'>;
export type CriteriaRollupErrorEvent = UfErrorEvent;

// The needs bank's events. Each file in ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';
import type { UfNeedsLoadedDetail, UfNeedsLoadedEvent } from '../events/uf-needs-loaded.js';

export type NeedsLoadedDetail = UfNeedsLoadedDetail;
/** `uf-error` from the needs bank: loading failed (`load`), or a write did (`save`). */
export type NeedsBankErrorDetail = UfErrorDetail<'load' | 'save'>;

export type NeedsLoadedEvent = UfNeedsLoadedEvent;
export type NeedsBankErrorEvent = UfErrorEvent;

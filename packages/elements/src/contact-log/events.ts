// The contact log's events. Each file in ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfContactLogLoadedDetail, UfContactLogLoadedEvent } from '../events/uf-contact-log-loaded.js';
import type { UfContactLoggedDetail, UfContactLoggedEvent } from '../events/uf-contact-logged.js';
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';

export type ContactLogLoadedDetail = UfContactLogLoadedDetail;
export type ContactLoggedDetail = UfContactLoggedDetail;
/** `uf-error` from the contact log: loading failed (`load`), or logging a contact or agreeing the rhythm did (`save`). */
export type ContactLogErrorDetail = UfErrorDetail<'load' | 'save'>;

export type ContactLogLoadedEvent = UfContactLogLoadedEvent;
export type ContactLoggedEvent = UfContactLoggedEvent;
export type ContactLogErrorEvent = UfErrorEvent;

// The contact card's events, under the names they have always been exported by. Each file in
// ../events/ also adds its event to GlobalEventHandlersEventMap.
import type { UfErrorDetail, UfErrorEvent } from '../events/uf-error.js';
import type { UfContactLoadedDetail, UfContactLoadedEvent } from '../events/uf-contact-loaded.js';
import type { UfPreferredChannelChangeDetail, UfPreferredChannelChangeEvent } from '../events/uf-preferred-channel-change.js';
import type { UfBeforePreferredChannelChangeEvent } from '../events/uf-before-preferred-channel-change.js';

export type ContactLoadedDetail = UfContactLoadedDetail;
/** `uf-error` from the card: loading or saving failed. */
export type ContactErrorDetail = UfErrorDetail<'load' | 'save'>;
export type PreferredChannelChangeDetail = UfPreferredChannelChangeDetail;

export type ContactLoadedEvent = UfContactLoadedEvent;
export type ContactErrorEvent = UfErrorEvent;
export type PreferredChannelChangeEvent = UfPreferredChannelChangeEvent | UfBeforePreferredChannelChangeEvent;

import type { ChannelKind, ContactOutcome } from '@ungeforlob/sdk';

/**
 * `uf-contact-logged`: a contact was stored in the log. The channel and whether it was held, not
 * the note or the time: enough for a host to update a count or a case list, and no personal data.
 */
export interface UfContactLoggedDetail {
  channel: ChannelKind;
  outcome: ContactOutcome;
}

export type UfContactLoggedEvent = CustomEvent<UfContactLoggedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-contact-logged': UfContactLoggedEvent;
  }
}

import type { Contact } from '@ungeforlob/sdk';

/** `uf-contact-loaded`: the contact arrived; `null` when the course has no contact yet. */
export interface UfContactLoadedDetail {
  contact: Contact | null;
}

export type UfContactLoadedEvent = CustomEvent<UfContactLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-contact-loaded': UfContactLoadedEvent;
  }
}

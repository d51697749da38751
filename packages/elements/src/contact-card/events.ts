import type { ChannelKind, Contact } from '@ungeforlob/sdk';

/** `uf-contact-loaded`: the contact arrived; `null` when the course has no contact yet. */
export interface ContactLoadedDetail {
  contact: Contact | null;
}

/**
 * `uf-error`: loading or saving failed. `error` is the SDK's typed error (`kind`, `status`,
 * `paths`…); its JSON form holds no personal data (a conflict's `current` is not enumerable).
 */
export interface ContactErrorDetail {
  error: Error;
  operation: 'load' | 'save';
}

/** `uf-before-preferred-channel-change` (cancelable) and `uf-preferred-channel-change` (after the server saved it). */
export interface PreferredChannelChangeDetail {
  from: ChannelKind | null;
  to: ChannelKind | null;
}

export type ContactLoadedEvent = CustomEvent<ContactLoadedDetail>;
export type ContactErrorEvent = CustomEvent<ContactErrorDetail>;
export type PreferredChannelChangeEvent = CustomEvent<PreferredChannelChangeDetail>;

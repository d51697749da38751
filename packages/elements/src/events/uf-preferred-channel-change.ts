import type { ChannelKind } from '@ungeforlob/sdk';

/** `uf-before-preferred-channel-change` (cancelable) and `uf-preferred-channel-change` (after the server saved it). */
export interface UfPreferredChannelChangeDetail {
  from: ChannelKind | null;
  to: ChannelKind | null;
}

/** `uf-preferred-channel-change`: the server saved the young person's new preferred channel. */
export type UfPreferredChannelChangeEvent = CustomEvent<UfPreferredChannelChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-preferred-channel-change': UfPreferredChannelChangeEvent;
  }
}

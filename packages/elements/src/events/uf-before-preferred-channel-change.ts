import type { UfPreferredChannelChangeDetail } from './uf-preferred-channel-change.js';

/** `uf-before-preferred-channel-change` (cancelable): before the choice is saved. `preventDefault()` vetoes it. */
export type UfBeforePreferredChannelChangeEvent = CustomEvent<UfPreferredChannelChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-before-preferred-channel-change': UfBeforePreferredChannelChangeEvent;
  }
}

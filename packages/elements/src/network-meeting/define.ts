// The provider first: a widget that upgrades must find its <uf-provider> defined, whichever
// module a page (or the CDN loader) happens to load first.
import '../provider/define.js';
import { UfNetworkMeeting } from './network-meeting.js';

export { UfNetworkMeeting };
export type { NetworkMeetingMode } from './network-meeting.js';
// Also types the network meeting's events (uf-meetings-loaded, uf-meeting-saved, uf-decision-agreed, uf-error) in GlobalEventHandlersEventMap.
export type * from './events.js';

// Guarded: a portal may load the bundle twice (two widgets from two teams).
if (!customElements.get('uf-network-meeting')) customElements.define('uf-network-meeting', UfNetworkMeeting);

declare global {
  interface HTMLElementTagNameMap {
    'uf-network-meeting': UfNetworkMeeting;
  }
}

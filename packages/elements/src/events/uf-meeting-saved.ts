import type { MeetingEdit } from '@ungeforlob/sdk';

/**
 * `uf-meeting-saved`: a network meeting was stored. `change` says what: `planned` (a new meeting)
 * or the kind of edit (`decision`, `held`, `minutes` …). Not what was written: no personal data.
 */
export interface UfMeetingSavedDetail {
  change: 'planned' | MeetingEdit['kind'];
}

export type UfMeetingSavedEvent = CustomEvent<UfMeetingSavedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-meeting-saved': UfMeetingSavedEvent;
  }
}

/**
 * `uf-meetings-loaded`: a course's network meetings arrived. `count`: how many; `upcoming`: how
 * many are planned and still ahead. No dates, names or points: a host needs none of them.
 */
export interface UfMeetingsLoadedDetail {
  count: number;
  upcoming: number;
}

export type UfMeetingsLoadedEvent = CustomEvent<UfMeetingsLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-meetings-loaded': UfMeetingsLoadedEvent;
  }
}

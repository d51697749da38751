/** `uf-needs-loaded`: the needs bank arrived (`count`: how many needs it shows: the course's, or the open ones of other teams). */
export interface UfNeedsLoadedDetail {
  count: number;
}

export type UfNeedsLoadedEvent = CustomEvent<UfNeedsLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-needs-loaded': UfNeedsLoadedEvent;
  }
}

/**
 * `uf-contact-log-loaded`: the contact log arrived. `count`: how many contacts it shows; `overdue`:
 * the agreed rhythm is broken; `missedInARow`: no-shows since the last contact. No dates, names or
 * notes: a host's analytics need none of the young person's data.
 */
export interface UfContactLogLoadedDetail {
  count: number;
  overdue: boolean;
  missedInARow: number;
}

export type UfContactLogLoadedEvent = CustomEvent<UfContactLogLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-contact-log-loaded': UfContactLogLoadedEvent;
  }
}

/** `uf-progression-loaded`: the scales and readings arrived; `readings` says how many readings. */
export interface UfProgressionLoadedDetail {
  readings: number;
}

export type UfProgressionLoadedEvent = CustomEvent<UfProgressionLoadedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-progression-loaded': UfProgressionLoadedEvent;
  }
}

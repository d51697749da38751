/** What a widget was doing when it failed. */
export type UfErrorOperation = 'load' | 'save' | 'submit';

/**
 * `uf-error`: loading, saving or submitting failed, from any widget. `error` is the SDK's typed
 * error (`kind`, `status`, `paths`…); its JSON form holds no personal data (a conflict's `current`
 * is not enumerable). One shape for every widget, so one listener on the page logs them all;
 * `O` narrows the operations a widget can report.
 */
export interface UfErrorDetail<O extends UfErrorOperation = UfErrorOperation> {
  error: Error;
  operation: O;
}

export type UfErrorEvent = CustomEvent<UfErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'uf-error': UfErrorEvent;
  }
}

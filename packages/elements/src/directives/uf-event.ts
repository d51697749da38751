/** Every public event bubbles and crosses shadow roots, so one listener on the page hears every widget. */
export function ufEvent<T>(type: string, detail: T, cancelable = false): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable });
}

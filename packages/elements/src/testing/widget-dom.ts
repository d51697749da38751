import { waitUntil } from '@open-wc/testing';

// What a widget's browser tests do to its shadow DOM, the same way in every widget's tests.
// Test code only (src/testing/ is left out of the build).

/** A rendered widget: its shadow root and Lit's update promise. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Wait until the widget has shown what it loaded (its body is no longer busy). */
export async function settled(element: Widget, what = 'the widget did not settle'): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') === 'false', what, { timeout: 4000 });
  await element.updateComplete;
}

/** A node's text as read: whitespace folded. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose text is `label`; throws when there is none, so a missing button fails the test. */
export function button(root: ParentNode, label: string, within: ParentNode = root): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** Type `value` into a field (or choose it in a select) as a user would, and wait for the render. */
export async function typeInto(element: Widget, selector: string, value: string): Promise<void> {
  const field = element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  await element.updateComplete;
}

/** Wait until `condition` holds, then for the render. */
export async function until(element: Widget, condition: () => boolean, message: string): Promise<void> {
  await waitUntil(condition, message, { timeout: 3000 });
  await element.updateComplete;
}

import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';

// Checks the end-to-end tests run in the demo page, whichever engine shows it. Functions the page
// runs are sent as source, so each stands alone.

/**
 * Run in the page: the widgets (within `scope`, a selector; default the whole page) still on
 * their skeletons or showing an error. Empty once every one shows its data.
 */
export function widgetsNotShowingData(scope = ''): string[] {
  const widgets = document.querySelectorAll(
    `${scope} :is(uf-plan, uf-contact-card, uf-criteria-questionnaire, uf-criteria-summary, uf-progression, uf-offer-catalogue, uf-criteria-rollup, uf-network-meeting)`.trim(),
  );
  return [...widgets].flatMap((widget) => {
    const body = widget.shadowRoot?.querySelector('.body');
    const loaded = body?.getAttribute('aria-busy') === 'false' && [...body.children].some((child) => child.getAttribute('aria-hidden') !== 'true');
    const error = widget.shadowRoot?.querySelector('[part="error"] [role="alert"]')?.textContent?.trim();
    return loaded && !error ? [] : [`${widget.localName}[mode=${widget.getAttribute('mode')}]${error ? `: ${error}` : ''}`];
  });
}

/** Asks `probe` every 100 ms until `done` says yes; fails naming `what` and the last answer. */
export async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The Content-Security-Policy violations `page` meets from its next navigation on, as
 * `directive` strings: a widget that needs `unsafe-inline` or `eval` shows up here. Read the
 * array once the page has done what the test wanted.
 */
export async function recordCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__violation', (text: string) => void violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { __violation: (text: string) => void }).__violation(event.violatedDirective),
    ),
  );
  return violations;
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { seedCourseIds } from '@ungeforlob/sdk/seed';
import { useDemoRig } from './harness.js';

// Issue #12: what a person sees, not only what is in the DOM. For every seeded course at the
// widths real portals give the page, the page must not scroll sideways, no control may be
// reachable only by scrolling a box sideways, and nothing may spill outside its widget; the same in
// English and in the professional's rating mode.

const WIDTHS = [320, 768, 1280] as const;
const WIDGETS =
  'uf-plan, uf-contact-card, uf-criteria-questionnaire, uf-criteria-summary, uf-progression, uf-offer-catalogue, uf-criteria-rollup, uf-needs-bank, uf-contact-log, uf-network-meeting';

/** One thing a person would see wrong, said so that the failure names where. */
interface Finding {
  kind: 'page scrolls sideways' | 'control out of sight' | 'spills out of widget';
  widget: string;
  what: string;
  by: number;
}

/**
 * Runs in the page. Walks every widget's shadow tree (and the light DOM slotted into it) and
 * measures: controls clipped or hidden by a box that scrolls sideways, and boxes whose right or
 * left edge lies beyond the widget's. One pixel of rounding is allowed.
 */
function measure(selector: string): Finding[] {
  const findings: Finding[] = [];
  const page = document.scrollingElement!;
  if (page.scrollWidth > window.innerWidth + 1) {
    findings.push({ kind: 'page scrolls sideways', widget: 'page', what: 'document', by: page.scrollWidth - window.innerWidth });
  }
  const describe = (element: Element): string => {
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const part = element.getAttribute('part');
    return `<${element.localName}${part ? ` part="${part}"` : ''}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}>${text ? ` "${text}"` : ''}`;
  };
  const isControl = (element: Element): boolean =>
    element.matches('button, select, input:not([type="hidden"]), textarea, a[href], summary, [tabindex]:not([tabindex="-1"])');
  /** The nearest ancestor (across shadow roots) that clips or scrolls sideways, below the widget. */
  const clippingAncestor = (element: Element, widget: Element): Element | null => {
    let node: Node | null = element.parentNode;
    while (node && node !== widget) {
      if (node instanceof ShadowRoot) {
        node = node.host;
        continue;
      }
      if (node instanceof Element) {
        if (getComputedStyle(node).overflowX !== 'visible') return node;
      }
      node = (node as Element).assignedSlot ?? node.parentNode;
    }
    return null;
  };
  for (const widget of document.querySelectorAll(selector)) {
    const box = widget.getBoundingClientRect();
    if (box.width === 0) continue;
    const name = `${widget.localName}${widget.getAttribute('mode') ? `[mode=${widget.getAttribute('mode')}]` : ''}`;
    const elements: Element[] = [];
    const collect = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        elements.push(element);
        if (element.shadowRoot) collect(element.shadowRoot);
      }
    };
    if (widget.shadowRoot) collect(widget.shadowRoot);
    for (const element of elements) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden' || element.closest('[hidden]')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // Visually hidden text (the sr-only pattern) is for screen readers, not the screen.
      if (rect.width <= 1 && rect.height <= 1) continue;
      const clip = clippingAncestor(element, widget);
      if (clip) {
        const clipBox = clip.getBoundingClientRect();
        const beyond = Math.max(rect.right - clipBox.right, clipBox.left - rect.left);
        if (beyond > 1 && isControl(element)) findings.push({ kind: 'control out of sight', widget: name, what: describe(element), by: Math.round(beyond) });
        // Inside a box that scrolls, only controls count: a labelled number table may scroll.
        continue;
      }
      const beyond = Math.max(rect.right - box.right, box.left - rect.left);
      if (beyond > 1) findings.push({ kind: 'spills out of widget', widget: name, what: describe(element), by: Math.round(beyond) });
    }
  }
  return findings;
}

async function showCourse(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // Every widget on the page has settled: none still shows its loading state.
  await page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((widget) => {
        const frame = widget.shadowRoot?.querySelector('[aria-busy]');
        return widget.shadowRoot && widget.shadowRoot.childElementCount > 0 && frame?.getAttribute('aria-busy') !== 'true';
      }),
    WIDGETS,
    { timeout: 20_000 },
  );
  await page.waitForLoadState('networkidle');
  // Fonts and charts have laid out.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(resolve))));
}

describe('demo page geometry: every seeded course at 320, 768 and 1280 px', () => {
  const rig = useDemoRig('geometry');

  for (const width of WIDTHS) {
    it(`at ${width} px: no sideways page, no control out of sight, nothing spills out of a widget`, async () => {
      const page = await rig.browser.newPage({ viewport: { width, height: 900 } });
      // The test runner's compiler names inner functions through a helper the page does not have.
      await page.addInitScript({ content: 'globalThis.__name = (target) => target;' });
      const all: string[] = [];
      for (const [name, courseId] of Object.entries(seedCourseIds)) {
        await showCourse(page, `${rig.server.url}/?course=${courseId}`);
        const findings = await page.evaluate(measure, WIDGETS);
        // One line per distinct problem: the same cell in every row of a table is one finding.
        const lines = new Set(findings.map((finding) => `${name} (${courseId}) ${finding.widget}: ${finding.kind}: ${finding.what} by ${finding.by} px`));
        all.push(...lines);
      }
      // English words are longer than the Danish in places; the staff progression's rating mode is a
      // form of its own (the young person's is on the page already). Once each, on the course with
      // the most on it.
      await showCourse(page, `${rig.server.url}/?course=${seedCourseIds.manyHandovers}&lang=en`);
      all.push(...(await page.evaluate(measure, WIDGETS)).map((finding) => `English: ${finding.widget}: ${finding.kind}: ${finding.what} by ${finding.by} px`));
      await page.locator('label[for="progression-rate"]').click();
      await page.waitForFunction(() => document.querySelector('uf-progression[mode="rate"]')?.shadowRoot?.querySelector('form.rate') != null);
      all.push(
        ...(await page.evaluate(measure, WIDGETS)).map((finding) => `rating mode: ${finding.widget}: ${finding.kind}: ${finding.what} by ${finding.by} px`),
      );
      await page.close();
      assert.deepEqual(all, [], `${all.length} problems at ${width} px:\n${all.join('\n')}`);
    });
  }
});

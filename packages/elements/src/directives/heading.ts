import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading `depth` levels below a widget's own `headingLevel` (the host page's outline decides
 * where the widget sits), capped at h6. `focusable` headings get `tabindex="-1"` so the widget can
 * move focus to them; by default only the widget's own heading (depth 0) is.
 *
 * Six plain templates rather than one `lit/static-html` template with the tag as a static value:
 * the output is the same, and the CDN bundle does without static-html (issue #2's size budget).
 *
 * @example html`<section>${heading(this.headingLevel, 1, 'notes-heading', copy.notesHeading)}</section>`
 */
export function heading(headingLevel: number, depth: number, id: string, text: string, part?: string, focusable = depth === 0): TemplateResult {
  const level = Math.min(Math.max(Math.trunc(headingLevel) || 2, 1) + depth, 6);
  const parts = part ?? nothing;
  const tabindex = focusable ? '-1' : nothing;
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${parts} tabindex=${tabindex}>${text}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${parts} tabindex=${tabindex}>${text}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${parts} tabindex=${tabindex}>${text}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${parts} tabindex=${tabindex}>${text}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${parts} tabindex=${tabindex}>${text}</h5>`;
    default:
      return html`<h6 id=${id} part=${parts} tabindex=${tabindex}>${text}</h6>`;
  }
}

import { html, type TemplateResult } from 'lit';
import { control, label, section, statusLine, text, times, title } from '../styles/skeleton.js';

/*
 * The contact log while it loads, in the shape its views draw. Counts are [wide, narrow, tiny]
 * (see skeleton.ts). Staff: the three facts, the two buttons, and five contacts. The young
 * person: the explanation, two sentences, and three contacts.
 */

/** A contact: when and how, a note, who logged it. */
function entry(): TemplateResult {
  return section(html`${text([1, 2, 2])}${text([1, 2, 3])}${text(1, 'small')}`, false);
}

/** What the contact log shows until it has loaded, for `mode`. */
export function contactLogSkeleton(mode: 'staff' | 'youth'): TemplateResult {
  if (mode === 'youth')
    return html`${section(html`${statusLine()}${text([1, 2, 3])}`, false)}${section(html`${text(1)}${text(1)}`, false)}${title()}${times(3, entry)}`;
  return html`
    ${section(html`${times(3, () => html`${label()}${text([1, 2, 2])}`)}`, false)}
    ${section(html`${control('button')}${control('button')}`, false)}
    ${title()}${times(5, entry)}
  `;
}

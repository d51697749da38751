import { html, type TemplateResult } from 'lit';
import { avatar, box, control, label, row, section, statusLine, text, times, title } from '../styles/skeleton.js';

/*
 * The contact card while it loads, in the shape contact-card.ts draws: the person with photo, name
 * and unit, their roles (one line for staff, a sentence each for the young person), four ways to
 * reach them, the preferred channel, the next appointment and how long they have been the contact.
 * Counts are [wide, narrow, tiny] (see skeleton.ts).
 */

function card(roles: TemplateResult, history: TemplateResult): TemplateResult {
  return html`
    ${section(html`
      ${statusLine()}
      ${row(avatar(), html`${title()}${text([1, 2, 2])}`)}
      ${roles}
      ${times(4, () => html`${text(1)}${text([1, 2, 2], 'small')}`)}
    `)}
    ${section(box(html`${label()}${times([1, 2, 3], () => control('button'))}`))}
    ${section(html`${label()}${text([3, 4, 5])}`)}
    ${section(history)}
  `;
}

/** What the card shows until it has loaded, for `mode`. */
export function contactCardSkeleton(mode: 'youth' | 'staff'): TemplateResult {
  return mode === 'staff'
    ? card(text([1, 2, 3]), html`${text([1, 2, 3])}${text(1)}`)
    : card(
        times(3, () => text([1, 2, 2])),
        text([2, 2, 3]),
      );
}

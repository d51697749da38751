import { html, type TemplateResult } from 'lit';
import { control, label, section, statusLine, text, times, title } from '../styles/skeleton.js';

/*
 * The network meetings while they load, in the shape their views draw. Counts are [wide, narrow,
 * tiny] (see skeleton.ts). Staff: the meeting's heading and facts, two buttons, the participants,
 * the agenda and the decisions. The young person: the explanation and one meeting.
 */

function meeting(): TemplateResult {
  return section(html`${title()}${text(1)}${text([1, 2, 2])}${text([2, 3, 4])}${text([1, 2, 3])}`, false);
}

/** What the network meetings show until they have loaded, for `mode`. */
export function networkMeetingSkeleton(mode: 'staff' | 'youth'): TemplateResult {
  if (mode === 'youth') return html`${section(html`${statusLine()}${text([1, 2, 3])}`, false)}${title()}${meeting()}`;
  return html`
    ${title()}${section(html`${times(2, () => html`${label()}${text(1)}`)}`, false)}
    ${section(html`${control('button')}${control('button')}`, false)}
    ${title()}${times(4, () => text(1))}${control('button')}
    ${title()}${times(4, () => text([1, 2, 2]))}${control('button')}
  `;
}

import { html, type TemplateResult } from 'lit';
import { control, label, section, statusLine, text, times, title } from '../styles/skeleton.js';

/*
 * The network meetings while they load, in the shape their views draw. Counts are [wide, narrow,
 * tiny] (see skeleton.ts). Staff: the meeting's heading and facts, its buttons, four participants,
 * six agenda entries, the decisions, the handover, the minutes and the other meetings. The young
 * person: the explanation, the next meeting and two held ones.
 */

function upcoming(): TemplateResult {
  return section(html`${title()}${text(1)}${text([1, 2, 3])}${label()}${text([1, 2, 2])}`, false);
}

function held(): TemplateResult {
  return section(html`${title()}${text(1)}${text([1, 2, 3])}${label()}${text([1, 2, 3])}${label()}${text([2, 4, 7])}${text([2, 3, 5])}`);
}

/** What the network meetings show until they have loaded, for `mode`. */
export function networkMeetingSkeleton(mode: 'staff' | 'youth'): TemplateResult {
  if (mode === 'youth') return html`${section(html`${statusLine()}${text([1, 2, 3])}`, false)}${label()}${upcoming()}${label()}${held()}${held()}`;
  return html`
    ${title()}${section(html`${times(2, () => html`${label()}${text(1)}`)}`, false)}
    ${section(html`${control('button')}${times([0, 1, 1], () => control('button'))}`, false)}
    ${label()}${times(4, () => text([1, 3, 4]))}${control('button')}
    ${section(html`${label()}${times(6, () => text([2, 3, 6]))}${control('button')}`)}
    ${section(html`${label()}${text([1, 2, 2], 'small')}${control('button')}`)}
    ${section(html`${label()}${control('button')}`)}
    ${section(html`${label()}${text(1, 'small')}${control('button')}`)}
    ${control('button')}${label()}${times(2, () => control('button'))}
  `;
}

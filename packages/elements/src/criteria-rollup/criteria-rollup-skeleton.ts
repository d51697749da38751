import { html, type TemplateResult } from 'lit';
import { box, control, label, section, statusLine, table, text, times } from '../styles/skeleton.js';

/*
 * The overview while it loads, in the shape criteria-rollup.ts draws: the two choices, the summary
 * in words, and a table of about six offers, as columns where the widget is wide and as blocks
 * below 48em. Counts are [wide, narrow, tiny] (see skeleton.ts).
 */
export function criteriaRollupSkeleton(): TemplateResult {
  return html`
    ${section(html`${statusLine()}${box(times([1, 2, 2], () => html`${label()}${control('field')}`))}`, false)}
    ${section(html`${text([2, 3, 4])}${text([2, 3, 5], 'small')}`)}
    ${section(
      table(
        times(6, () => text(3, 'small')),
        times(6, () => box(text([6, 8, 12], 'small'))),
      ),
    )}
  `;
}

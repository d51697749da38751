import { html, type TemplateResult } from 'lit';
import { box, control, label, section, statusLine, text, times, title } from '../styles/skeleton.js';

/*
 * The catalogue while it loads, in the shape offer-catalogue.ts draws: the filters (five fields
 * for staff, three for the young person, side by side where the widget is wide), the count, and
 * three offers, each with its name, unit, description and facts (and for staff the review and the
 * button). Counts are [wide, narrow, tiny] (see skeleton.ts).
 */

function offer(mode: 'youth' | 'staff'): TemplateResult {
  return section(
    box(html`
      ${title()}${text(1, 'small')}${text([2, 3, 5])}
      ${mode === 'staff' ? html`${times(4, () => text([1, 2, 2]))}${label()}${text([1, 3, 3])}${control('button')}` : times(4, () => text([1, 1, 2]))}
    `),
  );
}

/** What the catalogue shows until it has loaded, for `mode`. */
export function offerCatalogueSkeleton(mode: 'youth' | 'staff'): TemplateResult {
  // Wide, the fields stand three to a row (see the styles): two rows for staff, one for the young person.
  const fields = mode === 'staff' ? ([2, 5, 5] as const) : ([1, 3, 3] as const);
  return html`
    ${section(html`${statusLine()}${box(times(fields, () => html`${label()}${control('field')}`))}`, false)}
    ${section(text(1))}
    ${times(3, () => offer(mode))}
  `;
}

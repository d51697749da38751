import { html, type TemplateResult } from 'lit';
import { box, control, label, section, statusLine, table, text, times, title, track } from '../styles/skeleton.js';

/*
 * The plan while it loads, in the shape each mode shows (staff-view.ts, youth-view.ts), sized for
 * a plan like the seeded ones: a life goal with two dreams, three goals, two next actions,
 * three efforts from three units, two notes. Counts are [wide, narrow, tiny] (see skeleton.ts).
 */

function lifeGoal(): TemplateResult {
  return section(html`${statusLine()}${title()}${label()}${text([2, 2, 3])}`);
}

function staffPlan(): TemplateResult {
  return html`
    ${lifeGoal()}${control('button')}
    ${section(html`${label()}${times(2, () => box(text([2, 3, 5])))}`)}
    ${section(html`${label()}${times(3, () => text([1, 2, 3]))}${control('button')}`)}
    ${section(html`${label()}${times(2, () => box(text([2, 3, 6])))}`)}
    ${section(html`
      ${label()}${text([1, 2, 4])}${text(1)}
      ${times(3, () => html`${text([1, 1, 2], 'small')}${track()}${text([1, 2, 3], 'small')}`)}
      ${label()}
      ${table(
        times(3, () => text(3, 'small')),
        times(3, () => box(html`${text([4, 5, 8], 'small')}${control('field')}${control('button')}`)),
      )}
      ${control('button')}
    `)}
    ${section(html`${label()}${times(2, () => text([1, 3, 4]))}${label()}${control('field')}${label()}${control('textarea', 3)}${control('button')}`)}
    ${section(html`${label()}${text([1, 2, 2])}`)}
    ${section(html`${label()}${text(1)}`)}
  `;
}

function youthPlan(): TemplateResult {
  return html`
    ${lifeGoal()}
    ${section(html`${label()}${times(3, () => text([1, 2, 2]))}`)}
    ${section(html`${label()}${times(2, () => text([1, 2, 3]))}`)}
    ${section(html`${label()}${times(2, () => box(text([1, 3, 5])))}`)}
    ${section(html`${label()}${times(2, () => text([1, 2, 3]))}`)}
    ${section(html`${label()}${label()}${control('textarea', 4)}${control('button')}`)}
  `;
}

/** What the plan shows until it has loaded, for `mode`. */
export function planSkeleton(mode: 'youth' | 'staff'): TemplateResult {
  return mode === 'staff' ? staffPlan() : youthPlan();
}

import { html, type TemplateResult } from 'lit';
import { box, control, label, section, statusLine, table, text, times, track } from '../styles/skeleton.js';

/*
 * The strategic criteria while their definition loads, in the shape criteria-questionnaire.ts and
 * criteria-summary.ts draw, sized for the seeded definition: three criteria of three, three (one
 * with five sub-questions) and six questions, each with five rating steps, a reflection and a next
 * step. Counts are [wide, narrow, tiny] (see skeleton.ts).
 */

function criterion(questions: number): TemplateResult {
  return section(html`
    ${label()}${text([1, 2, 4])}
    ${times(questions, () =>
      box(html`
        ${text([1, 2, 5])}
        ${times([2, 3, 5], () => control('button'))}
        ${label()}${control('textarea', 2)}${label()}${control('textarea', 2)}
      `),
    )}
  `);
}

/** What the questionnaire shows until its definition has loaded: one criterion (`one`) or all three (`all`). */
export function questionnaireSkeleton(layout: 'all' | 'one'): TemplateResult {
  return html`
    ${statusLine()}${text([3, 5, 12])}${text(1)}${track()}
    ${layout === 'one' ? criterion(3) : html`${criterion(3)}${criterion(5)}${criterion(6)}`}
    ${layout === 'one' ? section(control('button')) : ''}
    ${section(control('button'))}
  `;
}

/** What the summary shows until the rounds have loaded: the latest round's table and its bars. */
export function summarySkeleton(): TemplateResult {
  return html`
    ${statusLine()}${text([1, 2, 3])}
    ${table(
      html`${text(1)}${times(3, () => text([1, 1, 2]))}`,
      times(3, () => box(html`${label()}${text([4, 6, 8])}`)),
    )}
    ${text([1, 2, 4])}
    ${section(
      times(3, () => html`${text([1, 1, 2])}${track()}`),
      false,
    )}
  `;
}

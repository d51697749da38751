import { html, type TemplateResult } from 'lit';
import { box, control, section, statusLine, text, times, title } from '../styles/skeleton.js';

/*
 * The needs bank while it loads, in the shape its views draw: the explanation, then two needs,
 * each with its heading, the shared words and (for staff) a proposal with its buttons. Counts are
 * [wide, narrow, tiny] (see skeleton.ts).
 */
export function needsBankSkeleton(mode: 'team' | 'bank' | 'youth'): TemplateResult {
  const need = () =>
    section(
      box(html`
        ${title()}${text(1, 'small')}${text([1, 2, 3])}
        ${mode === 'youth' ? text([1, 2, 3]) : html`${times(3, () => text([1, 1, 2]))}${control('button')}`}
      `),
    );
  return html`
    ${section(html`${statusLine()}${text([2, 3, 5])}`, false)}
    ${mode === 'team' ? section(control('button'), false) : section(text(1), false)}
    ${times(2, need)}
  `;
}

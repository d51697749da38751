import { html, type TemplateResult } from 'lit';
import { box, control, label, section, statusLine, text, times, title } from '../styles/skeleton.js';

/*
 * The needs bank while it loads, in the shape its views draw. Counts are [wide, narrow, tiny]
 * (see skeleton.ts). The team's view: the explanation, its buttons, and a need with one proposal
 * (who, how, when, start, from, and its buttons). Another team's bank: the explanation, the count,
 * and two needs. The young person's: the explanation and two needs with a proposal in sentences.
 */

function teamNeed(): TemplateResult {
  return section(
    box(html`
      ${title()}${text([1, 2, 4], 'small')}${text([1, 2, 6])}${control('button')}
      ${label()}${title()}${times(5, () => text([1, 2, 3]))}${text(1)}${control('button')}
    `),
  );
}

function openNeed(): TemplateResult {
  return section(box(html`${title()}${text(1, 'small')}${text([1, 2, 4])}${control('button')}`));
}

function youthNeed(): TemplateResult {
  return section(box(html`${label()}${text([1, 2, 3])}${text([1, 3, 5])}`));
}

/** What the needs bank shows until it has loaded, for `mode`. */
export function needsBankSkeleton(mode: 'team' | 'bank' | 'youth'): TemplateResult {
  const intro = section(html`${statusLine()}${text([2, 3, mode === 'team' ? 7 : 5])}`, false);
  // Narrow, the team's two buttons stand one above the other.
  if (mode === 'team') return html`${intro}${section(html`${control('button')}${control('button')}`, false)}${label()}${teamNeed()}`;
  if (mode === 'bank') return html`${intro}${section(text(1), false)}${times(2, openNeed)}`;
  return html`${intro}${times(2, youthNeed)}`;
}

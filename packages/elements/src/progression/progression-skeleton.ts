import { html, type TemplateResult } from 'lit';
import { box, control, label, section, statusLine, text, times } from '../styles/skeleton.js';

/*
 * The progression while it loads, in the shape each mode shows (progression.ts), sized for a
 * course like the seeded ones with readings: a key, a notice, first → latest on ten scales (half
 * of them with readings), two small successes or setbacks, five charts and five scales without
 * readings.
 * Counts are [wide, narrow, tiny] (see styles/skeleton.ts).
 */

/** One scale's figure: its caption, the plot with its dates, and the "Vis tallene" toggle. */
const chart = () => section(html`${text([1, 2, 3])}<div class="sk-chart"></div>${control('button')}`);

function overview(): TemplateResult {
  return html`
    ${statusLine()}${text([1, 1, 2], 'small')}${box(text([2, 3, 4]))}
    ${section(html`${label()}${text(1, 'small')}${times(10, () => text([3, 4, 5]))}`)}
    ${section(html`${label()}${times(2, () => text([1, 2, 3]))}`)}
    ${times(5, chart)}
    ${times(5, () => section(text([2, 2, 3])))}
  `;
}

/** The first scale to rate (attendance, a measured value in the default set): heading, description, value, note, buttons. */
function rating(): TemplateResult {
  return html`
    ${statusLine()}${label()}${text([1, 2, 2])} ${label()}${control('field')} ${label()}${control('textarea', 2)}
    ${control('button')}
  `;
}

/** What the progression shows until it has loaded, for `mode`. */
export function progressionSkeleton(mode: 'overview' | 'rate'): TemplateResult {
  return mode === 'rate' ? rating() : overview();
}

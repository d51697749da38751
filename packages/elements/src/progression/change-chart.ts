import { html, type TemplateResult } from 'lit';
import type { FirstAndLatest, Rater } from '@ungeforlob/sdk';
import { cssProperties } from '../directives/css-properties.js';

/** One scale's row: its name, and first against latest for each rater who has readings on it. */
export interface ChangeRow {
  scaleId: string;
  title: string;
  /** The scale's ends as printed under the track, e.g. `1` and `10`, or `0 %` and `100 %`. */
  ends: readonly [string, string];
  raters: readonly { rater: Rater; entry: FirstAndLatest }[];
}

/** The words the chart uses. */
export interface ChangeWords {
  raterName: (rater: Rater) => string;
  /** "5 → 4" as read aloud: "fra 5 til 4"; one reading: "5 (én måling)". */
  spoken: (first: string, latest: string | null) => string;
  noReadings: string;
  /** A value as printed, with its unit where the scale has one. */
  value: (scaleId: string, value: number) => string;
}

/**
 * First → latest reading on every scale, one row per scale and rater: a dot plot instead of the
 * star charts it replaces (issue #12). A star drew scales without readings as odd spokes, was too
 * small to label, and used dashes for "first" while the legend beside it used dashes for the
 * professional. Here every scale has its name in words, "no reading yet" is a sentence, first is
 * a hollow marker and latest a filled one, and the raters keep the line style and marker shape of
 * the charts below (youth: solid line, round; professional: dashed, square; joint: dotted). The
 * numbers are text beside each track, so the picture is never the only place they are.
 */
export function changeChart(rows: readonly ChangeRow[], words: ChangeWords, heading: TemplateResult): TemplateResult {
  return html`
    <section part="change" class="change" aria-labelledby="change-heading">
      ${heading}
      <ul class="change-rows" role="list">
        ${rows.map(
          (row) => html`
            <li class="change-row">
              <span class="change-scale">${row.title}</span>
              <span class="change-raters">
                ${
                  row.raters.length
                    ? row.raters.map(({ rater, entry }) => changeOfRater(row, rater, entry, words))
                    : html`<span class="change-none">${words.noReadings}</span>`
                }
              </span>
            </li>
          `,
        )}
      </ul>
    </section>
  `;
}

function changeOfRater(row: ChangeRow, rater: Rater, entry: FirstAndLatest, words: ChangeWords): TemplateResult {
  const first = words.value(row.scaleId, entry.first!.value);
  const latest = entry.latest && entry.latest !== entry.first ? words.value(row.scaleId, entry.latest.value) : null;
  return html`
    <span class=${`change-rater rater-${rater}`}>
      <span class="change-words"
        >${words.raterName(rater)}: <span aria-hidden="true">${latest === null ? first : `${first} → ${latest}`}</span
        ><span class="visually-hidden">${words.spoken(first, latest)}</span></span
      >
      <span
        class="track"
        aria-hidden="true"
        ${cssProperties({ '--first': String(entry.firstShare ?? 0), '--latest': String(entry.latestShare ?? entry.firstShare ?? 0) })}
      >
        <span class="span"></span>
        ${latest === null ? html`<span class="dot latest"></span>` : html`<span class="dot first"></span><span class="dot latest"></span>`}
        <span class="end min">${row.ends[0]}</span>
        <span class="end max">${row.ends[1]}</span>
      </span>
    </span>
  `;
}

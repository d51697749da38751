import { css } from 'lit';
import { controlHeight, formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { stackedTableStyles } from '../styles/stacked-table.js';
import { token } from '../styles/tokens.js';

export const progressionStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  // Date, who, value and note side by side need about 28em; below that each reading is a block.
  stackedTableStyles('28em'),
  css`
    :host {
      max-width: 48em;
    }

    /* A plot's height, for the chart and its skeleton: in units of the widget's text, not the
       page's rem, since DKFDS pages set the root to 10px. */
    .progression {
      --plot-height: calc(9 * var(--uf-font-size, 1rem));
    }

    /* A chart while loading: the plot and its dates. */
    .sk-chart {
      height: calc(var(--plot-height) + 3rem);
      margin-bottom: ${token('--uf-space-s')};
      border-radius: ${token('--uf-radius')};
      background: ${token('--uf-color-surface-muted')};
    }

    .notice {
      background: ${token('--uf-color-notice-surface')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
    }

    .scale {
      margin: ${token('--uf-space-l')} 0 0;
    }

    /* A chart is as tall in a 320 px column as in a 1200 px one; only its width follows the box. */
    .chart {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      column-gap: ${token('--uf-space-s')};
      margin: ${token('--uf-space-s')} 0;
      font-size: ${token('--uf-font-size-small')};
      color: ${token('--uf-color-text-muted')};
    }

    /* The y axis's values stack in one cell, each lifted to its height: the column is as wide as the widest. */
    .values {
      display: grid;
      height: var(--plot-height);
      line-height: 1;
    }

    .values span {
      grid-area: 1 / 1;
      align-self: end;
      justify-self: end;
      transform: translateY(calc(50% - var(--at) * var(--plot-height)));
    }

    .plot {
      display: block;
      width: 100%;
      height: var(--plot-height);
      overflow: visible;
      border-left: 1px solid ${token('--uf-color-border')};
      border-bottom: 1px solid ${token('--uf-color-border')};
    }

    .dates {
      grid-column: 2;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 ${token('--uf-space-s')};
      padding-top: 0.25rem;
    }

    /* Container widths in em: the widget's own text size, which a DKFDS page maps to 16px while
       its rem is 10px. */

    /* Dates in numbers in a narrow column, where two written out would not fit on one line; the
       middle date only where three fit side by side. */
    .dates .long,
    .dates .middle {
      display: none;
    }

    @container (min-width: 24em) {
      .dates .long {
        display: inline;
      }

      .dates .short {
        display: none;
      }
    }

    @container (min-width: 36em) {
      .dates .middle {
        display: inline;
      }
    }

    .marks {
      position: relative;
      flex: 0 0 100%;
      height: calc(var(--rows) * 1.5rem);
    }

    /* Centred on its date, but drawn inside the chart at both ends: a success noted today sits at
       the right edge and must not push the widget wider. */
    .marks .mark {
      position: absolute;
      top: calc(var(--row) * 1.5rem);
      left: calc(var(--at) * 100%);
      transform: translateX(calc(var(--at) * -100%));
    }

    .grid {
      stroke: ${token('--uf-color-surface-muted')};
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }

    .line {
      fill: none;
      stroke-width: 2;
      vector-effect: non-scaling-stroke;
    }

    /* A zero-length stroke with round or square caps: a dot or a square the same size at any stretch. */
    .markers {
      fill: none;
      stroke-width: 7;
      vector-effect: non-scaling-stroke;
    }

    /* Raters differ by line style and marker shape as well as colour (WCAG 1.4.1), the same in
       every chart: youth solid and round, professional dashed and square, joint dotted and round. */
    .rater-youth {
      stroke: ${token('--uf-color-primary')};
      stroke-linecap: round;
    }

    .line.rater-professional {
      stroke-dasharray: 6 4;
    }

    .rater-professional {
      stroke: ${token('--uf-color-text')};
      stroke-linecap: square;
    }

    .line.rater-joint {
      stroke-dasharray: 2 3;
    }

    .rater-joint {
      stroke: ${token('--uf-color-success')};
      stroke-linecap: round;
    }

    .annotation {
      stroke-width: 1.5;
      vector-effect: non-scaling-stroke;
    }

    .annotation.success {
      stroke: ${token('--uf-color-success')};
    }

    .annotation.setback {
      stroke: ${token('--uf-color-error')};
      stroke-dasharray: 4 3;
    }

    /* An annotation's number, in the chart and in the list: a circle for a small success, a square
       with a dashed edge for a setback, so the kind never rests on colour alone. */
    .mark {
      display: inline-grid;
      place-items: center;
      min-width: 1.375rem;
      height: 1.375rem;
      padding: 0 0.125rem;
      border: 2px solid ${token('--uf-color-success')};
      border-radius: 999px;
      background: ${token('--uf-color-surface')};
      color: ${token('--uf-color-text')};
      font-size: ${token('--uf-font-size-small')};
      font-weight: 600;
      line-height: 1;
    }

    .mark.setback {
      border-color: ${token('--uf-color-error')};
      border-style: dashed;
      border-radius: 0;
    }

    .annotations,
    .change {
      margin: ${token('--uf-space-l')} 0 0;
    }

    .annotation-list {
      display: grid;
      gap: ${token('--uf-space-s')};
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .annotation-list li {
      display: flex;
      align-items: baseline;
      gap: ${token('--uf-space-s')};
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('--uf-space-m')};
      font-size: ${token('--uf-font-size-small')};
    }

    /* The key draws what the charts draw: the rater's line with its marker on it. */
    .swatch {
      position: relative;
      display: inline-block;
      width: 2rem;
      margin-right: 0.375rem;
      vertical-align: middle;
      border-top: 2px solid currentColor;
    }

    .swatch::after {
      content: '';
      position: absolute;
      top: -4.5px;
      left: calc(50% - 3.5px);
      width: 7px;
      height: 7px;
      background: currentColor;
      border-radius: 50%;
    }

    .key.rater-youth {
      color: ${token('--uf-color-primary')};
    }

    .key.rater-professional .swatch {
      border-top-style: dashed;
    }

    .key.rater-professional .swatch::after {
      border-radius: 0;
    }

    .key.rater-joint {
      color: ${token('--uf-color-success')};
    }

    .key.rater-joint .swatch {
      border-top-style: dotted;
    }

    /* First → latest, one row per scale: the name beside the raters where there is room, above them where not. */
    .change-key {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('--uf-space-m')};
      margin: 0 0 ${token('--uf-space-s')};
      font-size: ${token('--uf-font-size-small')};
    }

    .key-first::before,
    .key-latest::before {
      content: '';
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
      margin-right: 0.375rem;
      vertical-align: -0.0625rem;
      border: 2px solid currentColor;
      border-radius: 50%;
    }

    .key-latest::before {
      background: currentColor;
    }

    .change-rows {
      display: grid;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .change-row {
      display: grid;
      gap: 0.25rem ${token('--uf-space-m')};
      padding: ${token('--uf-space-s')} 0;
      border-bottom: 1px solid ${token('--uf-color-surface-muted')};
    }

    .change-scale {
      font-weight: 600;
    }

    .change-raters {
      display: grid;
      gap: 0.25rem;
    }

    .change-rater {
      display: grid;
      gap: 0 ${token('--uf-space-m')};
      align-items: center;
    }

    @container (min-width: 36em) {
      .change-row {
        grid-template-columns: minmax(8rem, 13rem) minmax(0, 1fr);
      }

      .change-rater {
        grid-template-columns: minmax(10rem, 14rem) minmax(6rem, 1fr);
      }
    }

    .change-none {
      color: ${token('--uf-color-text-muted')};
    }

    /* The scale from its lowest to its highest value; first and latest sit on it at their share. */
    .track {
      position: relative;
      height: 2.25rem;
      margin: 0 0.5rem;
      font-size: ${token('--uf-font-size-small')};
      color: ${token('--uf-color-text-muted')};
    }

    .track::before {
      content: '';
      position: absolute;
      top: 0.625rem;
      right: 0;
      left: 0;
      border-top: 1px solid ${token('--uf-color-border')};
    }

    .track .span {
      position: absolute;
      top: calc(0.625rem - 1px);
      left: calc(min(var(--first), var(--latest)) * 100%);
      width: calc(max(var(--first), var(--latest)) * 100% - min(var(--first), var(--latest)) * 100%);
      border-top: 3px solid var(--rater-colour);
    }

    .track .dot {
      position: absolute;
      top: 0.625rem;
      left: calc(var(--first) * 100%);
      width: 0.875rem;
      height: 0.875rem;
      transform: translate(-50%, -50%);
      border: 2px solid var(--rater-colour);
      border-radius: 50%;
      background: ${token('--uf-color-surface')};
    }

    .track .dot.latest {
      left: calc(var(--latest) * 100%);
      background: var(--rater-colour);
    }

    .track .end {
      position: absolute;
      bottom: 0;
      line-height: 1;
    }

    .track .end.min {
      left: -0.5rem;
    }

    .track .end.max {
      right: -0.5rem;
    }

    .change-rater.rater-youth {
      --rater-colour: ${token('--uf-color-primary')};
    }

    .change-rater.rater-professional {
      --rater-colour: ${token('--uf-color-text')};
    }

    .change-rater.rater-professional .span {
      border-top-style: dashed;
    }

    .change-rater.rater-professional .dot {
      border-radius: 0;
    }

    .change-rater.rater-joint {
      --rater-colour: ${token('--uf-color-success')};
    }

    .change-rater.rater-joint .span {
      border-top-style: dotted;
    }

    .muted {
      color: ${token('--uf-color-text-muted')};
    }

    table {
      border-collapse: collapse;
      width: 100%;
    }

    th,
    td {
      text-align: left;
      padding: 0.25rem ${token('--uf-space-s')};
      border-bottom: 1px solid ${token('--uf-color-border')};
    }

    /* The default disclosure marker stays (display: list-item): it shows the numbers can be opened. */
    summary {
      cursor: pointer;
      padding: 0.625rem 0;
    }

    .rating {
      display: grid;
      gap: ${token('--uf-space-s')};
      margin: ${token('--uf-space-s')} 0;
    }

    .choice {
      display: flex;
      align-items: center;
      gap: ${token('--uf-space-s')};
      min-height: ${controlHeight};
      margin: 0;
      padding: 0 ${token('--uf-space-s')};
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
      font-weight: normal;
    }

    .choice:has(input:checked) {
      border: 3px solid ${token('--uf-color-primary')};
    }

    .error {
      border-left: 6px solid ${token('--uf-color-error')};
      padding: ${token('--uf-space-m')};
    }
  `,
];

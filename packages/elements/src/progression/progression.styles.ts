import { css } from 'lit';
import { formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { token } from '../styles/tokens.js';

export const progressionStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  css`
    :host {
      max-width: 48rem;
    }

    .placeholder {
      height: 8rem;
    }

    .notice {
      background: ${token('--uf-color-notice-surface')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
    }

    .scale {
      margin: ${token('--uf-space-l')} 0 0;
    }

    .chart {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }

    .grid {
      stroke: ${token('--uf-color-surface-muted')};
      stroke-width: 1;
    }

    .axis {
      font-size: 11px;
      fill: ${token('--uf-color-text-muted')};
    }

    .line {
      fill: none;
      stroke-width: 2;
      vector-effect: non-scaling-stroke;
    }

    .markers {
      fill: none;
      stroke-width: 7;
      vector-effect: non-scaling-stroke;
    }

    /* Raters differ by line style and marker shape as well as colour (WCAG 1.4.1). */
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

    .star-figure {
      display: grid;
      grid-template-columns: minmax(10rem, 15rem) minmax(0, 1fr);
      gap: ${token('--uf-space-m')};
      align-items: start;
      margin: ${token('--uf-space-l')} 0 0;
    }

    .star-figure figcaption {
      grid-column: 1 / -1;
      font-weight: 600;
    }

    @media (max-width: 40rem) {
      .star-figure {
        grid-template-columns: minmax(0, 1fr);
      }
    }

    /* Narrow screens scroll a table inside its own region, never the page (WCAG 1.4.10). */
    .table-wrap {
      overflow-x: auto;
    }

    .star {
      width: 100%;
      height: auto;
    }

    .ring {
      fill: none;
      stroke: ${token('--uf-color-surface-muted')};
    }

    .star .first {
      fill: none;
      stroke: ${token('--uf-color-text-muted')};
      stroke-width: 2;
      stroke-dasharray: 5 4;
    }

    .star .latest {
      fill: ${token('--uf-color-surface-muted')};
      fill-opacity: 0.5;
      stroke: ${token('--uf-color-primary')};
      stroke-width: 2.5;
    }

    .annotation {
      stroke-width: 2;
    }

    .annotation.success {
      stroke: ${token('--uf-color-success')};
    }

    .annotation.setback {
      stroke: ${token('--uf-color-error')};
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--uf-space-m')};
      font-size: ${token('--uf-font-size-small')};
    }

    .key::before {
      content: '';
      display: inline-block;
      width: 1.5rem;
      margin-right: 0.375rem;
      vertical-align: middle;
      border-top: 3px solid currentColor;
    }

    .key.rater-youth {
      color: ${token('--uf-color-primary')};
    }

    .key.rater-professional::before {
      border-top-style: dashed;
    }

    .key.rater-joint {
      color: ${token('--uf-color-success')};
    }

    .key.rater-joint::before {
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
      min-height: 2.75rem;
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

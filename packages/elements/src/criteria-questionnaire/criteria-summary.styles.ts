import { css } from 'lit';
import { sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { stackedTableStyles } from '../styles/stacked-table.js';
import { token } from '../styles/tokens.js';

/** The criteria summary: a table of scores and bars that repeat it (hidden from screen readers). */
export const summaryStyles = [
  sharedStyles,
  widgetContentStyles,
  // Five columns of numbers with their headings need about 34em.
  stackedTableStyles('34em'),
  skeletonStyles('34em'),
  css`
    :host {
      max-width: 48em;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    /* Where the columns do fit, the table still never widens the page (WCAG 1.4.10). */
    .table-wrap {
      overflow-x: auto;
    }
    th,
    td {
      text-align: left;
      padding: 0.375rem ${token('--uf-space-s')};
      border-bottom: 1px solid ${token('--uf-color-border')};
    }
    caption {
      text-align: left;
      margin-bottom: ${token('--uf-space-s')};
    }
    .bars {
      list-style: none;
      margin: ${token('--uf-space-m')} 0 0;
      padding: 0;
    }
    .track {
      display: block;
      height: 1rem;
      background: ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
    }
    .bar {
      display: block;
      height: 100%;
      width: calc(var(--score) * 25%);
      background: ${token('--uf-color-primary')};
      border-radius: ${token('--uf-radius')};
    }
    .error {
      border-left: 6px solid ${token('--uf-color-error')};
      padding: ${token('--uf-space-m')};
    }
  `,
];

import { css } from 'lit';
import { formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { stackedTableStyles } from '../styles/stacked-table.js';
import { token } from '../styles/tokens.js';

// An offer column and three criteria, each cell two lines of words and a bar, need about 48em.
const STACK_BELOW = '48em';

export const criteriaRollupStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  stackedTableStyles(STACK_BELOW),
  skeletonStyles(STACK_BELOW),
  css`
    .filters {
      display: grid;
      gap: 0 ${token('--uf-space-m')};
      background: ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')} ${token('--uf-space-m')};
      margin-bottom: ${token('--uf-space-m')};
    }

    @container (min-width: 30em) {
      .filters {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }

    .field select {
      width: 100%;
    }

    .muted,
    .unit {
      color: ${token('--uf-color-text-muted')};
      font-size: ${token('--uf-font-size-small')};
    }

    /* Where the columns do fit, the table still never widens the page (WCAG 1.4.10). */
    .table-wrap {
      overflow-x: auto;
    }

    table {
      border-collapse: collapse;
      width: 100%;
    }

    caption {
      text-align: left;
      margin-bottom: ${token('--uf-space-s')};
    }

    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 0.375rem ${token('--uf-space-s')};
      border-bottom: 1px solid ${token('--uf-color-border')};
    }

    tbody th {
      font-weight: normal;
    }

    .offer-name {
      display: block;
      font-weight: 600;
    }

    .unit,
    .line {
      display: block;
    }

    .courses {
      font-size: ${token('--uf-font-size-small')};
    }

    th button {
      margin-top: ${token('--uf-space-s')};
    }

    .track {
      display: block;
      height: 0.5rem;
      margin: 0.25rem 0;
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

    .rounds {
      margin: ${token('--uf-space-s')} 0;
    }

    .error {
      border-left: 6px solid ${token('--uf-color-error')};
      padding: ${token('--uf-space-m')};
    }
  `,
];

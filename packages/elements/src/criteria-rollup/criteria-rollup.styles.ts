import { css } from 'lit';
import { formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { filterPanelStyles } from '../styles/filter-panel.js';
import { scoreTableStyles } from '../styles/score-table.js';
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
  filterPanelStyles,
  scoreTableStyles,
  css`
    .filters {
      margin-bottom: ${token('--uf-space-m')};
    }

    @container (min-width: 30em) {
      .filters {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }

    .muted,
    .unit {
      color: ${token('--uf-color-text-muted')};
      font-size: ${token('--uf-font-size-small')};
    }

    th,
    td {
      vertical-align: top;
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
      height: 0.5rem;
      margin: 0.25rem 0;
    }

    .rounds {
      margin: ${token('--uf-space-s')} 0;
    }
  `,
];

import { css } from 'lit';
import { sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { scoreTableStyles } from '../styles/score-table.js';
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
  scoreTableStyles,
  css`
    :host {
      max-width: 48em;
    }
    .bars {
      list-style: none;
      margin: ${token('--uf-space-m')} 0 0;
      padding: 0;
    }
    .track {
      height: 1rem;
    }
  `,
];

import { css } from 'lit';
import { token } from './tokens.js';

/**
 * A table of criteria scores with bars that repeat it (the summary, the leaders' overview): full
 * width with lines between rows, a caption above, a scroll region that never widens the page, and
 * each bar as long as its score on the 1–4 scale (`--score`).
 */
export const scoreTableStyles = css`
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
    padding: 0.375rem ${token('--uf-space-s')};
    border-bottom: 1px solid ${token('--uf-color-border')};
  }

  .track {
    display: block;
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
`;

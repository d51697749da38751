import { css } from 'lit';
import { token } from './tokens.js';

/**
 * The box of choices a list or a table is narrowed by (the catalogue's search, the overview's
 * period and unit): a muted panel of fields in a grid, one column unless a widget's own
 * container query gives it more, each field as wide as its cell.
 */
export const filterPanelStyles = css`
  .filters {
    display: grid;
    gap: 0 ${token('--uf-space-m')};
    background: ${token('--uf-color-surface-muted')};
    border-radius: ${token('--uf-radius')};
    padding: ${token('--uf-space-s')} ${token('--uf-space-m')} ${token('--uf-space-m')};
  }

  .field input,
  .field select {
    width: 100%;
  }
`;

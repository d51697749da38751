import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Term-and-value lists (`dl.terms`, each pair in a `div`): the term beside its value where the
 * widget is 30em wide or more, in a column of `--term-width` (set by the widget), above it where
 * it is narrower. The catalogue's facts and scores and the needs bank's proposals use it.
 */
export const termListStyles = css`
  .terms > div {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 30em) {
    .terms > div {
      grid-template-columns: var(--term-width, 12em) minmax(0, 1fr);
      gap: ${token('--uf-space-s')};
    }
  }

  .terms dt {
    font-weight: 600;
  }

  .terms dd {
    margin: 0 0 0.25rem;
  }
`;

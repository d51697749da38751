import { css, unsafeCSS, type CSSResult } from 'lit';
import { token } from './tokens.js';

/**
 * Below `maxWidth` of the widget's own box, a table's rows become blocks of labelled lines: each
 * cell shows its column's name (`data-label`) before its value, and the header row stays for
 * screen readers only. So no column and no control is ever out of sight in a box that scrolls
 * sideways (WCAG 1.4.10, issue #12). Below 22em the label goes above its value.
 *
 * @param maxWidth the container width where every column no longer fits, e.g. `'60em'`: in em, the widget's own text size, which a DKFDS page
 *   keeps at 16px while its rem is 10px.
 */
export function stackedTableStyles(maxWidth: string): CSSResult {
  return css`
    @container (max-width: ${unsafeCSS(maxWidth)}) {
      table,
      caption,
      tbody,
      tr,
      th,
      td {
        display: block;
      }

      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }

      tbody tr {
        border: 1px solid ${token('--uf-color-border')};
        border-radius: ${token('--uf-radius')};
        padding: ${token('--uf-space-s')};
        margin-bottom: ${token('--uf-space-s')};
      }

      tbody th,
      tbody td {
        position: relative;
        border-bottom: 0;
        padding: 0.25rem 0 0.25rem 9rem;
        min-height: 1.5em;
      }

      tbody th:not([data-label]),
      tbody td:not([data-label]) {
        padding-left: 0;
      }

      [data-label]::before {
        content: attr(data-label);
        position: absolute;
        left: 0;
        width: 8.5rem;
        font-weight: 600;
      }
    }

    @container (max-width: 22em) {
      tbody th,
      tbody td {
        padding-left: 0;
      }

      [data-label]::before {
        position: static;
        display: block;
        width: auto;
      }
    }
  `;
}

import { css } from 'lit';
import { controlHeight, formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { filterPanelStyles } from '../styles/filter-panel.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { termListStyles } from '../styles/term-list.js';
import { token } from '../styles/tokens.js';

export const offerCatalogueStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  filterPanelStyles,
  termListStyles,
  css`
    /* The filters: one column in a narrow box, three to a row where the widget is wide; the
       search and the relations check take a whole row. */
    @container (min-width: 40em) {
      .filters {
        grid-template-columns: repeat(3, minmax(0, 1fr));
        align-items: end;
      }

      .filters .search,
      .filters .relations {
        grid-column: 1 / -1;
      }
    }

    .relations {
      margin-top: ${token('--uf-space-m')};
    }

    .relations label {
      font-weight: 600;
    }

    /* A check's label is the bigger target: the whole row is 44 px high at least. */
    .relations {
      min-height: ${controlHeight};
    }

    .count {
      margin: ${token('--uf-space-m')} 0;
      font-weight: 600;
    }

    .offers {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: ${token('--uf-space-m')};
    }

    .offer {
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
      padding: ${token('--uf-space-m')};
    }

    .offer :is(h1, h2, h3, h4, h5, h6) {
      margin-bottom: 0;
    }

    .unit,
    .review .label,
    .not-reviewed {
      color: ${token('--uf-color-text-muted')};
      font-size: ${token('--uf-font-size-small')};
    }

    .facts {
      margin: ${token('--uf-space-s')} 0;
      padding: 0;
    }

    .facts.plain {
      list-style: none;
    }

    .review {
      border-top: 1px solid ${token('--uf-color-surface-muted')};
      padding-top: ${token('--uf-space-s')};
      margin-top: ${token('--uf-space-s')};
    }

    .review .label {
      margin-bottom: 0.25rem;
    }

    .scores {
      margin: 0 0 ${token('--uf-space-s')};
    }

    .scores dt {
      font-weight: normal;
    }

    .scores dd {
      font-weight: 600;
    }

    a {
      color: ${token('--uf-color-primary')};
    }

    .none-found {
      padding: ${token('--uf-space-m')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      background: ${token('--uf-color-notice-surface')};
    }
  `,
];

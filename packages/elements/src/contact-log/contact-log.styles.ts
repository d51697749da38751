import { css } from 'lit';
import { formStyles, secondaryTextStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { quickFormStyles } from '../styles/quick-forms.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { termListStyles } from '../styles/term-list.js';
import { token } from '../styles/tokens.js';

export const contactLogStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  termListStyles,
  quickFormStyles,
  secondaryTextStyles,
  css`
    .summary {
      --term-width: 9em;
      margin: 0 0 ${token('--uf-space-m')};
    }

    .summary p {
      margin: 0 0 0.25rem;
    }

    /* A broken rhythm or no-shows in a row: said in words, set apart by a border as well as a colour. */
    .flag {
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      background: ${token('--uf-color-notice-surface')};
      margin: ${token('--uf-space-s')} 0;
      font-weight: 600;
    }

    .entries {
      list-style: none;
      margin: 0 0 ${token('--uf-space-m')};
      padding: 0;
    }

    .entry {
      padding: ${token('--uf-space-s')} 0;
      border-bottom: 1px solid ${token('--uf-color-border')};
    }

    .entry p {
      margin: 0 0 0.25rem;
    }

    .entry.noShow {
      border-left: 4px solid ${token('--uf-color-notice-border')};
      padding-left: ${token('--uf-space-s')};
    }

    .badge {
      display: inline-block;
      margin-left: 0.25rem;
      padding: 0 0.4em;
      border: 1px solid currentColor;
      border-radius: ${token('--uf-radius')};
      font-weight: 600;
      font-size: ${token('--uf-font-size-small')};
    }

    .note.shared {
      background: ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
      padding: 0.25rem ${token('--uf-space-s')};
    }

    .note-label {
      font-weight: 600;
    }
  `,
];

import { css } from 'lit';
import { controlHeight, formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { termListStyles } from '../styles/term-list.js';
import { token } from '../styles/tokens.js';

export const contactLogStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  termListStyles,
  css`
    .intro,
    .meta {
      color: ${token('--uf-color-text-muted')};
    }

    .meta {
      font-size: ${token('--uf-font-size-small')};
    }

    .summary {
      --term-width: 9em;
      margin: 0 0 ${token('--uf-space-m')};
    }

    .summary p {
      margin: 0 0 0.25rem;
    }

    /* A broken rhythm or no-shows in a row: said in words, set apart by a border as well as a colour. */
    .flag,
    .write-problem {
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      background: ${token('--uf-color-notice-surface')};
      margin: ${token('--uf-space-s')} 0;
      font-weight: 600;
    }

    .write-problem {
      border-left-color: ${token('--uf-color-error')};
      font-weight: normal;
    }

    .actions {
      margin: ${token('--uf-space-m')} 0;
    }

    .form {
      margin: ${token('--uf-space-m')} 0;
      padding: ${token('--uf-space-m')};
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
    }

    .form input:not([type='checkbox']):not([type='radio']),
    .form select {
      display: block;
      box-sizing: border-box;
      width: 100%;
      max-width: 100%;
    }

    /* Quick entry on a phone: every choice a whole-width target as high as a control, two or three to a row where there is room. */
    .choices {
      display: grid;
      /* 12rem: the longest one-word choice ("Kontaktpersonen") stays whole. */
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      gap: ${token('--uf-space-s')};
    }

    .choices legend,
    .choices .field-problem {
      grid-column: 1 / -1;
    }

    .choice {
      display: flex;
      align-items: center;
      gap: ${token('--uf-space-s')};
      min-height: ${controlHeight};
      margin: 0;
      padding: 0.25rem ${token('--uf-space-s')};
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
      font-weight: normal;
      cursor: pointer;
    }

    .choice:has(input:checked) {
      border: 3px solid ${token('--uf-color-primary')};
      padding: calc(0.25rem - 2px) calc(${token('--uf-space-s')} - 2px);
    }

    .choices.invalid {
      border-color: ${token('--uf-color-error')};
      border-width: 3px;
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

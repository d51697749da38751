import { css } from 'lit';
import { controlHeight } from './shared.js';
import { token } from './tokens.js';

/**
 * Forms filled in on a phone in the middle of a conversation (the contact log's quick entry, a
 * network meeting's decisions): whole-width fields, choices as large targets, and the problem of a
 * failed write beside the form that keeps what was typed.
 */
export const quickFormStyles = css`
    /* Why a write failed: set apart by a border as well as a colour. */
    .write-problem {
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      border-left: 6px solid ${token('--uf-color-error')};
      background: ${token('--uf-color-notice-surface')};
      margin: ${token('--uf-space-s')} 0;
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
`;

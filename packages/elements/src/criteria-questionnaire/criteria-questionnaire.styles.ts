import { css } from 'lit';
import { formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { token } from '../styles/tokens.js';

export const questionnaireStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  css`
    :host {
      max-width: 48rem;
    }

    .progress progress {
      display: block;
      width: 100%;
      height: 0.5rem;
      accent-color: ${token('--uf-color-primary')};
    }

    .criterion {
      margin-top: ${token('--uf-space-l')};
    }

    .item {
      margin: ${token('--uf-space-m')} 0 0;
    }

    .sub-item {
      margin-top: ${token('--uf-space-s')};
      padding-left: ${token('--uf-space-m')};
      border-left: 4px solid ${token('--uf-color-surface-muted')};
    }

    .sub-item-text {
      font-weight: 600;
      margin: 0 0 0.25rem;
    }

    .rating {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--uf-space-s')};
      margin: ${token('--uf-space-s')} 0;
    }

    /* The whole step is the target (44 px high), and the chosen one is marked by more than colour: a thicker border and the filled radio. */
    .choice {
      display: flex;
      align-items: center;
      gap: 0.375rem;
      min-height: 2.75rem;
      margin: 0;
      padding: 0 ${token('--uf-space-s')};
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
      font-weight: normal;
      cursor: pointer;
    }

    .choice:has(input:checked) {
      border: 3px solid ${token('--uf-color-primary')};
      font-weight: 600;
    }

    .choice input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      accent-color: ${token('--uf-color-primary')};
    }

    .rating[aria-invalid='true'],
    textarea[aria-invalid='true'] {
      outline: 2px solid ${token('--uf-color-error')};
      outline-offset: 2px;
    }

    .stepper {
      align-items: center;
      margin-top: ${token('--uf-space-m')};
    }

    .missing,
    .error {
      margin: ${token('--uf-space-m')} 0;
      padding: ${token('--uf-space-m')};
      border-left: 6px solid ${token('--uf-color-error')};
    }

    .missing ul {
      margin: 0;
      padding-left: 1.25rem;
    }

    button.link {
      min-height: 2.75rem;
      padding: 0;
      border: 0;
      background: none;
      text-decoration: underline;
      text-align: left;
    }

    .muted {
      color: ${token('--uf-color-text-muted')};
    }

    form > .actions {
      margin-top: ${token('--uf-space-m')};
    }
  `,
];

import { css } from 'lit';
import { controlHeight, formStyles, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { token } from '../styles/tokens.js';

export const questionnaireStyles = [
  sharedStyles,
  widgetContentStyles,
  formStyles,
  skeletonStyles(),
  css`
    :host {
      max-width: 48em;
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
      min-height: ${controlHeight};
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

    /* Each entry is a 44px button whose question may wrap to several lines: the bullet is drawn
       beside it and padded like the button's text, so it stays level with the first line (a list
       marker sat by the last line of a wrapped entry). */
    .missing ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }

    .missing li {
      display: flex;
      gap: ${token('--uf-space-s')};
      --link-inset: 0.625em;
      --link-inset: calc((${controlHeight} - 1lh) / 2);
    }

    .missing li::before {
      content: '•';
      content: '•' / '';
      flex: none;
      padding-top: var(--link-inset);
    }

    button.link {
      min-height: ${controlHeight};
      padding: var(--link-inset) 0;
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

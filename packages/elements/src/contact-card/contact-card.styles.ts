import { css } from 'lit';
import { choiceSize, controlHeight, sharedStyles, widgetContentStyles } from '../styles/shared.js';
import { skeletonStyles } from '../styles/skeleton.js';
import { token } from '../styles/tokens.js';

export const contactCardStyles = [
  sharedStyles,
  widgetContentStyles,
  skeletonStyles(),
  css`
    :host {
      max-width: 40em;
    }

    section,
    .history,
    .preference,
    .contact-rhythm {
      margin-top: ${token('--uf-space-l')};
    }

    .contact-rhythm p {
      margin: 0 0 0.25rem;
    }

    .notice,
    .save-problem {
      background: ${token('--uf-color-notice-surface')};
      border-left: 6px solid ${token('--uf-color-notice-border')};
      padding: ${token('--uf-space-m')};
      font-weight: 600;
    }

    .save-problem {
      font-weight: normal;
      margin-top: ${token('--uf-space-m')};
    }

    .deputy {
      background: ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
      padding: ${token('--uf-space-m')};
    }

    .deputy .label {
      font-size: ${token('--uf-font-size-small')};
      font-weight: 600;
    }

    .person-header {
      display: flex;
      gap: ${token('--uf-space-m')};
      align-items: center;
      margin-bottom: ${token('--uf-space-s')};
    }

    .person-header h1,
    .person-header h2,
    .person-header h3,
    .person-header h4,
    .person-header h5,
    .person-header h6 {
      font-size: ${token('--uf-font-size-heading')};
      margin: 0;
    }

    .avatar {
      flex: none;
      width: 3.5rem;
      height: 3.5rem;
      border-radius: 50%;
      object-fit: cover;
    }

    .initials {
      display: grid;
      place-items: center;
      background: ${token('--uf-color-primary')};
      color: ${token('--uf-color-on-primary')};
      font-weight: 600;
    }

    .unit,
    .hours,
    .channel-note,
    .note {
      color: ${token('--uf-color-text-muted')};
    }

    .unit {
      margin: 0;
    }

    ul {
      margin: 0 0 ${token('--uf-space-s')};
      padding-left: 1.25rem;
    }

    .channels {
      list-style: none;
      padding: 0;
    }

    .channel {
      display: flex;
      flex-wrap: wrap;
      gap: 0 ${token('--uf-space-s')};
      padding: ${token('--uf-space-s')} 0;
      border-top: 1px solid ${token('--uf-color-surface-muted')};
    }

    .channel-kind {
      font-weight: 600;
      min-width: 7rem;
    }

    .hours,
    .channel-note {
      flex-basis: 100%;
      font-size: ${token('--uf-font-size-small')};
    }

    .open {
      color: ${token('--uf-color-success')};
      font-weight: 600;
      margin-left: ${token('--uf-space-s')};
    }

    .closed {
      margin-left: ${token('--uf-space-s')};
    }

    .badge {
      font-size: ${token('--uf-font-size-small')};
      font-weight: 600;
    }

    a {
      color: ${token('--uf-color-primary')};
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    fieldset {
      border: 1px solid ${token('--uf-color-border')};
      border-radius: ${token('--uf-radius')};
      padding: ${token('--uf-space-m')};
      margin-inline: 0;
    }

    legend {
      font-weight: 600;
      padding: 0 ${token('--uf-space-s')};
    }

    .options {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('--uf-space-s')} ${token('--uf-space-m')};
      margin-bottom: ${token('--uf-space-s')};
    }

    .option {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-height: ${controlHeight};
    }

    /* The size every widget's radio buttons have (styles/shared.ts); this card has no formStyles. */
    input[type='radio'] {
      flex: none;
      width: ${choiceSize};
      height: ${choiceSize};
      margin: 0;
      accent-color: ${token('--uf-color-primary')};
    }

    /* The server refused the choice: said in words beside it, marked as every widget marks a field's problem. */
    .field-problem {
      font-weight: 600;
      border-left: 6px solid ${token('--uf-color-error')};
      padding-left: ${token('--uf-space-s')};
    }

    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem ${token('--uf-space-m')};
      margin: 0;
    }

    dt {
      font-weight: 600;
    }

    dd {
      margin: 0;
    }

    .error {
      border-left: 6px solid ${token('--uf-color-error')};
      padding: ${token('--uf-space-m')};
    }

    details {
      margin-bottom: ${token('--uf-space-s')};
    }
  `,
];

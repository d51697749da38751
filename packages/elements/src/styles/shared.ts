import { css } from 'lit';
import { token } from './tokens.js';

/** What every widget's shadow root starts with: own font and colours, visible focus, calm motion. */
export const sharedStyles = css`
  /* Laid out by the widget's own width, not the viewport's (issue #12): a widget sits in a 320 px
     side column as well as in a 1200 px main column. Long words, names and e-mail addresses wrap
     rather than push the page sideways (WCAG 1.4.10). */
  :host {
    display: block;
    container-type: inline-size;
    overflow-wrap: anywhere;
    font-family: ${token('--uf-font-family')};
    font-size: ${token('--uf-font-size')};
    line-height: ${token('--uf-line-height')};
    color: ${token('--uf-color-text')};
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Anywhere would let a table squeeze its columns to one letter each; in cells a word breaks only when it alone is too wide. */
  th,
  td {
    overflow-wrap: break-word;
  }

  /* WCAG 2.4.7: a 3px ring in the focus colour, which keeps 3:1 against the surface. */
  :focus-visible {
    outline: 3px solid ${token('--uf-color-focus')};
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** Text and state styles every widget uses the same way: its frame, heading scale, paragraphs, live regions, the loading placeholder. */
export const widgetContentStyles = css`
  [part~='base'] {
    background: ${token('--uf-color-surface')};
    border: 1px solid ${token('--uf-color-border')};
    border-radius: ${token('--uf-radius')};
    padding: ${token('--uf-space-l')};
  }

  /* In a narrow column the frame's padding would take a third of the width. */
  @container (max-width: 30rem) {
    [part~='base'] {
      padding: ${token('--uf-space-m')};
    }
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 ${token('--uf-space-s')};
    font-size: ${token('--uf-font-size-heading')};
    line-height: 1.25;
  }

  /* Headings inside a widget's sections are labels, not page structure: body size. */
  :is(section, form) :is(h1, h2, h3, h4, h5, h6) {
    font-size: ${token('--uf-font-size')};
  }

  p {
    margin: 0 0 ${token('--uf-space-s')};
  }

  /* Never display: none — a live region must stay in the accessibility tree to be announced. */
  .status:empty {
    margin: 0;
  }

  /* 2.75rem: a touch target of 44 px (WCAG 2.5.5 at AAA; kind to young people on phones). */
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0 ${token('--uf-space-m')};
    border: 2px solid ${token('--uf-color-primary')};
    border-radius: ${token('--uf-radius')};
    background: ${token('--uf-color-surface')};
    color: ${token('--uf-color-primary')};
    cursor: pointer;
  }

  button.primary {
    background: ${token('--uf-color-primary')};
    color: ${token('--uf-color-on-primary')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('--uf-space-s')};
  }

  .placeholder {
    border-radius: ${token('--uf-radius')};
    background: ${token('--uf-color-surface-muted')};
  }

  @media (prefers-reduced-motion: no-preference) {
    .placeholder {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
  }

  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
`;

/** Labels, inputs, problems and hints the same in every widget's forms. */
export const formStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  label {
    display: block;
    font-weight: 600;
    margin: ${token('--uf-space-s')} 0 0.25rem;
  }

  select,
  textarea,
  input:not([type='checkbox']):not([type='radio']) {
    font: inherit;
    color: inherit;
    background: ${token('--uf-color-surface')};
    border: 1px solid ${token('--uf-color-border')};
    border-radius: ${token('--uf-radius')};
    min-height: 2.75rem;
    padding: 0.25rem ${token('--uf-space-s')};
  }

  textarea {
    display: block;
    width: 100%;
    margin-bottom: ${token('--uf-space-s')};
  }

  .field-problem {
    font-weight: 600;
    border-left: 6px solid ${token('--uf-color-error')};
    padding-left: ${token('--uf-space-s')};
  }

  .hint {
    margin: 0 0 0.25rem;
    color: ${token('--uf-color-text-muted')};
    font-size: ${token('--uf-font-size-small')};
  }

  /* A fieldset is as wide as its widest content by default; at 320 px that widens the page (WCAG 1.4.10). */
  fieldset {
    min-width: 0;
    margin: ${token('--uf-space-m')} 0 0;
    padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
    border: 1px solid ${token('--uf-color-border')};
    border-radius: ${token('--uf-radius')};
  }

  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }

  .check {
    display: flex;
    align-items: flex-start;
    gap: ${token('--uf-space-s')};
    margin: 0.25rem 0;
  }

  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    flex: none;
  }

  .check label {
    font-weight: normal;
    margin: 0;
  }
`;

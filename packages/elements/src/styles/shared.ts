import { css } from 'lit';
import { token } from './tokens.js';

/** What every widget's shadow root starts with: own font and colours, visible focus, calm motion. */
export const sharedStyles = css`
  :host {
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

/** Text and state styles every widget uses the same way: heading scale, paragraphs, live regions, the loading placeholder. */
export const widgetContentStyles = css`
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

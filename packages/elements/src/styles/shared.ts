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

import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The theming contract: every `--uf-*` custom property with its default. Defaults follow Det
 * Fælles Designsystem (DKFDS 11, its Virk theme): ink `#1a1a1a`, its greys, Virk's primary blue,
 * the 3px focus ring in gray-600, 8px corners ('medium'), 16/14/20 px text on an 8 px spacing unit.
 * Each text colour keeps at least 4.5:1 on the surface, the muted surface and the notice surface,
 * and borders and the focus ring at least 3:1 (tests/node/token-contrast.test.ts computes it).
 * Where DKFDS's own colour misses that on one of our surfaces, the default is a darker step:
 * secondary text is gray-600, not ink-light (#707070: 4.33:1 on the notice surface), and success
 * is darker than green-700 (#358000: 4.33:1 there).
 *
 * The font is the host page's: a widget never loads a typeface, so the default inherits the
 * family. IBM Plex Sans (DKFDS's typeface) is the recommendation for the page, not a dependency.
 *
 * Components read them as `var(--uf-…, default)`, never by declaring them, so nothing leaks out of
 * a shadow root and a host page sets any of them on the element or an ancestor.
 */
export const tokenDefaults = {
  '--uf-font-family': 'inherit',
  '--uf-font-size': '1rem',
  '--uf-font-size-small': '0.875rem',
  '--uf-font-size-heading': '1.25rem',
  '--uf-line-height': '1.5',
  '--uf-color-text': '#1a1a1a',
  '--uf-color-text-muted': '#454545',
  '--uf-color-surface': '#ffffff',
  '--uf-color-surface-muted': '#f5f5f5',
  '--uf-color-border': '#8e8e8e',
  '--uf-color-primary': '#0059b3',
  '--uf-color-on-primary': '#ffffff',
  '--uf-color-success': '#2b6a00',
  '--uf-color-notice-surface': '#ffeecc',
  '--uf-color-notice-border': '#8a5a00',
  '--uf-color-error': '#cc0000',
  '--uf-color-focus': '#454545',
  '--uf-radius': '8px',
  '--uf-space-s': '0.5rem',
  '--uf-space-m': '1rem',
  '--uf-space-l': '1.5rem',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/** `var(--uf-color-text, #1a1a1a)`, for use inside css``. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${tokenDefaults[name]})`);
}

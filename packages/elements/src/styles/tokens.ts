import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The theming contract: every `--uf-*` custom property with its default. Defaults follow Det
 * Fælles Designsystem (IBM Plex Sans, its neutral greys and primary blue); each text colour has at
 * least 4.5:1 contrast on `--uf-color-surface` and the focus ring at least 3:1.
 *
 * Components read them as `var(--uf-…, default)`, never by declaring them, so nothing leaks out of
 * a shadow root and a host page sets any of them on the element or an ancestor.
 */
export const tokenDefaults = {
  '--uf-font-family': '"IBM Plex Sans", system-ui, sans-serif',
  '--uf-font-size': '1rem',
  '--uf-font-size-small': '0.875rem',
  '--uf-font-size-heading': '1.25rem',
  '--uf-line-height': '1.5',
  '--uf-color-text': '#1a1a1a',
  '--uf-color-text-muted': '#454545',
  '--uf-color-surface': '#ffffff',
  '--uf-color-surface-muted': '#f5f5f5',
  '--uf-color-border': '#747474',
  '--uf-color-primary': '#0059b3',
  '--uf-color-on-primary': '#ffffff',
  '--uf-color-success': '#2b6a00',
  '--uf-color-notice-surface': '#fff1c2',
  '--uf-color-notice-border': '#8a5a00',
  '--uf-color-error': '#b51d09',
  '--uf-color-focus': '#0059b3',
  '--uf-radius': '4px',
  '--uf-space-s': '0.5rem',
  '--uf-space-m': '1rem',
  '--uf-space-l': '1.5rem',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/** `var(--uf-color-text, #1a1a1a)`, for use inside css``. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(${name}, ${tokenDefaults[name]})`);
}

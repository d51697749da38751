import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenDefaults, type TokenName } from '../../packages/elements/src/styles/tokens.js';

// The defaults are a promise to every embedder who changes nothing: WCAG 1.4.3 (text 4.5:1) and
// 1.4.11 (borders and the focus ring 3:1) hold on every surface a widget paints. A default moved
// towards a design system's colour must still keep it.

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((channel) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: TokenName, b: TokenName): number {
  const [lighter, darker] = [luminance(tokenDefaults[a]), luminance(tokenDefaults[b])].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Every background a widget paints text or controls on. */
const surfaces: TokenName[] = ['--uf-color-surface', '--uf-color-surface-muted', '--uf-color-notice-surface'];

const requirements: { colour: TokenName; on: TokenName[]; minimum: number }[] = [
  // Text: body, secondary, links and secondary buttons, "Åben nu", error borders that may carry text.
  ...(['--uf-color-text', '--uf-color-text-muted', '--uf-color-primary', '--uf-color-success', '--uf-color-error'] as const).map((colour) => ({
    colour,
    on: surfaces,
    minimum: 4.5,
  })),
  { colour: '--uf-color-on-primary', on: ['--uf-color-primary'], minimum: 4.5 },
  // The focus ring sits 2px outside the focused control, on whatever surface is around it.
  { colour: '--uf-color-focus', on: surfaces, minimum: 3 },
  // Input, fieldset and frame borders: the edge of a control (1.4.11). No input sits on a notice.
  { colour: '--uf-color-border', on: ['--uf-color-surface', '--uf-color-surface-muted'], minimum: 3 },
  { colour: '--uf-color-notice-border', on: ['--uf-color-surface', '--uf-color-notice-surface'], minimum: 3 },
];

for (const { colour, on, minimum } of requirements) {
  for (const surface of on) {
    test(`${colour} on ${surface} keeps ${minimum}:1`, () => {
      const ratio = contrast(colour, surface);
      assert.ok(ratio >= minimum, `${tokenDefaults[colour]} on ${tokenDefaults[surface]} is ${ratio.toFixed(2)}:1`);
    });
  }
}

test('every colour default is a #rrggbb the check above can read', () => {
  for (const [name, value] of Object.entries(tokenDefaults)) {
    if (name.startsWith('--uf-color-')) assert.match(value, /^#[0-9a-f]{6}$/, name);
  }
});

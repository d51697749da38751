import { css, html, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';
import { controlHeight } from './shared.js';
import { token } from './tokens.js';

/*
 * Skeletons: while a widget loads, quiet shapes where its content will be, about as tall as that
 * content usually is at the widget's own width, so nothing on the page moves when it arrives
 * (issue #12: layout shift ≤ 0.05). Each widget draws its own from the blocks below, for its mode
 * (plan-skeleton.ts, contact-card-skeleton.ts…); frame.ts's placeholder() wraps it and hides it
 * from screen readers, which hear the live region's "Henter …" instead.
 *
 * Sizes come from the tokens the content uses (font size × line height, spacing, the control height of a
 * control), so a theme that changes them changes both alike. Text wraps onto more lines in a
 * narrower box, so a block can have more lines in a narrow (below 30em) and a tiny (below 18em)
 * widget than in a wide one: container queries on the widget's own width, never the viewport's.
 */

/** How many at each width of the widget: `[wide, narrow (< 30em), tiny (< 18em)]`, or one number for all three. */
export type Count = number | readonly [wide: number, narrow: number, tiny: number];

/** The `index`-th of `count` things, as classes: shown at every width, or only at those where the count reaches it. */
function shownAt(index: number, count: Count): string {
  const [wide, narrow, tiny] = typeof count === 'number' ? [count, count, count] : count;
  if (index < wide && index < narrow && index < tiny) return '';
  return ['sk-only', index < wide ? 'sk-wide' : '', index < narrow ? 'sk-narrow' : '', index < tiny ? 'sk-tiny' : ''].join(' ');
}

function most(count: Count): number {
  return typeof count === 'number' ? count : Math.max(...count);
}

/** `count` copies of `shape`: goals, channels, efforts. */
export function times(count: Count, shape: () => TemplateResult): TemplateResult {
  return html`${Array.from({ length: most(count) }, (_, index) => html`<div class=${shownAt(index, count)}>${shape()}</div>`)}`;
}

/** A paragraph of `lines` lines of body text (`small`: secondary text); the last visible one shorter. */
export function text(lines: Count, size: 'body' | 'small' = 'body'): TemplateResult {
  return html`<div class=${`sk-text sk-${size}`}>
    ${Array.from({ length: most(lines) }, (_, index) => html`<div class=${`sk-line ${shownAt(index, lines)}`}></div>`)}
  </div>`;
}

/** A heading inside the widget (a section's): body size, line height 1.25, its space below. */
export function label(): TemplateResult {
  return html`<div class="sk-label"></div>`;
}

/** One line at heading size: the life goal, a person's name. */
export function title(): TemplateResult {
  return html`<div class="sk-title"></div>`;
}

/**
 * A line kept blank for the live region's "Henter …", which lies over the skeleton's start while
 * loading (see skeletonStyles). Every skeleton starts with it.
 */
export function statusLine(): TemplateResult {
  return html`<div class="sk-status"></div>`;
}

/** A control at the size the widget's controls have: a button, a one-line field (input, select), a text area of 2–4 rows. */
export function control(kind: 'button' | 'field' | 'textarea', rows: 2 | 3 | 4 = 3): TemplateResult {
  return html`<div class=${kind === 'textarea' ? `sk-control sk-textarea sk-rows-${rows}` : `sk-control sk-${kind}`}></div>`;
}

/** A bar as tall as a timeline's track or a score's bar. */
export function track(): TemplateResult {
  return html`<div class="sk-track"></div>`;
}

/** A round photo or initials, 3.5rem. */
export function avatar(): TemplateResult {
  return html`<div class="sk-avatar"></div>`;
}

/** Side by side: `start` (an avatar) and the rest beside it. */
export function row(start: TemplateResult, rest: TemplateResult): TemplateResult {
  return html`<div class="sk-row">${start}<div class="sk-grow">${rest}</div></div>`;
}

/** A section, with the space widgets put above theirs (`--uf-space-l`); `spaced: false` for one that starts the body. */
export function section(content: unknown, spaced = true): TemplateResult {
  return html`<div class=${spaced ? 'sk-section' : ''}>${content}</div>`;
}

/** An outlined box: a fieldset, a notice, a table row stacked as a block. */
export function box(content: unknown): TemplateResult {
  return html`<div class="sk-box">${content}</div>`;
}

/**
 * A table's two shapes, the one drawn chosen by the widget's width as its table's is: `columns`
 * where the columns fit, `stacked` below the width given to skeletonStyles (the widget's
 * stackedTableStyles width), where each row is a block of labelled lines.
 */
export function table(columns: TemplateResult, stacked: TemplateResult): TemplateResult {
  return html`<div class="sk-columns">${columns}</div><div class="sk-stacked">${stacked}</div>`;
}

const line = css`calc(${token('--uf-font-size')} * ${token('--uf-line-height')})`;
const smallLine = css`calc(${token('--uf-font-size-small')} * ${token('--uf-line-height')})`;
/** A text area's rows plus its padding (0.25rem each side) and border, as formStyles draws it. */
const textareaRows = (rows: number) => css`calc(${rows} * ${line} + 0.5rem + 2px)`;

/**
 * The blocks' looks and sizes. `stackedBelow`: the widget width where its table becomes blocks
 * (the width its stackedTableStyles has), for table(); leave it out when the widget has none.
 */
export function skeletonStyles(stackedBelow?: string): CSSResult {
  return css`
    /* The live region's words lie over the skeleton's first line (kept blank for them), so the
       body starts where the content will start and does not move up when the words go. */
    [part~='base']:has(> .body > .skeleton) {
      position: relative;
    }

    [part~='base']:has(> .body > .skeleton) > .status {
      position: absolute;
      z-index: 1;
    }

    @media (prefers-reduced-motion: no-preference) {
      .skeleton {
        animation: sk-pulse 1.5s ease-in-out infinite alternate;
      }
    }

    @keyframes sk-pulse {
      to {
        opacity: 0.5;
      }
    }

    .sk-status {
      height: ${line};
      margin-bottom: ${token('--uf-space-s')};
    }

    .sk-section {
      margin-top: ${token('--uf-space-l')};
    }

    .sk-text {
      margin-bottom: ${token('--uf-space-s')};
      font-size: ${token('--uf-font-size')};
    }

    .sk-text.sk-small {
      font-size: ${token('--uf-font-size-small')};
    }

    /* A line box of the text's height with a bar of 0.75em in its middle. */
    .sk-line {
      height: ${line};
      padding-top: calc((${line} - 0.75em) / 2);
    }

    .sk-small .sk-line {
      height: ${smallLine};
      padding-top: calc((${smallLine} - 0.75em) / 2);
    }

    .sk-line::before,
    .sk-label::before,
    .sk-title::before {
      content: '';
      display: block;
      height: 0.75em;
      border-radius: ${token('--uf-radius')};
      background: ${token('--uf-color-surface-muted')};
    }

    .sk-line:nth-child(3n + 2)::before {
      width: 92%;
    }

    .sk-line:nth-child(3n)::before {
      width: 70%;
    }

    .sk-label {
      height: calc(${token('--uf-font-size')} * 1.25);
      padding-top: calc(${token('--uf-font-size')} * 0.25);
      margin-bottom: ${token('--uf-space-s')};
      font-size: ${token('--uf-font-size')};
    }

    .sk-label::before {
      width: min(12rem, 50%);
    }

    .sk-title {
      height: calc(${token('--uf-font-size-heading')} * ${token('--uf-line-height')});
      padding-top: calc(${token('--uf-font-size-heading')} * (${token('--uf-line-height')} - 0.75) / 2);
      margin-bottom: ${token('--uf-space-s')};
      font-size: ${token('--uf-font-size-heading')};
    }

    .sk-title::before {
      width: min(24rem, 80%);
    }

    /* As tall as the controls themselves: sized by the widget's text, not the page's rem (a DKFDS
       page's root is 10px). */
    .sk-control {
      width: min(10rem, 100%);
      height: ${controlHeight};
      margin-bottom: ${token('--uf-space-s')};
      border: 2px solid ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
    }

    .sk-field {
      width: min(16rem, 100%);
    }

    .sk-textarea {
      width: 100%;
    }

    .sk-rows-2 {
      height: ${textareaRows(2)};
    }

    .sk-rows-3 {
      height: ${textareaRows(3)};
    }

    .sk-rows-4 {
      height: ${textareaRows(4)};
    }

    .sk-track {
      height: 0.75rem;
      margin-bottom: ${token('--uf-space-s')};
      border-radius: ${token('--uf-radius')};
      background: ${token('--uf-color-surface-muted')};
    }

    .sk-avatar {
      flex: none;
      width: 3.5rem;
      height: 3.5rem;
      border-radius: 50%;
      background: ${token('--uf-color-surface-muted')};
    }

    .sk-row {
      display: flex;
      gap: ${token('--uf-space-m')};
      align-items: center;
      margin-bottom: ${token('--uf-space-s')};
    }

    .sk-grow {
      flex: 1;
      min-width: 0;
    }

    .sk-box {
      margin-bottom: ${token('--uf-space-s')};
      padding: ${token('--uf-space-s')} ${token('--uf-space-m')};
      border: 1px solid ${token('--uf-color-surface-muted')};
      border-radius: ${token('--uf-radius')};
    }

    /* What is shown only at some widths of the widget (see Count). */
    .sk-only {
      display: none;
    }

    @container (width >= 30em) {
      .sk-only.sk-wide {
        display: block;
      }
    }

    @container (18em <= width < 30em) {
      .sk-only.sk-narrow {
        display: block;
      }
    }

    @container (width < 18em) {
      .sk-only.sk-tiny {
        display: block;
      }
    }

    .sk-stacked {
      display: none;
    }

    ${
      stackedBelow
        ? css`
            @container (max-width: ${unsafeCSS(stackedBelow)}) {
              .sk-columns {
                display: none;
              }

              .sk-stacked {
                display: block;
              }
            }
          `
        : css``
    }
  `;
}

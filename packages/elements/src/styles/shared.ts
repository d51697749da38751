import { css, unsafeCSS } from 'lit';
import { token } from './tokens.js';

/**
 * A size in units of the widget's body text. The host page owns `rem` (DKFDS sets the root to
 * 62.5%, so 1rem is 10px there) but maps `--uf-font-size` to its body size, so a control sized by
 * it keeps its 44px on such a page as well as on one with a 16px root.
 */
const textUnits = (factor: number) => unsafeCSS(`calc(${factor} * var(--uf-font-size, 1rem))`);

/** 44 px at 16 px text: the target size of WCAG 2.5.5 (AAA), kind to young people on phones. For a widget's own choice boxes too. */
export const controlHeight = textUnits(2.75);

/** 20 px at 16 px text: every radio button and checkbox, wherever it is. */
export const choiceSize = textUnits(1.25);

/** What every widget's shadow root starts with: own font and colours, visible focus, calm motion. */
export const sharedStyles = css`
  /* Laid out by the widget's own width, not the viewport's (issue #12): a widget sits in a 320 px
     side column as well as in a 1200 px main column. Long words, names and e-mail addresses wrap
     rather than push the page sideways (WCAG 1.4.10). The typeface is the page's unless
     --uf-font-family names one: a widget never loads a font of its own. */
  :host {
    display: block;
    container-type: inline-size;
    /* Inline-size containment gives the element no width of its own, so where a parent sizes its
       children to their content (DKFDS's .card-content: a column flexbox with align-items:
       flex-start) it would be 0 px wide. Stretch instead; a grid or block parent does so anyway. */
    align-self: stretch;
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

  /* WCAG 2.4.7: a 3px ring in the focus colour, which keeps 3:1 against every surface (DKFDS's ring). */
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

/** Text and state styles every widget uses the same way: its frame, heading scale, paragraphs, live regions. */
export const widgetContentStyles = css`
  [part~='base'] {
    background: ${token('--uf-color-surface')};
    border: 1px solid ${token('--uf-color-border')};
    border-radius: ${token('--uf-radius')};
    padding: ${token('--uf-space-l')};
  }

  /* In a narrow column the frame's padding would take a third of the width, and a long Danish
     compound ("Opmærksomhedspunkter") would be cut anywhere: hyphenated by the browser's rules for
     the frame's lang instead, where the browser has them (Firefox, Safari, Chrome on Android, macOS
     and Windows; overflow-wrap still catches a word where it has none). */
  @container (max-width: 30em) {
    [part~='base'] {
      padding: ${token('--uf-space-m')};
      hyphens: auto;
    }
  }

  /* appearance="plain": the host's own panel is the frame; a second one inside it reads as a heavy
     double border and takes the padding twice. Higher specificity than the rules above, so it also
     wins inside the narrow-column query. */
  :host([appearance='plain']) [part~='base'] {
    background: none;
    border: 0;
    border-radius: 0;
    padding: 0;
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

  /* Bold is DKFDS's semibold: 600 is the weight a page serves (the demo serves 400 and 600), so the
     browser never fakes a 700 from it. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  th,
  strong,
  b,
  legend {
    font-weight: 600;
  }

  /* Headings inside a widget's sections are labels, not page structure: body size. */
  :is(section, form) :is(h1, h2, h3, h4, h5, h6) {
    font-size: ${token('--uf-font-size')};
  }

  /* The widget's own title keeps the heading size, also where its frame is itself a section (the
     progression and the criteria summary had body-size titles beside 20px ones). */
  [part~='base'] > #title {
    font-size: ${token('--uf-font-size-heading')};
  }

  p {
    margin: 0 0 ${token('--uf-space-s')};
  }

  /* Never display: none — a live region must stay in the accessibility tree to be announced. */
  .status:empty {
    margin: 0;
  }

  /* One height for buttons, inputs and selects (formStyles), so a button beside a field lines up. */
  button {
    font: inherit;
    min-height: ${controlHeight};
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
    min-height: ${controlHeight};
    padding: 0.25rem ${token('--uf-space-s')};
  }

  /* One size for every radio button and checkbox (they were 13, 20 and 24 px in different widgets).
     The label beside it is the larger target; a widget's .choice or .option box makes it 44 px high. */
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: ${choiceSize};
    height: ${choiceSize};
    margin: 0;
    accent-color: ${token('--uf-color-primary')};
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

  /* Level with the first line of its label, which may wrap (line height 1.5). */
  .check input {
    margin-top: 0.125rem;
    margin-top: calc((1lh - ${choiceSize}) / 2);
  }

  .check label {
    font-weight: normal;
    margin: 0;
  }
`;

/**
 * Secondary text: an explanation above a widget's content (\`.intro\`) and the small print under an
 * entry (\`.meta\`: who logged it, when, where in the plan), muted and (for \`.meta\`) smaller.
 */
export const secondaryTextStyles = css`
  .intro,
  .meta {
    color: ${token('--uf-color-text-muted')};
  }

  .meta {
    font-size: ${token('--uf-font-size-small')};
  }
`;

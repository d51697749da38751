import { visualDiff } from '@web/test-runner-visual-regression';
import { nothing, render } from 'lit';
import { settledWidget, storyNames, storyTemplate, storyWidgets } from '../browser/story-catalogue.js';

// Issue #12, tests that see: every story in a column of one width, compared with
// tests/visual/baselines/<stories file>--<story>--<width>.png. The widgets lay out by their own
// width, so the column is what changes; the viewport (1280 px) is wider than every column.
// One test file per width (320, 480, 768, 1200), so the runner screenshots two widths at a time.

/** Two frames: the one that lays out what the last update rendered, and the one that paints it. */
const painted = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Every story of every widget in a column `width` CSS pixels wide. */
export function visualSuite(width: number): void {
  before(async () => {
    // Load every weight the widgets use before the first screenshot (Danish letters included), so
    // no story is drawn in a fallback font that swaps in later.
    await Promise.all(['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 16px "IBM Plex Sans"`, 'Aa Ææ Øø Åå – é')));
  });

  for (const widget of storyWidgets) {
    describe(`${widget.title} at ${width} px`, () => {
      for (const name of storyNames(widget)) {
        it(name, async () => {
          const column = document.createElement('div');
          column.className = 'column';
          column.style.width = `${width}px`;
          document.body.append(column);
          try {
            render(storyTemplate(widget, name), column);
            await settledWidget(widget, name, column);
            // A glyph outside the preloaded ranges starts a font load only once laid out.
            column.getBoundingClientRect();
            await document.fonts.ready;
            await painted();
            await visualDiff(column, `${widget.file}--${name}--${width}`);
          } finally {
            render(nothing, column);
            column.remove();
          }
        });
      }
    });
  }
}

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryClient } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import '../contact-card/define.js';
import '../criteria-questionnaire/define.js';
import '../plan/define.js';
import '../progression/define.js';
import type { UfElement } from './uf-element.js';

// What every widget shares about how it looks on a host's page: `appearance="plain"` drops the
// frame (a widget inside the portal's own panel made a heavy double frame, issue #12), and the
// typeface is the page's unless --uf-font-family names one (a widget never loads a font).

const TAGS = ['uf-contact-card', 'uf-plan', 'uf-progression', 'uf-criteria-questionnaire', 'uf-criteria-summary'] as const;
const NOW = new Date('2026-11-24T09:15:00Z');

/** One widget of each kind on the steady course, inside `container`'s styles; returns them once each has drawn its frame. */
async function renderWidgets(attributes: { appearance?: string }, containerStyle = ''): Promise<{ container: HTMLElement; widgets: UfElement[] }> {
  const { client } = createMemoryClient({ seed: buildSeed('2026-11-24'), retries: 0 });
  const container = await fixture<HTMLDivElement>(html`<div style=${containerStyle}></div>`);
  const widgets = TAGS.map((tag) => {
    const widget = document.createElement(tag) as UfElement;
    Object.assign(widget, { client, now: NOW });
    widget.setAttribute('course', seedCourseIds.steady);
    if (attributes.appearance) widget.setAttribute('appearance', attributes.appearance);
    container.append(widget);
    return widget;
  });
  await waitUntil(() => widgets.every((widget) => base(widget)), 'every widget draws its frame');
  // Loaded, so the frame holds its real content (and axe sees the widget as a person would).
  await waitUntil(() => widgets.every((widget) => base(widget)!.querySelector('[aria-busy="false"]')), 'every widget has loaded', { timeout: 4000 });
  return { container, widgets };
}

const base = (widget: UfElement) => widget.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;

function frameOf(widget: UfElement): { border: string; background: string; padding: string } {
  const style = getComputedStyle(base(widget)!);
  return { border: style.borderTopWidth, background: style.backgroundColor, padding: style.paddingTop };
}

describe('appearance', () => {
  it('framed by default: a 1px border, the surface colour and padding; the attribute reflects', async () => {
    const { widgets } = await renderWidgets({});
    for (const widget of widgets) {
      expect(widget.getAttribute('appearance'), widget.localName).to.equal('framed');
      expect(frameOf(widget), widget.localName).to.deep.equal({ border: '1px', background: 'rgb(255, 255, 255)', padding: '24px' });
    }
  });

  it('plain drops the border, the background and the padding on every widget', async function () {
    // Five axe runs in one test: more than mocha's default 5 s on a busy machine.
    this.timeout(20_000);
    const { widgets } = await renderWidgets({ appearance: 'plain' });
    for (const widget of widgets) {
      expect(frameOf(widget), widget.localName).to.deep.equal({ border: '0px', background: 'rgba(0, 0, 0, 0)', padding: '0px' });
      await expect(widget).to.be.accessible();
    }
  });

  it('plain stays plain in a narrow column, where the framed padding shrinks', async () => {
    const { widgets } = await renderWidgets({ appearance: 'plain' }, 'width: 300px');
    for (const widget of widgets) expect(frameOf(widget).padding, widget.localName).to.equal('0px');
  });

  it('a property set from script reflects, so host CSS can select it', async () => {
    const { widgets } = await renderWidgets({});
    const [widget] = widgets as [UfElement];
    widget.appearance = 'plain';
    await widget.updateComplete;
    expect(widget.getAttribute('appearance')).to.equal('plain');
    expect(frameOf(widget).border).to.equal('0px');
  });
});

describe('typeface', () => {
  it('is the host page’s by default: the widget names no font of its own', async () => {
    const { widgets } = await renderWidgets({}, 'font-family: Georgia, serif');
    for (const widget of widgets) expect(getComputedStyle(base(widget)!).fontFamily, widget.localName).to.equal('Georgia, serif');
  });

  it('is --uf-font-family’s when the host sets it', async () => {
    const { widgets } = await renderWidgets({}, 'font-family: Georgia, serif; --uf-font-family: "IBM Plex Sans", sans-serif');
    for (const widget of widgets) expect(getComputedStyle(base(widget)!).fontFamily, widget.localName).to.equal('"IBM Plex Sans", sans-serif');
  });
});

describe('title', () => {
  it('is the heading size in every widget, whether its frame is an article or a section', async () => {
    const { widgets } = await renderWidgets({});
    for (const widget of widgets) expect(getComputedStyle(base(widget)!.querySelector('#title')!).fontSize, widget.localName).to.equal('20px');
  });

  it('hyphenates long words in a narrow column, by the language of the widget, and not in a wide one', async () => {
    const narrow = await renderWidgets({}, 'width: 320px');
    for (const widget of narrow.widgets) {
      expect(getComputedStyle(base(widget)!).hyphens, widget.localName).to.equal('auto');
      expect(base(widget)!.lang, widget.localName).to.equal('da-DK');
    }
    const wide = await renderWidgets({}, 'width: 800px');
    for (const widget of wide.widgets) expect(getComputedStyle(base(widget)!).hyphens, widget.localName).to.equal('manual');
  });

  // A framework sets the client a moment after the tag appears: every widget keeps the room its
  // content will take (nothing moves when it comes), busy, and announces nothing until it loads.
  it('before it has a client, every widget shows its skeleton, busy and silent', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const tag of TAGS) {
      const widget = document.createElement(tag) as UfElement;
      widget.setAttribute('course', seedCourseIds.steady);
      container.append(widget);
      await widget.updateComplete;
      const root = widget.shadowRoot!;
      const body = root.querySelector('.body')!;
      expect(
        [...body.children].map((child) => child.className),
        tag,
      ).to.deep.equal(['skeleton']);
      expect(body.getAttribute('aria-busy'), tag).to.equal('true');
      expect(root.querySelector('[role="status"]')!.textContent.trim(), tag).to.equal('');
    }
    await expect(container).to.be.accessible();
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { type TemplateResult } from 'lit';
import { createMemoryClient, danishToday, type UfClient } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import '../contact-card/define.js';
import '../criteria-questionnaire/define.js';
import '../plan/define.js';
import '../progression/define.js';
import '../needs-bank/define.js';
import '../contact-log/define.js';
import '../network-meeting/define.js';

// Issue #12, "a page that does not jump": each widget's loading skeleton is about as tall as what
// it then shows at the widget's own width: within TOLERANCE of the median over the seeded courses
// that show that content (the demo page's five). The page's layout-shift score itself is measured
// by bench/layout-shift.mjs, never here.

const NOW = new Date('2026-11-24T09:15:00Z');
const { steady, contactAway, aftercare, noContact, manyHandovers } = seedCourseIds;
const everyCourse = [steady, contactAway, aftercare, noContact, manyHandovers];

/** The widget's own widths: a phone or side column (the tiny and narrow skeleton tiers) and a main column (wide). */
const WIDTHS = ['16rem', '24rem', '45rem'];

/** Skeleton height / loaded height may be this far off either way. */
const TOLERANCE = 1.4;

interface Case {
  name: string;
  render: (client: UfClient, course: string) => TemplateResult;
  /** The seeded courses that show this content (not "no contact yet", not "no round yet"). */
  courses: readonly string[];
}

const cases: Case[] = [
  {
    name: 'the staff plan',
    render: (client, course) => html`<uf-plan mode="staff" .client=${client} .now=${NOW} course=${course}></uf-plan>`,
    courses: everyCourse,
  },
  {
    name: "the young person's plan",
    render: (client, course) => html`<uf-plan mode="youth" .client=${client} .now=${NOW} course=${course}></uf-plan>`,
    courses: everyCourse,
  },
  {
    name: 'the staff contact card',
    render: (client, course) => html`<uf-contact-card mode="staff" .client=${client} .now=${NOW} course=${course}></uf-contact-card>`,
    courses: everyCourse.filter((course) => course !== noContact),
  },
  {
    name: "the young person's contact card",
    render: (client, course) => html`<uf-contact-card mode="youth" .client=${client} .now=${NOW} course=${course}></uf-contact-card>`,
    courses: everyCourse.filter((course) => course !== noContact),
  },
  // The questions are the same for every course.
  {
    name: 'the questionnaire, one criterion at a time',
    render: (client, course) => html`<uf-criteria-questionnaire layout="one" .client=${client} course=${course}></uf-criteria-questionnaire>`,
    courses: [steady],
  },
  {
    name: 'the questionnaire, every criterion',
    render: (client, course) => html`<uf-criteria-questionnaire layout="all" .client=${client} course=${course}></uf-criteria-questionnaire>`,
    courses: [steady],
  },
  // The staff overview; a course without readings says so in a line, and is not what a skeleton is for.
  {
    name: 'the progression over time',
    render: (client, course) => html`<uf-progression .client=${client} .now=${NOW} course=${course}></uf-progression>`,
    courses: everyCourse.filter((course) => course !== noContact),
  },
  {
    name: 'the progression, rating one scale',
    render: (client, course) => html`<uf-progression mode="rate" .client=${client} .now=${NOW} course=${course}></uf-progression>`,
    courses: [steady],
  },
  {
    name: 'the criteria summary',
    render: (client, course) => html`<uf-criteria-summary .client=${client} course=${course}></uf-criteria-summary>`,
    courses: [steady, aftercare],
  },
  // The needs bank: the courses with shared needs; the bank's open needs are the same for every course.
  {
    name: "the needs bank, the course's team",
    render: (client, course) => html`<uf-needs-bank mode="team" .client=${client} .now=${NOW} course=${course}></uf-needs-bank>`,
    courses: [steady, manyHandovers],
  },
  {
    name: "the needs bank, another team's",
    render: (client, course) => html`<uf-needs-bank mode="bank" .client=${client} .now=${NOW} course=${course}></uf-needs-bank>`,
    courses: [steady],
  },
  {
    name: 'the needs bank, the young person',
    render: (client, course) => html`<uf-needs-bank mode="youth" .client=${client} .now=${NOW} course=${course}></uf-needs-bank>`,
    courses: [steady, manyHandovers],
  },
  // The contact log: the courses with a log (the staff view of the others is the same summary and buttons).
  {
    name: 'the contact log, staff',
    render: (client, course) => html`<uf-contact-log mode="staff" .client=${client} .now=${NOW} course=${course}></uf-contact-log>`,
    courses: [steady, contactAway, manyHandovers],
  },
  {
    name: 'the contact log, the young person',
    render: (client, course) => html`<uf-contact-log mode="youth" .client=${client} .now=${NOW} course=${course}></uf-contact-log>`,
    courses: [steady, contactAway, manyHandovers],
  },
  // The network meetings: the course that has meetings (the others have none: one line and a button for staff, a sentence for the young person).
  {
    name: 'the network meeting, staff',
    render: (client, course) => html`<uf-network-meeting mode="staff" .client=${client} .now=${NOW} course=${course}></uf-network-meeting>`,
    courses: [manyHandovers],
  },
  {
    name: 'the network meeting, the young person',
    render: (client, course) => html`<uf-network-meeting mode="youth" .client=${client} .now=${NOW} course=${course}></uf-network-meeting>`,
    courses: [manyHandovers],
  },
];

// The typeface the demo page and DKFDS pages use, from the package the demo serves it from: line
// breaks, and so heights, depend on it.
async function loadTypeface(): Promise<void> {
  for (const weight of ['400', '600']) {
    const face = new FontFace('IBM Plex Sans', `url(/node_modules/@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-normal.woff2)`, { weight });
    document.fonts.add(await face.load());
  }
}

const body = (widget: Element) => widget.shadowRoot?.querySelector<HTMLElement>('.body') ?? null;
const height = (widget: Element) => body(widget)!.getBoundingClientRect().height;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The widget drawn `width` wide in the page's typeface, showing `course`: loading forever, or loaded. */
async function render(shape: Case['render'], course: string, width: string, loading: boolean): Promise<HTMLElement> {
  const { client, transport } = createMemoryClient({ seed: buildSeed(danishToday(NOW)), retries: 0 });
  if (loading) transport.inject({ kind: 'hang' });
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}; font-family: 'IBM Plex Sans'`}>${shape(client, course)}</div>`);
  const widget = wrapper.firstElementChild as HTMLElement;
  await waitUntil(
    () => {
      const shown = body(widget);
      if (loading) return shown?.getAttribute('aria-busy') === 'true' && shown.querySelector('.skeleton') !== null;
      return shown?.getAttribute('aria-busy') === 'false' && [...shown.children].some((child) => child.getAttribute('aria-hidden') !== 'true');
    },
    `${loading ? 'no skeleton' : 'not loaded'} at ${width}`,
  );
  return widget;
}

describe('loading skeletons', () => {
  before(loadTypeface);

  for (const { name, render: shape, courses } of cases) {
    it(`${name}: as tall as it is loaded within ${TOLERANCE}× (median of ${courses.length} seeded courses), at ${WIDTHS.join(', ')}`, async () => {
      for (const width of WIDTHS) {
        const skeleton = height(await render(shape, steady, width, true));
        const loaded: number[] = [];
        for (const course of courses) loaded.push(height(await render(shape, course, width, false)));
        const typical = median(loaded);
        expect(skeleton / typical, `at ${width}: skeleton ${Math.round(skeleton)} px, loaded ${loaded.map(Math.round).join(', ')} px`).to.be.within(
          1 / TOLERANCE,
          TOLERANCE,
        );
      }
    });
  }

  // DKFDS pages set the root to 62.5 % (1rem is 10px) and map --uf-font-size to their 16px body
  // text (docs/designers.md): controls follow the text, and their skeletons must follow it alike,
  // so the skeleton is as close to the content there as on a page whose rem is 16px.
  it('on a DKFDS page (root 10px, text 16px) the skeleton keeps to its content as on a 16px page', async function () {
    // About sixty renders: seconds in WebKit on a busy machine. A wait, not a timed assertion.
    this.timeout(30_000);
    // The sizes docs/designers.md maps from DKFDS (its 16/14/20px text and 8/16/24px spacing in its rem).
    const dkfdsSizes = {
      '--uf-font-size': '1.6rem',
      '--uf-font-size-small': '1.4rem',
      '--uf-font-size-heading': '2rem',
      '--uf-space-s': '0.8rem',
      '--uf-space-m': '1.6rem',
      '--uf-space-l': '2.4rem',
    };
    const ratio = async ({ render: shape, courses }: Case) => {
      const skeleton = height(await render(shape, steady, '720px', true));
      const loaded: number[] = [];
      for (const course of courses) loaded.push(height(await render(shape, course, '720px', false)));
      return skeleton / median(loaded);
    };
    const root = document.documentElement.style;
    for (const entry of cases.filter((candidate) => /contact card|questionnaire|rating/.test(candidate.name))) {
      const onSixteen = await ratio(entry);
      root.fontSize = '62.5%';
      for (const [name, value] of Object.entries(dkfdsSizes)) root.setProperty(name, value);
      try {
        const onDkfds = await ratio(entry);
        expect(onDkfds / onSixteen, `${entry.name}: skeleton/loaded ${onSixteen.toFixed(2)} on a 16px page, ${onDkfds.toFixed(2)} on DKFDS`).to.be.within(
          0.95,
          1.05,
        );
      } finally {
        root.removeProperty('font-size');
        for (const name of Object.keys(dkfdsSizes)) root.removeProperty(name);
      }
    }
  });

  it('is hidden from screen readers, which hear the live region, and the widget stays accessible', async () => {
    const widget = await render(cases[0]!.render, steady, '45rem', true);
    const skeleton = body(widget)!.querySelector('.skeleton')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(widget.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/^Henter/);
    await expect(widget).to.be.accessible();
  });

  it('keeps the live region over its first line, so the body does not move when the words go', async () => {
    const loading = await render(cases[0]!.render, steady, '45rem', true);
    const loaded = await render(cases[0]!.render, steady, '45rem', false);
    const top = (widget: HTMLElement) => body(widget)!.getBoundingClientRect().top - widget.getBoundingClientRect().top;
    expect(top(loading)).to.equal(top(loaded));
  });

  it('pulses only for those who have not asked for reduced motion', async function () {
    const widget = await render(cases[0]!.render, steady, '45rem', true);
    const skeleton = body(widget)!.querySelector('.skeleton')!;
    // Neither Firefox over WebDriver BiDi nor WebKit over classic WebDriver can emulate media features: this one is Chromium's to check.
    const unsupported = /CDP support is required|not supported for browser type webdriver/;
    const emulates = await emulateMedia({ reducedMotion: 'no-preference' }).then(
      () => true,
      (error: unknown) => (unsupported.test(String(error)) ? false : Promise.reject(error as Error)),
    );
    if (!emulates) this.skip();
    try {
      expect(getComputedStyle(skeleton).animationName).to.not.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { UfContactCard } from '@ungeforlob/elements';
import * as stories from '../../stories/contact-card.stories.js';

type StoryModule = typeof stories;
type StoryName = Exclude<keyof StoryModule, 'default'>;
type RenderArgs = Parameters<NonNullable<StoryModule['Staff']['render']>>[0];

const meta = stories.default;

/** How each story looks once it has settled; most stories settle when loading is over. */
const settledWhen: Partial<Record<StoryName, (root: ShadowRoot) => boolean>> = {
  Loading: (root) => root.querySelector('.body')?.getAttribute('aria-busy') === 'true' && root.querySelector('[role="status"]')?.textContent !== '',
  Conflict: (root) => root.querySelector('[part="save-problem"]') !== null,
};

function loadedAndNotBusy(root: ShadowRoot): boolean {
  const body = root.querySelector('.body');
  return body?.getAttribute('aria-busy') === 'false' && body.childElementCount > 0;
}

const storyNames = Object.keys(stories).filter((name): name is StoryName => name !== 'default');

describe('contact card stories', () => {
  it('exports a story for every state the brief names', () => {
    expect(storyNames).to.have.members([
      'Staff', 'Youth', 'AwayTodayDeputyFirst', 'Aftercare', 'ManyHandovers', 'Empty', 'Loading', 'ServerError', 'MalformedResponse', 'Conflict', 'English',
    ]);
  });

  for (const name of storyNames) {
    it(`${name} renders, settles and is axe clean`, async () => {
      const story = stories[name];
      const args = { ...meta.args, ...story.args } as RenderArgs;
      const template = story.render!(args, {} as never) as TemplateResult;
      const wrapper = await fixture<HTMLElement>(template);
      const card = wrapper.querySelector<UfContactCard>('uf-contact-card')!;
      const settled = settledWhen[name] ?? loadedAndNotBusy;
      await waitUntil(() => card.shadowRoot && settled(card.shadowRoot), `${name} did not settle`);
      await card.updateComplete;
      await expect(wrapper).to.be.accessible();
    });
  }
});

import { expect, fixture } from '@open-wc/testing';
import { settledWidget, storyNames, storyTemplate, storyWidgets } from './story-catalogue.js';

// Every story renders, settles and is axe clean; tests/visual screenshots the same stories.
for (const widget of storyWidgets) {
  const names = storyNames(widget);
  describe(widget.title, () => {
    it('exports a story for every state the brief names', () => {
      expect(names).to.have.members(widget.expectedNames);
    });

    for (const name of names) {
      it(`${name} renders, settles and is axe clean`, async () => {
        const wrapper = await fixture<HTMLElement>(storyTemplate(widget, name));
        await settledWidget(widget, name, wrapper);
        await expect(wrapper).to.be.accessible();
      });
    }
  });
}

import { expect, waitUntil } from '@open-wc/testing';
import { discover } from './loader.js';

// The loader defines a tag when it first appears, and nothing else: this page starts with no
// Ungeforløb tag, so every definition below is the loader's doing.
const defined = (tag: string) => customElements.get(tag) !== undefined;

describe('the CDN loader', () => {
  it('defines nothing while the page shows no widget', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const tag of ['uf-provider', 'uf-contact-card', 'uf-plan', 'uf-progression', 'uf-criteria-questionnaire']) expect(defined(tag), tag).to.equal(false);
  });

  it('defines a tag a host adds later, with the provider, and leaves other widgets unloaded', async () => {
    const card = document.createElement('uf-contact-card');
    document.body.append(card);
    await waitUntil(() => defined('uf-contact-card'), 'the card was not defined', { timeout: 5000 });
    expect(defined('uf-provider'), 'the provider comes with every widget').to.equal(true);
    expect(card.shadowRoot, 'the element on the page was upgraded').to.not.equal(null);
    expect(defined('uf-plan')).to.equal(false);
    expect(defined('uf-progression')).to.equal(false);
    card.remove();
  });

  it('finds tags deep in added markup, and both tags of a chunk that defines two', async () => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div><article><uf-criteria-summary></uf-criteria-summary></article></div>';
    document.body.append(wrapper);
    await waitUntil(() => defined('uf-criteria-summary'), 'the summary was not defined', { timeout: 5000 });
    expect(defined('uf-criteria-questionnaire')).to.equal(true);
    wrapper.remove();
  });

  it('looks into a host’s shadow root when asked, and keeps watching it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<uf-progression></uf-progression>';
    await discover(root);
    expect(defined('uf-progression')).to.equal(true);
    expect(root.querySelector('uf-progression')?.shadowRoot).to.not.equal(null);

    root.append(document.createElement('uf-plan'));
    await waitUntil(() => defined('uf-plan'), 'a tag added to a discovered root later was not defined', { timeout: 5000 });
    host.remove();
  });

  it('leaves tags it does not know alone', async () => {
    const stranger = document.createElement('uf-not-a-widget');
    document.body.append(stranger);
    await discover(document);
    expect(defined('uf-not-a-widget')).to.equal(false);
    stranger.remove();
  });
});

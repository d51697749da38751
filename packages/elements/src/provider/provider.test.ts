import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryTransport, createMemoryClient, danishToday } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import '../index.js';
import type { UfContactCard } from '../contact-card/contact-card.js';
import type { UfProvider } from './provider.js';

const NOW = new Date('2026-11-24T09:15:00Z');
const { steady, contactAway } = seedCourseIds;

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function contactName(card: UfContactCard): string {
  return text(card.shadowRoot?.querySelector('#contact-name'));
}

async function renderInProvider(
  attributes: { course?: string; lang?: string } = {},
): Promise<{ provider: UfProvider; card: UfContactCard; transport: MemoryTransport }> {
  const { client, transport } = createMemoryClient({ seed: buildSeed(danishToday(NOW)), retries: 0 });
  const provider = await fixture<UfProvider>(html`
    <uf-provider .client=${client} course=${attributes.course ?? steady} lang=${attributes.lang ?? 'da'}>
      <section><uf-contact-card .now=${NOW}></uf-contact-card></section>
    </uf-provider>
  `);
  const card = provider.querySelector('uf-contact-card')!;
  await waitUntil(() => contactName(card) !== '', 'the card did not load through the provider');
  return { provider, card, transport };
}

describe('<uf-provider>', () => {
  it('gives its client, course and language to cards inside it, and draws nothing itself', async () => {
    const { provider, card } = await renderInProvider({ lang: 'en' });
    expect(getComputedStyle(provider).display).to.equal('contents');
    expect(contactName(card)).to.equal('Jonas Kragh');
    // The provider fetches English as soon as its lang says so; the card renders again when it arrives.
    await waitUntil(() => text(card.shadowRoot!.querySelector('h2')) === 'Your contact person', 'English did not arrive');
    await expect(provider).to.be.accessible();
  });

  it('updates the cards when course and lang change at runtime', async () => {
    const { provider, card } = await renderInProvider();
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal('Din kontaktperson');
    provider.setAttribute('lang', 'en');
    provider.setAttribute('course', contactAway);
    await waitUntil(() => contactName(card) === 'Ali Bakir', 'the card did not follow the new course');
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal('Your contact person');
    expect(text(card.shadowRoot!.querySelector('[part="notice"]'))).to.match(/^Ali is away until 29 November 2026\./);
  });

  it("lets a card's own course and lang win over the provider's", async () => {
    const { card } = await renderInProvider({ lang: 'en' });
    card.setAttribute('course', contactAway);
    card.setAttribute('lang', 'da');
    await waitUntil(() => contactName(card) === 'Ali Bakir', 'the card did not use its own course');
    expect(text(card.shadowRoot!.querySelector('h2'))).to.equal('Din kontaktperson');
  });

  it('creates its own client from api-base and asks getToken for a token', async () => {
    const transport = new MemoryTransport({ seed: buildSeed(danishToday(NOW)) });
    const realFetch = window.fetch.bind(window);
    const authorizations: (string | null)[] = [];
    // Plain HTML has no client property: the provider builds one that uses the page's fetch.
    window.fetch = (input, init) => {
      authorizations.push(new Request(input, init).headers.get('authorization'));
      return transport.fetch(input, init);
    };
    try {
      const provider = await fixture<UfProvider>(html`
        <uf-provider api-base=${transport.baseUrl} course=${steady} .getToken=${() => 'token-1'}>
          <uf-contact-card .now=${NOW}></uf-contact-card>
        </uf-provider>
      `);
      const card = provider.querySelector('uf-contact-card')!;
      await waitUntil(() => contactName(card) === 'Jonas Kragh', 'the card did not load through the api-base client');
      // The contact and its contact log (the card's last contact): each request with the token getToken gave.
      expect(authorizations).to.deep.equal(['Bearer token-1', 'Bearer token-1']);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('providers with the same api-base and getToken share one client, and their widgets one request; another user gets a client of their own', async () => {
    const transport = new MemoryTransport({ seed: buildSeed(danishToday(NOW)) });
    const realFetch = window.fetch.bind(window);
    window.fetch = (input, init) => transport.fetch(input, init);
    const staff = () => 'staff-token';
    const youth = () => 'youth-token';
    try {
      const page = await fixture<HTMLElement>(html`
        <div>
          <uf-provider api-base=${transport.baseUrl} course=${steady} .getToken=${staff}><uf-contact-card .now=${NOW}></uf-contact-card></uf-provider>
          <uf-provider api-base=${transport.baseUrl} course=${steady} .getToken=${staff}><uf-contact-card .now=${NOW}></uf-contact-card></uf-provider>
          <uf-provider api-base=${transport.baseUrl} course=${steady} .getToken=${youth}><uf-contact-card .now=${NOW}></uf-contact-card></uf-provider>
        </div>
      `);
      const clients = [...page.querySelectorAll('uf-provider')].map(
        (provider) => (provider as unknown as { clientProvider: { value: unknown } }).clientProvider.value,
      );
      expect(clients[0]).to.equal(clients[1]);
      expect(clients[2]).to.not.equal(clients[0]);
      for (const card of page.querySelectorAll('uf-contact-card')) await waitUntil(() => contactName(card) === 'Jonas Kragh', 'a card did not load');
      expect(transport.requests.filter((request) => request.endsWith('/contact'))).to.have.length(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  // A framework sets the client a moment after the tag appears: the card keeps the room its content
  // will take (so the page does not jump then), shows it only to the eye, and announces nothing.
  it('a card outside any provider, without a client, keeps its room quietly', async () => {
    const card = await fixture<UfContactCard>(html`<uf-contact-card course=${steady}></uf-contact-card>`);
    const children = [...card.shadowRoot!.querySelector('.body')!.children];
    expect(children.map((child) => child.className)).to.deep.equal(['skeleton']);
    expect(children[0]!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(card.shadowRoot!.querySelector('[role="status"]'))).to.equal('');
    await expect(card).to.be.accessible();
  });
});

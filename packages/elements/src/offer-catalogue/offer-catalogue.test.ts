import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, danishToday, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, type Seed } from '@ungeforlob/sdk/seed';
import { messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, clientOf, failureCases, shown } from '../testing/failure-cases.js';
import './define.js';
import type { UfOfferCatalogue } from './offer-catalogue.js';
import { da as copy } from './offer-catalogue.copy.js';
import { en as englishCopy } from './offer-catalogue.copy.en.js';
import type { OfferAddToPlanDetail } from './events.js';

const NOW = new Date('2026-11-24T09:15:00Z');
const TODAY = danishToday(NOW);
const seed = buildSeed(TODAY);
const activeCount = seed.offers.filter((offer) => offer.status === 'active').length;

interface Setup {
  mode?: 'youth' | 'staff';
  course?: string;
  lang?: string;
  seed?: Seed;
  fault?: TransportFault;
  timeoutMs?: number;
  /** Answers a request before the memory transport does. */
  intercept?: (method: string, url: string) => Response | undefined;
}

async function renderCatalogue(setup: Setup = {}) {
  const transport = new MemoryTransport({ seed: setup.seed ?? seed, audience: setup.mode === 'staff' ? 'staff' : 'youth' });
  const client = clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const record = (event: Event): void => void events.push(event as CustomEvent);
  const wrapper = await fixture<HTMLDivElement>(html`
    <div @uf-offers-loaded=${record} @uf-error=${record} @uf-offer-add-to-plan=${record}>
      <uf-offer-catalogue
        .client=${client}
        .now=${NOW}
        mode=${ifDefined(setup.mode)}
        course=${ifDefined(setup.course)}
        lang=${ifDefined(setup.lang)}
      ></uf-offer-catalogue>
    </div>
  `);
  const catalogue = wrapper.querySelector('uf-offer-catalogue')!;
  await settled(catalogue);
  return { catalogue, root: catalogue.shadowRoot!, transport, events };
}

async function settled(catalogue: UfOfferCatalogue): Promise<void> {
  await waitUntil(() => catalogue.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') === 'false', 'the catalogue did not settle', {
    timeout: 4000,
  });
  await catalogue.updateComplete;
}

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (root: ShadowRoot): string[] => [...root.querySelectorAll('[part~="offer"] :is(h3, h4)')].map(text);
const count = (root: ShadowRoot): string => text(root.querySelector('[part="count"]'));

async function choose(catalogue: UfOfferCatalogue, selector: string, value: string): Promise<void> {
  const select = catalogue.shadowRoot!.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await catalogue.updateComplete;
}

describe('<uf-offer-catalogue>', () => {
  it('shows staff every active offer with its entry and its latest review, and is accessible', async () => {
    const { root, events } = await renderCatalogue({ mode: 'staff' });
    expect(names(root)).to.have.length(activeCount);
    expect(count(root)).to.equal(`${activeCount} tilbud`);
    const club = [...root.querySelectorAll('[part~="offer"]')].find((offer) => text(offer).includes('Fodbold med følgeskab'))!;
    expect(text(club.querySelector('[part="review"]'))).to.match(/Vurderet .* \(runde 2\)/);
    expect(text(club.querySelector('[part="review"]'))).to.contain('netværk3,7 af 4');
    const mentor = [...root.querySelectorAll('[part~="offer"]')].find((offer) => text(offer).includes('Mentor (beskæftigelse)'))!;
    expect(text(mentor)).to.contain(copy.legalBasisLabel);
    expect(text([...root.querySelectorAll('[part~="offer"]')].find((offer) => text(offer).includes('Bostøtte')))).to.contain(copy.notReviewed);
    expect(events.filter((event) => event.type === 'uf-offers-loaded')).to.have.length(1);
    await expect(root.host).to.be.accessible();
  });

  it('shows the young person what could help them in plain words: no reviews, no legal basis, no unit or age filter', async () => {
    const { root, transport } = await renderCatalogue();
    expect(text(root.querySelector('#title'))).to.equal(copy.youth.title);
    expect(names(root)).to.have.length(activeCount);
    expect(shown(root, '[part="review"]'), 'reviews').to.equal(false);
    expect(shown(root, '#unit') || shown(root, '#age') || shown(root, '#relations'), 'staff filters').to.equal(false);
    expect(text(root)).to.not.contain(copy.legalBasisLabel);
    expect(text(root)).to.contain('Du kan starte');
    expect(
      transport.requests.some((request) => request.includes('/rollup')),
      'no roll-up asked for',
    ).to.equal(false);
    await expect(root.host).to.be.accessible();
  });

  it('narrows the list as the user types and chooses, and says how many fit', async () => {
    const { catalogue, root } = await renderCatalogue({ mode: 'staff' });
    root.querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'mentor' });
    await catalogue.updateComplete;
    expect(names(root).length).to.be.within(1, activeCount - 1);
    expect(count(root)).to.equal(`${names(root).length} af ${activeCount} tilbud`);

    root.querySelector<HTMLInputElement>('#search')!.value = '';
    root.querySelector<HTMLInputElement>('#search')!.dispatchEvent(new Event('input'));
    await choose(catalogue, '#goal-kind', 'housing');
    const housing = names(root);
    expect(housing.length).to.be.greaterThan(0);
    expect(housing).to.include('Bostøtte');

    const relations = root.querySelector<HTMLInputElement>('#relations')!;
    await choose(catalogue, '#goal-kind', '');
    relations.click();
    await catalogue.updateComplete;
    expect(names(root)).to.deep.equal(['Fodbold med følgeskab']);
  });

  it('says when nothing fits, and "Nulstil filtre" brings every offer back with focus in the search', async () => {
    const { catalogue, root } = await renderCatalogue({ mode: 'staff' });
    const search = root.querySelector<HTMLInputElement>('#search')!;
    search.value = 'ingen sådan tilbud findes';
    search.dispatchEvent(new Event('input'));
    await catalogue.updateComplete;
    expect(names(root)).to.deep.equal([]);
    expect(text(root.querySelector('.none-found'))).to.contain(copy.staff.noneFound);
    await expect(root.host).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.none-found button')!.click();
    await waitUntil(() => root.activeElement?.id === 'search', 'focus goes to the search');
    expect(names(root)).to.have.length(activeCount);
    expect(root.querySelector<HTMLInputElement>('#search')!.value).to.equal('');
  });

  it('filters by age and waiting time the way the SDK does', async () => {
    const { catalogue, root } = await renderCatalogue({ mode: 'staff' });
    const age = root.querySelector<HTMLInputElement>('#age')!;
    age.focus();
    await sendKeys({ type: '14' });
    await catalogue.updateComplete;
    const young = names(root);
    expect(young.length).to.be.within(1, activeCount - 1);
    await choose(catalogue, '#waiting', '0');
    expect(names(root).length).to.be.within(1, young.length);
    for (const name of names(root)) {
      const offer = seed.offers.find((candidate) => candidate.name === name)!;
      expect(offer.waitingWeeks, name).to.equal(0);
      expect(offer.audience.minAge, name).to.be.at.most(14);
    }
  });

  it('"Tilføj til planen" asks the page to add the offer to the course, and says when no plan took it', async () => {
    const { root, events } = await renderCatalogue({ mode: 'staff', course: seedCourseIds.steady });
    const buttons = root.querySelectorAll<HTMLButtonElement>('[part~="add-button"]');
    expect(buttons).to.have.length(activeCount);
    buttons[0]!.click();
    await (root.host as UfOfferCatalogue).updateComplete;
    const detail = events.find((event) => event.type === 'uf-offer-add-to-plan')!.detail as OfferAddToPlanDetail;
    expect(detail.courseId).to.equal(seedCourseIds.steady);
    expect(detail.choice.offer.id).to.equal(detail.offer.id);
    expect(detail.choice.unit).to.deep.equal(detail.offer.unit);
    expect(text(root.querySelector('[part="status"]'))).to.equal(copy.noPlanOnPage);
  });

  it('says what came of it when a plan on the page took it', async () => {
    const { root } = await renderCatalogue({ mode: 'staff', course: seedCourseIds.steady });
    let outcome: OfferAddToPlanDetail['outcome'] = 'opened';
    const take = (event: Event) => void ((event as CustomEvent<OfferAddToPlanDetail>).detail.outcome = outcome);
    window.addEventListener('uf-offer-add-to-plan', take);
    try {
      const said = async () => {
        root.querySelector<HTMLButtonElement>('[part~="add-button"]')!.click();
        await (root.host as UfOfferCatalogue).updateComplete;
        return text(root.querySelector('[part="status"]'));
      };
      expect(await said()).to.match(/står nu i planens formular/);
      outcome = 'busy';
      expect(await said()).to.equal(copy.planBusy);
      outcome = 'loading';
      expect(await said()).to.equal(copy.planLoading);
      outcome = 'noPlan';
      expect(await said()).to.equal(copy.courseHasNoPlan);
      outcome = 'handled';
      expect(await said(), 'the host says it itself').to.equal('');
    } finally {
      window.removeEventListener('uf-offer-add-to-plan', take);
    }
  });

  it('offers no "Tilføj til planen" without a course, nor to the young person', async () => {
    expect(shown((await renderCatalogue({ mode: 'staff' })).root, '[part~="add-button"]')).to.equal(false);
    expect(shown((await renderCatalogue({ course: seedCourseIds.steady })).root, '[part~="add-button"]')).to.equal(false);
  });

  it('is reached and used by keyboard alone: search, then each filter, then the first offer’s button', async () => {
    const { root } = await renderCatalogue({ mode: 'staff', course: seedCourseIds.steady });
    root.querySelector<HTMLInputElement>('#search')!.focus();
    const order: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = root.activeElement as HTMLElement | null;
      order.push(active?.id || active?.getAttribute('part') || active?.localName || '');
    }
    expect(order.slice(0, 5)).to.deep.equal(['goal-kind', 'unit', 'age', 'waiting', 'relations']);
    // Then the first offer: its first link (the contact's phone), as the offers' links and buttons follow in reading order.
    const firstOffer = root.querySelector('[part~="offer"]')!;
    const firstControl = firstOffer.querySelector('a, button')!;
    expect(order[5], 'the first control of the first offer').to.equal(firstControl.getAttribute('part') ?? firstControl.localName);
    await sendKeys({ press: 'Tab' });
    expect(firstOffer.contains(root.activeElement), 'still in the first offer').to.equal(true);
  });

  it('is empty with a short explanation when the municipality has no offers', async () => {
    const { root } = await renderCatalogue({ mode: 'staff', seed: { ...seed, offers: [] } });
    expect(text(root.querySelector('.empty'))).to.equal(copy.staff.empty);
    await expect(root.host).to.be.accessible();
  });

  it('speaks English when asked', async () => {
    const { root } = await renderCatalogue({ mode: 'staff', lang: 'en' });
    await waitUntil(() => text(root.querySelector('#title')) === englishCopy.staff.title, 'English arrives');
    expect(count(root)).to.equal(`${activeCount} offers`);
  });

  describe('when loading fails', () => {
    const da = messagesFor('da');
    for (const mode of ['youth', 'staff'] as const) {
      for (const failure of failureCases(da)) {
        it(`${mode}, ${failure.name}: says so${failure.retry ? ', with Prøv igen' : ''}`, async () => {
          const { root, events } = await renderCatalogue({ mode, fault: failure.fault, timeoutMs: FAILURE_TIMEOUT_MS });
          expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(failure.sentence(mode));
          expect(shown(root, '[part~="retry-button"]'), 'Prøv igen').to.equal(failure.retry);
          expect(events.some((event) => event.type === 'uf-error')).to.equal(true);
          await expect(root.host).to.be.accessible();
        });
      }
    }

    it('a malformed catalogue is an error, and Prøv igen loads it', async () => {
      let malformed = true;
      const intercept = (method: string, url: string) => {
        if (!malformed || method !== 'GET' || !url.endsWith('/offers')) return undefined;
        malformed = false;
        return new Response(JSON.stringify({ offers: [{ id: 'o-1', name: 42 }] }), { headers: { 'content-type': 'application/json' } });
      };
      const { catalogue, root } = await renderCatalogue({ mode: 'staff', intercept });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(da.errors.validation);
      root.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await waitUntil(() => names(root).length === activeCount, 'the retry loads the catalogue');
      await catalogue.updateComplete;
    });
  });
});

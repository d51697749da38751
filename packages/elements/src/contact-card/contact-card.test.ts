import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, createClient, createMemoryClient, danishToday, type ChannelKind, type Contact, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, type Seed } from '@ungeforlob/sdk/seed';
import { messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, clientOf, failureCases, refuseOnce, shown, statusFault, type Intercept } from '../testing/failure-cases.js';
import './define.js';
import type { UfContactCard } from './contact-card.js';
import type { ContactErrorDetail, ContactLoadedDetail, PreferredChannelChangeDetail } from './events.js';

/** Tuesday 24 November 2026, 10.15 in Copenhagen: office hours, and the walk (tue/thu 10–14) is open. */
const NOW = new Date('2026-11-24T09:15:00Z');
const TODAY = danishToday(NOW);
const { steady, contactAway, aftercare, noContact, manyHandovers } = seedCourseIds;

interface Setup {
  course?: string;
  mode?: 'youth' | 'staff';
  lang?: string;
  headingLevel?: number;
  seed?: Seed;
  fault?: TransportFault;
  timeoutMs?: number;
  now?: Date;
  /** Answers a request before the memory transport does (a 400 naming fields, say); undefined lets it through. */
  intercept?: Intercept;
}

interface Rendered {
  card: UfContactCard;
  root: ShadowRoot;
  transport: ReturnType<typeof createMemoryClient>['transport'];
  client: ReturnType<typeof createMemoryClient>['client'];
  events: CustomEvent[];
}

async function renderCard(setup: Setup = {}, settle = true): Promise<Rendered> {
  const transport = new MemoryTransport({ seed: setup.seed ?? buildSeed(TODAY) });
  const client = clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const record = (event: Event): void => void events.push(event as CustomEvent);
  // A wrapper listens from the start, so no event can fire before the test subscribes.
  const wrapper = await fixture<HTMLDivElement>(html`
    <div
      @uf-contact-loaded=${record}
      @uf-error=${record}
      @uf-before-preferred-channel-change=${record}
      @uf-preferred-channel-change=${record}
    >
      <button>before</button>
      <uf-contact-card
        .client=${client}
        .now=${setup.now ?? NOW}
        course=${setup.course ?? steady}
        mode=${ifDefined(setup.mode)}
        lang=${ifDefined(setup.lang)}
        heading-level=${ifDefined(setup.headingLevel)}
      ></uf-contact-card>
      <button>after</button>
    </div>
  `);
  const card = wrapper.querySelector('uf-contact-card')!;
  if (settle) await settled(card);
  return { card, root: card.shadowRoot!, transport, client, events };
}

/** Waits until the card shows something other than loading. */
async function settled(card: UfContactCard): Promise<void> {
  await waitUntil(() => {
    const body = card.shadowRoot?.querySelector('.body');
    return body?.getAttribute('aria-busy') === 'false' && body.childElementCount > 0;
  }, 'the card did not settle');
  await card.updateComplete;
}

function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function radio(root: ShadowRoot, kind: ChannelKind | ''): HTMLInputElement {
  return root.querySelector<HTMLInputElement>(`input[name="preferred-channel"][value="${kind}"]`)!;
}

function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

async function choose(rendered: Rendered, kind: ChannelKind): Promise<void> {
  radio(rendered.root, kind).click();
  await rendered.card.updateComplete;
  button(rendered.root, 'Gem valg').click();
  await rendered.card.updateComplete;
}

function seedWith(change: (contacts: Seed['contacts']) => void): Seed {
  const seed = buildSeed(TODAY);
  change(seed.contacts);
  return seed;
}

function contactWithout(field: keyof Contact, course = steady): string {
  const contact: Partial<Contact> = structuredClone(buildSeed(TODAY).contacts[course]!);
  delete contact[field];
  return JSON.stringify(contact);
}

describe('<uf-contact-card>', () => {
  describe('loading', () => {
    it('is busy, says so in a polite live region, and is accessible', async () => {
      const { card, root } = await renderCard({ fault: { kind: 'hang' } }, false);
      await card.updateComplete;
      expect(root.querySelector('.body')!.getAttribute('aria-busy')).to.equal('true');
      const status = root.querySelector('[role="status"]')!;
      expect(text(status)).to.equal('Henter kontaktperson …');
      expect(status.closest('[aria-busy="true"]'), 'a live region inside aria-busy is not announced').to.equal(null);
      await expect(card).to.be.accessible();
    });
  });

  describe('ready, staff mode', () => {
    it('shows name, initials, roles with their Danish titles, unit, channels with hours, and caseload', async () => {
      const { card, root, events } = await renderCard({ mode: 'staff' });
      expect(card.getAttribute('mode')).to.equal('staff');
      const loaded = events.find((event) => event.type === 'uf-contact-loaded') as CustomEvent<ContactLoadedDetail>;
      expect(loaded.detail.contact?.person.name).to.equal('Jonas Kragh');
      expect(loaded.bubbles && loaded.composed).to.equal(true);
      expect(text(root.querySelector('h2'))).to.equal('Kontaktperson');
      expect(text(root.querySelector('#contact-name'))).to.equal('Jonas Kragh');
      expect(root.querySelector('#contact-name')!.tagName).to.equal('H3');
      expect(text(root.querySelector('[part="initials"]'))).to.equal('JK');
      expect(text(root.querySelector('.roles'))).to.equal('Uddannelseskonsulent · Virksomhedskonsulent · Mentor');
      expect(text(root.querySelector('.unit'))).to.equal('Ungeindsatsen, Fjordby Kommune');
      const channels = [...root.querySelectorAll('[part="person"] [part="channel"]')].map(text);
      expect(channels[0]).to.equal('Telefon +45 12 34 56 78 man–fre 8.30–15.30 ● Åben nu');
      expect(channels[1]).to.contain('SMS +45 12 34 56 78 ★ Foretrukket af den unge man–fre 8.00–20.00');
      expect(channels[2]).to.equal('E-mail jonas.kragh@fjordby.example Ingen faste tider Svarer inden for én arbejdsdag');
      expect(channels[3]).to.equal('Gåtur Vi mødes ved Fjordby Station tir og tor 10.00–14.00 ● Åben nu');
      expect(channels[4]).to.equal('Hjemmebesøg ons 9.00–15.00 ○ Lukket nu Efter aftale');
      expect(text(root.querySelector('[part="history"]'))).to.equal('Kontaktperson siden 24. september 2025. Ingen skift af kontaktperson. Sagstal: 21 forløb');
      await expect(card).to.be.accessible();
    });

    it('shows the next appointment with a machine-readable time', async () => {
      const { root } = await renderCard({ mode: 'staff' });
      const appointment = root.querySelector('[part="appointment"]')!;
      const rows = [...appointment.querySelectorAll('dt')].map((term) => [text(term), text(term.nextElementSibling)]);
      expect(rows).to.deep.equal([
        ['Hvornår', 'fredag 27. november kl. 10.00–11.00'],
        ['Hvordan', 'Gåtur'],
        ['Hvor', 'Fjordby Station'],
        ['Om hvad', 'Snak om praktik i Netto'],
      ]);
      expect(appointment.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-27T10:00:00+01:00');
    });

    it('builds links only as tel:, sms: and mailto:', async () => {
      const { root } = await renderCard({ mode: 'staff' });
      const hrefs = [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:+4512345678', 'sms:+4512345678', 'mailto:jonas.kragh@fjordby.example']);
    });
  });

  describe('ready, youth mode (the default)', () => {
    it('explains the roles in plain words, marks the preferred channel and hides caseload', async () => {
      const { card, root } = await renderCard();
      expect(card.getAttribute('mode')).to.equal('youth');
      expect(text(root.querySelector('h2'))).to.equal('Din kontaktperson');
      const roles = [...root.querySelectorAll('.roles li')].map(text);
      expect(roles).to.deep.equal([
        'Uddannelseskonsulent: Jonas hjælper dig med at finde en uddannelse og blive i den.',
        'Virksomhedskonsulent: Jonas hjælper dig med at finde et job eller en praktikplads.',
        'Mentor: Jonas er én, du kan snakke med om det, der fylder – også det svære.',
      ]);
      expect(text(root.querySelector('[part="preferred-marker"]')!.closest('li'))).to.match(/^SMS .* Det foretrækker du/);
      expect(radio(root, 'sms').checked).to.equal(true);
      expect(text(root.querySelector('legend'))).to.equal('Hvordan vil du helst kontaktes?');
      expect(text(root.querySelector('[part="history"]'))).to.equal(
        'Jonas har været din kontaktperson siden 24. september 2025. Du har haft den samme kontaktperson hele vejen.',
      );
      expect(text(root)).not.to.contain('Sagstal');
      await expect(card).to.be.accessible();
    });

    it('announces an absence that starts within two weeks, with the deputy', async () => {
      const { card, root } = await renderCard({ now: new Date('2026-12-04T09:15:00Z') });
      expect(text(root.querySelector('.note'))).to.equal('Jonas er væk fra 14. december 2026 til og med 21. december 2026. Imens kan du kontakte Mette Holm.');
      await expect(card).to.be.accessible();
    });

    it('follows heading-level for the card and its sections', async () => {
      const { root } = await renderCard({ headingLevel: 3 });
      expect(root.querySelector('#title')!.tagName).to.equal('H3');
      expect(root.querySelector('#contact-name')!.tagName).to.equal('H4');
      expect(root.querySelector('#appointment-heading')!.tagName).to.equal('H4');
    });
  });

  describe('contact away today', () => {
    it('shows a notice and the deputy with their channels first', async () => {
      const { card, root } = await renderCard({ course: contactAway });
      expect(text(root.querySelector('[part="notice"]'))).to.equal('Ali er væk til og med 29. november 2026. Kontakt Sofie Lund i stedet.');
      const deputy = root.querySelector('[part="deputy"]')!;
      const person = root.querySelector('[part="person"]')!;
      expect(deputy.compareDocumentPosition(person) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(text(deputy)).to.contain('Hjælper dig, mens Ali er væk SL Sofie Lund Ungeindsatsen, Fjordby Kommune');
      const hrefs = [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(hrefs.slice(0, 3)).to.deep.equal(['tel:+4512345722', 'sms:+4512345722', 'mailto:sofie.lund@fjordby.example']);
      expect(hrefs.slice(3)).to.deep.equal(['tel:+4512345711', 'sms:+4512345711', 'mailto:ali.bakir@fjordby.example']);
      await expect(card).to.be.accessible();
    });

    it('gives staff the reason and the word stedfortræder; youth never sees the reason', async () => {
      const staff = await renderCard({ course: contactAway, mode: 'staff' });
      expect(text(staff.root.querySelector('[part="notice"]'))).to.equal('Ali Bakir har ferie til og med 29. november 2026. Stedfortræder: Sofie Lund.');
      expect(text(staff.root.querySelector('[part="deputy"] .label'))).to.equal('Stedfortræder');
      await expect(staff.card).to.be.accessible();
      const youth = await renderCard({ course: contactAway });
      expect(text(youth.root)).not.to.contain('ferie');
    });
  });

  describe('aftercare', () => {
    it('counts down the days left and shows the end date when active', async () => {
      const { card, root } = await renderCard({ course: aftercare });
      const section = root.querySelector('[part="aftercare"]')!;
      expect(text(section)).to.equal('Efterværn Dit forløb er slut, men du kan stadig kontakte Mette i 120 dage mere – til og med 24. marts 2027.');
      expect(section.querySelector('time')!.getAttribute('datetime')).to.equal('2027-03-24');
      await expect(card).to.be.accessible();
    });

    it('explains aftercare before the course ends', async () => {
      const seed = seedWith((contacts) => {
        contacts[steady]!.aftercare = { courseEndedOn: '2027-01-31', until: '2027-07-31' };
      });
      const { card, root } = await renderCard({ seed });
      expect(text(root.querySelector('[part="aftercare"] p'))).to.equal(
        'Når dit forløb slutter den 31. januar 2027, kan du stadig kontakte Jonas frem til og med 31. juli 2027. Det hedder efterværn.',
      );
      await expect(card).to.be.accessible();
    });

    it('shows staff the days left in their terms', async () => {
      const { root } = await renderCard({ course: aftercare, mode: 'staff' });
      expect(text(root.querySelector('[part="aftercare"] p'))).to.equal('Efterværn er aktivt: 120 dage tilbage, til og med 24. marts 2027.');
    });
  });

  it('shows how many handovers there were and since when', async () => {
    const { card, root } = await renderCard({ course: manyHandovers });
    expect(text(root.querySelector('[part="history"]'))).to.equal(
      'Peter har været din kontaktperson siden 24. oktober 2026. Du har skiftet kontaktperson 3 gange.',
    );
    expect(radio(root, '').checked, 'no preference yet').to.equal(true);
    await expect(card).to.be.accessible();
  });

  describe('empty', () => {
    it('explains that no contact is assigned yet and fires uf-contact-loaded with null', async () => {
      const { card, root, events } = await renderCard({ course: noContact });
      expect(text(root.querySelector('.empty'))).to.equal('Du har ikke fået en fast kontaktperson endnu. Kommunen giver dig besked, når du får en.');
      const loaded = events.find((event) => event.type === 'uf-contact-loaded') as CustomEvent<ContactLoadedDetail>;
      expect(loaded.detail.contact).to.equal(null);
      await expect(card).to.be.accessible();
    });

    it('lets the municipality replace the text through the empty slot', async () => {
      const { client } = createMemoryClient({ seed: buildSeed(TODAY) });
      const card = await fixture<UfContactCard>(html`
        <uf-contact-card .client=${client} .now=${NOW} course=${noContact}><p slot="empty">Ring til Ungeindsatsen.</p></uf-contact-card>
      `);
      await settled(card);
      const slot = card.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Ring til Ungeindsatsen.']);
    });
  });

  describe('errors', () => {
    it('says what went wrong on a 500 and Retry (Enter) loads the contact', async () => {
      const { card, root, transport, events } = await renderCard({ fault: { kind: 'status', status: 500 } });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal('Der er en fejl i kommunens system lige nu. Prøv igen om lidt.');
      expect((events.find((event) => event.type === 'uf-error') as CustomEvent<ContactErrorDetail>).detail.operation).to.equal('load');
      await expect(card).to.be.accessible();
      const retry = button(root, 'Prøv igen');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('#contact-name'), 'the contact did not load after retry');
      expect(text(root.querySelector('#contact-name'))).to.equal('Jonas Kragh');
      expect(transport.requests.filter((request) => request.startsWith('GET') && request.endsWith('/contact'))).to.have.length(2);
      expect(root.activeElement?.id, 'focus stays in the card').to.equal('title');
      await expect(card).to.be.accessible();
    });

    it('explains a timeout, and Retry works with Space', async () => {
      const { card, root } = await renderCard({ fault: { kind: 'hang' }, timeoutMs: 100 });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal('Det tager for lang tid at få svar. Prøv igen om lidt.');
      await expect(card).to.be.accessible();
      button(root, 'Prøv igen').focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => root.querySelector('#contact-name'), 'the contact did not load after retry');
    });

    it('explains a network failure', async () => {
      const { card, root } = await renderCard({ fault: { kind: 'network' } });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(
        'Vi kan ikke få forbindelse lige nu. Tjek din internetforbindelse, og prøv igen.',
      );
      await expect(card).to.be.accessible();
    });

    it('explains a malformed answer and names the failing field in uf-error, never its value', async () => {
      const { card, root, events } = await renderCard({ fault: { kind: 'body', body: contactWithout('person') } });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(
        'Svaret fra kommunens system var ikke, som det skulle være. Prøv igen senere, eller kontakt kommunen.',
      );
      const error = (events.find((event) => event.type === 'uf-error') as CustomEvent<ContactErrorDetail>).detail.error as Error & { paths: string[] };
      expect(error.paths).to.deep.equal(['person']);
      expect(root.querySelector('details'), 'youth mode shows no technical details').to.equal(null);
      await expect(card).to.be.accessible();
    });

    it('shows staff the failing field paths in a details element, without values', async () => {
      const body = JSON.stringify({ ...JSON.parse(contactWithout('person')), handovers: 'mange' });
      const { card, root } = await renderCard({ mode: 'staff', fault: { kind: 'body', body } });
      const details = root.querySelector('details')!;
      expect([...details.querySelectorAll('code')].map(text)).to.have.members(['person', 'handovers']);
      expect(text(details)).not.to.contain('mange');
      await expect(card).to.be.accessible();
    });

    it('says when the sign-in ran out (401), access is denied (403) or the course does not exist (404)', async () => {
      const signedOut = await renderCard({ fault: { kind: 'status', status: 401 } });
      expect(text(signedOut.root.querySelector('[role="alert"]'))).to.equal('Du er ikke logget ind længere. Log ind igen, og prøv så igen.');
      const denied = await renderCard({ fault: { kind: 'status', status: 403 } });
      expect(text(denied.root.querySelector('[role="alert"]'))).to.equal('Du har ikke adgang til det her. Spørg kommunen, hvis du mener, det er en fejl.');
      const missing = await renderCard({ course: 'c-unknown' });
      expect(text(missing.root.querySelector('[role="alert"]'))).to.equal('Vi kan ikke finde forløbet.');
    });

    it('words 403 and 404 for its reader, and offers "Prøv igen" only where trying again can help', async () => {
      const retryOf = (root: ShadowRoot) => root.querySelector('[part~="retry-button"]');
      const youthDenied = await renderCard({ fault: { kind: 'status', status: 403 } });
      expect(retryOf(youthDenied.root), '403: the same request gets the same answer').to.equal(null);
      const staffDenied = await renderCard({ mode: 'staff', fault: { kind: 'status', status: 403 } });
      expect(text(staffDenied.root.querySelector('[role="alert"]'))).to.equal(
        'Du har ikke adgang til dette forløb: det er ikke tildelt dit team. Spørg din leder, hvis det skal være det.',
      );
      expect(retryOf(staffDenied.root)).to.equal(null);
      await expect(staffDenied.card).to.be.accessible();
      const staffMissing = await renderCard({ mode: 'staff', course: 'c-unknown' });
      expect(text(staffMissing.root.querySelector('[role="alert"]'))).to.equal(
        'Forløbet findes ikke i fagsystemet, eller det er lukket. Tjek forløbet i fagsystemet.',
      );
      expect(retryOf(staffMissing.root)).to.equal(null);
      for (const fault of [{ kind: 'status', status: 401 }, { kind: 'status', status: 503 }, { kind: 'network' }] as const) {
        const { root } = await renderCard({ fault });
        expect(retryOf(root), `${JSON.stringify(fault)} can pass`).not.to.equal(null);
      }
    });

    it('never renders a javascript: link, even when the server tries', async () => {
      const contact = structuredClone(buildSeed(TODAY).contacts[steady]!) as unknown as { channels: Record<string, unknown>[] };
      contact.channels[0]!['phone'] = 'javascript:alert(1)';
      const { root } = await renderCard({ fault: { kind: 'body', body: JSON.stringify(contact) } });
      expect(root.querySelector('[part="error"]')).to.not.equal(null);
      expect(root.querySelectorAll('a')).to.have.length(0);
      expect(root.innerHTML).not.to.contain('javascript:');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches every link and the radio group in order, then leaves the card', async () => {
      const { card, root } = await renderCard({ course: contactAway });
      const expected = [...root.querySelectorAll<HTMLElement>('a[href], input[type="radio"]:checked, button')];
      expect(expected).to.have.length(7);
      const before = card.parentElement!.querySelector('button')!;
      before.focus();
      const reached: Element[] = [];
      for (let step = 0; step < expected.length; step += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(root.activeElement!);
      }
      expect(reached).to.deep.equal(expected);
      await sendKeys({ press: 'Tab' });
      expect(text(document.activeElement)).to.equal('after');
    });

    it('arrow keys move in the radio group; Enter on Save saves the choice', async () => {
      const rendered = await renderCard();
      const { card, root, transport, events } = rendered;
      radio(root, 'sms').focus();
      await sendKeys({ press: 'ArrowRight' });
      await card.updateComplete;
      expect(root.activeElement).to.equal(radio(root, 'email'));
      expect(radio(root, 'email').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(text(root.activeElement)).to.equal('Gem valg');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => text(root.querySelector('fieldset [role="status"]')) === 'Dit valg er gemt.', 'not saved');
      expect(transport.requests).to.include('PATCH /api/v1/courses/c-4f2a91/contact');
      const changed = events.find((event) => event.type === 'uf-preferred-channel-change') as CustomEvent<PreferredChannelChangeDetail>;
      expect(changed.detail).to.deep.equal({ from: 'sms', to: 'email' });
      expect(text(root.querySelector('[part="preferred-marker"]')!.closest('li'))).to.match(/^E-mail /);
      await expect(card).to.be.accessible();
    });
  });

  describe('preferred channel', () => {
    it('announces saving in a polite live region', async () => {
      const rendered = await renderCard();
      rendered.transport.inject({ kind: 'delay', ms: 200 }, { method: 'PATCH', times: 1 });
      await choose(rendered, 'walk');
      expect(text(rendered.root.querySelector('fieldset [role="status"]'))).to.equal('Gemmer …');
      expect(radio(rendered.root, 'walk').checked).to.equal(true);
      await waitUntil(() => text(rendered.root.querySelector('fieldset [role="status"]')) === 'Dit valg er gemt.', 'not saved');
    });

    it('lets the host veto the change with preventDefault', async () => {
      const rendered = await renderCard();
      rendered.card.addEventListener('uf-before-preferred-channel-change', (event) => event.preventDefault());
      await choose(rendered, 'walk');
      const before = rendered.events.find((event) => event.type === 'uf-before-preferred-channel-change') as CustomEvent<PreferredChannelChangeDetail>;
      expect(before.detail).to.deep.equal({ from: 'sms', to: 'walk' });
      expect(before.cancelable && before.bubbles && before.composed).to.equal(true);
      expect(rendered.transport.requests.some((request) => request.startsWith('PATCH'))).to.equal(false);
      expect(radio(rendered.root, 'sms').checked, 'the vetoed choice is undone').to.equal(true);
    });

    it('on conflict keeps the user choice, shows the other choice, and re-apply saves it', async () => {
      const rendered = await renderCard();
      const { card, root, transport, client, events } = rendered;
      transport.changeContact(steady, (contact) => {
        contact.preferredChannel = 'email';
      });
      await choose(rendered, 'walk');
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no conflict shown');
      expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(
        'En anden har ændret det imens til: E-mail. Du valgte: Gåtur. Dit valg er ikke gemt endnu.',
      );
      expect(radio(root, 'walk').checked, 'the user choice is kept').to.equal(true);
      const error = events.find((event) => event.type === 'uf-error') as CustomEvent<ContactErrorDetail>;
      expect(error.detail.operation).to.equal('save');
      expect((error.detail.error as Error & { kind: string }).kind).to.equal('conflict');
      await expect(card).to.be.accessible();
      button(root, 'Gem mit valg (Gåtur)').click();
      await waitUntil(() => text(root.querySelector('fieldset [role="status"]')) === 'Dit valg er gemt.', 'not saved after re-apply');
      expect(root.querySelector('[part="save-problem"]')).to.equal(null);
      expect((await client.contact.get(steady))!.value.preferredChannel).to.equal('walk');
    });

    it('on conflict can keep the other person’s choice instead', async () => {
      const rendered = await renderCard();
      rendered.transport.changeContact(steady, (contact) => {
        contact.preferredChannel = 'email';
      });
      await choose(rendered, 'walk');
      await waitUntil(() => rendered.root.querySelector('[part="save-problem"]'), 'no conflict shown');
      button(rendered.root, 'Behold E-mail').click();
      await rendered.card.updateComplete;
      expect(rendered.root.querySelector('[part="save-problem"]')).to.equal(null);
      expect(radio(rendered.root, 'email').checked).to.equal(true);
      expect(rendered.transport.requests.filter((request) => request.startsWith('PATCH'))).to.have.length(1);
    });

    it('on a failed save keeps the choice and Prøv igen saves it', async () => {
      const rendered = await renderCard();
      rendered.transport.inject({ kind: 'status', status: 503 }, { method: 'PATCH', times: 1 });
      await choose(rendered, 'homeVisit');
      await waitUntil(() => rendered.root.querySelector('[part="save-problem"]'), 'no error shown');
      expect(text(rendered.root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(
        'Der er en fejl i kommunens system lige nu. Prøv igen om lidt. Dit valg er ikke gemt endnu.',
      );
      expect(radio(rendered.root, 'homeVisit').checked).to.equal(true);
      await expect(rendered.card).to.be.accessible();
      button(rendered.root, 'Prøv igen').click();
      await waitUntil(() => text(rendered.root.querySelector('fieldset [role="status"]')) === 'Dit valg er gemt.', 'not saved on retry');
    });
  });

  // Issue #12, messages that fit the case: for every kind of failure, on loading and on saving, for
  // both readers, the one sentence the card says and whether it offers "Prøv igen" — only where
  // sending the same again can help.
  describe('messages', () => {
    const da = messagesFor('da');
    const label = (kind: ChannelKind | null) => (kind ? da.channels[kind] : da.noPreference);
    const failures = failureCases(da);
    const steadyChoice = buildSeed(TODAY).contacts[steady]!.preferredChannel;

    for (const mode of ['youth', 'staff'] as const) {
      // A read carries no If-Match, so 409 and 412 cannot answer it.
      for (const failure of failures) {
        it(`${mode}, loading, ${failure.name}: ${failure.retry ? 'offers' : 'does not offer'} Prøv igen`, async () => {
          const { root } = await renderCard({ mode, fault: failure.fault, timeoutMs: FAILURE_TIMEOUT_MS });
          expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(failure.sentence(mode));
          expect(shown(root, '[part~="retry-button"]'), 'Prøv igen').to.equal(failure.retry);
        });
      }

      const saveCases = [
        ...failures.map((failure) => ({ ...failure, said: `${failure.sentence(mode)} ${da.notSaved}`, label: da.retry })),
        // Someone else saved first: saving mine again puts it on top of theirs, so it is offered.
        ...[409, 412].map((code) => ({
          name: String(code),
          fault: statusFault(code),
          said: da.conflict(label('homeVisit'), label(steadyChoice)),
          retry: true,
          label: da.reapply(label('homeVisit')),
        })),
      ];
      for (const failure of saveCases) {
        it(`${mode}, saving, ${failure.name}: ${failure.retry ? 'offers' : 'does not offer'} to save again, and keeps the choice`, async () => {
          const rendered = await renderCard({ mode, timeoutMs: FAILURE_TIMEOUT_MS });
          rendered.transport.inject(failure.fault, { method: 'PATCH', times: 1 });
          await choose(rendered, 'homeVisit');
          const { root } = rendered;
          await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no save problem shown', { timeout: 3000 });
          expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(failure.said);
          expect(shown(root, '[part~="reapply-button"]'), 'the button that sends it again').to.equal(failure.retry);
          if (failure.retry) expect(text(root.querySelector('[part~="reapply-button"]'))).to.equal(failure.label);
          expect(shown(root, '[part~="discard-button"]'), 'undoing is always possible').to.equal(true);
          expect(radio(root, 'homeVisit').checked, 'the choice is kept').to.equal(true);
        });
      }
    }

    it('a 400 naming the choice says so at the choice, in the reader’s words, until another is picked', async () => {
      for (const mode of ['youth', 'staff'] as const) {
        const rendered = await renderCard({
          mode,
          intercept: refuseOnce('PATCH', [
            { path: 'preferredChannel', code: 'invalid_value' },
            { path: 'note', code: 'unrecognized_keys' },
          ]),
        });
        const { card, root } = rendered;
        await choose(rendered, 'homeVisit');
        await waitUntil(() => root.querySelector('#preference-problem'), 'the refusal is not at the choice');
        expect(text(root.querySelector('#preference-problem'))).to.equal(mode === 'staff' ? da.staff.preferenceRefused : da.youth.preferenceRefused);
        expect(radio(root, 'homeVisit').getAttribute('aria-describedby')).to.equal('preference-problem');
        expect(radio(root, 'homeVisit').getAttribute('aria-invalid'), 'said to be wrong, as the plan and questionnaire say theirs').to.equal('true');
        expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(`${da.errors.refused} ${da.notSaved}`);
        expect(shown(root, '[part~="reapply-button"]'), 'the same choice gets the same answer').to.equal(false);
        // The rest of what it named is for staff to pass on; the young person is spared paths.
        expect(text(root.querySelector('[part="save-problem"] details'))).to.equal(mode === 'staff' ? `${da.technicalDetails} ${da.refusedFields} note` : '');
        await expect(card).to.be.accessible();
        radio(root, 'sms').click();
        await card.updateComplete;
        expect(shown(root, '#preference-problem'), 'another choice picked').to.equal(false);
        expect(radio(root, 'sms').hasAttribute('aria-describedby')).to.equal(false);
        expect(radio(root, 'sms').getAttribute('aria-invalid')).to.equal('false');
      }
    });
  });

  describe('English', () => {
    it('speaks English with lang="en", including hours and dates', async () => {
      const { card, root } = await renderCard({ lang: 'en' });
      // English is fetched on first use (Danish until then): the card renders again when it arrives.
      await waitUntil(() => text(root.querySelector('h2')) === 'Your contact person', 'English did not arrive');
      expect(root.querySelector('article')!.getAttribute('lang')).to.equal('en-GB');
      expect(text(root.querySelector('h2'))).to.equal('Your contact person');
      expect(text(root.querySelector('[part="channel"]'))).to.equal('Phone +45 12 34 56 78 Mon–Fri 8:30–15:30 ● Open now');
      // Engines' en-GB data differ on the comma after the weekday (WebKit writes one, Chromium and Firefox do not).
      expect(text(root.querySelector('[part="appointment"] time'))).to.match(/^Friday,? 27 November at 10:00–11:00$/);
      expect(text(root.querySelector('legend'))).to.equal('How would you like to be contacted?');
      await expect(card).to.be.accessible();
    });

    it('speaks English in the error state too', async () => {
      const { root } = await renderCard({ lang: 'en-GB', fault: { kind: 'network' } });
      await waitUntil(() => text(root.querySelector('h2')) === 'Your contact person', 'English did not arrive');
      expect(text(root.querySelector('[role="alert"]'))).to.equal('We cannot connect right now. Check your internet connection and try again.');
      expect(text(button(root, 'Try again'))).to.equal('Try again');
    });
  });

  it('re-derives who is open when now changes, without a request', async () => {
    const { card, root, transport } = await renderCard();
    card.now = new Date('2026-11-24T19:30:00Z'); // 20.30: everything closed
    await card.updateComplete;
    expect(text(root.querySelector('[part="channel"]'))).to.contain('○ Lukket nu');
    // The contact and its contact log, once each.
    expect(transport.requests).to.have.length(2);
  });

  it('cancels the load when removed from the page', async () => {
    const transport = new MemoryTransport({ seed: buildSeed(TODAY) }).inject({ kind: 'hang' });
    const signals: AbortSignal[] = [];
    const client = createClient({
      baseUrl: transport.baseUrl,
      fetch: (input, init) => {
        signals.push(new Request(input, init).signal);
        return transport.fetch(input, init);
      },
    });
    const card = await fixture<UfContactCard>(html`<uf-contact-card .client=${client} course=${steady}></uf-contact-card>`);
    // The contact and its contact log.
    await waitUntil(() => signals.length === 2, 'no request was made');
    expect(signals.map((signal) => signal.aborted)).to.deep.equal([false, false]);
    card.remove();
    await Promise.resolve(); // removal is confirmed a microtask later: a framework moving the card re-attaches it first
    expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, true]);
  });

  describe('focus, announcements and coming back', () => {
    it('keeps focus on the chosen radio after Save (Space), not on the vanished button', async () => {
      const { card, root } = await renderCard();
      radio(root, 'sms').focus();
      await sendKeys({ press: 'ArrowRight' });
      await card.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(text(root.activeElement)).to.equal('Gem valg');
      await sendKeys({ press: ' ' });
      await waitUntil(() => text(root.querySelector('fieldset [role="status"]')) === 'Dit valg er gemt.', 'not saved');
      expect(root.activeElement).to.equal(radio(root, 'email'));
    });

    it('moves focus to the heading as soon as Retry starts the load', async () => {
      const { root, transport } = await renderCard({ fault: { kind: 'status', status: 500 } });
      transport.inject({ kind: 'delay', ms: 200 }, { times: 1 });
      button(root, 'Prøv igen').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('.body')?.getAttribute('aria-busy') === 'true', 'not loading');
      expect(root.activeElement?.id).to.equal('title');
    });

    it('keeps its live regions rendered while they are empty, so screen readers announce what comes', async () => {
      const { root } = await renderCard();
      const regions = [...root.querySelectorAll('[role="status"]')];
      expect(regions).to.have.length(2);
      for (const region of regions) {
        expect(text(region)).to.equal('');
        expect(getComputedStyle(region).display).not.to.equal('none');
      }
    });

    it('is accessible while saving', async () => {
      const rendered = await renderCard();
      rendered.transport.inject({ kind: 'delay', ms: 300 }, { method: 'PATCH', times: 1 });
      await choose(rendered, 'walk');
      expect(text(rendered.root.querySelector('fieldset [role="status"]'))).to.equal('Gemmer …');
      await expect(rendered.card).to.be.accessible();
    });

    it('comes back with its contact when re-attached without a provider', async () => {
      const { card, root } = await renderCard();
      const parent = card.parentElement!;
      card.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      parent.append(card);
      await settled(card);
      expect(text(root.querySelector('#contact-name'))).to.equal('Jonas Kragh');
    });
  });

  describe('conflicts the server cannot fully describe', () => {
    it('says someone changed the contact, keeps the choice, and Fortryd returns focus to the radios', async () => {
      const rendered = await renderCard();
      const { root, transport } = rendered;
      transport.inject({ kind: 'status', status: 412 }, { method: 'PATCH', times: 1 }); // no `current`
      transport.inject({ kind: 'status', status: 500 }, { method: 'GET', times: 1 }); // and asking again fails
      await choose(rendered, 'walk');
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no conflict shown');
      expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(
        'En anden har ændret kontaktoplysningerne imens. Du valgte: Gåtur. Dit valg er ikke gemt endnu.',
      );
      expect(radio(root, 'walk').checked).to.equal(true);
      button(root, 'Fortryd mit valg').click();
      await waitUntil(() => !root.querySelector('[part="save-problem"]'), 'the problem stayed');
      await rendered.card.updateComplete;
      expect(root.activeElement).to.equal(radio(root, 'sms'));
    });

    it('shows the course as without a contact when the contact was removed meanwhile', async () => {
      const rendered = await renderCard();
      rendered.transport.removeContact(steady);
      await choose(rendered, 'walk');
      await waitUntil(() => rendered.root.querySelector('.empty'), 'not empty');
      await expect(rendered.card).to.be.accessible();
    });
  });

  it('says plainly when today is the last day of aftercare', async () => {
    const { root } = await renderCard({ course: aftercare, now: new Date('2027-03-24T09:00:00Z') });
    expect(text(root.querySelector('[part="aftercare"]'))).to.equal(
      'Efterværn Dit forløb er slut. I dag er sidste dag, du kan kontakte Mette (til og med 24. marts 2027).',
    );
  });
});

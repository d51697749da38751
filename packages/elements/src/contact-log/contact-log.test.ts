import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, addDays, createClient, danishToday, type TransportFault, type UfClient } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { formatDate, messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, clientOf, failureCases, shown } from '../testing/failure-cases.js';
import { button, settled, text, typeInto, until } from '../testing/widget-dom.js';
import '../contact-card/define.js';
import type { UfContactCard } from '../contact-card/contact-card.js';
import './define.js';
import type { ContactLogMode, UfContactLog } from './contact-log.js';
import { da as copy } from './contact-log.copy.js';
import { en as englishCopy } from './contact-log.copy.en.js';

const NOW = new Date('2026-11-24T09:15:00Z');
const TODAY = danishToday(NOW);
const seed = buildSeed(TODAY);
const { steady, contactAway, noContact } = seedCourseIds;
const da = messagesFor('da');
const date = (day: string) => formatDate(day, da);

interface Setup {
  mode?: ContactLogMode;
  course?: string;
  lang?: string;
  fault?: TransportFault;
  timeoutMs?: number;
  /** Also a contact card of the course, on the same client. */
  withCard?: boolean;
  transport?: MemoryTransport;
  client?: UfClient;
}

async function renderLog(setup: Setup = {}) {
  const transport = setup.transport ?? new MemoryTransport({ seed, audience: setup.mode === 'staff' ? 'staff' : 'youth' });
  const client = setup.client ?? clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const record = (event: Event): void => void events.push(event as CustomEvent);
  const course = setup.course ?? steady;
  const wrapper = await fixture<HTMLDivElement>(html`
    <div @uf-contact-log-loaded=${record} @uf-contact-logged=${record} @uf-error=${record}>
      <uf-contact-log .client=${client} .now=${NOW} mode=${ifDefined(setup.mode)} course=${course} lang=${ifDefined(setup.lang)}></uf-contact-log>
      ${setup.withCard ? html`<uf-contact-card .client=${client} .now=${NOW} mode="staff" course=${course}></uf-contact-card>` : ''}
    </div>
  `);
  const log = wrapper.querySelector('uf-contact-log')!;
  await settled(log);
  const card = wrapper.querySelector<UfContactCard>('uf-contact-card');
  if (card) await waitUntil(() => card.shadowRoot?.querySelector('[part="contact-rhythm"]:not(:has(.reserved))'), 'the card did not show the log');
  return { log, root: log.shadowRoot!, card, transport, client, events };
}

const status = (root: ShadowRoot) => text(root.querySelector('[part="status"]'));
const alert = (root: ShadowRoot) => text(root.querySelector('[part="write-problem"] [role="alert"]'));
const flags = (root: ShadowRoot) => [...root.querySelectorAll('[part="flag"]')].map(text);

async function choose(element: UfContactLog, group: string, value: string): Promise<void> {
  element.shadowRoot!.querySelector<HTMLInputElement>(`#${group} input[value="${value}"]`)!.click();
  await element.updateComplete;
}

describe('the contact card’s last and next contact', () => {
  async function renderCard(intercept: (method: string, url: string) => Response | undefined, course: string = contactAway) {
    const transport = new MemoryTransport({ seed, audience: 'staff' });
    const client = clientOf(transport, { intercept });
    const card = await fixture<UfContactCard>(html`<uf-contact-card .client=${client} .now=${NOW} mode="staff" course=${course}></uf-contact-card>`);
    await settled(card);
    await waitUntil(() => !card.shadowRoot!.querySelector('.reserved'), 'the log did not arrive');
    return { card, root: card.shadowRoot! };
  }
  const failLog = (status: number) => {
    let failed = false;
    return (method: string, url: string) => {
      if (failed || method !== 'GET' || !url.endsWith('/contact-log')) return undefined;
      failed = true;
      return new Response(JSON.stringify({ title: 'Failed', status }), { status, headers: { 'content-type': 'application/problem+json' } });
    };
  };

  it('says the log could not be read, and Prøv igen reads it with focus kept on the lines', async () => {
    const { card, root } = await renderCard(failLog(500));
    expect(text(root.querySelector('[part="contact-rhythm"]'))).to.contain(da.staff.contactLogUnavailable);
    await expect(card).to.be.accessible();
    const retry = [...root.querySelectorAll<HTMLButtonElement>('[part="contact-rhythm"] button')][0]!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(root.querySelector('[part="contact-rhythm"]')).includes('Sidste kontakt:'), 'the log did not load');
    expect(root.activeElement?.id).to.equal('contact-rhythm');
    expect(text(root.querySelector('[part="contact-rhythm"]'))).to.contain('17 dage over');
  });

  it('shows nothing of a log a case system does not keep (404), nor of an empty one', async () => {
    const { root } = await renderCard(failLog(404));
    expect(shown(root, '[part="contact-rhythm"]')).to.equal(false);
    const { root: empty } = await renderCard(() => undefined, seedCourseIds.aftercare);
    expect(shown(empty, '[part="contact-rhythm"]')).to.equal(false);
  });
});

describe('<uf-contact-log>', () => {
  describe('for staff', () => {
    it('shows the agreed rhythm, the last contact and the next one due, and the log with each note’s audience', async () => {
      const { log, root, events } = await renderLog({ mode: 'staff' });
      const summary = text(root.querySelector('[part="summary"]'));
      expect(summary).to.contain('Mindst hver anden uge');
      expect(summary).to.contain(`${date(addDays(TODAY, -4))} · Gåtur`);
      expect(summary).to.contain(copy.staff.nextDue(date(addDays(TODAY, 10))));
      expect(flags(root)).to.deep.equal([]);
      const entries = [...root.querySelectorAll('[part~="entry"]')].map(text);
      expect(entries).to.have.length(5);
      expect(entries[0]).to.contain('Gåtur').and.contain(`${copy.staff.noteShared}: God gåtur.`);
      expect(entries.find((entry) => entry.includes('Hjemmebesøg'))).to.contain(`${copy.staff.noteStaffOnly}: Mor var til stede`);
      expect(events.map((event): unknown[] => [event.type, event.detail as unknown])).to.deep.equal([
        ['uf-contact-log-loaded', { count: 5, overdue: false, missedInARow: 0 }],
      ]);
      await expect(log).to.be.accessible();
    });

    it('flags a broken rhythm and two no-shows in a row in words', async () => {
      const { log, root, events } = await renderLog({ mode: 'staff', course: contactAway });
      expect(flags(root)).to.deep.equal([copy.staff.overdue(date(addDays(TODAY, -17)), 17), copy.staff.missedInARow(2)]);
      expect(root.querySelectorAll('[part~="entry"] .badge')).to.have.length(2);
      expect(events[0]!.detail).to.deep.equal({ count: 4, overdue: true, missedInARow: 2 });
      await expect(log).to.be.accessible();
    });

    it('logs a contact by keyboard alone, says it is saved, and the card on the page shows it as the last contact', async () => {
      const { log, root, card, events, transport } = await renderLog({ mode: 'staff', course: contactAway, withCard: true });
      const cardText = () => text(card!.shadowRoot!.querySelector('[part="contact-rhythm"]'));
      expect(cardText()).to.contain('17 dage over');
      button(root, copy.staff.logButton).focus();
      await sendKeys({ press: 'Enter' });
      await log.updateComplete;
      expect(root.activeElement?.getAttribute('name'), 'focus on the first channel').to.equal('log-channel');
      await sendKeys({ press: ' ' });
      expect(root.querySelector<HTMLInputElement>('#log-channel input:checked')?.value).to.equal('phone');
      await expect(log).to.be.accessible();
      await typeInto(log, '#log-note', 'Talte om praktikken');
      const submit = [...root.querySelectorAll<HTMLButtonElement>('button[type="submit"]')][0]!;
      submit.focus();
      await sendKeys({ press: 'Enter' });
      await until(log, () => status(root) === copy.staff.savedLog, 'the live region says it is saved');
      expect(shown(root, '[part="form"]')).to.equal(false);
      expect(root.activeElement?.getAttribute('data-action')).to.equal('open-log');
      expect(text(root.querySelector('[part~="entry"]')))
        .to.contain('Telefon')
        .and.contain(`${copy.staff.noteStaffOnly}: Talte om praktikken`);
      expect(flags(root)).to.deep.equal([]);
      expect(events.filter((event) => event.type === 'uf-contact-logged').map((event): unknown => event.detail)).to.deep.equal([
        { channel: 'phone', outcome: 'held' },
      ]);
      // The card follows the log without a request of its own.
      expect(cardText())
        .to.contain(`Sidste kontakt: ${date(TODAY)} (telefon)`)
        .and.not.contain('over');
      expect(transport.requests.filter((request) => request.endsWith('/contact-log'))).to.have.length(1);
      await expect(log).to.be.accessible();
    });

    it('asks for the channel before sending, and refuses a time in the future, with focus on what is missing', async () => {
      const { log, root, transport } = await renderLog({ mode: 'staff' });
      button(root, copy.staff.logButton).click();
      await log.updateComplete;
      button(root, copy.staff.submitLog).click();
      await until(log, () => shown(root, '#log-channel-problem'), 'the missing channel is said');
      expect(text(root.querySelector('#log-channel-problem'))).to.equal(copy.staff.missing.channel);
      expect(root.activeElement?.getAttribute('name')).to.equal('log-channel');
      await choose(log, 'log-channel', 'sms');
      await typeInto(log, '#log-at', `${addDays(TODAY, 1)}T10:00`);
      button(root, copy.staff.submitLog).click();
      await log.updateComplete;
      expect(text(root.querySelector('#log-at-problem'))).to.equal(copy.staff.inFuture);
      expect(transport.requests.filter((request) => request.startsWith('PUT'))).to.deep.equal([]);
      await expect(log).to.be.accessible();
    });

    for (const failure of failureCases(da)) {
      it(`logging a contact, ${failure.name}: says so, keeps what was typed${failure.retry ? ', and Prøv igen stores it once' : ''}`, async () => {
        const { log, root, transport, events } = await renderLog({ mode: 'staff', timeoutMs: FAILURE_TIMEOUT_MS });
        button(root, copy.staff.logButton).click();
        await log.updateComplete;
        await choose(log, 'log-channel', 'walk');
        await typeInto(log, '#log-note', 'Vi gik en tur');
        transport.inject(failure.fault, { times: 1, method: 'PUT' });
        button(root, copy.staff.submitLog).click();
        await until(log, () => alert(root) !== '', 'the failure is said');
        expect(alert(root)).to.equal(`${failure.sentence('staff')} ${copy.staff.notSaved}`);
        expect(root.querySelector<HTMLTextAreaElement>('#log-note')!.value).to.equal('Vi gik en tur');
        expect(root.querySelector<HTMLInputElement>('#log-channel input:checked')?.value).to.equal('walk');
        expect(events.filter((event) => event.type === 'uf-error').map((event) => (event.detail as { operation: string }).operation)).to.deep.equal(['save']);
        expect(shown(root, '[part="write-problem"] button')).to.equal(failure.retry);
        // Focus is on what to do next, not lost with the disabled submit button.
        expect(text(root.activeElement)).to.equal(failure.retry ? copy.staff.tryAgain : copy.staff.submitLog);
        if (!failure.retry) return;
        button(root, copy.staff.tryAgain).click();
        await until(log, () => status(root) === copy.staff.savedLog, 'the retry is saved');
        const puts = transport.requests.filter((request) => request.startsWith('PUT'));
        // A hung request may have landed: the retry goes under the same id, so there is one contact either way.
        expect(new Set(puts).size).to.equal(1);
        expect([...root.querySelectorAll('[part~="entry"]')].filter((entry) => text(entry).includes('Vi gik en tur'))).to.have.length(1);
      });
    }

    it('says the server’s "not yet" at the time field’s words, and locks the form while it saves', async () => {
      const refuseOnce = (() => {
        let used = false;
        return (method: string) => {
          if (method !== 'PUT' || used) return undefined;
          used = true;
          const problem = {
            type: 'urn:ungeforlob:problem:invalid-request',
            title: 'Invalid request',
            status: 400,
            errors: [{ path: 'at', code: 'in_future' }],
          };
          return new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } });
        };
      })();
      const transport = new MemoryTransport({ seed, audience: 'staff', latencyMs: 50 });
      const { log, root } = await renderLog({ mode: 'staff', transport, client: clientOf(transport, { intercept: refuseOnce }) });
      button(root, copy.staff.logButton).click();
      await log.updateComplete;
      await choose(log, 'log-channel', 'sms');
      button(root, copy.staff.submitLog).click();
      await until(log, () => alert(root) !== '', 'the refusal is said');
      expect(alert(root)).to.equal(`${copy.staff.inFuture} ${copy.staff.notSaved}`);
      button(root, copy.staff.submitLog).click();
      await log.updateComplete;
      expect(root.querySelector('.fields')?.hasAttribute('inert')).to.equal(true);
      await until(log, () => status(root) === copy.staff.savedLog, 'saved the second time');
    });

    it('agrees a new rhythm, and on a rhythm changed meanwhile shows the one that won and keeps the choice to send again', async () => {
      const transport = new MemoryTransport({ seed, signIn: true });
      const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => seedUserIds.teamNord, retries: 0 });
      const other = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => seedUserIds.teamNord });
      const { log, root } = await renderLog({ mode: 'staff', transport, client });
      button(root, copy.staff.rhythmButton(true)).click();
      await log.updateComplete;
      expect(root.activeElement?.id).to.equal('rhythm-days');
      await typeInto(log, '#rhythm-days', '7');
      await typeInto(log, '#rhythm-words', 'Ugentligt i praktikken');
      await other.contactLog.setRhythm(steady, { everyDays: 30, from: TODAY }, { basedOn: 1 });
      button(root, copy.staff.submitRhythm).click();
      await until(log, () => alert(root) !== '', 'the conflict is said');
      expect(alert(root)).to.equal(copy.staff.rhythmChangedMeanwhile);
      expect(text(root.querySelector('[part="summary"]'))).to.contain('Mindst en gang om måneden');
      expect(root.querySelector<HTMLInputElement>('#rhythm-words')!.value).to.equal('Ugentligt i praktikken');
      await expect(log).to.be.accessible();
      button(root, copy.staff.tryAgain).click();
      await until(log, () => status(root) === copy.staff.savedRhythm, 'the rhythm is saved');
      expect(text(root.querySelector('[part="summary"]'))).to.contain('Ugentligt i praktikken (hver 7. dag)');
    });

    it('offers logging and a rhythm for a course with nothing logged yet', async () => {
      const { log, root } = await renderLog({ mode: 'staff', course: noContact });
      expect(text(root.querySelector('[part="summary"]')))
        .to.contain(copy.staff.noRhythm)
        .and.contain(copy.staff.noContactYet);
      expect(text(root.querySelector('.meta:last-child'))).to.equal(copy.staff.empty);
      expect(text(button(root, copy.staff.rhythmButton(false)))).to.equal('Aftal rytme');
      await expect(log).to.be.accessible();
    });

    it('shows the newest contacts, and "Vis alle" the rest with focus on the first of them', async () => {
      const many = buildSeed(TODAY);
      const log = many.contactLogs[steady]!;
      const older = Array.from({ length: 6 }, (_, index) => ({
        ...log.entries[4]!,
        id: `k-old${index}`,
        at: `2026-0${index + 1}-10T09:00:00+02:00`,
        note: null,
      }));
      many.contactLogs[steady] = { ...log, entries: [...log.entries, ...older] };
      const { log: element, root } = await renderLog({ mode: 'staff', transport: new MemoryTransport({ seed: many }) });
      expect(root.querySelectorAll('[part~="entry"]')).to.have.length(8);
      button(root, copy.staff.showAll(11)).focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(root.querySelectorAll('[part~="entry"]')).to.have.length(11);
      expect(root.activeElement?.id).to.equal(`entry-${[...root.querySelectorAll('[part~="entry"]')][8]!.id.replace(/^entry-/, '')}`);
      await expect(element).to.be.accessible();
    });

    it('loading again keeps the open form, what was typed and where focus is', async () => {
      const { log, root } = await renderLog({ mode: 'staff' });
      button(root, copy.staff.logButton).click();
      await log.updateComplete;
      await typeInto(log, '#log-note', 'Halvt skrevet');
      root.querySelector<HTMLTextAreaElement>('#log-note')!.focus();
      const loading = log.refresh();
      await log.updateComplete;
      expect(shown(root, '.skeleton')).to.equal(false);
      await loading;
      await log.updateComplete;
      expect(root.querySelector<HTMLTextAreaElement>('#log-note')!.value).to.equal('Halvt skrevet');
      expect(root.activeElement?.id).to.equal('log-note');
    });

    it('says why loading failed, and Prøv igen loads it with focus kept in the widget', async () => {
      const { log, root, events } = await renderLog({ mode: 'staff', fault: { kind: 'status', status: 500 } });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(da.errors.server);
      expect(events.map((event) => event.type)).to.deep.equal(['uf-error']);
      await expect(log).to.be.accessible();
      button(root, da.retry).click();
      await until(log, () => shown(root, '[part="summary"]'), 'the log loads');
      expect(root.activeElement?.id).to.equal('title');
    });
  });

  describe('for the young person', () => {
    it('shows dates, channels and shared notes, never a staff-only note, and no forms', async () => {
      const { log, root } = await renderLog({ mode: 'youth' });
      const all = text(root);
      expect(all).to.contain(copy.youth.rhythm('Mindst hver anden uge'));
      expect(all).to.contain('God gåtur. Du har ringet til Netto!');
      expect(all).to.not.contain('Mor var til stede');
      expect(all).to.not.contain(copy.staff.noteStaffOnly);
      expect(root.querySelectorAll('[part~="entry"]')).to.have.length(5);
      expect(shown(root, 'button')).to.equal(false);
      await expect(log).to.be.accessible();
    });

    it('says kindly that it is time to talk when the rhythm is broken', async () => {
      const { root } = await renderLog({ mode: 'youth', course: contactAway });
      expect(text(root.querySelector('[part="summary"]'))).to.contain(copy.youth.overdue);
    });

    it('even when a case system sends the staff-only notes, it does not show them', async () => {
      // A transport that answers as staff: the widget's youth view must still keep the notes out.
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const { root } = await renderLog({ mode: 'youth', transport });
      expect(text(root)).to.not.contain('Mor var til stede');
    });

    it('speaks English', async () => {
      const { log, root } = await renderLog({ mode: 'youth', lang: 'en-GB' });
      await until(log, () => text(root.querySelector('h2')) === englishCopy.youth.title, 'English arrived');
      expect(text(root)).to.contain(englishCopy.youth.rhythm('At least every other week'));
    });

    it('says when nothing is logged', async () => {
      const { log, root } = await renderLog({ mode: 'youth', course: noContact });
      expect(text(root.querySelector('[part="empty"], .empty'))).to.contain(copy.youth.empty);
      await expect(log).to.be.accessible();
    });
  });
});

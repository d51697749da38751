import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  MemoryTransport,
  addDays,
  applyMeetingEdit,
  createClient,
  danishToday,
  toPlanUpdate,
  type NetworkMeeting,
  type TransportFault,
  type UfClient,
} from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { formatDate, messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, clientOf, failureCases, shown } from '../testing/failure-cases.js';
import { button, settled, text, typeInto, until } from '../testing/widget-dom.js';
import '../contact-card/define.js';
import '../plan/define.js';
import './define.js';
import type { NetworkMeetingMode, UfNetworkMeeting } from './network-meeting.js';
import { da as copy } from './network-meeting.copy.js';
import { en as englishCopy } from './network-meeting.copy.en.js';

const NOW = new Date('2026-11-24T09:15:00Z');
const TODAY = danishToday(NOW);
const seed = buildSeed(TODAY);
const { manyHandovers, steady } = seedCourseIds;
const da = messagesFor('da');
const date = (day: string) => formatDate(day, da);

interface Setup {
  mode?: NetworkMeetingMode;
  course?: string;
  lang?: string;
  fault?: TransportFault;
  timeoutMs?: number;
  /** Also a staff plan of the course, on the same client. */
  withPlan?: boolean;
  /** Also a staff contact card of the course, on the same client. */
  withCard?: boolean;
  transport?: MemoryTransport;
  client?: UfClient;
}

async function renderMeeting(setup: Setup = {}) {
  const transport = setup.transport ?? new MemoryTransport({ seed, audience: setup.mode === 'staff' ? 'staff' : 'youth' });
  const client = setup.client ?? clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const record = (event: Event): void => void events.push(event as CustomEvent);
  const course = setup.course ?? manyHandovers;
  const wrapper = await fixture<HTMLDivElement>(html`
    <div @uf-meetings-loaded=${record} @uf-meeting-saved=${record} @uf-decision-agreed=${record} @uf-error=${record}>
      <uf-network-meeting .client=${client} .now=${NOW} mode=${ifDefined(setup.mode)} course=${course} lang=${ifDefined(setup.lang)}></uf-network-meeting>
      ${setup.withPlan ? html`<uf-plan .client=${client} .now=${NOW} mode="staff" course=${course}></uf-plan>` : ''}
      ${setup.withCard ? html`<uf-contact-card .client=${client} .now=${NOW} mode="staff" course=${course}></uf-contact-card>` : ''}
    </div>
  `);
  const element = wrapper.querySelector('uf-network-meeting')!;
  await settled(element);
  if (setup.mode === 'staff' && !setup.fault) await waitUntil(() => shown(element.shadowRoot!, '[part~="agenda"], .meta'), 'the agenda is built');
  const plan = wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('uf-plan');
  if (plan) await settled(plan);
  const card = wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('uf-contact-card');
  if (card) await settled(card);
  return { element, root: element.shadowRoot!, plan, card, transport, client, events };
}

const status = (root: ShadowRoot) => text(root.querySelector('[part="status"]'));
const alert = (root: ShadowRoot) => text(root.querySelector('[part="write-problem"] [role="alert"]'));
const agenda = (root: ShadowRoot) => [...root.querySelectorAll('[part~="agenda-item"]')].map(text);
const decisions = (root: ShadowRoot) => [...root.querySelectorAll('[part="decision"]')].map(text);

/** Adds a decision on an existing effort through the form, and waits until it is stored. */
async function addDecision(element: UfNetworkMeeting, action: string, effortId: string): Promise<void> {
  const root = element.shadowRoot!;
  button(root, copy.staff.addDecision).click();
  await element.updateComplete;
  await typeInto(element, '#decision-action', action);
  await typeInto(element, '#decision-how', 'Aftalt på mødet');
  await typeInto(element, '#decision-owner', root.querySelector<HTMLOptionElement>('#decision-owner option:nth-child(2)')!.value);
  await typeInto(element, '#decision-due', addDays(TODAY, 14));
  await typeInto(element, '#decision-effort', effortId);
  root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  await until(element, () => !shown(root, '[part="form"]'), 'the decision is stored');
}

const effortAction = async (client: UfClient, effortId: string) =>
  (await client.plan.get(manyHandovers))!.value.efforts.find((effort) => effort.id === effortId)?.nextAction?.text;

describe('<uf-network-meeting>', () => {
  describe('for staff', () => {
    it('opens the next meeting with an agenda from the plan: the young person’s point first, the last decisions, the changed life goal, the warnings, the professionals’ last', async () => {
      const { element, root, events } = await renderMeeting({ mode: 'staff' });
      expect(text(root.querySelector('#meeting-title'))).to.contain(copy.meetingTitle(''));
      const items = agenda(root);
      expect(items[0]).to.equal(`${copy.staff.youthPoint}: Jeg forstår ikke, hvorfor jeg har to mentorer.`);
      expect(items[1]).to.contain('Følge Freja til hundeklubben').and.contain(copy.staff.followUp.open);
      expect(items[2]).to.equal(copy.staff.lifeGoalChanged(date(addDays(TODAY, -21))));
      expect(items.at(-1)).to.equal(`${copy.staff.professionalPoint}: Aftale, hvem der følger op på praktikken.`);
      expect(
        items.some((item) => item.includes('Finde praktiksteder')),
        'the overdue next action',
      ).to.equal(true);
      expect([...root.querySelectorAll('[part="participants"] li')].map(text)[0])
        .to.contain(`Peter Nørgaard, Jobcenter`)
        .and.contain(copy.staff.roles.coordinator);
      expect(events.map((event): unknown[] => [event.type, event.detail as unknown])).to.deep.equal([['uf-meetings-loaded', { count: 3, upcoming: 1 }]]);
      await expect(element).to.be.accessible();
    });

    it('agrees two decisions, and the plan on the page shows them as next actions', async () => {
      const { element, root, plan, client, events } = await renderMeeting({ mode: 'staff', withPlan: true });
      await addDecision(element, 'Besøge dyrehandlen', 'e-h1');
      await addDecision(element, 'Vælge én mentor', 'e-h2');
      expect(decisions(root)).to.have.length(2);
      expect(decisions(root)[0]).to.contain(copy.staff.proposed);
      button(root, copy.staff.agree('Besøge dyrehandlen')).click();
      await until(element, () => decisions(root)[0]!.includes(copy.staff.inPlan), 'the first is in the plan');
      expect(root.activeElement?.id, 'focus on the decision').to.equal(`${root.querySelector('[part="decision"]')!.id}`);
      button(root, copy.staff.agree('Vælge én mentor')).click();
      await until(element, () => decisions(root)[1]!.includes(copy.staff.inPlan), 'the second is in the plan');
      expect(status(root)).to.equal(copy.staff.inPlan);
      expect(await effortAction(client, 'e-h1')).to.equal('Besøge dyrehandlen – Aftalt på mødet');
      expect(await effortAction(client, 'e-h2')).to.equal('Vælge én mentor – Aftalt på mødet');
      await waitUntil(() => text(plan!.shadowRoot).includes('Vælge én mentor – Aftalt på mødet'), 'the plan on the page shows the new next action');
      expect(events.filter((event) => event.type === 'uf-decision-agreed').map((event) => event.detail as unknown)).to.deep.equal([
        { outcome: 'inPlan' },
        { outcome: 'inPlan' },
      ]);
      await expect(element).to.be.accessible();
    });

    it('a plan changed meanwhile from another browser: says so, keeps the decision as agreed, and puts it in their version without losing their change', async () => {
      const transport = new MemoryTransport({ seed, signIn: true });
      const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => seedUserIds.teamSyd });
      const other = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => seedUserIds.teamSyd });
      const { element, root } = await renderMeeting({ mode: 'staff', transport, client });
      await addDecision(element, 'Besøge dyrehandlen', 'e-h1');
      const theirs = (await other.plan.get(manyHandovers))!;
      const update = toPlanUpdate(theirs.value);
      await other.plan.update(
        manyHandovers,
        { ...update, efforts: update.efforts.map((effort) => (effort.id === 'e-h2' ? { ...effort, how: 'Karin og Freja mødes hver tirsdag' } : effort)) },
        { ifMatch: theirs.etag },
      );
      button(root, copy.staff.agree('Besøge dyrehandlen')).click();
      await until(element, () => shown(root, '[part="decision"] [part="write-problem"]'), 'the conflict is said');
      expect(alert(root)).to.contain('ændrede planen');
      expect(decisions(root)[0]).to.contain(copy.staff.notInPlanYet);
      await expect(element).to.be.accessible();
      button(root, copy.staff.putInPlan('Besøge dyrehandlen')).click();
      await until(element, () => decisions(root)[0]!.includes(copy.staff.inPlan), 'in their version now');
      const stored = (await client.plan.get(manyHandovers))!.value;
      expect(stored.efforts.find((effort) => effort.id === 'e-h1')?.nextAction?.text).to.equal('Besøge dyrehandlen – Aftalt på mødet');
      expect(stored.efforts.find((effort) => effort.id === 'e-h2')?.how, 'their change stays').to.equal('Karin og Freja mødes hver tirsdag');
      expect(shown(root, '[part="write-problem"]')).to.equal(false);
    });

    it('the meeting could not record the decision as agreed: says so beside it, and Prøv igen agrees and puts it in the plan', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const { element, root, client } = await renderMeeting({ mode: 'staff', transport });
      await addDecision(element, 'Besøge dyrehandlen', 'e-h1');
      transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
      button(root, copy.staff.agree('Besøge dyrehandlen')).click();
      await until(element, () => shown(root, '[part="decision"] [part="write-problem"]'), 'the failure is said beside the decision');
      expect(alert(root)).to.equal(`${da.errors.server} ${copy.staff.notSaved}`);
      expect(root.querySelectorAll('[part="write-problem"]'), 'said once').to.have.length(1);
      expect(decisions(root)[0]).to.contain(copy.staff.proposed);
      await expect(element).to.be.accessible();
      button(root, copy.staff.tryAgain).click();
      await until(element, () => decisions(root)[0]!.includes(copy.staff.inPlan), 'in the plan');
      expect(await effortAction(client, 'e-h1')).to.equal('Besøge dyrehandlen – Aftalt på mødet');
    });

    it('the plan could not be saved: the decision stays agreed in the meeting, and Prøv igen puts it in the plan', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      let refused = false;
      const intercept = (method: string, url: string) => {
        if (refused || method !== 'PUT' || !url.endsWith('/plan')) return undefined;
        refused = true;
        return new Response('{}', { status: 500, headers: { 'content-type': 'application/json' } });
      };
      const { element, root, client, events } = await renderMeeting({ mode: 'staff', transport, client: clientOf(transport, { intercept }) });
      await addDecision(element, 'Besøge dyrehandlen', 'e-h1');
      button(root, copy.staff.agree('Besøge dyrehandlen')).click();
      await until(element, () => shown(root, '[part="decision"] [part="write-problem"]'), 'the failure is said');
      expect(alert(root)).to.equal(`${copy.staff.planFailed} ${da.errors.server}`);
      expect(events.filter((event) => event.type === 'uf-error').map((event) => (event.detail as { operation: string }).operation)).to.deep.equal(['save']);
      expect(decisions(root)[0]).to.contain(copy.staff.notInPlanYet);
      button(root, copy.staff.tryAgain).click();
      await until(element, () => decisions(root)[0]!.includes(copy.staff.inPlan), 'in the plan');
      expect(await effortAction(client, 'e-h1')).to.equal('Besøge dyrehandlen – Aftalt på mødet');
    });

    it('names who changed the plan meanwhile: the newest revision’s author', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const { element, root } = await renderMeeting({ mode: 'staff', transport });
      await addDecision(element, 'Besøge dyrehandlen', 'e-h1');
      const revision = (number: number, name: string) => ({
        number,
        at: new Date(NOW.getTime() - (3 - number) * 60_000).toISOString(),
        by: { role: 'professional' as const, name },
        changes: [{ target: 'effort' as const, targetId: 'e-h2', action: 'changed' as const }],
      });
      transport.changePlan(manyHandovers, (plan) => {
        plan.efforts.find((effort) => effort.id === 'e-h2')!.how = 'Karin og Freja mødes hver tirsdag';
        // Newest first, as the API keeps them.
        plan.revisions = [revision(2, 'Karin Vestergaard'), revision(1, 'Jonas Kragh')];
      });
      button(root, copy.staff.agree('Besøge dyrehandlen')).click();
      await until(element, () => shown(root, '[part="decision"] [part="write-problem"]'), 'the conflict is said');
      expect(alert(root)).to.equal(copy.staff.planChanged('Karin Vestergaard'));
    });

    it('a decision whose effort left the plan: says so, and it can be taken back', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const { element, root } = await renderMeeting({ mode: 'staff', transport });
      await addDecision(element, 'Vælge én mentor', 'e-h2');
      transport.changePlan(manyHandovers, (plan) => {
        plan.efforts = plan.efforts.filter((effort) => effort.id !== 'e-h2');
      });
      button(root, copy.staff.agree('Vælge én mentor')).click();
      await until(element, () => shown(root, '[part="decision"] [part="write-problem"]'), 'the conflict is said');
      button(root, copy.staff.putInPlan('Vælge én mentor')).click();
      await until(element, () => alert(root) === copy.staff.effortGoneProblem, 'the effort is gone, said so');
      expect(decisions(root)[0]).to.contain(copy.staff.effortGone);
      expect(shown(root, '[part="write-problem"] button'), 'no Prøv igen: it cannot help').to.equal(false);
      await expect(element).to.be.accessible();
      button(root, copy.staff.removeDecision('Vælge én mentor')).click();
      await until(element, () => decisions(root).length === 0, 'taken back');
    });

    it('a course without a plan: decisions can be written, not agreed, and it says why', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const client = clientOf(transport, {});
      const planned = (await client.meetings.list(manyHandovers)).meetings.find((meeting) => meeting.id === 'm-h3')!;
      await client.meetings.save(
        manyHandovers,
        applyMeetingEdit(planned, {
          kind: 'decision',
          decision: {
            id: 'd-x',
            action: 'Besøge dyrehandlen',
            how: 'Sammen',
            owner: { name: 'Peter Nørgaard', unit: planned.participants[0]!.unit! },
            due: addDays(TODAY, 7),
            effortId: 'e-h1',
            status: 'proposed',
            inPlan: false,
            followUp: 'open',
          },
        }),
        { basedOn: planned.version },
      );
      const noPlan = (method: string, url: string) => (method === 'GET' && url.endsWith('/plan') ? new Response(null, { status: 204 }) : undefined);
      const { element, root } = await renderMeeting({ mode: 'staff', transport, client: clientOf(transport, { intercept: noPlan }) });
      expect(text(root.querySelector('[aria-labelledby="decisions-title"]'))).to.contain(copy.staff.noPlan);
      expect(button(root, copy.staff.agree('Besøge dyrehandlen')).disabled).to.equal(true);
      expect(button(root, copy.staff.removeDecision('Besøge dyrehandlen')).disabled, 'a proposal can still be taken back').to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('a choice a colleague took away meanwhile is asked for again, not sent', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const { element, root, client } = await renderMeeting({ mode: 'staff', transport });
      button(root, copy.staff.recordHandover).click();
      await element.updateComplete;
      await typeInto(element, '#handover-person', 'pa-karin');
      const planned = (await client.meetings.list(manyHandovers)).meetings.find((meeting) => meeting.id === 'm-h3')!;
      await client.meetings.save(manyHandovers, applyMeetingEdit(planned, { kind: 'removeParticipant', participantId: 'pa-karin' }), {
        basedOn: planned.version,
      });
      await element.refresh();
      await element.updateComplete;
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => text(root.querySelector('#handover-person-problem')) === copy.staff.forms.missing, 'asked for again');
      expect(root.activeElement?.id).to.equal('handover-person');
    });

    it('a meeting saved meanwhile by a colleague: keeps what was typed, and Prøv igen adds it to their version', async () => {
      const transport = new MemoryTransport({ seed, signIn: true });
      const client = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => seedUserIds.teamSyd });
      const other = createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => seedUserIds.teamSyd });
      const { element, root } = await renderMeeting({ mode: 'staff', transport, client });
      const planned = (await other.meetings.list(manyHandovers)).meetings.find((meeting) => meeting.id === 'm-h3')!;
      await other.meetings.save(
        manyHandovers,
        applyMeetingEdit(planned, { kind: 'point', point: { id: 'pt-theirs', from: 'professional', text: 'Skolestart' } }),
        { basedOn: planned.version },
      );
      button(root, copy.staff.addPoint).click();
      await element.updateComplete;
      await typeInto(element, '#point-text', 'Jeg vil gerne have én mentor');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => shown(root, '[part="write-problem"]'), 'the conflict is said');
      expect(alert(root)).to.equal(copy.staff.changedMeanwhile('Peter Nørgaard'));
      expect(root.querySelector<HTMLTextAreaElement>('#point-text')!.value).to.equal('Jeg vil gerne have én mentor');
      expect(root.activeElement?.textContent?.trim()).to.equal(copy.staff.tryAgain);
      await expect(element).to.be.accessible();
      button(root, copy.staff.tryAgain).click();
      await until(element, () => !shown(root, '[part="form"]'), 'stored');
      const items = agenda(root);
      expect(items[1]).to.contain('Jeg vil gerne have én mentor');
      expect(items.some((item) => item.includes('Skolestart'))).to.equal(true);
    });

    for (const failure of failureCases(da)) {
      it(`adding a point, ${failure.name}: says so, keeps what was typed${failure.retry ? ', and Prøv igen stores it once' : ''}`, async () => {
        const transport = new MemoryTransport({ seed, audience: 'staff' });
        const { element, root } = await renderMeeting({ mode: 'staff', transport, timeoutMs: FAILURE_TIMEOUT_MS });
        button(root, copy.staff.addPoint).click();
        await element.updateComplete;
        await typeInto(element, '#point-text', 'Hvornår starter praktikken?');
        transport.inject(failure.fault, { times: 1 });
        root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
        await until(element, () => shown(root, '[part="write-problem"]'), 'the failure is said');
        expect(alert(root)).to.equal(`${failure.sentence('staff')} ${copy.staff.notSaved}`);
        expect(root.querySelector<HTMLTextAreaElement>('#point-text')!.value).to.equal('Hvornår starter praktikken?');
        expect(shown(root, '[part="write-problem"] button')).to.equal(failure.retry);
        await expect(element).to.be.accessible();
        if (!failure.retry) return;
        button(root, copy.staff.tryAgain).click();
        await until(element, () => !shown(root, '[part="form"]'), 'stored');
        expect(agenda(root).filter((item) => item.includes('Hvornår starter praktikken?'))).to.have.length(1);
      });
    }

    it('an answer lost on the way: Prøv igen finds the point already stored and says it is saved, not that someone else changed the meeting', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      let lost = false;
      // The server stores the meeting; its answer never arrives.
      const client = createClient({
        baseUrl: transport.baseUrl,
        retries: 0,
        fetch: async (input, init) => {
          const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
          const url = String(input instanceof Request ? input.url : input);
          const answer = await transport.fetch(input, init);
          if (lost || method !== 'PUT' || !url.includes('/meetings/')) return answer;
          lost = true;
          throw new TypeError('Failed to fetch');
        },
      });
      const { element, root } = await renderMeeting({ mode: 'staff', transport, client });
      button(root, copy.staff.addPoint).click();
      await element.updateComplete;
      await typeInto(element, '#point-text', 'Hvornår starter praktikken?');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => shown(root, '[part="write-problem"] button'), 'the failure is said');
      button(root, copy.staff.tryAgain).click();
      await until(element, () => !shown(root, '[part="form"]'), 'stored');
      expect(status(root)).to.equal(copy.staff.saved);
      expect(agenda(root).filter((item) => item.includes('Hvornår starter praktikken?'))).to.have.length(1);
    });

    it('marks how the last meeting’s decision went by keyboard, with focus kept on the button pressed', async () => {
      const { element, root } = await renderMeeting({ mode: 'staff' });
      const done = () => root.querySelector<HTMLButtonElement>('[data-follow-up="d-h2a:done"]')!;
      done().focus();
      await sendKeys({ press: 'Enter' });
      await until(element, () => done().getAttribute('aria-pressed') === 'true', 'marked done');
      await until(element, () => root.activeElement === done(), 'focus kept on the button');
      expect(agenda(root)[1]).to.contain(copy.staff.followUp.done);
      expect(status(root)).to.equal(copy.staff.saved);
    });

    it('asks for what is missing, with focus on the first field that needs it', async () => {
      const { element, root } = await renderMeeting({ mode: 'staff' });
      button(root, copy.staff.addDecision).focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(root.activeElement?.id, 'focus in the form').to.equal('decision-action');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await element.updateComplete;
      await until(element, () => root.activeElement?.id === 'decision-action', 'focus on what is missing');
      expect(text(root.querySelector('#decision-action-problem'))).to.equal(copy.staff.forms.missing);
      expect(root.querySelectorAll('[aria-invalid="true"]')).to.have.length(5);
      await expect(element).to.be.accessible();
      button(root, copy.staff.forms.cancel).click();
      await until(element, () => root.activeElement?.getAttribute('data-action') === 'add-decision', 'focus back on the button that opened it');
    });

    it('records a handover, marks the meeting held, and the contact, and the card on the page, change with one handover more', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const { element, root, client, card } = await renderMeeting({ mode: 'staff', transport, withCard: true });
      expect(text(card!.shadowRoot)).to.not.contain('Karin Vestergaard');
      const before = (await client.contact.get(manyHandovers))!.value;
      button(root, copy.staff.recordHandover).click();
      await element.updateComplete;
      await typeInto(element, '#handover-person', 'pa-karin');
      await typeInto(element, '#handover-phone', '12 34');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => text(root.querySelector('#handover-phone-problem')) === copy.staff.forms.badPhone, 'a wrong number is said');
      await typeInto(element, '#handover-phone', '21 43 65 87');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => text(root).includes(copy.staff.handoverWaits), 'the handover waits for the meeting');
      await until(element, () => root.activeElement?.id === 'handover-title', 'focus on the section, its button gone');
      button(root, copy.staff.markHeld).click();
      await until(element, () => !text(root).includes(copy.staff.handoverWaits), 'held');
      const after = (await client.contact.get(manyHandovers))!.value;
      expect(after.person.name).to.equal('Karin Vestergaard');
      expect(after.handovers).to.equal(before.handovers + 1);
      expect(after.channels.map((channel) => channel.kind)).to.deep.equal(['phone', 'sms']);
      await waitUntil(() => text(card!.shadowRoot).includes('Karin Vestergaard'), 'the card on the page shows the new contact person');
      await expect(element).to.be.accessible();
    });

    it('writes minutes shared with the young person, and plans the next meeting with the same network', async () => {
      const { element, root, events } = await renderMeeting({ mode: 'staff' });
      button(root, copy.staff.writeMinutes(false)).click();
      await element.updateComplete;
      await typeInto(element, '#minutes-text', 'Du får én mentor: Peter.');
      root.querySelector<HTMLInputElement>('#minutes-share')!.click();
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => text(root.querySelector('[part="minutes"]')).includes('Du får én mentor'), 'the minutes are shown');
      expect(text(root.querySelector('[part="minutes"]'))).to.contain(copy.staff.minutesShared);
      button(root, copy.staff.planNext).click();
      await element.updateComplete;
      await typeInto(element, '#meeting-at', `${addDays(TODAY, 35)}T10:00`);
      await typeInto(element, '#meeting-where', 'Videomøde');
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => text(root.querySelector('dl')).includes('Videomøde'), 'the new meeting is shown');
      expect(root.activeElement?.id).to.equal('meeting-title');
      expect([...root.querySelectorAll('[part="participants"] li')]).to.have.length(4);
      expect(text(root.querySelector('[part="other-meetings"]'))).to.contain(copy.staff.status.planned);
      expect(events.filter((event) => event.type === 'uf-meeting-saved').map((event) => event.detail as unknown)).to.deep.equal([
        { change: 'minutes' },
        { change: 'planned' },
      ]);
      await expect(element).to.be.accessible();
    });

    it('a course with no meetings: plans the first one with its coordinator', async () => {
      const { element, root } = await renderMeeting({ mode: 'staff', course: steady });
      expect(text(root)).to.contain(copy.staff.empty);
      button(root, copy.staff.planFirst).click();
      await element.updateComplete;
      await typeInto(element, '#meeting-at', `${addDays(TODAY, 3)}T13:00`);
      await typeInto(element, '#meeting-where', 'Ungehuset');
      await typeInto(element, '#meeting-coordinator', 'Sara Holm');
      await typeInto(element, '#meeting-unit', root.querySelector<HTMLOptionElement>('#meeting-unit option:nth-child(2)')!.value);
      root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      await until(element, () => shown(root, '#meeting-title'), 'planned');
      expect(text(root.querySelector('[part="participants"]')))
        .to.contain('Sara Holm')
        .and.contain(copy.staff.roles.coordinator);
      await expect(element).to.be.accessible();
    });

    it('says why loading failed, and Prøv igen loads the meetings', async () => {
      const { element, root, events } = await renderMeeting({ mode: 'staff', fault: { kind: 'status', status: 503 } });
      expect(text(root.querySelector('[part="error"]'))).to.contain(da.errors.server);
      expect(events.map((event) => event.type)).to.deep.equal(['uf-error']);
      await expect(element).to.be.accessible();
      button(root, da.retry).click();
      await until(element, () => shown(root, '#meeting-title'), 'loaded');
    });
  });

  describe('for the young person', () => {
    it('shows who comes, their own points, what was agreed in plain words and shared minutes; never a professional’s point or minutes not shared', async () => {
      const { element, root } = await renderMeeting({ mode: 'youth' });
      const all = text(root);
      expect(all).to.contain('Jeg forstår ikke, hvorfor jeg har to mentorer.');
      expect(all).to.not.contain('Aftale, hvem der følger op på praktikken.');
      expect(all).to.contain(
        copy.youth.decision(
          'Karin Vestergaard',
          'Følge Freja til hundeklubben',
          'Karin går med første gang og bliver, til Freja er tryg',
          date(addDays(TODAY, 9)),
        ),
      );
      expect(all).to.contain('Peter er din nye kontaktperson fra i dag.');
      expect(text(root.querySelector('[part="meeting"]'))).to.contain(copy.youth.you);
      expect(shown(root, 'button')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('even when a case system sends the professionals’ points and unshared minutes, it does not show them', async () => {
      const transport = new MemoryTransport({ seed, audience: 'staff' });
      const staffClient = clientOf(transport, {});
      const planned = (await staffClient.meetings.list(manyHandovers)).meetings.find((meeting) => meeting.id === 'm-h3')!;
      const secret: NetworkMeeting = await staffClient.meetings.save(
        manyHandovers,
        applyMeetingEdit(planned, { kind: 'minutes', minutes: { text: 'Kun for teamet: bekymring', sharedWithYouth: false } }),
        {
          basedOn: planned.version,
        },
      );
      expect(secret.minutes?.sharedWithYouth).to.equal(false);
      const { element, root } = await renderMeeting({ mode: 'youth', transport, client: staffClient });
      expect(text(root)).to.not.contain('Kun for teamet');
      expect(text(root)).to.not.contain('Aftale, hvem der følger op på praktikken.');
      await expect(element).to.be.accessible();
    });

    it('speaks English', async () => {
      const { root } = await renderMeeting({ mode: 'youth', lang: 'en' });
      await waitUntil(() => text(root.querySelector('#title')) === englishCopy.youth.title, 'English');
      expect(text(root)).to.contain(englishCopy.youth.decidedHeading);
    });

    it('says when there are no meetings', async () => {
      const { element, root } = await renderMeeting({ mode: 'youth', course: steady });
      expect(text(root)).to.contain(copy.youth.empty);
      await expect(element).to.be.accessible();
    });
  });
});

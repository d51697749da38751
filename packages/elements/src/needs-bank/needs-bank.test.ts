import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, danishToday, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, type Seed } from '@ungeforlob/sdk/seed';
import { messagesFor } from '../i18n/index.js';
import { FAILURE_TIMEOUT_MS, clientOf, failureCases, shown, type Intercept } from '../testing/failure-cases.js';
import './define.js';
import type { NeedsBankMode, UfNeedsBank } from './needs-bank.js';
import { da as copy } from './needs-bank.copy.js';
import { en as englishCopy } from './needs-bank.copy.en.js';

const NOW = new Date('2026-11-24T09:15:00Z');
const TODAY = danishToday(NOW);
const seed = buildSeed(TODAY);
const steady = seedCourseIds.steady;
const da = messagesFor('da');

interface Setup {
  mode?: NeedsBankMode;
  course?: string;
  lang?: string;
  seed?: Seed;
  fault?: TransportFault;
  timeoutMs?: number;
  intercept?: Intercept;
}

async function renderBank(setup: Setup = {}) {
  const transport = new MemoryTransport({ seed: setup.seed ?? seed, audience: setup.mode === 'youth' ? 'youth' : 'staff' });
  const client = clientOf(transport, setup);
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const events: CustomEvent[] = [];
  const record = (event: Event): void => void events.push(event as CustomEvent);
  const wrapper = await fixture<HTMLDivElement>(html`
    <div @uf-needs-loaded=${record} @uf-error=${record}>
      <uf-needs-bank .client=${client} .now=${NOW} mode=${ifDefined(setup.mode)} course=${ifDefined(setup.course)} lang=${ifDefined(setup.lang)}></uf-needs-bank>
    </div>
  `);
  const bank = wrapper.querySelector('uf-needs-bank')!;
  await settled(bank);
  return { bank, root: bank.shadowRoot!, transport, client, events };
}

async function settled(bank: UfNeedsBank): Promise<void> {
  await waitUntil(() => bank.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') === 'false', 'the needs bank did not settle', { timeout: 4000 });
  await bank.updateComplete;
}

const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (root: ShadowRoot) => text(root.querySelector('[part="status"]'));
const alert = (root: ShadowRoot) => text(root.querySelector('[part="write-problem"] [role="alert"]'));

function button(root: ShadowRoot, label: string, within: ParentNode = root): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find((candidate) => text(candidate) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

async function type(bank: UfNeedsBank, selector: string, value: string): Promise<void> {
  const field = bank.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  await bank.updateComplete;
}

async function until(bank: UfNeedsBank, done: () => boolean, what: string): Promise<void> {
  await waitUntil(done, what, { timeout: 3000 });
  await bank.updateComplete;
}

describe('<uf-needs-bank>', () => {
  describe('for the course’s team', () => {
    it('shows the shared needs with their proposals, in the young person’s words, and is accessible', async () => {
      const { root, events } = await renderBank({ mode: 'team', course: steady });
      const need = root.querySelector('[part~="need"]')!;
      expect(text(need.querySelector('h4'))).to.equal('Mestring: Møde op til tiden fire dage om ugen');
      expect(text(need.querySelector('[part="words"]'))).to.contain('Jeg har svært ved at komme op om morgenen');
      expect(text(need.querySelector('[part~="proposal"]')))
        .to.contain('Søvnforløb for unge')
        .and.contain('Peter Nørgaard')
        .and.contain(copy.team.proposalStatus.open);
      expect(events.find((event) => event.type === 'uf-needs-loaded')?.detail).to.deep.equal({ count: 1 });
      await expect(root.host).to.be.accessible();
    });

    it('shares a need only with a goal, the words and the young person’s yes; then shows it and says so', async () => {
      const { bank, root, transport } = await renderBank({ mode: 'team', course: steady });
      button(root, copy.team.shareButton).click();
      await bank.updateComplete;
      expect(root.activeElement?.id, 'focus in the form').to.equal('share-goal');
      button(root, copy.team.submitShare).click();
      await bank.updateComplete;
      expect([...root.querySelectorAll('.field-problem')].map(text)).to.deep.equal([copy.team.missing.goal, copy.team.missing.text, copy.team.missing.agreed]);
      expect(root.activeElement?.id, 'focus on the first field to fix').to.equal('share-goal');
      expect(
        transport.requests.filter((request) => request.startsWith('PUT')),
        'nothing sent',
      ).to.deep.equal([]);
      await expect(root.host).to.be.accessible();

      await type(bank, '#share-goal', 'g-s2');
      await type(bank, '#share-text', 'Jeg vil gerne spille fodbold igen, men ikke starte alene.');
      root.querySelector<HTMLInputElement>('#share-agreed')!.click();
      await bank.updateComplete;
      button(root, copy.team.submitShare).click();
      await until(bank, () => status(root) === copy.team.savedShare, 'the share is said');
      expect(root.querySelector('form'), 'the form closes').to.equal(null);
      const needs = [...root.querySelectorAll('[part~="need"]')];
      expect(needs).to.have.length(2);
      expect(text(needs[0]!.querySelector('[part="words"]'))).to.equal('Jeg vil gerne spille fodbold igen, men ikke starte alene.');
      expect(root.activeElement?.id, 'focus on the new need').to.match(/^need-need-/);
    });

    it('keeps what was typed when sharing fails, and Prøv igen sends the same need once', async () => {
      const { bank, root, transport } = await renderBank({ mode: 'team', course: steady });
      button(root, copy.team.shareButton).click();
      await bank.updateComplete;
      await type(bank, '#share-goal', 'g-s1');
      await type(bank, '#share-text', 'Jeg vil gerne vide mere om tømreruddannelsen.');
      root.querySelector<HTMLInputElement>('#share-agreed')!.click();
      transport.inject({ kind: 'status', status: 503 }, { times: 1, method: 'PUT' });
      button(root, copy.team.submitShare).click();
      await until(bank, () => alert(root) !== '', 'the failure is said');
      expect(alert(root)).to.equal(`${da.errors.server} ${copy.notSaved}`);
      expect(root.querySelector<HTMLTextAreaElement>('#share-text')!.value, 'the words are kept').to.equal('Jeg vil gerne vide mere om tømreruddannelsen.');
      await expect(root.host).to.be.accessible();
      button(root, copy.tryAgain, root.querySelector('[part="write-problem"]')!).click();
      await until(bank, () => status(root) === copy.team.savedShare, 'the retry lands');
      const puts = transport.requests.filter((request) => request.startsWith('PUT'));
      expect(puts).to.have.length(2);
      expect(puts[0], 'the same id both times').to.equal(puts[1]);
    });

    it('takes a proposal into the plan, and the need is closed', async () => {
      const { bank, root, client } = await renderBank({ mode: 'team', course: steady });
      button(root, copy.team.accept).click();
      await until(bank, () => status(root) === copy.team.savedAccepted('Søvnforløb for unge'), 'the acceptance is said');
      const need = root.querySelector('[part~="need"]')!;
      expect(root.activeElement?.id, 'focus on the proposal, whose buttons went').to.equal('proposal-p-s1a');
      expect(text(need.querySelector('.badge'))).to.equal(copy.team.needStatus.closed);
      expect(text(need.querySelector('.proposal-status'))).to.match(/^Taget ind i planen /);
      const plan = (await client.plan.get(steady))!.value;
      expect(plan.efforts.at(-1)).to.deep.include({ status: 'planned', goalIds: ['g-s3'] });
      expect(plan.efforts.at(-1)!.offer.id).to.equal('o-soevn');
    });

    it('offers only Afvis for the open proposals of a closed need', async () => {
      const { bank, root } = await renderBank({ mode: 'team', course: steady });
      button(root, copy.team.closeNeed).click();
      await until(bank, () => status(root) === copy.team.savedChange('closed'), 'the need is closed');
      const proposal = root.querySelector('[part~="proposal"]')!;
      expect([...proposal.querySelectorAll('button')].map(text)).to.deep.equal([copy.team.decline]);
      expect(shown(root, '[part="double-offer-warning"]')).to.equal(false);
    });

    it('declines a proposal only with a reason, which it then shows the team', async () => {
      const { bank, root } = await renderBank({ mode: 'team', course: steady });
      button(root, copy.team.decline).click();
      await bank.updateComplete;
      expect(root.activeElement?.id).to.equal('reason-p-s1a');
      button(root, copy.team.submitDecline).click();
      await bank.updateComplete;
      expect(text(root.querySelector('.field-problem'))).to.equal(copy.team.missing.reason);
      await type(bank, '#reason-p-s1a', 'Hun starter i et søvnforløb hos egen læge');
      button(root, copy.team.submitDecline).click();
      await until(bank, () => status(root) === copy.team.savedDeclined, 'the decline is said');
      expect(text(root.querySelector('.reason'))).to.equal(`${copy.team.declinedBecause}: Hun starter i et søvnforløb hos egen læge`);
      expect(root.activeElement?.id).to.equal('proposal-p-s1a');
      await expect(root.host).to.be.accessible();
    });

    it('warns under a proposal that would double an active effort of the plan (same kind, another unit)', async () => {
      const { bank, root, client } = await renderBank({ mode: 'team', course: steady });
      // Amalie's mentor from Ungeindsatsen is active; the jobcentre's mentor would double it. The
      // proposal names another unit: the catalogue's unit for the offer is the one that counts.
      await client.needs.propose('n-s1', {
        id: 'p-double',
        offer: { id: 'o-mentor-job', name: 'Mentor', kind: 'mentor' },
        unit: { id: 'u-andet', name: 'En anden enhed' },
        person: 'Karsten fra jobcentret',
        how: 'Et fast møde hver uge',
        when: 'Fra næste måned',
      });
      await bank.refresh();
      await bank.updateComplete;
      const warnings = [...root.querySelectorAll('[part="double-offer-warning"]')].map(text);
      expect(warnings).to.deep.equal([copy.team.doubleOffer('Mentor (beskæftigelse)', 'Ungeindsatsen, Fjordby Kommune')]);
      expect(text(root.querySelector('#proposal-p-double'))).to.equal('Mentor (beskæftigelse) – Jobcenter Fjordby');
      expect(root.querySelector('#proposal-p-double')!.closest('[part~="proposal"]')!.contains(root.querySelector('[part="double-offer-warning"]'))).to.equal(
        true,
      );
      await expect(root.host).to.be.accessible();
    });

    it('says so when someone else answered the proposal first, and shows their answer', async () => {
      const { bank, root, client } = await renderBank({ mode: 'team', course: steady });
      await client.needs.decide(steady, 'n-s1', 'p-s1a', { outcome: 'declined', reason: 'Ikke nu' });
      button(root, copy.team.accept).click();
      await until(bank, () => alert(root) !== '', 'the conflict is said');
      expect(alert(root)).to.equal(copy.team.alreadyDecided);
      expect(text(root.querySelector('.proposal-status'))).to.match(/^Afvist /);
      expect(shown(root, '[part="write-problem"] button'), 'no Prøv igen: it would meet the same answer').to.equal(false);
    });

    for (const failure of failureCases(da)) {
      it(`taking a proposal in, ${failure.name}: says so, keeps the proposal open${failure.retry ? ', with Prøv igen' : ''}`, async () => {
        const { bank, root, transport, events } = await renderBank({ mode: 'team', course: steady, timeoutMs: FAILURE_TIMEOUT_MS });
        transport.inject(failure.fault, { times: 1, method: 'PUT' });
        button(root, copy.team.accept).click();
        await until(bank, () => alert(root) !== '', 'the failure is said');
        expect(alert(root)).to.equal(`${failure.sentence('staff')} ${copy.notDone}`);
        expect(shown(root, '[part="write-problem"] button')).to.equal(failure.retry);
        expect(text(root.querySelector('.proposal-status'))).to.equal(copy.team.proposalStatus.open);
        expect(events.filter((event) => event.type === 'uf-error').map((event) => (event.detail as { operation: string }).operation)).to.deep.equal(['save']);
      });
    }

    it('is reached by keyboard: the share button opens the form with focus on its first field, Annuller returns it', async () => {
      const { bank, root } = await renderBank({ mode: 'team', course: steady });
      await sendKeys({ press: 'Tab' });
      expect(text(root.activeElement)).to.equal(copy.team.shareButton);
      await sendKeys({ press: 'Enter' });
      await bank.updateComplete;
      expect(root.activeElement?.id).to.equal('share-goal');
      button(root, copy.team.cancel).focus();
      await sendKeys({ press: 'Enter' });
      await bank.updateComplete;
      expect(text(root.activeElement)).to.equal(copy.team.shareButton);
    });

    it('declines by keyboard: Afvis opens the reason with focus in it, Annuller returns to Afvis', async () => {
      const { bank, root } = await renderBank({ mode: 'team', course: steady });
      button(root, copy.team.decline).focus();
      await sendKeys({ press: 'Enter' });
      await bank.updateComplete;
      expect(root.activeElement?.id).to.equal('reason-p-s1a');
      button(root, copy.team.cancel).focus();
      await sendKeys({ press: 'Enter' });
      await bank.updateComplete;
      expect(text(root.activeElement)).to.equal(copy.team.decline);
    });
  });

  describe('for a professional of another team', () => {
    it('shows the open needs without who the young people are, and is accessible', async () => {
      const { root, events } = await renderBank({ mode: 'bank' });
      const needs = [...root.querySelectorAll('[part~="need"]')];
      expect(needs.map((need) => text(need.querySelector('h3')))).to.deep.equal(['Fællesskab · 18–24 år', 'Mestring · 18–24 år']);
      expect(text(root.querySelector('.count'))).to.equal('2 åbne behov');
      expect(text(root)).not.to.contain('Freja').and.not.to.contain('Amalie');
      expect(events.find((event) => event.type === 'uf-needs-loaded')?.detail).to.deep.equal({ count: 2 });
      await expect(root.host).to.be.accessible();
    });

    it('"Hent nye behov" shows a need shared since the bank loaded', async () => {
      const { bank, root, client } = await renderBank({ mode: 'bank' });
      await client.needs.share(steady, {
        id: 'n-later',
        goalId: 'g-s1',
        text: 'Jeg vil gerne prøve et fag på en erhvervsskole.',
        agreedOn: TODAY,
        status: 'open',
      });
      button(root, copy.bank.refresh).click();
      await until(bank, () => text(root.querySelector('.count')) === '3 åbne behov', 'the new need arrives');
      expect(text(root.querySelector('[part~="need"] [part="words"]'))).to.equal('Jeg vil gerne prøve et fag på en erhvervsskole.');
    });

    it('proposes an offer for a need, and shows it as theirs', async () => {
      const { bank, root } = await renderBank({ mode: 'bank' });
      button(root, copy.bank.proposeButton, root.querySelector('[part~="need"]')!).click();
      await bank.updateComplete;
      expect(root.activeElement?.id).to.equal('offer-n-h1');
      button(root, copy.bank.submitProposal).click();
      await bank.updateComplete;
      expect([...root.querySelectorAll('.field-problem')].map(text)).to.deep.equal([
        copy.bank.missing.offer,
        copy.bank.missing.person,
        copy.bank.missing.how,
        copy.bank.missing.when,
      ]);
      await expect(root.host).to.be.accessible();
      await type(bank, '#offer-n-h1', 'o-foelgeskab');
      await type(bank, '#person-n-h1', 'Sigrid, frivillig i Frivilligcenter Fjordby');
      await type(bank, '#how-n-h1', 'Sigrid går med dig den første gang');
      await type(bank, '#when-n-h1', 'Når klubben har træning, lørdag formiddag');
      button(root, copy.bank.submitProposal).click();
      await until(bank, () => status(root) === copy.bank.saved, 'the proposal is said');
      expect(root.activeElement?.id, 'focus on the need answered').to.equal('need-n-h1');
      const mine = root.querySelector('[part~="need"] [part~="proposal"]')!;
      expect(text(mine)).to.contain('Følgeskabsven til fritidsliv').and.contain(copy.bank.proposalStatus.open);
    });

    it('says so when the need was closed meanwhile, and keeps what was typed', async () => {
      const { bank, root, client } = await renderBank({ mode: 'bank' });
      button(root, copy.bank.proposeButton, root.querySelector('[part~="need"]')!).click();
      await bank.updateComplete;
      await type(bank, '#offer-n-h1', 'o-foelgeskab');
      await type(bank, '#person-n-h1', 'Sigrid');
      await type(bank, '#how-n-h1', 'Hun går med');
      await type(bank, '#when-n-h1', 'Lørdage');
      const [need] = (await client.needs.listForCourse(seedCourseIds.manyHandovers)).needs;
      await client.needs.share(
        seedCourseIds.manyHandovers,
        { id: need!.id, goalId: need!.goalId, text: need!.text, agreedOn: need!.agreedOn, status: 'closed' },
        { basedOn: need!.version },
      );
      button(root, copy.bank.submitProposal).click();
      await until(bank, () => alert(root) !== '', 'the conflict is said');
      expect(alert(root)).to.equal(`${copy.bank.needClosed} ${copy.notSaved}`);
      expect(root.querySelector<HTMLInputElement>('#person-n-h1')!.value, 'what was typed is kept').to.equal('Sigrid');
      expect(shown(root, '[part="write-problem"] button'), 'no Prøv igen: the need is closed').to.equal(false);
      await expect(root.host).to.be.accessible();
    });
  });

  describe('for a professional of another team, when a need leaves the bank', () => {
    it('keeps what was typed for it on screen after "Hent nye behov", with why, until it is removed', async () => {
      const { bank, root, client } = await renderBank({ mode: 'bank' });
      button(root, copy.bank.proposeButton, root.querySelector('[part~="need"]')!).click();
      await bank.updateComplete;
      await type(bank, '#person-n-h1', 'Sigrid');
      await type(bank, '#how-n-h1', 'Hun går med');
      const [need] = (await client.needs.listForCourse(seedCourseIds.manyHandovers)).needs;
      await client.needs.share(
        seedCourseIds.manyHandovers,
        { id: need!.id, goalId: need!.goalId, text: need!.text, agreedOn: need!.agreedOn, status: 'closed' },
        { basedOn: need!.version },
      );
      button(root, copy.bank.refresh).click();
      await until(bank, () => root.querySelectorAll('[part~="need"]').length === 1, 'the closed need leaves the bank');
      expect(alert(root)).to.equal(copy.bank.draftForClosedNeed);
      expect(text(root.querySelector('[part="write-problem"] .kept'))).to.equal('Sigrid · Hun går med');
      await expect(root.host).to.be.accessible();
      button(root, copy.bank.dropDraft).click();
      await bank.updateComplete;
      expect(shown(root, '[part="write-problem"]')).to.equal(false);
      expect(root.activeElement?.id, 'focus on the heading, not lost').to.equal('title');
    });
  });

  describe('for the young person', () => {
    it('shows what they shared and what was proposed, in plain words, without the reasons, and is accessible', async () => {
      const declinedSeed = buildSeed(TODAY);
      const { root } = await renderBank({ mode: 'youth', course: seedCourseIds.manyHandovers, seed: declinedSeed });
      expect(text(root.querySelector('#title'))).to.equal(copy.youth.title);
      const needs = [...root.querySelectorAll('[part~="need"]')];
      expect(text(needs[0]!.querySelector('[part="words"]'))).to.equal('Jeg vil gerne gå med i en hundeklub, men jeg tør ikke komme alene første gang.');
      expect(text(needs[0])).to.contain(copy.youth.noProposals);
      expect(text(needs[1])).to.contain('Hjælp til fritidsjob: Vi finder sammen').and.contain(copy.youth.proposalStatus.declined(''));
      expect(text(root)).not.to.contain('Jobcentret har fundet en praktik');
      await expect(root.host).to.be.accessible();
    });

    it('is empty with a short explanation when nothing is shared', async () => {
      const { root } = await renderBank({ mode: 'youth', course: seedCourseIds.contactAway });
      expect(text(root.querySelector('.empty'))).to.equal(copy.youth.empty);
      await expect(root.host).to.be.accessible();
    });
  });

  it('speaks English when asked', async () => {
    const { root } = await renderBank({ mode: 'bank', lang: 'en' });
    await waitUntil(() => text(root.querySelector('#title')) === englishCopy.bank.title, 'English arrives');
    expect(text(root.querySelector('.count'))).to.equal('2 open needs');
  });

  describe('when loading fails', () => {
    for (const mode of ['team', 'bank', 'youth'] as const) {
      for (const failure of failureCases(da)) {
        it(`${mode}, ${failure.name}: says so${failure.retry ? ', with Prøv igen' : ''}`, async () => {
          const { root, events } = await renderBank({
            mode,
            course: mode === 'bank' ? undefined : steady,
            fault: failure.fault,
            timeoutMs: FAILURE_TIMEOUT_MS,
          });
          expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(failure.sentence(mode === 'youth' ? 'youth' : 'staff'));
          expect(shown(root, '[part~="retry-button"]'), 'Prøv igen').to.equal(failure.retry);
          expect(events.some((event) => event.type === 'uf-error')).to.equal(true);
          await expect(root.host).to.be.accessible();
        });
      }
    }

    it('malformed needs are an error, and Prøv igen loads them', async () => {
      let malformed = true;
      const intercept: Intercept = (method, url) => {
        if (!malformed || method !== 'GET' || !url.endsWith('/needs')) return undefined;
        malformed = false;
        return new Response(JSON.stringify({ needs: [{ id: 'n-1', text: 42 }] }), { headers: { 'content-type': 'application/json' } });
      };
      const { bank, root } = await renderBank({ mode: 'bank', intercept });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal(da.errors.validation);
      root.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await until(bank, () => root.querySelectorAll('[part~="need"]').length === 2, 'the retry loads the bank');
    });
  });
});

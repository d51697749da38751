import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { buildSeed } from '@ungeforlob/sdk/seed';
import type { PlanErrorDetail, PlanLoadedDetail, PlanSaveDetail, PlanSavedDetail } from './events.js';
import {
  TODAY,
  steady,
  contactAway,
  aftercare,
  noContact,
  manyHandovers,
  renderPlan,
  text,
  warnings,
  button,
  statusText,
  pickStatus,
  typeNote,
  savedText,
} from './plan-fixture.js';

describe('<uf-plan>', () => {
  describe('states', () => {
    it('loading: busy, a polite live region outside the busy part, accessible', async () => {
      const { plan, root } = await renderPlan({ fault: { kind: 'hang' } }, false);
      await plan.updateComplete;
      expect(root.querySelector('.body')!.getAttribute('aria-busy')).to.equal('true');
      expect(statusText(root)).to.equal('Henter din plan …');
      expect(root.querySelector('[role="status"]')!.closest('[aria-busy="true"]')).to.equal(null);
      await expect(plan).to.be.accessible();
    });

    it('empty: explains there is no plan yet and fires uf-plan-loaded with null', async () => {
      const seed = buildSeed(TODAY);
      delete seed.plans[noContact];
      const { plan, root, events } = await renderPlan({ course: noContact, seed, mode: 'staff' });
      expect(text(root.querySelector('.empty'))).to.equal('Forløbet har ingen plan endnu.');
      expect((events.find((event) => event.type === 'uf-plan-loaded') as CustomEvent<PlanLoadedDetail>).detail.plan).to.equal(null);
      await expect(plan).to.be.accessible();
    });

    it('error: one sentence per kind, uf-error, and Retry (Enter) loads with focus on the heading', async () => {
      const { plan, root, events } = await renderPlan({ fault: { kind: 'status', status: 500 } });
      expect(text(root.querySelector('[part="error"] [role="alert"]'))).to.equal('Der er en fejl i kommunens system lige nu. Prøv igen om lidt.');
      const error = events.find((event) => event.type === 'uf-error') as CustomEvent<PlanErrorDetail>;
      expect(error.detail.operation).to.equal('load');
      await expect(plan).to.be.accessible();
      button(root, 'Prøv igen').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root.querySelector('[part="life-goal"]'), 'no plan after retry');
      expect(root.activeElement?.id).to.equal('title');
    });

    it('error: explains a timeout', async () => {
      const { root } = await renderPlan({ fault: { kind: 'hang' }, timeoutMs: 100 });
      expect(text(root.querySelector('[role="alert"]'))).to.equal('Det tager for lang tid at få svar. Prøv igen om lidt.');
    });
  });

  describe('staff mode', () => {
    it('shows the life goal first, goals with the community goal marked, and is accessible', async () => {
      const { plan, root, events } = await renderPlan({ mode: 'staff' });
      const loaded = events.find((event) => event.type === 'uf-plan-loaded') as CustomEvent<PlanLoadedDetail>;
      expect(loaded.detail.plan?.courseId).to.equal(steady);
      expect(loaded.bubbles && loaded.composed).to.equal(true);
      const sections = [...root.querySelectorAll('section')];
      expect(sections[0]!.getAttribute('part')).to.equal('life-goal');
      expect(text(root.querySelector('.life-goal-text'))).to.equal('Jeg vil være tømrer og have min egen lejlighed.');
      expect(text(root.querySelector('[part="life-goal"]'))).to.contain('Bo tæt på min lillesøster');
      expect(text(root.querySelector('[part~="community-goal"]'))).to.contain('Fællesskab Spille fodbold på et hold igen');
      expect(warnings(root)).to.deep.equal([]);
      expect(text(root.querySelector('#warnings-heading')!.parentElement)).to.contain('Ingen opmærksomhedspunkter.');
      await expect(plan).to.be.accessible();
    });

    it('Mikkel: an overdue action and a transition ahead, each as a sentence', async () => {
      const { plan, root } = await renderPlan({ mode: 'staff', course: contactAway });
      expect(warnings(root)).to.include(
        '⚠ Overskredet: „Tilmelding til afgangsprøve“ (FGU – forberedende grunduddannelse) skulle være sket 18. november 2026 – 6 dage for sent. Ansvarlig: Lene Dahl (FGU-vejleder), FGU Fjordby.',
      );
      expect(warnings(root)).to.include('⚠ Overgang forude: skolen slutter 8. januar 2027 (om 45 dage). Aftal, hvad der skal ske bagefter.');
      expect(warnings(root).some((warning) => warning.startsWith('⚠ Overgang forude: Mikkel fylder 18 år'))).to.equal(true);
      await expect(plan).to.be.accessible();
    });

    it('Freja: a double offer, an overdue action and a waiting follow-up', async () => {
      const { root } = await renderPlan({ mode: 'staff', course: manyHandovers });
      expect(warnings(root)).to.include(
        '⚠ Dobbelttilbud: „Mentor (beskæftigelse)“ (Jobcenter Fjordby) og „Støttekontaktperson“ (Socialafdelingen, Fjordby Kommune) er samme slags tilbud og kører samtidig.',
      );
      expect(warnings(root).some((warning) => warning.includes('„Finde praktiksteder“') && warning.includes('2 dage for sent'))).to.equal(true);
      expect(warnings(root), JSON.stringify(warnings(root))).to.include('⚠ Livsmålet blev ændret for 21 dage siden, og indsatserne er ikke fulgt op endnu.');
    });

    it('Noah: no community goal and an effort linked to no goal', async () => {
      const { plan, root } = await renderPlan({ mode: 'staff', course: noContact });
      expect(warnings(root)).to.include(
        '⚠ Planen har intet mål om deltagelse i fællesskaber. Alle planer skal have et fællesskabsmål. Tilføj et fællesskabsmål',
      );
      expect(warnings(root)).to.include(
        '⚠ Indsatsen „Samtaler hos psykolog“ (Børne- og ungdomspsykiatrien, Region Midt (fiktiv)) peger ikke på noget mål i planen.',
      );
      await expect(plan).to.be.accessible();
    });

    it('puts the efforts on one timeline grouped by unit, and the table holds the same efforts', async () => {
      const { root } = await renderPlan({ mode: 'staff', course: steady });
      const units = [...root.querySelectorAll('.unit-row .unit-name')].map(text);
      expect(units).to.deep.equal(['Ungeindsatsen, Fjordby Kommune', 'Fjordby Idrætsforening', 'Jobcenter Fjordby']);
      const barOffers = [...root.querySelectorAll('.bar-label strong')].map(text);
      const rowOffers = [...root.querySelectorAll('tbody th[scope="row"]')].map(text);
      expect(barOffers).to.deep.equal(['Mentor (beskæftigelse)', 'Fodbold med følgeskab', 'Virksomhedspraktik']);
      expect(rowOffers).to.deep.equal(barOffers);
      expect(text(root.querySelector('caption'))).to.equal('Indsatser som tabel');
      expect([...root.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const internship = [...root.querySelectorAll<HTMLElement>('[part="bar"]')][2]!;
      expect(Number(internship.style.getPropertyValue('--from'))).to.be.lessThan(0.5);
      expect(Number(internship.style.getPropertyValue('--to'))).to.be.greaterThan(0.5);
      expect(text(root.querySelector('.timeline figcaption'))).to.contain('Tidslinje over indsatser');
      expect(root.querySelectorAll('.timeline time[datetime]').length).to.be.greaterThan(0);
    });

    it('lists who does what by due date, overdue first and marked in text', async () => {
      const { root } = await renderPlan({ mode: 'staff', course: contactAway });
      const actions = [...root.querySelectorAll('[part="actions"] [part="action"]')];
      expect(text(actions[0])).to.match(
        /^⚠ Overskredet med 6 dage: Tilmelding til afgangsprøve – Lene Dahl \(FGU-vejleder\) \(FGU Fjordby\), senest 18\. november 2026\./,
      );
      expect(actions[0]!.classList.contains('overdue')).to.equal(true);
      expect(text(actions[1])).to.contain('Statusmøde med forældre – Ali Bakir (Ungeindsatsen, Fjordby Kommune), senest 4. december 2026.');
      expect(text(root.querySelector('.overdue-cell'))).to.contain('Overskredet med 6 dage: Tilmelding til afgangsprøve');
    });

    it('shows the ended course calmly: completed efforts and reached goals', async () => {
      const { plan, root } = await renderPlan({ mode: 'staff', course: aftercare });
      expect([...root.querySelectorAll('[part="status-select"]')].map((select) => (select as HTMLSelectElement).value)).to.deep.equal([
        'completed',
        'completed',
      ]);
      expect(text(root.querySelector('[part="goals"]'))).to.contain('(Nået)');
      await expect(plan).to.be.accessible();
    });

    it('follows heading-level', async () => {
      const { root } = await renderPlan({ mode: 'staff', headingLevel: 3 });
      expect(root.querySelector('#title')!.tagName).to.equal('H3');
      expect(root.querySelector('#warnings-heading')!.tagName).to.equal('H4');
      expect(root.querySelector('#dreams-heading')!.tagName).to.equal('H5');
    });
  });

  describe('staff editing', () => {
    it('saves a status change with If-Match, announces Gemt, and the revision appears', async () => {
      const { plan, root, transport, events } = await renderPlan({ mode: 'staff' });
      await pickStatus(plan, 'e-s1', 'paused');
      await waitUntil(savedText(root, 'Gemt.'), 'not saved');
      expect(transport.requests).to.include('PUT /api/v1/courses/c-4f2a91/plan');
      expect(text(root.querySelector('[part="revisions"] li'))).to.contain('Demo-medarbejder');
      expect(text(root.querySelector('[part="revisions"] li'))).to.contain('Indsats ændret (Virksomhedspraktik)');
      const before = events.find((event) => event.type === 'uf-before-plan-save') as CustomEvent<PlanSaveDetail>;
      expect(before.detail.edit).to.deep.equal({ kind: 'effortStatus', effortId: 'e-s1', status: 'paused' });
      expect(before.cancelable).to.equal(true);
      const saved = events.find((event) => event.type === 'uf-plan-saved') as CustomEvent<PlanSavedDetail>;
      expect(saved.detail.plan.efforts[0]!.status).to.equal('paused');
      expect(root.querySelector<HTMLSelectElement>('#status-e-s1')!.value).to.equal('paused');
      await expect(plan).to.be.accessible();
    });

    it('lets the host veto a save', async () => {
      const { plan, transport } = await renderPlan({ mode: 'staff' });
      plan.addEventListener('uf-before-plan-save', (event) => event.preventDefault());
      await pickStatus(plan, 'e-s1', 'paused');
      await plan.updateComplete;
      expect(transport.requests.some((request) => request.startsWith('PUT'))).to.equal(false);
    });

    it('adds a note and clears the form once saved; an empty note is refused in words', async () => {
      const { plan, root, transport } = await renderPlan({ mode: 'staff' });
      button(root, 'Tilføj note').click();
      await plan.updateComplete;
      expect(text(root.querySelector('#note-text-problem'))).to.equal('Skriv, hvad der skete, før du gemmer.');
      expect(root.activeElement?.id).to.equal('note-text');
      await typeNote(plan, 'success', 'Kom til tiden alle dage.');
      button(root, 'Tilføj note').click();
      await waitUntil(savedText(root, 'Gemt.'), 'not saved');
      // Signed by the server (here the memory transport's demo professional), not by what the page typed.
      expect(text(root.querySelector('[part="notes"] li'))).to.contain('Lille sejr: Kom til tiden alle dage. – Demo-medarbejder, 24. november 2026');
      expect(root.querySelector<HTMLTextAreaElement>('#note-text')!.value).to.equal('');
      expect(transport.requests.filter((request) => request.startsWith('PUT'))).to.have.length(1);
      await expect(plan).to.be.accessible();
    });

    it('on conflict keeps the input, lists what the other person changed, and Gem mit igen saves', async () => {
      const { plan, root, transport, client, events } = await renderPlan({ mode: 'staff' });
      transport.changePlan(steady, (stored) => {
        stored.efforts[0]!.status = 'paused';
      });
      await typeNote(plan, 'learning', 'Hun vil helst mødes om formiddagen.');
      button(root, 'Tilføj note').click();
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no conflict shown');
      const problem = root.querySelector('[part="save-problem"]')!;
      expect(text(problem.querySelector('[role="alert"]'))).to.equal('En anden har ændret planen imens. Din ændring er ikke gemt endnu.');
      expect(text(problem.querySelector('.their-changes'))).to.equal('Indsatsen „Virksomhedspraktik“ er ændret');
      expect(text(problem.querySelector('.drafts'))).to.equal('Læring: Hun vil helst mødes om formiddagen.');
      expect(root.querySelector<HTMLTextAreaElement>('#note-text')!.value).to.equal('Hun vil helst mødes om formiddagen.');
      expect(root.querySelector<HTMLSelectElement>('#status-e-s1')!.value, 'their change is shown').to.equal('paused');
      expect(((events.find((event) => event.type === 'uf-error') as CustomEvent<PlanErrorDetail>).detail.error as Error & { kind: string }).kind).to.equal(
        'conflict',
      );
      await expect(plan).to.be.accessible();
      button(root, 'Gem mit igen').click();
      await waitUntil(savedText(root, 'Gemt.'), 'not saved after reapply');
      expect(root.querySelector('[part="save-problem"]')).to.equal(null);
      expect(root.activeElement?.id, 'focus returns to the note field').to.equal('note-text');
      const stored = (await client.plan.get(steady))!.value;
      expect(stored.efforts[0]!.status).to.equal('paused');
      expect(stored.notes[0]!.text).to.equal('Hun vil helst mødes om formiddagen.');
    });

    it('on conflict, Behold deres drops the draft and keeps focus in the widget', async () => {
      const { plan, root, transport } = await renderPlan({ mode: 'staff' });
      transport.changePlan(steady, (stored) => {
        stored.efforts[0]!.status = 'stopped';
      });
      await pickStatus(plan, 'e-s1', 'completed');
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no conflict shown');
      expect(root.querySelector<HTMLSelectElement>('#status-e-s1')!.value, 'the user choice is kept').to.equal('completed');
      button(root, 'Behold deres').click();
      await plan.updateComplete;
      expect(root.querySelector('[part="save-problem"]')).to.equal(null);
      expect(root.querySelector<HTMLSelectElement>('#status-e-s1')!.value).to.equal('stopped');
      expect(root.activeElement?.id).to.equal('status-e-s1');
    });

    it('on a failed save keeps the input and Prøv igen saves it', async () => {
      const { plan, root, transport } = await renderPlan({ mode: 'staff' });
      transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
      await pickStatus(plan, 'e-s3', 'paused');
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no error shown');
      expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(
        'Der er en fejl i kommunens system lige nu. Prøv igen om lidt. Det er ikke gemt endnu. Det, du har skrevet og valgt, er ikke gået tabt.',
      );
      expect(root.querySelector<HTMLSelectElement>('#status-e-s3')!.value).to.equal('paused');
      await expect(plan).to.be.accessible();
      button(root, 'Prøv igen').click();
      await waitUntil(savedText(root, 'Gemt.'), 'not saved on retry');
    });
  });

  describe('youth mode', () => {
    it('speaks plainly: their words first, what happens next with names, no internal jargon', async () => {
      const { plan, root } = await renderPlan({ course: manyHandovers });
      expect(text(root.querySelector('#title'))).to.equal('Din plan');
      expect(text(root.querySelector('#life-goal-heading'))).to.equal('Dit mål');
      expect(text(root.querySelector('#dreams-heading'))).to.equal('Dine drømme');
      const next = [...root.querySelectorAll('[part="action"]')].map(text);
      expect(next[0]).to.equal(
        'Finde praktiksteder. Peter Nørgaard hjælper dig. Det skulle have været sket 22. november 2026 – spørg Peter Nørgaard, hvad der nu sker.',
      );
      expect(next[1]).to.equal('Følge Freja til hundeklubben. Karin Vestergaard hjælper dig. Senest 3. december 2026.');
      const all = text(root).toLowerCase();
      for (const jargon of [
        'dobbelttilbud',
        'unlinked',
        'overskredet',
        'opmærksomhedspunkt',
        'fagcenter',
        'indsats',
        'jobcenter',
        'socialafdelingen',
        'revision',
      ]) {
        expect(all, jargon).not.to.contain(jargon);
      }
      expect(root.querySelector('table')).to.equal(null);
      expect(root.querySelectorAll('select')).to.have.length(0);
      await expect(plan).to.be.accessible();
    });

    it('shows learning and successes but not setbacks', async () => {
      const { root } = await renderPlan({ course: steady });
      expect([...root.querySelectorAll('[part="notes"] li')].map(text)[0]).to.contain('Lille sejr: Mødt op alle dage i praktikken i to uger.');
      const mikkel = await renderPlan({ course: contactAway });
      expect(text(mikkel.root)).not.to.contain('Har været syg');
    });

    it('saves their own comment, and keeps the text through a conflict', async () => {
      const { plan, root, transport, client } = await renderPlan({ course: manyHandovers });
      const textarea = root.querySelector<HTMLTextAreaElement>('#comment-text')!;
      expect(textarea.value).to.equal('Jeg forstår ikke, hvorfor jeg har to mentorer.');
      transport.changePlan(manyHandovers, (stored) => {
        stored.youthComment = { text: 'Skrevet på telefonen.', changedAt: '2026-11-24T08:00:00Z' };
      });
      textarea.value = 'Jeg vil gerne have én mentor.';
      textarea.dispatchEvent(new Event('input'));
      await plan.updateComplete;
      button(root, 'Gem kommentar').click();
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no conflict shown');
      expect(text(root.querySelector('[part="save-problem"] [role="alert"]'))).to.equal(
        'Din kommentar er blevet ændret et andet sted imens. Din tekst er ikke gemt endnu.',
      );
      expect(root.querySelector<HTMLTextAreaElement>('#comment-text')!.value).to.equal('Jeg vil gerne have én mentor.');
      await expect(plan).to.be.accessible();
      button(root, 'Gem min tekst').click();
      await waitUntil(savedText(root, 'Din kommentar er gemt.'), 'not saved');
      expect((await client.plan.get(manyHandovers))!.value.youthComment?.text).to.equal('Jeg vil gerne have én mentor.');
      expect(root.activeElement?.id).to.equal('comment-text');
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the status controls and the note form in order, then leaves', async () => {
      const { plan, root } = await renderPlan({ mode: 'staff', course: steady });
      const expected = [...root.querySelectorAll<HTMLElement>('.table-wrap, select, textarea, button')];
      const before = plan.parentElement!.querySelector('button')!;
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

    it('changes a status and saves it with the keyboard only', async () => {
      const { plan, root } = await renderPlan({ mode: 'staff', course: steady });
      const select = root.querySelector<HTMLSelectElement>('#status-e-s2')!;
      select.focus();
      await sendKeys({ press: 'ArrowDown' }); // active → paused
      await plan.updateComplete;
      expect(select.value).to.equal('paused');
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement?.textContent?.trim()).to.equal('Gem status');
      await sendKeys({ press: 'Enter' });
      await waitUntil(savedText(root, 'Gemt.'), 'not saved');
      expect(root.activeElement?.textContent?.trim(), 'focus stays on the button').to.equal('Gem status');
    });
  });

  describe('English', () => {
    it('speaks English with lang="en" in both modes', async () => {
      const staff = await renderPlan({ mode: 'staff', course: manyHandovers, lang: 'en' });
      await waitUntil(() => text(staff.root.querySelector('#warnings-heading')) === 'Points of attention', 'English did not arrive');
      expect(staff.root.querySelector('article')!.getAttribute('lang')).to.equal('en-GB');
      expect(text(staff.root.querySelector('#warnings-heading'))).to.equal('Points of attention');
      expect(warnings(staff.root).some((warning) => warning.startsWith('⚠ Double offer: “Mentor (beskæftigelse)”'))).to.equal(true);
      expect(text(staff.root.querySelector('caption'))).to.equal('Efforts as a table');
      await expect(staff.plan).to.be.accessible();
      const youth = await renderPlan({ course: steady, lang: 'en' });
      expect(text(youth.root.querySelector('#life-goal-heading'))).to.equal('Your goal');
      expect(text(youth.root.querySelector('[part="action"]'))).to.equal('Midtvejssamtale med praktikstedet. Peter Nørgaard helps you. By 29 November 2026.');
    });
  });

  // How fast is bench/plan-render.mjs's job (docs/benchmarks.md): timings do not belong in tests.
  it('renders a plan with 200 efforts, each in the table and on the timeline', async () => {
    const seed = buildSeed(TODAY);
    const base = seed.plans[steady]!;
    base.efforts = Array.from({ length: 200 }, (_, index) => ({ ...base.efforts[index % 3]!, id: `e-many${index}` }));
    const { root } = await renderPlan({ mode: 'staff', seed });
    expect(root.querySelectorAll('tbody tr')).to.have.length(200);
    expect(root.querySelectorAll('[part="bar"]')).to.have.length(200);
  });

  describe('keeping what was typed', () => {
    it('"Behold deres" drops only the conflicting change, not a note typed meanwhile', async () => {
      const { plan, root, transport } = await renderPlan({ mode: 'staff' });
      transport.changePlan(steady, (stored) => {
        stored.efforts[0]!.status = 'stopped';
      });
      await pickStatus(plan, 'e-s1', 'paused');
      await waitUntil(() => root.querySelector('[part="save-problem"]'), 'no conflict shown');
      await typeNote(plan, 'learning', 'Noget helt andet, der ikke er gemt endnu.');
      button(root, 'Behold deres').click();
      await waitUntil(() => !root.querySelector('[part="save-problem"]'), 'the problem stayed');
      expect(root.querySelector<HTMLTextAreaElement>('#note-text')!.value).to.equal('Noget helt andet, der ikke er gemt endnu.');
      expect(root.querySelector<HTMLSelectElement>('#status-e-s1')!.value, 'their status shows').to.equal('stopped');
    });

    it('keeps a typed note and makes no new request when a framework moves the element', async () => {
      const { plan, root, transport } = await renderPlan({ mode: 'staff' });
      await typeNote(plan, 'success', 'Skrevet før flytningen.');
      const elsewhere = document.createElement('section');
      plan.parentElement!.append(elsewhere);
      elsewhere.append(plan); // remove and re-attach in one go, as frameworks do
      await new Promise((resolve) => setTimeout(resolve, 20));
      await plan.updateComplete;
      expect(root.querySelector<HTMLTextAreaElement>('#note-text')!.value).to.equal('Skrevet før flytningen.');
      expect(transport.requests.filter((request) => request.startsWith('GET'))).to.have.length(1);
    });
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryTransport, createClient, createMemoryClient, danishToday, type TransportFault } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import './define.js';
import type { UfProgression } from './progression.js';
import { CHART } from './progression-chart.js';

const NOW = new Date('2026-11-24T09:15:00Z');
const TODAY = danishToday(NOW);
const { steady, aftercare, manyHandovers, noContact } = seedCourseIds;

async function renderProgression(
  setup: { course?: string; mode?: 'overview' | 'rate'; rater?: 'youth' | 'professional'; lang?: string; fault?: TransportFault; now?: Date } = {},
) {
  const { client, transport } = createMemoryClient({ seed: buildSeed(TODAY), retries: 0 });
  if (setup.fault) transport.inject(setup.fault, { times: 1 });
  const element = await fixture<UfProgression>(html`
    <uf-progression .client=${client} .now=${setup.now ?? NOW} course=${setup.course ?? steady} mode=${ifDefined(setup.mode)} rater=${ifDefined(setup.rater)} lang=${ifDefined(setup.lang)}></uf-progression>
  `);
  await waitUntil(() => element.shadowRoot?.querySelector('.body')?.getAttribute('aria-busy') === 'false', 'did not load');
  await element.updateComplete;
  return { element, root: element.shadowRoot!, client, transport };
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const notices = (root: ShadowRoot) => [...root.querySelectorAll('[part="notice"]')].map(text);

/** The chart's points back as values: the inverse of the chart's own y mapping, from the SVG path. */
function plotted(path: SVGPathElement, min: number, max: number): number[] {
  const ys = [...(path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((match) => Number(match[2]));
  const height = CHART.height - CHART.top - CHART.bottom;
  return ys.map((y) => Math.round(min + (1 - (y - CHART.top) / height) * (max - min)));
}

describe('<uf-progression>', function () {
  this.timeout(20_000);

  it('the chart’s points are the readings, and the table holds the same values', async () => {
    const { element, root, client } = await renderProgression({ course: steady });
    const { readings } = await client.progression.get(steady);
    const scaleId = readings.find((reading) => reading.ratedBy === 'youth')!.scaleId;
    const figure = root.querySelector(`#scale-${scaleId}`)!;
    const youth = readings.filter((reading) => reading.scaleId === scaleId && reading.ratedBy === 'youth').sort((a, b) => a.date.localeCompare(b.date));
    const scale = (await client.progression.getScales()).scales.find((candidate) => candidate.id === scaleId)!;
    const [min, max] = scale.kind === 'anchored' ? [1, scale.steps.length] : [scale.min, scale.max];
    expect(plotted(figure.querySelector<SVGPathElement>('path.line[data-rater="youth"]')!, min, max)).to.deep.equal(youth.map((reading) => reading.value));
    expect(figure.querySelectorAll('tbody tr'), 'rows are built when the table is opened').to.have.length(0);
    figure.querySelector<HTMLElement>('summary')!.click();
    await waitUntil(() => figure.querySelector('tbody tr'), 'the table did not open');
    const tableValues = [...figure.querySelectorAll('tbody tr')]
      .filter((row) => text(row.children[1]) === 'Den unge')
      .map((row) => Number(text(row.children[2]).split(' ')[0]));
    expect(tableValues).to.deep.equal(youth.map((reading) => reading.value));
    expect(figure.querySelector('[part~="chart"]')!.getAttribute('aria-label')).to.match(
      /^Udvikling over tid: .+, \d+\. \w+ \d{4} til \d+\. \w+ \d{4}\. Den unge: fra \d+ til \d+\./,
    );
    await expect(element).to.be.accessible();
  });

  it('first → latest on every scale: a row per scale in words, first hollow and latest filled where they belong, "no readings" said', async () => {
    const { element, root, client } = await renderProgression({ course: steady });
    const [{ scales }, { readings }] = await Promise.all([client.progression.getScales(), client.progression.get(steady)]);
    const rows = [...root.querySelectorAll('.change-row')];
    expect(rows.map((row) => text(row.querySelector('.change-scale')))).to.deep.equal(scales.map((scale) => scale.title.da));
    scales.forEach((scale, index) => {
      const youth = readings.filter((reading) => reading.scaleId === scale.id && reading.ratedBy === 'youth').sort((a, b) => a.date.localeCompare(b.date));
      const row = rows[index]!;
      const youthRow = row.querySelector('.change-rater.rater-youth');
      if (!youth.length) {
        expect(youthRow, `${scale.id}: no youth row without readings`).to.equal(null);
        if (!row.querySelector('.change-rater')) expect(text(row.querySelector('.change-none'))).to.equal('Ingen målinger endnu.');
        return;
      }
      const unit = scale.kind === 'measured' ? ` ${scale.unit}` : '';
      const [first, latest] = [youth[0]!.value, youth.at(-1)!.value];
      const spoken = youth.length > 1 ? `fra ${first}${unit} til ${latest}${unit}` : `${first}${unit}, én måling`;
      expect(text(youthRow!.querySelector('.visually-hidden'))).to.equal(spoken);
      const { min, max } = scale.kind === 'anchored' ? { min: 1, max: scale.steps.length } : scale;
      const track = youthRow!.querySelector<HTMLElement>('.track')!;
      expect(Number(track.style.getPropertyValue('--latest'))).to.be.closeTo((latest - min) / (max - min), 1e-9);
      const latestDot = track.querySelector('.dot.latest')!.getBoundingClientRect();
      const rail = track.getBoundingClientRect();
      expect(latestDot.left + latestDot.width / 2 - rail.left, 'the filled marker sits at the latest value').to.be.closeTo(
        ((latest - min) / (max - min)) * rail.width,
        1.5,
      );
      if (youth.length > 1) {
        expect(getComputedStyle(track.querySelector('.dot.first')!).backgroundColor, 'first is hollow: the surface, white by default').to.equal(
          'rgb(255, 255, 255)',
        );
      }
    });
    expect(root.querySelectorAll('.change-none').length, 'some scales have no readings, said in words').to.be.greaterThan(0);
    expect(root.querySelector('.star, polygon'), 'no star chart').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('the raters look the same in the dot plot, the charts and the key: youth solid and round, professional dashed and square', async () => {
    const { root } = await renderProgression({ course: manyHandovers });
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(style('path.line.rater-youth').strokeDasharray).to.equal('none');
    expect(style('path.line.rater-professional').strokeDasharray).not.to.equal('none');
    expect(style('path.markers.rater-youth').strokeLinecap).to.equal('round');
    expect(style('path.markers.rater-professional').strokeLinecap).to.equal('square');
    expect(style('.change-rater.rater-youth .span').borderTopStyle).to.equal('solid');
    expect(style('.change-rater.rater-professional .span').borderTopStyle).to.equal('dashed');
    expect(style('.change-rater.rater-professional .dot').borderRadius).to.equal('0px');
    expect(style('.change-rater.rater-youth .dot').borderRadius).to.equal('50%');
    expect(style('.key.rater-professional .swatch').borderTopStyle).to.equal('dashed');
    expect(style('.key.rater-youth .swatch').borderTopStyle).to.equal('solid');
    expect(style('.change-rater.rater-youth .dot').borderTopColor).to.equal(style('path.line.rater-youth').stroke);
  });

  it('small successes and setbacks are listed in words, numbered as every chart marks them', async () => {
    const { element, root, client } = await renderProgression({ course: manyHandovers });
    const { annotations } = await client.progression.get(manyHandovers);
    expect(annotations.length).to.be.greaterThan(1);
    const items = [...root.querySelectorAll('.annotation-list li')];
    expect(items.map((item) => text(item.querySelector('.mark')))).to.deep.equal(annotations.map((_annotation, index) => String(index + 1)));
    items.forEach((item, index) => expect(text(item)).to.include(annotations[index]!.text));
    expect(text(root.querySelector('#annotations-heading'))).to.equal('Små sejre og tilbageslag');
    for (const chart of root.querySelectorAll('[part~="chart"]')) {
      expect([...chart.querySelectorAll('.marks .mark')].map(text)).to.deep.equal(annotations.map((_annotation, index) => String(index + 1)));
    }
    await expect(element).to.be.accessible();
  });

  it('the young person reads their own words: no "progression" or "passivitet", "du" and "din kontaktperson", and no setbacks', async () => {
    const seed = buildSeed(TODAY);
    const withSetback = Object.entries(seed.progression.courses).find(([, course]) =>
      course.annotations.some((annotation) => annotation.kind === 'setback'),
    )![0];
    // A setback before the first reading: the staff's time axis starts there, the young person's does not.
    seed.progression.courses[withSetback]!.annotations.unshift({ id: 'a-early', date: '2026-01-05', kind: 'setback', text: 'Tidligt tilbageslag' });
    const render = async (rater?: 'youth') => {
      const { client } = createMemoryClient({ seed, retries: 0 });
      const element = await fixture<UfProgression>(
        html`<uf-progression .client=${client} .now=${NOW} course=${withSetback} rater=${ifDefined(rater)}></uf-progression>`,
      );
      await waitUntil(() => element.shadowRoot?.querySelector('[part~="chart"]'), 'did not load');
      return { element, root: element.shadowRoot! };
    };
    const staff = await render();
    expect(staff.root.querySelectorAll('.annotation-list .mark.setback').length, 'staff see setbacks').to.be.greaterThan(0);
    expect(text(staff.root.querySelector('.dates .from .long'))).to.equal('5. jan. 2026');
    const { element, root } = await render('youth');
    expect(text(root.querySelector('.dates .from .long')), 'the time axis is not moved by a setback they cannot see').not.to.equal('5. jan. 2026');
    expect(text(root.querySelector('#title'))).to.equal('Sådan går det');
    expect(root.querySelectorAll('.mark.setback'), 'no setback in the list or the charts').to.have.length(0);
    const freja = await renderProgression({ course: manyHandovers, rater: 'youth' });
    expect(notices(freja.root)).to.include('⚠ I ser forskelligt på „Tro på egne evner“: du siger 3, din kontaktperson siger 7. Tal om det sammen.');
    const sara = await renderProgression({ course: aftercare, rater: 'youth' });
    expect(notices(sara.root).some((words) => words.startsWith('⚠ I har ikke talt om, hvordan det går, i over'))).to.equal(true);
    for (const words of [text(root), text(freja.root), text(sara.root)]) expect(words).not.to.match(/progression|passivitet|medarbejder/i);
    await expect(element).to.be.accessible();
  });

  it('annotations a few days apart get numbers that do not cover each other in a 320 px column, and one of today stays inside', async () => {
    const seed = buildSeed(TODAY);
    const course = seed.progression.courses[steady]!;
    const kinds = ['success', 'setback', 'success', 'success', 'success'] as const;
    // Three days apart, the last one today: the right end of the time axis.
    const dates = ['2026-11-12', '2026-11-15', '2026-11-18', '2026-11-21', TODAY];
    course.annotations = kinds.map((kind, index) => ({ id: `a-close-${index}`, date: dates[index]!, kind, text: `Nummer ${index + 1}` }));
    const { client } = createMemoryClient({ seed, retries: 0 });
    // Without a frame, as in a portal's own panel: no padding to hide a mark beyond the chart.
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><uf-progression appearance="plain" .client=${client} .now=${NOW} course=${steady}></uf-progression></div>`,
    );
    const element = wrapper.querySelector<UfProgression>('uf-progression')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="chart"] .mark'), 'did not load');
    const marks = [...element.shadowRoot!.querySelector('[part~="chart"]')!.querySelectorAll('.mark')].map((mark) => mark.getBoundingClientRect());
    expect(marks).to.have.length(kinds.length);
    const overlapping = marks.flatMap((a, i) =>
      marks
        .slice(i + 1)
        .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        .map(() => i + 1),
    );
    expect(overlapping, 'marks that cover another').to.deep.equal([]);
    expect(element.shadowRoot!.querySelector('[part~="base"]')!.scrollWidth, 'nothing wider than the widget').to.be.at.most(320);
  });

  it('"Vis tallene" has a name of its own for every scale', async () => {
    const { root } = await renderProgression({ course: steady });
    const names = [...root.querySelectorAll('summary')].map(text);
    expect(names.length).to.be.greaterThan(1);
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
    expect(names[0]).to.match(/^Vis tallene for /);
  });

  it('in a 320 px column the charts stay tall and their words stay readable', async () => {
    const { client } = createMemoryClient({ seed: buildSeed(TODAY), retries: 0 });
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 320px"><uf-progression .client=${client} .now=${NOW} course=${steady}></uf-progression></div>`,
    );
    const element = wrapper.querySelector<UfProgression>('uf-progression')!;
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="chart"]'), 'did not load');
    const root = element.shadowRoot!;
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    expect(plot.height, 'plot height').to.be.at.least(140);
    expect(plot.width, 'plot width').to.be.at.least(180);
    for (const selector of ['.values span', '.dates .from', '.change-words', '.track .end']) {
      expect(parseFloat(getComputedStyle(root.querySelector(selector)!).fontSize), selector).to.be.at.least(12);
    }
    const dates = [...root.querySelector('.dates')!.querySelectorAll<HTMLElement>(':scope > span')]
      .filter((date) => date.offsetWidth > 0)
      .map((date) => date.getBoundingClientRect().top);
    expect(new Set(dates).size, 'the first and last date share a line').to.equal(1);
    expect(root.querySelector('[part~="base"]')!.scrollWidth, 'nothing wider than the widget').to.be.at.most(320);
  });

  it('shows disagreement for Freja, in words, with both ratings', async () => {
    const { element, root } = await renderProgression({ course: manyHandovers });
    expect(notices(root)).to.include('⚠ Uenighed om „Tro på egne evner“: den unge siger 3, medarbejderen siger 7. Tal om det sammen.');
    await expect(element).to.be.accessible();
  });

  it('shows passivity for Sara', async () => {
    const { root } = await renderProgression({ course: aftercare });
    expect(
      notices(root).some((notice) => notice.startsWith('⚠ Passivitet: ingen målinger, ingen ændringer i planen og ingen kontakt med den unge i')),
    ).to.equal(true);
    expect(
      notices(root).some((notice) => notice.includes('Uenighed')),
      'no disagreement for Sara',
    ).to.equal(false);
  });

  it('a course without readings says so', async () => {
    const { root } = await renderProgression({ course: noContact });
    expect(text(root.querySelector('.body'))).to.include('Der er ingen målinger endnu.');
    expect(root.querySelectorAll('[part~="chart"]')).to.have.length(0);
  });

  it('rating mode: a step chosen by keyboard is saved; no step chosen says so and moves focus', async () => {
    // Today by the real clock: the server refuses readings dated in the future.
    const now = new Date();
    const { element, root, client } = await renderProgression({ course: noContact, mode: 'rate', rater: 'youth', now });
    // The first scale is attendance, measured in %: the second is rated on steps.
    expect(root.querySelector('#reading-value')).not.to.equal(null);
    [...root.querySelectorAll<HTMLButtonElement>('.actions button')].find((button) => text(button) === 'Næste skala')!.click();
    await element.updateComplete;
    const scaleHeading = text(root.querySelector('#scale-heading'));
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => root.querySelector('#value-problem'));
    expect(text(root.querySelector('#value-problem'))).to.equal('Vælg et trin, før du gemmer.');
    const first = root.querySelector<HTMLInputElement>('[name^="reading-"]')!;
    expect(root.activeElement).to.equal(first);
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    await expect(element).to.be.accessible();
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => text(root.querySelector('[role="status"]')) === 'Målingen er gemt.', 'not saved');
    const { readings } = await client.progression.get(noContact);
    expect(readings).to.have.length(1);
    expect(readings[0]).to.deep.include({ value: 3, ratedBy: 'youth', date: danishToday(now) });
    expect(scaleHeading).to.match(/\(2 af \d+\)$/);
  });

  it('rating mode: a failed save keeps the choice and the note, and says so', async () => {
    const { element, root, transport } = await renderProgression({ course: noContact, mode: 'rate', now: new Date() });
    [...root.querySelectorAll<HTMLButtonElement>('.actions button')].find((button) => text(button) === 'Næste skala')!.click();
    await element.updateComplete;
    root.querySelectorAll<HTMLInputElement>('[name^="reading-"]')[4]!.click();
    const note = root.querySelector<HTMLTextAreaElement>('#reading-note')!;
    note.value = 'Mødte op tre dage.';
    note.dispatchEvent(new Event('input'));
    transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => root.querySelector('[part="error"]'), 'no error shown');
    expect(text(root.querySelector('[part="error"]'))).to.include('Målingen er ikke gemt endnu.');
    await element.updateComplete;
    expect(root.querySelectorAll<HTMLInputElement>('[name^="reading-"]')[4]!.checked).to.equal(true);
    expect(root.querySelector<HTMLTextAreaElement>('#reading-note')!.value).to.equal('Mødte op tre dage.');
  });

  it('rating mode: attendance off its range or empty is explained at the field, and nothing is sent', async () => {
    const { element, root, transport } = await renderProgression({ course: noContact, mode: 'rate', now: new Date() });
    const input = root.querySelector<HTMLInputElement>('#reading-value')!;
    const save = root.querySelector<HTMLButtonElement>('[part~="save-button"]')!;
    const puts = () => transport.requests.filter((request) => request.startsWith('PUT ')).length;
    for (const [typed, problem] of [
      ['275', 'Skriv et helt tal fra 0 til 100 %.'],
      ['-5', 'Skriv et helt tal fra 0 til 100 %.'],
      ['42.5', 'Skriv et helt tal fra 0 til 100 %.'],
      ['', 'Skriv en værdi, før du gemmer.'],
    ] as const) {
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      save.click();
      await waitUntil(() => text(root.querySelector('#value-problem')) === problem, `no "${problem}" for "${typed}"`);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('value-problem');
      expect(root.activeElement, 'focus is on the value').to.equal(input);
    }
    expect(puts(), 'nothing was sent').to.equal(0);
    expect(root.querySelector('[part="error"]'), 'no "something went wrong"').to.equal(null);
    await expect(element).to.be.accessible();
    input.value = '80';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(root.querySelector('#value-problem'), 'typing a new value clears it').to.equal(null);
  });

  it('rating mode: a value the server refuses (400 naming the value) is explained at the field, not as a failure to retry', async () => {
    // The server's rule can be stricter than the scale the widget was given: its 400 names the field.
    const transport = new MemoryTransport({ seed: buildSeed(TODAY) });
    let refused = 0;
    const client = createClient({
      baseUrl: transport.baseUrl,
      retries: 0,
      fetch: (input, init) => {
        if (new Request(input, init).method !== 'PUT') return transport.fetch(input, init);
        refused += 1;
        const problem = {
          type: 'urn:ungeforlob:problem:invalid-request',
          title: 'Invalid request body',
          status: 400,
          errors: [{ path: 'value', code: 'out_of_range' }],
        };
        return Promise.resolve(new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }));
      },
    });
    const element = await fixture<UfProgression>(html`<uf-progression .client=${client} .now=${new Date()} course=${noContact} mode="rate"></uf-progression>`);
    await waitUntil(() => element.shadowRoot?.querySelector('#reading-value'), 'did not load');
    const root = element.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('#reading-value')!;
    input.value = '80';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => root.querySelector('#value-problem'), 'the refusal is not at the field');
    expect(refused).to.equal(1);
    expect(text(root.querySelector('#value-problem'))).to.equal('Skriv et helt tal fra 0 til 100 %.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('[part="error"]'), 'not the general failure').to.equal(null);
    expect(input.value, 'what was typed is kept').to.equal('80');
  });

  it('rating mode: the error of a failed save goes when the person moves to another scale, and the choice stays', async () => {
    const { element, root, transport } = await renderProgression({ course: noContact, mode: 'rate', now: new Date() });
    const input = root.querySelector<HTMLInputElement>('#reading-value')!;
    input.value = '80';
    input.dispatchEvent(new Event('input'));
    transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => root.querySelector('[part="error"]'), 'no error shown');
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.actions button')];
    buttons()
      .find((button) => text(button) === 'Næste skala')!
      .click();
    await element.updateComplete;
    expect(root.querySelector('[part="error"]'), 'the error is gone on the next scale').to.equal(null);
    buttons()
      .find((button) => text(button) === 'Forrige skala')!
      .click();
    await element.updateComplete;
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(root.querySelector<HTMLInputElement>('#reading-value')!.value, 'the value typed is kept').to.equal('80');
  });

  it('explains a failed load, and speaks English', async () => {
    const failed = await renderProgression({ fault: { kind: 'status', status: 500 } });
    expect(text(failed.root.querySelector('[part="error"] [role="alert"]'))).to.equal('Der er en fejl i kommunens system lige nu. Prøv igen om lidt.');
    await expect(failed.element).to.be.accessible();
    const { root } = await renderProgression({ course: manyHandovers, lang: 'en' });
    await waitUntil(() => text(root.querySelector('#title')) === 'The small progression', 'English did not arrive');
    expect(notices(root)).to.include('⚠ Disagreement on “Belief in own abilities”: the young person says 3, the professional says 7. Talk about it together.');
  });
});

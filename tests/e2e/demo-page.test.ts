import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemoRig } from './harness.js';

// Issue #12: what a newcomer sees on the demo page. Its own typeface (IBM Plex Sans, served by the
// demo server), no double frames, a language switch, and the progression's rating mode in reach,
// all under the page's strict policy and by keyboard.

/** Installed before any page script: every CSP violation, and every font the page fetched. */
function installProbe(): void {
  const violations: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = violations;
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
}

const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe('demo page: typeface, frames, language and the rating mode', () => {
  const rig = useDemoRig('demo-page');

  async function openDemo(query = ''): Promise<{ page: Page; fonts: string[]; consoleErrors: string[] }> {
    const page = await rig.browser.newPage();
    const fonts: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.addInitScript(installProbe);
    await page.goto(`${rig.server.url}/${query}`);
    await page.locator('uf-contact-card[mode="staff"]').first().getByText('Jonas Kragh').first().waitFor({ timeout: 15_000 });
    return { page, fonts, consoleErrors };
  }

  it('sets its text in IBM Plex Sans from its own files, and the widgets inherit it without a frame of their own', async () => {
    const { page, fonts, consoleErrors } = await openDemo();
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`));
    assert.ok(loaded.includes('"IBM Plex Sans" 400') || loaded.includes('IBM Plex Sans 400'), `loaded: ${loaded.join(', ')}`);
    // Only the served Latin faces: Danish needs nothing from Latin Extended.
    assert.deepEqual([...new Set(fonts)].sort(), ['/demo/fonts/ibm-plex-sans-latin-400-normal.woff2', '/demo/fonts/ibm-plex-sans-latin-600-normal.woff2']);
    const widgets = await page.evaluate(() =>
      [...document.querySelectorAll('uf-plan, uf-contact-card, uf-criteria-questionnaire, uf-criteria-summary, uf-progression')].map((widget) => {
        const frame = widget.shadowRoot!.querySelector('[part~="base"]')!;
        const style = getComputedStyle(frame);
        return { widget: widget.localName, font: style.fontFamily.split(',')[0], border: style.borderTopWidth, padding: style.paddingTop };
      }),
    );
    assert.equal(widgets.length, 8);
    for (const widget of widgets) assert.deepEqual(widget, { widget: widget.widget, font: '"IBM Plex Sans"', border: '0px', padding: '0px' });
    assert.deepEqual(await violationsOf(page), []);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('switches the widgets and the page to English and back by keyboard, keeping what was typed', async () => {
    const { page, consoleErrors } = await openDemo();
    const questionnaire = page.locator('uf-criteria-questionnaire');
    const reflection = questionnaire.locator('textarea').first();
    await reflection.fill('Hun har fået en ven på holdet.');
    const youthRating = page.locator('uf-progression[rater="youth"]');
    const note = youthRating.locator('textarea');
    await note.fill('Jeg kom hver dag.');

    const english = page.getByRole('link', { name: 'English' });
    await english.focus();
    await page.keyboard.press('Enter');
    await page.locator('uf-contact-card[mode="staff"]').getByRole('heading', { name: 'Contact person' }).waitFor();
    await page.locator('uf-contact-card[mode="youth"]').getByRole('heading', { name: 'Your contact person' }).waitFor();
    await youthRating.getByRole('button', { name: 'Save reading' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Courses');
    assert.equal(await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'English' }).getAttribute('aria-current'), 'true');
    assert.match(page.url(), /[?&]lang=en\b/);
    assert.equal(await reflection.inputValue(), 'Hun har fået en ven på holdet.', 'the questionnaire keeps the reflection');
    assert.equal(await note.inputValue(), 'Jeg kom hver dag.', 'the rating keeps its note');

    await page.getByRole('link', { name: 'Dansk' }).click();
    await page.locator('uf-contact-card[mode="staff"]').getByRole('heading', { name: 'Kontaktperson' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'da');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Borgerforløb');
    assert.equal(await reflection.inputValue(), 'Hun har fået en ven på holdet.');
    assert.deepEqual(await violationsOf(page), []);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('opens in English from a shared link (?lang=en)', async () => {
    const { page } = await openDemo('?lang=en');
    await page.locator('uf-plan[mode="staff"]').getByRole('heading', { name: 'Plan', exact: true }).waitFor();
    await page.locator('uf-contact-card[mode="staff"]').getByRole('heading', { name: 'Contact person' }).waitFor();
    assert.equal(await page.getByLabel('Show course').inputValue(), 'c-4f2a91');
    assert.equal(await page.title(), 'Courses – Staff portal – Fjordby Municipality');
    await page.close();
  });

  it('reaches the progression’s rating mode by keyboard, and the young person rates themself', async () => {
    const { page, consoleErrors } = await openDemo();
    const staffProgression = page.locator('uf-provider[data-signed-in="staff"] uf-progression');
    await staffProgression.locator('svg').first().waitFor({ timeout: 15_000 });
    const views = page.getByRole('group', { name: 'Vis' });
    assert.equal(await views.getByRole('radio', { name: 'Oversigt' }).isChecked(), true);

    // A radio group: focus the chosen view, the arrow key moves to the other one.
    await views.getByRole('radio', { name: 'Oversigt' }).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await views.getByRole('radio', { name: 'Giv en måling' }).isChecked(), true);
    await staffProgression.getByRole('button', { name: 'Gem måling' }).waitFor();
    assert.equal(await staffProgression.getAttribute('mode'), 'rate');
    assert.equal(await staffProgression.locator('svg').count(), 0, 'the overview’s charts are gone');

    await page.keyboard.press('ArrowLeft');
    await staffProgression.locator('svg').first().waitFor();
    assert.equal(await staffProgression.getAttribute('mode'), 'overview');

    // The youth panel: the young person, signed in as themself, gives a reading in plain words.
    const youthRating = page.locator('uf-provider[data-signed-in="youth"] uf-progression');
    assert.equal(await youthRating.getAttribute('rater'), 'youth');
    await youthRating.getByRole('button', { name: 'Gem måling' }).waitFor();
    assert.deepEqual(await violationsOf(page), []);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('keeps the header’s height when the signed-in name arrives, at 320 and 1280 px (no layout shift)', async () => {
    for (const width of [320, 1280]) {
      const page = await rig.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${rig.server.url}/`);
      const heights = await page.evaluate(() => {
        const name = document.getElementById('signed-in-as')!;
        const header = document.querySelector('header')!;
        name.textContent = '…';
        const before = header.getBoundingClientRect().height;
        name.textContent = 'Peter Nørgaard';
        return [before, header.getBoundingClientRect().height];
      });
      assert.equal(heights[1], heights[0], `at ${width} px`);
      await page.close();
    }
  });
});

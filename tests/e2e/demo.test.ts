import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useDemoRig } from './harness.js';

// The README's demo, end to end: the real server on an embedded PostgreSQL in a fresh folder, the
// built single-file bundle, and the demo portal page in headless Chromium.

interface PageProbe {
  cspViolations: string[];
  ufErrorPaths: string[][];
}

/** Installed before any page script: records CSP violations and the paths of every uf-error. */
function installProbe(): void {
  const probe: PageProbe = { cspViolations: [], ufErrorPaths: [] };
  (window as unknown as { __probe: PageProbe }).__probe = probe;
  document.addEventListener('securitypolicyviolation', (event) => probe.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  document.addEventListener('uf-error', (event) => {
    const { error } = (event as CustomEvent<{ error: { paths?: string[] } }>).detail;
    probe.ufErrorPaths.push([...(error.paths ?? [])]);
  });
}

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { __probe: PageProbe }).__probe);

describe('demo portal page', () => {
  const rig = useDemoRig('e2e');

  async function openDemo(): Promise<{ page: Page; consoleErrors: string[] }> {
    const page = await rig.browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.addInitScript(installProbe);
    await page.goto(`${rig.server.url}/`);
    return { page, consoleErrors };
  }

  it('shows the contact card filled from the database, under the strict CSP, with zero violations', async () => {
    const { page, consoleErrors } = await openDemo();
    const staffCard = page.locator('uf-contact-card[mode="staff"]').first();
    await staffCard.getByText('Jonas Kragh').first().waitFor({ timeout: 15_000 });
    const youthCard = page.locator('uf-contact-card[mode="youth"]').first();
    await youthCard.getByText('Jonas Kragh').first().waitFor();
    // English is a second file the bundle fetches from beside itself: under the same policy.
    await page.evaluate(() => document.querySelector('uf-provider')!.setAttribute('lang', 'en'));
    await page.locator('uf-contact-card[mode="staff"]').first().getByText('Contact person', { exact: false }).first().waitFor();
    const probe = await probeOf(page);
    assert.deepEqual(probe.cspViolations, []);
    assert.deepEqual(consoleErrors, []);
    const csp = (await page.request.get(`${rig.server.url}/`)).headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    await page.close();
  });

  it('signs in as the professional of the course’s team and as the young person; tokens stay out of storage', async () => {
    const { page, consoleErrors } = await openDemo();
    await page.locator('#signed-in-as').getByText('Jonas Kragh').waitFor({ timeout: 15_000 });
    await page.locator('#youth-signed-in-as').getByText('Amalie').waitFor();
    await page.locator('uf-contact-card[mode="staff"]').first().getByText('Jonas Kragh').first().waitFor();

    // Team Syd's course: the staff panels sign in as Peter Nørgaard, the youth panel as Freja.
    await page.locator('#course-switcher').selectOption('c-5d7b20');
    await page.locator('#signed-in-as').getByText('Peter Nørgaard').waitFor();
    await page.locator('#youth-signed-in-as').getByText('Freja').waitFor();
    await page.locator('uf-contact-card[mode="youth"]').first().getByText('Peter Nørgaard').first().waitFor();

    const stored = await page.evaluate(() => [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie]);
    for (const value of stored) assert.doesNotMatch(value, /eyJ|Bearer/, 'no token in web storage or cookies');
    assert.deepEqual((await probeOf(page)).cspViolations, []);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  });

  it('reflows at 320 CSS pixels without horizontal scrolling (WCAG 1.4.10)', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 320, height: 800 } });
    // Contact away (the longest card) and a plan with warnings, a timeline and a table.
    await page.goto(`${rig.server.url}/?course=c-8b13d7`);
    await page.locator('uf-contact-card').first().getByText('Sofie Lund').first().waitFor({ timeout: 15_000 });
    await page.locator('uf-plan').first().locator('table').waitFor();
    // The criterion itself: the page does not scroll sideways. Data tables may scroll inside
    // their own region (the exception 1.4.10 allows); nothing may widen the page.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    await page.close();
  });

  it('keeps a change of preferred channel across a server restart', async () => {
    const { page } = await openDemo();
    const youthCard = page.locator('uf-contact-card[mode="youth"]').first();
    const walk = youthCard.getByRole('radio', { name: /gåtur/i });
    await walk.waitFor({ timeout: 15_000 });
    await walk.check();
    await youthCard.getByRole('button', { name: 'Gem valg' }).click();
    await youthCard.getByText('Dit valg er gemt.').first().waitFor();
    // Sensitive personal data: nothing may be left in the browser's storage.
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);
    await page.close();

    await rig.restartServer();

    const reopened = await openDemo();
    const card = reopened.page.locator('uf-contact-card[mode="youth"]').first();
    const walkAgain = card.getByRole('radio', { name: /gåtur/i });
    await walkAgain.waitFor({ timeout: 15_000 });
    assert.equal(await walkAgain.isChecked(), true);
    await reopened.page.close();
  });

  it('explains a malformed contact response in Danish and names the failing field', async () => {
    const { page } = await openDemo();
    // Break the real server's answer on its way to the page: drop a required field.
    await page.route('**/api/v1/courses/*/contact', async (route) => {
      const response = await route.fetch();
      const { person: _person, ...contact } = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: contact });
    });
    await page.reload();
    const card = page.locator('uf-contact-card[mode="staff"]').first();
    const alert = card.getByRole('alert').first();
    await alert.waitFor({ timeout: 15_000 });
    assert.match(await alert.innerText(), /Svaret fra kommunens system var ikke, som det skulle være/);
    await card
      .getByRole('button', { name: /prøv igen/i })
      .first()
      .waitFor();
    const probe = await probeOf(page);
    assert.ok(
      probe.ufErrorPaths.some((paths) => paths.includes('person')),
      `uf-error paths: ${JSON.stringify(probe.ufErrorPaths)}`,
    );
    await page.close();
  });
});

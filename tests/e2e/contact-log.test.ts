import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContactLog, danishToday } from '@ungeforlob/sdk';
import { seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { useDemoRig } from './harness.js';
import { recordCspViolations } from './page-checks.js';

// Issue #17's must-show, first half, on the demo page against the real server: the contact
// person logs a contact from a phone (390 px wide), and the contact card on the page shows it as
// "sidste kontakt" at once; a course whose agreed rhythm is broken shows the flag; the young
// person's view of the log holds no staff-only note.

const NOTE = 'Gåtur ved havnen. Talte om praktik efter jul.';
const STAFF_ONLY = 'Kun til teamet: aftal møde med familieafdelingen.';

describe('the contact log on the demo page', () => {
  const rig = useDemoRig('contact-log');

  async function readLog(courseId: string, subject: string): Promise<ContactLog> {
    const token = await rig.server.signDevToken!(subject);
    const response = await fetch(`${rig.server.url}/api/v1/courses/${courseId}/contact-log`, { headers: { Authorization: `Bearer ${token}` } });
    return ContactLog.parse(await response.json());
  }

  it('logs a contact from a 390 px phone, and the card shows it as the last contact; the broken rhythm is flagged until then', async () => {
    const context = await rig.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const violations = await recordCspViolations(page);
    const course = seedCourseIds.contactAway;
    await page.goto(`${rig.server.url}/?course=${course}`);
    const log = page.locator('uf-contact-log[mode="staff"]');
    const card = page.locator('uf-contact-card[mode="staff"]');
    await log.locator('[part="flag"]', { hasText: 'Rytmen er brudt' }).waitFor({ timeout: 20_000 });
    await log.locator('[part="flag"]', { hasText: 'udeblevet 2 gange i træk' }).waitFor();
    await card.locator('[part="contact-rhythm"]', { hasText: 'dage over' }).waitFor();

    // Nothing wider than the phone: no control behind sideways scrolling.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'the page scrolls sideways at 390 px');

    await log.getByRole('button', { name: 'Log en kontakt' }).tap();
    const walk = log.locator('label.choice', { hasText: 'Gåtur' });
    const target = await walk.boundingBox();
    assert.ok(target && target.height >= 44, `the channel's target is ${target?.height} px high`);
    await walk.tap();
    assert.equal(await log.getByRole('radio', { name: 'Gåtur' }).isChecked(), true);
    await log.getByLabel('Kort note (valgfri)').fill(NOTE);
    await log.getByLabel('Del noten med den unge').check();
    await log.getByRole('button', { name: 'Gem kontakten' }).tap();
    await log.locator('[part="status"]', { hasText: 'Kontakten er gemt.' }).waitFor();

    const today = danishToday(new Date());
    await card.locator('[part="contact-rhythm"]', { hasText: 'Sidste kontakt:' }).filter({ hasText: '(gåtur)' }).waitFor();
    assert.doesNotMatch(await card.locator('[part="contact-rhythm"]').innerText(), /dage over/);
    assert.equal(await log.locator('[part="flag"]', { hasText: 'Rytmen er brudt' }).count(), 0, 'the rhythm is kept again');
    const stored = await readLog(course, seedUserIds.teamNord);
    const logged = stored.entries.filter((entry) => entry.note?.text === NOTE);
    assert.equal(logged.length, 1);
    assert.equal(danishToday(new Date(logged[0]!.at)), today);
    assert.equal(logged[0]!.by, 'Jonas Kragh');
    assert.deepEqual(violations, []);
    await context.close();
  });

  it("the young person's log shows the shared note and never a staff-only one", async () => {
    const course = seedCourseIds.steady;
    const token = await rig.server.signDevToken!(seedUserIds.teamNord);
    const response = await fetch(`${rig.server.url}/api/v1/courses/${course}/contact-log/entries/k-e2e-staff-only`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        at: new Date().toISOString(),
        channel: 'phone',
        initiative: 'professional',
        outcome: 'held',
        note: { text: STAFF_ONLY, sharedWithYouth: false },
      }),
    });
    assert.equal(response.status, 201);
    const page = await (await rig.browser.newContext()).newPage();
    await page.goto(`${rig.server.url}/?course=${course}`);
    const youth = page.locator('uf-contact-log[mode="youth"]');
    await youth.locator('[part~="entry"]').first().waitFor({ timeout: 20_000 });
    const shown = await youth.locator('[part~="base"]').innerText();
    assert.match(shown, /God gåtur\. Du har ringet til Netto!/);
    assert.doesNotMatch(shown, /Kun til teamet|Mor var til stede/);
    // Nor is it in what the young person's browser was sent.
    const citizen = 'p-7c21';
    const seen = await readLog(course, citizen);
    assert.equal(JSON.stringify(seen).includes(STAFF_ONLY), false);
    assert.equal(seen.entries.find((entry) => entry.id === 'k-e2e-staff-only')?.note, null);
    await page.close();
  });
});

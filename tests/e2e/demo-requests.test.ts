import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { danishToday, daysBetween, lastPlanActivity } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import { useDemoRig } from './harness.js';

// Issue #11: widgets on one page share what they fetch. Every read of personal data is an audit
// row and a round trip, so the demo page must not ask twice for what it already has.

/** Who the demo page signs in as: the course's professional, the young person, the leader, and a professional of the other team (the needs bank). */
const SIGNED_IN_USERS = 4;

describe('demo page requests', () => {
  const rig = useDemoRig('requests');

  it('fetches no API URL more often than there are signed-in users, and the questionnaire once per provider', async () => {
    const page = await rig.browser.newPage();
    const gets = new Map<string, number>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() !== 'GET' || !url.pathname.startsWith('/api/v1/')) return;
      const key = `${url.pathname}${url.search}`;
      gets.set(key, (gets.get(key) ?? 0) + 1);
    });
    await page.goto(`${rig.server.url}/`);
    // Every widget has shown its data: nothing is still on its way.
    await page.locator('uf-contact-card[mode="youth"]').first().getByText('Jonas Kragh').first().waitFor({ timeout: 20_000 });
    await page.locator('uf-criteria-summary').first().locator('table').first().waitFor({ timeout: 20_000 });
    await page.locator('uf-progression').first().locator('svg').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');

    const table = [...gets].sort(([a], [b]) => a.localeCompare(b));
    console.log(table.map(([url, count]) => `${String(count).padStart(3)}  GET ${url}`).join('\n'));
    const tooOften = table.filter(([, count]) => count > SIGNED_IN_USERS);
    assert.deepEqual(tooOften, [], 'fetched more often than there are signed-in users');

    // One provider holds the questionnaire and its summary: one definition read, one rounds read.
    const definitionReads = table.filter(([url]) => /^\/api\/v1\/questionnaires\/[^/]+$/.test(url));
    const roundsReads = table.filter(([url]) => /\/responses$/.test(url));
    assert.deepEqual(
      definitionReads.map(([, count]) => count),
      [1],
      'the latest definition, once',
    );
    assert.deepEqual(
      roundsReads.map(([, count]) => count),
      [1],
      'the submitted rounds, once',
    );
    await page.close();
  });

  it('the progression counts the plan shown in another provider of the same user: passivity from the plan’s last change', async () => {
    // The aftercare course: its plan last changed after its last reading, and both are over six
    // weeks ago. The plan is in the first staff provider, the progression in the third; they share
    // the user's client, so the passivity notice counts the days from the plan's change.
    const today = danishToday(new Date());
    const seed = buildSeed(today);
    const courseId = seedCourseIds.aftercare;
    const planDay = lastPlanActivity(seed.plans[courseId]!)!;
    const lastReading = seed.progression.courses[courseId]!.readings.map((reading) => reading.date)
      .sort()
      .at(-1)!;
    assert.ok(planDay > lastReading, 'the seed no longer has a plan change after the last reading');
    const page = await rig.browser.newPage();
    await page.goto(`${rig.server.url}/?course=${courseId}`);
    const notice = page.locator('uf-progression').first().locator('[part="notice"]').filter({ hasText: 'Passivitet' });
    await notice.waitFor({ timeout: 20_000 });
    // The notice may first count from the last reading: the plan arrives in the other provider a
    // moment later, on a loaded machine later still. What it settles on is what is asserted.
    const expected = daysBetween(planDay, today);
    const settled = await notice
      .filter({ hasText: new RegExp(`i ${expected} dage`) })
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    const days = Number(/i (\d+) dage/.exec((await notice.textContent()) ?? '')?.[1]);
    assert.ok(settled, `counted from ${planDay} (the plan, ${expected} days), not ${lastReading} (the last reading): says ${days}`);
    await page.close();
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator } from 'playwright-core';
import { useDemoRig } from './harness.js';

// Issue #4's must-show, on the demo page against the real server: answer half, stop the server —
// the widget says "not saved yet" and keeps every answer; start it — it saves by itself; reload —
// the draft comes back from the server; submit twice quickly — exactly one round in the database.

// The page's first course, so no course switch races the first load; it has two seeded rounds.
const COURSE = 'c-4f2a91';
const SAVED = 'Kladden er gemt.';

const rating = (questionnaire: Locator, targetId: string, value: number) => questionnaire.locator(`[name="rating-${targetId}"]`).nth(value - 1);
const status = (questionnaire: Locator) => questionnaire.locator('[part="save-status"]');

async function next(questionnaire: Locator): Promise<void> {
  await questionnaire.getByRole('button', { name: 'Næste kriterium' }).click();
}

describe('answering the strategic criteria on the demo page', () => {
  const rig = useDemoRig('questionnaire');

  it('keeps answers through a server stop, saves by itself, restores the draft, and a double submit makes one round', async () => {
    const page = await (await rig.browser.newContext()).newPage();
    await page.goto(`${rig.server.url}/`);
    const questionnaire = page.locator('uf-criteria-questionnaire');
    await questionnaire.locator('form').waitFor({ timeout: 15_000 });

    // Half: the first criterion, saved as a draft.
    for (const id of ['relations-non-professionals', 'relations-communities', 'relations-measured']) await rating(questionnaire, id, 3).check();
    await status(questionnaire).getByText(SAVED).waitFor({ timeout: 10_000 });

    // The server goes away while the second criterion is answered.
    await rig.stopServer();
    await next(questionnaire);
    const empowerment = [
      'empowerment-capacity',
      'empowerment-insight',
      'empowerment-engagement',
      'empowerment-visions',
      'empowerment-acting',
      'empowerment-critical-sense',
    ];
    for (const id of empowerment) await rating(questionnaire, id, 2).check();
    await status(questionnaire).getByText('Ikke gemt endnu', { exact: false }).waitFor({ timeout: 10_000 });
    for (const id of empowerment) assert.equal(await rating(questionnaire, id, 2).isChecked(), true, `${id} kept while the server is down`);
    assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0], 'nothing in browser storage');

    // Back: it saves by itself (retries back off 1 s, 2 s, 4 s …).
    await rig.startServerAgain();
    await status(questionnaire).getByText(SAVED).waitFor({ timeout: 30_000 });

    // A reload brings the draft back from the server.
    await page.reload();
    await questionnaire.locator('form').waitFor({ timeout: 15_000 });
    assert.equal(await rating(questionnaire, 'relations-communities', 3).isChecked(), true);
    await next(questionnaire);
    for (const id of empowerment) assert.equal(await rating(questionnaire, id, 2).isChecked(), true, `${id} back after reload`);

    // The rest, then a double click on submit.
    await rating(questionnaire, 'empowerment-own-expert', 4).check();
    await next(questionnaire);
    for (const id of ['focus-goals-first', 'focus-life-goal-in-plan', 'focus-follow-up', 'focus-learning', 'focus-responsibility', 'focus-responsibility-when'])
      await rating(questionnaire, id, 3).check();
    await questionnaire.getByRole('button', { name: 'Indsend besvarelsen' }).dblclick();
    await status(questionnaire).getByText('Besvarelsen er indsendt som runde 3.').waitFor({ timeout: 10_000 });

    const rows = await rig.server.database.query<{ round: number }>(
      'SELECT round FROM questionnaire_responses WHERE subject_kind = $1 AND subject_id = $2 ORDER BY round',
      ['course', COURSE],
    );
    assert.deepEqual(
      rows.map((row) => row.round),
      [1, 2, 3],
      'the two seeded rounds and exactly one new one',
    );
    await page.close();
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { Plan } from '@ungeforlob/sdk';
import { seedUserIds } from '@ungeforlob/sdk/seed';
import { useDemoRig } from './harness.js';

// Issue #3's must-show: two professionals edit one plan at once, in two browser contexts against
// the real server. The second save gets a clear conflict, nothing typed is lost, and after
// re-applying both changes are in the database.

const COURSE = 'c-4f2a91';
const NOTE = 'Hun vil helst mødes om formiddagen.';

describe('editing one plan from two browsers', () => {
  const rig = useDemoRig('plan-conflict');

  /** The plan as the database holds it, read as a professional of the course's team. */
  async function storedPlan(courseId: string, user: string): Promise<Plan> {
    const token = await rig.server.signDevToken!(user);
    const response = await fetch(`${rig.server.url}/api/v1/courses/${courseId}/plan`, { headers: { Authorization: `Bearer ${token}` } });
    return Plan.parse(await response.json());
  }

  async function openPlan(): Promise<Page> {
    const page = await (await rig.browser.newContext()).newPage();
    await page.goto(`${rig.server.url}/?course=${COURSE}`);
    await page.locator('uf-plan[mode="staff"]').locator('#status-e-s1').waitFor({ timeout: 15_000 });
    return page;
  }

  it('gives the second save a conflict, keeps what was typed, and re-applies it on top of the first', async () => {
    const [first, second] = await Promise.all([openPlan(), openPlan()]);
    const firstPlan = first.locator('uf-plan[mode="staff"]');
    const secondPlan = second.locator('uf-plan[mode="staff"]');

    // The first professional pauses the internship.
    await firstPlan.locator('#status-e-s1').selectOption('paused');
    await firstPlan.locator('td:has(#status-e-s1) button').click();
    await firstPlan.getByText('Gemt.').waitFor();

    // The second, on the version from before, writes a learning note.
    await secondPlan.locator('#note-kind').selectOption('learning');
    await secondPlan.locator('#note-text').fill(NOTE);
    await secondPlan.getByRole('button', { name: 'Tilføj note' }).click();
    const problem = secondPlan.locator('[part="save-problem"]');
    await problem.getByText('En anden har ændret planen imens. Din ændring er ikke gemt endnu.').waitFor();
    assert.equal(await secondPlan.locator('#note-text').inputValue(), NOTE, 'the typed note is kept');
    assert.match(await problem.innerText(), /Virksomhedspraktik/, 'says what the other person changed');
    assert.equal(await secondPlan.locator('#status-e-s1').inputValue(), 'paused', "shows the other person's change");

    await secondPlan.getByRole('button', { name: 'Gem mit igen' }).click();
    await secondPlan.getByText('Gemt.').waitFor();

    // Both changes, in the database: the stored plan and one revision for each.
    const stored = await storedPlan(COURSE, seedUserIds.teamNord);
    assert.equal(stored.efforts.find((effort) => effort.id === 'e-s1')?.status, 'paused');
    assert.ok(stored.notes.some((note) => note.text === NOTE));
    const revisions = await rig.server.database.query<{ number: number; changes: unknown }>(
      'SELECT number, changes FROM plan_revisions WHERE course_id = $1 ORDER BY number',
      [COURSE],
    );
    assert.deepEqual(
      revisions.map((revision) => revision.number),
      [1, 2],
    );
    assert.deepEqual(
      revisions.map((revision) => (typeof revision.changes === 'string' ? (JSON.parse(revision.changes) as unknown) : revision.changes)),
      [
        [{ target: 'effort', targetId: 'e-s1', action: 'changed' }],
        [
          {
            target: 'note',
            targetId: stored.notes.find((note) => note.text === NOTE)!.id,
            action: 'added',
            noteKind: stored.notes.find((note) => note.text === NOTE)!.kind,
          },
        ],
      ],
    );
  });

  it('adds a community goal from its warning and an effort from the portal’s offer catalogue', async () => {
    const page = await (await rig.browser.newContext()).newPage();
    await page.goto(`${rig.server.url}/?course=c-9a0f4e`);
    const plan = page.locator('uf-plan[mode="staff"]');
    await plan.getByRole('button', { name: 'Tilføj et fællesskabsmål' }).click();
    await plan.getByLabel('Målet med den unges egne ord').fill('Gå til klub om torsdagen');
    await plan.getByRole('button', { name: 'Gem mål' }).click();
    await plan.getByText('Gemt.').waitFor();
    assert.equal(await plan.getByText('Planen har intet mål om deltagelse i fællesskaber', { exact: false }).count(), 0, 'the warning is gone');

    await plan.getByRole('button', { name: 'Tilføj indsats' }).click();
    await plan.getByLabel('Tilbud og fagcenter').selectOption({ label: 'Fodbold med følgeskab – Fjordby Idrætsforening' });
    await plan.getByLabel('Ansvarlig').fill('Maja Friis (træner)');
    await plan.getByLabel('Fællesskab: Gå til klub om torsdagen').check();
    await plan.getByRole('button', { name: 'Gem indsats' }).click();
    await plan.locator('.plan-form').waitFor({ state: 'detached' });

    const stored = await storedPlan('c-9a0f4e', seedUserIds.teamSyd);
    const goal = stored.goals.find((candidate) => candidate.text === 'Gå til klub om torsdagen');
    assert.equal(goal?.kind, 'community');
    const effort = stored.efforts.find((candidate) => candidate.offer.id === 'o-klub');
    assert.deepEqual(effort?.goalIds, [goal.id]);
    assert.equal(effort?.unit.id, 'u-fif');
  });
});

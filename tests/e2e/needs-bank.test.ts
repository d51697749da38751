import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CourseNeeds, Plan } from '@ungeforlob/sdk';
import { seedUserIds } from '@ungeforlob/sdk/seed';
import { useDemoRig } from './harness.js';
import { recordCspViolations } from './page-checks.js';

// Issue #16's must-show, second half, on the demo page against the real server: the course's
// team shares a need in the young person's words, a professional of another team answers it
// without learning who the young person is, and the team takes the proposal into the plan, which
// the plan on the page shows at once; the young person reads what came of it.

const COURSE = 'c-4f2a91';
const WORDS = 'Jeg vil gerne spille fodbold igen, men jeg tør ikke starte alene.';

describe('the needs bank on the demo page', () => {
  const rig = useDemoRig('needs-bank');

  async function asJonas<T>(path: string, parse: (body: unknown) => T): Promise<T> {
    const token = await rig.server.signDevToken!(seedUserIds.teamNord);
    const response = await fetch(`${rig.server.url}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
    return parse(await response.json());
  }

  it('shares a need, a professional of another team answers it, and the team takes it into the plan', async () => {
    const page = await (await rig.browser.newContext()).newPage();
    const violations = await recordCspViolations(page);
    await page.goto(`${rig.server.url}/?course=${COURSE}`);
    const team = page.locator('uf-needs-bank[mode="team"]');
    await team.getByRole('button', { name: 'Del et behov' }).click({ timeout: 15_000 });
    await team.getByLabel('Mål i planen').selectOption({ label: 'Fællesskab: Spille fodbold på et hold igen' });
    await team.getByLabel('Den unges egne ord').fill(WORDS);
    await team.getByLabel('Den unge har i dag sagt ja til, at netop denne tekst deles').check();
    await team.getByRole('button', { name: 'Del i behovsbanken' }).click();
    await team.locator('[part="status"]', { hasText: 'Behovet er delt i behovsbanken.' }).waitFor();

    // Peter Nørgaard of Team Syd, who may not see the course, answers it in his bank.
    await page.reload();
    const bank = page.locator('uf-needs-bank[mode="bank"]');
    const need = bank.getByRole('listitem').filter({ hasText: WORDS });
    await need.getByRole('button', { name: 'Byd ind' }).click({ timeout: 15_000 });
    assert.match(await need.getByRole('heading').first().innerText(), /^Fællesskab · 18–24 år$/);
    assert.doesNotMatch(await bank.innerText(), /Amalie|Sørensen|c-4f2a91/);
    await need.getByLabel('Tilbud fra tilbudsviften').selectOption({ label: 'Følgeskabsven til fritidsliv (Frivilligcenter Fjordby)' });
    await need.getByLabel('Hvem den unge møder').fill('Sigrid, frivillig i Frivilligcenter Fjordby');
    await need.getByLabel('Hvordan').fill('Sigrid går med dig til den første træning');
    await need.getByLabel('Hvornår').fill('Torsdage kl. 17, fra næste uge');
    await need.getByRole('button', { name: 'Send forslaget' }).click();
    await bank.locator('[part="status"]', { hasText: 'Dit forslag er sendt' }).waitFor();

    // Jonas takes it into the plan; the staff plan on the page shows the new planned effort by itself.
    await page.reload();
    const shared = team.getByRole('listitem').filter({ hasText: WORDS }).first();
    const proposal = shared.locator('[part~="proposal"]').filter({ hasText: 'Følgeskabsven til fritidsliv' });
    await proposal.getByRole('button', { name: 'Tag ind i planen' }).click({ timeout: 15_000 });
    await team.locator('[part="status"]', { hasText: 'Følgeskabsven til fritidsliv står nu i planen' }).waitFor();
    await page.locator('uf-plan[mode="staff"]').getByText('Følgeskabsven til fritidsliv').first().waitFor();

    const plan = await asJonas(`/courses/${COURSE}/plan`, (body) => Plan.parse(body));
    const added = plan.efforts.filter((effort) => effort.offer.id === 'o-foelgeskab');
    assert.equal(added.length, 1);
    assert.equal(added[0]!.status, 'planned');
    assert.deepEqual(added[0]!.goalIds, ['g-s2']);
    assert.equal(added[0]!.responsible.name, 'Sigrid, frivillig i Frivilligcenter Fjordby');
    const needs = await asJonas(`/courses/${COURSE}/needs`, (body) => CourseNeeds.parse(body));
    assert.equal(needs.needs.find((candidate) => candidate.text === WORDS)?.status, 'closed');

    // Amalie reads what came of it in plain words (signed in as herself: her page is loaded anew).
    await page.reload();
    const youth = page.locator('uf-needs-bank[mode="youth"]');
    await youth.getByRole('listitem').filter({ hasText: WORDS }).getByText('Det er nu med i din plan.').waitFor({ timeout: 15_000 });
    assert.deepEqual(violations, []);
    await page.close();
  });
});

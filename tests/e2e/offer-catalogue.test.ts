import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Plan } from '@ungeforlob/sdk';
import { seedUserIds } from '@ungeforlob/sdk/seed';
import { useDemoRig } from './harness.js';
import { recordCspViolations } from './page-checks.js';

// Issue #16's must-show, on the demo page against the real server: find an offer by filter, add
// it to the course's plan from the catalogue with the double-offer warning for the seeded double,
// and see it in the plan and in the database. The young person sees the same catalogue in plain
// words, without reviews or internal fields.

const COURSE = 'c-4f2a91';

describe('the offer catalogue on the demo page', () => {
  const rig = useDemoRig('offer-catalogue');

  async function storedPlan(courseId: string): Promise<Plan> {
    const token = await rig.server.signDevToken!(seedUserIds.teamNord);
    const response = await fetch(`${rig.server.url}/api/v1/courses/${courseId}/plan`, { headers: { Authorization: `Bearer ${token}` } });
    return Plan.parse(await response.json());
  }

  it('finds an offer by filter and adds it to the plan, warning of the double offer first', async () => {
    const page = await (await rig.browser.newContext()).newPage();
    const violations = await recordCspViolations(page);
    await page.goto(`${rig.server.url}/?course=${COURSE}`);
    const catalogue = page.locator('uf-offer-catalogue[mode="staff"]');
    const plan = page.locator('uf-plan[mode="staff"]');
    await plan.locator('#status-e-s1').waitFor({ timeout: 15_000 });

    await catalogue.getByLabel('Måltype').selectOption({ label: 'Job' });
    await catalogue.getByLabel('Søg i navn, beskrivelse, enhed og målgruppe').fill('mentor');
    const offer = catalogue.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mentor (beskæftigelse)' }) });
    await offer.waitFor();
    assert.match(await catalogue.locator('[part="count"]').innerText(), /^\d+ af \d+ tilbud$/);
    // Its latest review beside it, as the roll-up has it.
    assert.match(await offer.locator('[part="review"]').innerText(), /runde 2/);
    await offer.getByRole('button', { name: 'Tilføj til planen' }).click();

    // The plan's form opens with the offer chosen; the young person already has an active mentor from Ungeindsatsen.
    const form = plan.locator('.plan-form');
    await form.waitFor();
    assert.equal(await plan.locator('#effort-offer').inputValue(), 'o-mentor-job@u-jobcenter');
    assert.match(await plan.locator('[part="double-offer-warning"]').innerText(), /^Dobbelttilbud: .*Mentor \(beskæftigelse\) fra Ungeindsatsen/);
    assert.match(await catalogue.locator('[part="status"]').innerText(), /står nu i planens formular/);

    await plan.getByLabel('Ansvarlig').fill('Peter Nørgaard');
    await plan.getByRole('button', { name: 'Gem indsats' }).click();
    await form.waitFor({ state: 'detached' });
    await plan.getByText('Gemt.').waitFor();

    const stored = await storedPlan(COURSE);
    const added = stored.efforts.filter((effort) => effort.offer.id === 'o-mentor-job' && effort.unit.id === 'u-jobcenter');
    assert.equal(added.length, 1, 'the jobcentre mentor is in the plan');
    assert.equal(added[0]!.status, 'planned');
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('shows the young person the active offers in plain words, without reviews or legal basis', async () => {
    const page = await (await rig.browser.newContext()).newPage();
    await page.goto(`${rig.server.url}/?course=${COURSE}`);
    const catalogue = page.locator('uf-offer-catalogue[mode="youth"]');
    await catalogue.getByRole('heading', { name: 'Det kunne hjælpe dig' }).waitFor({ timeout: 15_000 });
    await catalogue.getByRole('heading', { name: 'Fodbold med følgeskab' }).waitFor();
    const text = await catalogue.locator('[part="offers"]').innerText();
    assert.doesNotMatch(text, /Lovgrundlag|Strategiske kriterier|Pladser og visitation/);
    assert.match(text, /Du kan starte/);
    assert.equal(await catalogue.getByRole('button', { name: 'Tilføj til planen' }).count(), 0);
    await page.close();
  });
});

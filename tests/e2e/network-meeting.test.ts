import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { ContactLog, Plan, addDays, applyMeetingEdit, createClient, danishToday, type CourseMeetings } from '@ungeforlob/sdk';
import { seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { useDemoRig } from './harness.js';
import { recordCspViolations } from './page-checks.js';

// Issue #17's must-show, second half, on the demo page against the real server: the coordinator
// holds Freja's network meeting, agrees two decisions, and the plan on the same page shows them as
// the next actions of their efforts. A plan changed meanwhile from a second browser is said in the
// meeting, the decision stays agreed, and putting it in the plan keeps the other change. The young
// person's page, and what their browser is sent, holds no professional's point, no minutes not
// shared with them and no staff-only contact note.

const COURSE = seedCourseIds.manyHandovers;
/** Freja, the course's young person, as the demo page signs her in. */
const YOUTH = 'p-c402';
const STAFF_POINT = 'Aftale, hvem der følger op på praktikken.';
const STAFF_MINUTES = 'Kun for teamet: bekymring for fremmødet i praktikken.';
const STAFF_NOTE = 'Kun til teamet: Freja virkede træt og ked af det.';

/** One decision as the coordinator types it into the meeting's form. */
interface Decision {
  action: string;
  how: string;
  owner: string;
  effortId: string;
}

describe('network meetings on the demo page', () => {
  const rig = useDemoRig('network-meeting');

  async function tokenOf(user: string): Promise<string> {
    return rig.server.signDevToken!(user);
  }

  /** The plan as the database holds it, read as the course's professional. */
  async function storedPlan(): Promise<Plan> {
    const response = await fetch(`${rig.server.url}/api/v1/courses/${COURSE}/plan`, {
      headers: { Authorization: `Bearer ${await tokenOf(seedUserIds.teamSyd)}` },
    });
    return Plan.parse(await response.json());
  }

  async function openCourse(): Promise<{ page: Page; meeting: Locator; plan: Locator }> {
    const page = await (await rig.browser.newContext()).newPage();
    await page.goto(`${rig.server.url}/?course=${COURSE}`);
    const meeting = page.locator('uf-network-meeting[mode="staff"]');
    const plan = page.locator('uf-plan[mode="staff"]');
    await meeting.locator('#meeting-title').waitFor({ timeout: 20_000 });
    await meeting.locator('[data-action="add-decision"]').waitFor();
    await plan.locator('#status-e-h1').waitFor({ timeout: 20_000 });
    return { page, meeting, plan };
  }

  /** Adds a proposed decision through the meeting's form, as a coordinator would. */
  async function addDecision(meeting: Locator, decision: Decision): Promise<void> {
    await meeting.getByRole('button', { name: 'Tilføj beslutning', exact: true }).click();
    await meeting.locator('#decision-action').fill(decision.action);
    await meeting.locator('#decision-how').fill(decision.how);
    const owner = meeting.locator('#decision-owner');
    const label = await owner.locator('option', { hasText: decision.owner }).first().textContent();
    await owner.selectOption({ label: (label ?? '').trim() });
    await meeting.locator('#decision-due').fill(addDays(danishToday(new Date()), 14));
    await meeting.locator('#decision-effort').selectOption(decision.effortId);
    await meeting.locator('[part="form"] button[type="submit"]').click();
    await meeting.locator('[part="form"]').waitFor({ state: 'detached' });
    await meeting.locator('[part="decision"]', { hasText: decision.action }).getByText('Foreslået, ikke aftalt endnu').waitFor();
  }

  const nextAction = (decision: Decision) => `${decision.action} – ${decision.how}`;

  it('holds the meeting, agrees two decisions, and the plan on the page shows them as next actions', async () => {
    const { page, meeting, plan } = await openCourse();
    const violations = await recordCspViolations(page);
    const agenda = await meeting.locator('[part~="agenda"]').innerText();
    assert.match(agenda, /Den unges punkt: Jeg forstår ikke, hvorfor jeg har to mentorer\./, "Freja's own point on the agenda");

    await meeting.getByRole('button', { name: 'Marker mødet som holdt' }).click();
    await meeting.locator('[part="status"]', { hasText: 'Mødet er gemt.' }).waitFor();
    await meeting.locator('dl', { hasText: 'Holdt' }).waitFor();

    const first: Decision = { action: 'Besøge to dyrehandler', how: 'Peter og Freja tager derud sammen', owner: 'Peter Nørgaard', effortId: 'e-h1' };
    const second: Decision = { action: 'Vælge én mentor', how: 'Karin og Peter aftaler, hvem der fortsætter', owner: 'Karin Vestergaard', effortId: 'e-h2' };
    await addDecision(meeting, first);
    await addDecision(meeting, second);

    for (const decision of [first, second]) {
      await meeting.getByRole('button', { name: `Aftal og læg i planen: ${decision.action}` }).click();
      await meeting.locator('[part="decision"]', { hasText: decision.action }).getByText('Aftalt og lagt i planen').waitFor();
    }
    await meeting.locator('[part="status"]', { hasText: 'Aftalt og lagt i planen' }).waitFor();
    assert.equal(await meeting.locator('[part="write-problem"]').count(), 0, 'no problem is shown');

    // The plan on the page, the same signed-in user's: each decision is its effort's next action, at once.
    await plan.locator('tr:has(#status-e-h1)', { hasText: nextAction(first) }).waitFor();
    await plan.locator('tr:has(#status-e-h2)', { hasText: nextAction(second) }).waitFor();

    const stored = await storedPlan();
    assert.equal(stored.efforts.find((effort) => effort.id === 'e-h1')?.nextAction?.text, nextAction(first));
    assert.equal(stored.efforts.find((effort) => effort.id === 'e-h2')?.nextAction?.text, nextAction(second));
    assert.equal(stored.efforts.find((effort) => effort.id === 'e-h2')?.nextAction?.responsible.name, 'Karin Vestergaard');
    assert.deepEqual(violations, []);
    await page.context().close();
  });

  it('a plan changed from a second browser meanwhile: says so, keeps the decision agreed, and puts it in the plan without losing the other change', async () => {
    const [mine, theirs] = await Promise.all([openCourse(), openCourse()]);
    const decision: Decision = { action: 'Ringe til hundeklubben', how: 'Peter ringer og spørger om en prøvetime', owner: 'Peter Nørgaard', effortId: 'e-h1' };
    await addDecision(mine.meeting, decision);

    // The other browser, on the plan as it was when both opened: changes how the social mentor works.
    const how = 'Karin og Freja mødes hver tirsdag i hundeklubben';
    await theirs.plan.locator('#edit-effort-e-h2').click();
    await theirs.plan.locator('#effort-how').fill(how);
    await theirs.plan.locator('[part~="save-form-button"]').click();
    await theirs.plan.locator('[part~="status"]', { hasText: 'Gemt.' }).waitFor();

    await mine.meeting.getByRole('button', { name: `Aftal og læg i planen: ${decision.action}` }).click();
    const row = mine.meeting.locator('[part="decision"]', { hasText: decision.action });
    const problem = row.locator('[part="write-problem"] [role="alert"]');
    await problem.waitFor();
    assert.match(await problem.innerText(), /ændrede planen/);
    assert.match(await problem.innerText(), /Beslutningen er gemt i mødet som aftalt/);
    await row.getByText('Aftalt, men ikke lagt i planen endnu').waitFor();
    // The meeting holds it as agreed: reloading would show it so.
    const meetings = await readMeetings(seedUserIds.teamSyd);
    const stored = meetings.meetings.flatMap((meeting) => meeting.decisions).find((candidate) => candidate.action === decision.action);
    assert.equal(stored?.status, 'agreed');
    assert.equal(stored?.inPlan, false);

    await row.getByRole('button', { name: `Læg i planen: ${decision.action}` }).click();
    await row.getByText('Aftalt og lagt i planen').waitFor();
    assert.equal(await row.locator('[part="write-problem"]').count(), 0, 'the problem is gone');

    // Both changes, in the database and in the plan on the coordinator's page.
    const plan = await storedPlan();
    assert.equal(plan.efforts.find((effort) => effort.id === 'e-h1')?.nextAction?.text, nextAction(decision));
    assert.equal(plan.efforts.find((effort) => effort.id === 'e-h2')?.how, how, "the other browser's change stays");
    await mine.plan.locator('tr:has(#status-e-h1)', { hasText: nextAction(decision) }).waitFor();
    await mine.plan.locator('tr:has(#status-e-h2)', { hasText: how }).waitFor();
    const after = await readMeetings(seedUserIds.teamSyd);
    assert.equal(after.meetings.flatMap((meeting) => meeting.decisions).find((candidate) => candidate.action === decision.action)?.inPlan, true);
    await mine.page.context().close();
    await theirs.page.context().close();
  });

  async function readMeetings(user: string): Promise<CourseMeetings> {
    const client = createClient({ baseUrl: `${rig.server.url}/api/v1`, getToken: () => tokenOf(user) });
    return client.meetings.list(COURSE);
  }

  it("the young person's meetings and contact log show no staff-only point, minutes or note, nor does their browser receive one", async () => {
    // A professional writes minutes not shared with Freja and a staff-only contact note; the seed's
    // planned meeting already has a professional's point.
    const staff = createClient({ baseUrl: `${rig.server.url}/api/v1`, getToken: () => tokenOf(seedUserIds.teamSyd) });
    const planned = (await staff.meetings.list(COURSE)).meetings.find((meeting) => meeting.id === 'm-h3')!;
    assert.ok(planned.points.some((point) => point.text === STAFF_POINT && point.from === 'professional'));
    const saved = await staff.meetings.save(COURSE, applyMeetingEdit(planned, { kind: 'minutes', minutes: { text: STAFF_MINUTES, sharedWithYouth: false } }), {
      basedOn: planned.version,
    });
    assert.equal(saved.minutes?.sharedWithYouth, false);
    const response = await fetch(`${rig.server.url}/api/v1/courses/${COURSE}/contact-log/entries/k-e2e-meeting-staff-only`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await tokenOf(seedUserIds.teamSyd)}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        at: new Date().toISOString(),
        channel: 'phone',
        initiative: 'professional',
        outcome: 'held',
        note: { text: STAFF_NOTE, sharedWithYouth: false },
      }),
    });
    assert.equal(response.status, 201);

    // What each signed-in user's browser is sent for the course's meetings and contact log, by whom the token names.
    const page = await (await rig.browser.newContext()).newPage();
    const received: { user: string; path: string; body: string }[] = [];
    // Through the page's own routing: every answer the browser is given, read whole before it gets it.
    await page.route(/\/api\/v1\/courses\/[^/]+\/(meetings|contact-log)$/, async (route) => {
      const request = route.request();
      if (request.method() !== 'GET') return route.continue();
      const answer = await route.fetch();
      const { authorization = '' } = request.headers();
      received.push({ user: subjectOf(authorization.replace(/^Bearer /, '')), path: new URL(request.url()).pathname, body: await answer.text() });
      // A request the page gave up on meanwhile has no one to answer: what it would have been sent is checked all the same.
      await route.fulfill({ response: answer }).catch(() => undefined);
    });
    await page.goto(`${rig.server.url}/?course=${COURSE}`);
    const meetings = page.locator('uf-network-meeting[mode="youth"]');
    const log = page.locator('uf-contact-log[mode="youth"]');
    await meetings.locator('[part="meeting"]').first().waitFor({ timeout: 20_000 });
    await log.locator('[part~="entry"]').first().waitFor({ timeout: 20_000 });
    await page.locator('uf-network-meeting[mode="staff"] #meeting-title').waitFor({ timeout: 20_000 });
    await page.locator('uf-contact-log[mode="staff"] [part="summary"]').waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');

    const shownMeetings = await meetings.locator('[part~="base"]').innerText();
    assert.match(shownMeetings, /Jeg forstår ikke, hvorfor jeg har to mentorer\./, 'her own point');
    assert.match(shownMeetings, /Peter er din nye kontaktperson fra i dag\./, 'minutes shared with her');
    const shownLog = await log.locator('[part~="base"]').innerText();
    assert.match(shownLog, /Første møde med Peter\./, 'a note shared with her');
    for (const secret of [STAFF_POINT, STAFF_MINUTES, STAFF_NOTE]) {
      assert.ok(!shownMeetings.includes(secret), `the young person's meetings show "${secret}"`);
      assert.ok(!shownLog.includes(secret), `the young person's log shows "${secret}"`);
    }

    const answers = received;
    const hers = answers.filter((answer) => answer.user === YOUTH);
    assert.deepEqual([...new Set(hers.map((answer) => answer.path))].sort(), [`/api/v1/courses/${COURSE}/contact-log`, `/api/v1/courses/${COURSE}/meetings`]);
    for (const answer of hers)
      for (const secret of [STAFF_POINT, STAFF_MINUTES, STAFF_NOTE]) assert.ok(!answer.body.includes(secret), `${answer.path} sent her "${secret}"`);
    // The staff panels on the same page were sent them: the check above would have seen them.
    const staffBodies = answers
      .filter((answer) => answer.user === seedUserIds.teamSyd)
      .map((answer) => answer.body)
      .join('\n');
    for (const secret of [STAFF_POINT, STAFF_MINUTES, STAFF_NOTE]) assert.ok(staffBodies.includes(secret), `the staff panels were sent "${secret}"`);
    // And read as her through the API: the note is gone from the entry, the minutes from the meeting.
    const herLog = ContactLog.parse(
      await (await fetch(`${rig.server.url}/api/v1/courses/${COURSE}/contact-log`, { headers: { Authorization: `Bearer ${await tokenOf(YOUTH)}` } })).json(),
    );
    assert.equal(herLog.entries.find((entry) => entry.id === 'k-e2e-meeting-staff-only')?.note, null);
    const herMeetings = await readMeetings(YOUTH);
    assert.equal(herMeetings.meetings.find((meeting) => meeting.id === 'm-h3')?.minutes, null);
    await page.context().close();
  });
});

/** The user a development token names (its `sub`): whose panel a request came from. */
function subjectOf(token: string): string {
  const payload = token.split('.')[1] ?? '';
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8') || '{}') as { sub?: string }).sub ?? '';
}

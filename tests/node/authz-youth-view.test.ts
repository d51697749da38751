import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Contact, CourseProgression, danishToday, Plan, type PlanUpdate } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, JSON_HEADERS } from './helpers/http.js';
import { planUpdateOf } from './helpers/plan-update.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// What a young person is sent of their own course, and what they may write in whose name.

const seed = buildSeed();
const course = seedCourseIds.contactAway; // an absence with a reason, a caseload, a setback note and annotation
const youth = seed.courses.find((candidate) => candidate.id === course)!.citizen;
const firstName = youth.name.split(' ')[0]!;

let database: TestDatabase;
let server: TestServer;
const api = (path: string) => `${server.url}/api/v1/courses/${course}${path}`;

before(async () => {
  database = await createTestDatabase('authz_youth_view');
  server = await startTestServer(database);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

async function json<T>(response: Response, schema: { parse(value: unknown): T }): Promise<T> {
  assert.equal(response.status, 200, await response.clone().text());
  return schema.parse(await response.json());
}

describe('the young person sees only what is meant for them', () => {
  test('contact: no caseload and no reason for an absence; staff see both', async () => {
    const staff = await json(await apiFetch(api('/contact')), Contact);
    assert.ok(
      staff.absences.some((absence) => absence.reason !== undefined),
      'the seed has a reason',
    );
    assert.equal(staff.caseload, seed.contacts[course]?.caseload, 'the seed has a caseload');
    assert.notEqual(staff.caseload, undefined);
    const mine = await json(await apiFetch(api('/contact'), { as: youth.id }), Contact);
    assert.equal(mine.caseload, undefined);
    assert.deepEqual(
      mine.absences.map((absence) => absence.reason),
      mine.absences.map(() => undefined),
    );
    assert.equal(mine.absences.length, staff.absences.length, 'the deputy is still shown');
  });

  test('contact: a 412 after a stale choice carries the filtered contact too', async () => {
    const response = await apiFetch(api('/contact'), {
      as: youth.id,
      method: 'PATCH',
      headers: { ...JSON_HEADERS, 'If-Match': '"0"' },
      body: JSON.stringify({ preferredChannel: 'sms' }),
    });
    assert.equal(response.status, 412);
    const current = Contact.parse(((await response.json()) as { current: unknown }).current);
    assert.equal(current.caseload, undefined);
    assert.ok(current.absences.every((absence) => absence.reason === undefined));
  });

  test('plan: no setbacks (the professionals’ working notes); staff see them', async () => {
    const staff = await json(await apiFetch(api('/plan')), Plan);
    assert.ok(
      staff.notes.some((note) => note.kind === 'setback'),
      'the seed has a setback',
    );
    const mine = await json(await apiFetch(api('/plan'), { as: youth.id }), Plan);
    assert.deepEqual(
      mine.notes,
      staff.notes.filter((note) => note.kind !== 'setback'),
    );
    assert.deepEqual(mine.goals, staff.goals);
  });

  test('plan: a revision that only added a setback leaves no trace; other changes stay', async () => {
    const read = await apiFetch(api('/plan'));
    const plan = Plan.parse(await read.json());
    const base = planUpdateOf(plan);
    const setback = {
      id: 'n-hidden',
      kind: 'setback' as const,
      date: danishToday(),
      text: 'Udeblev to gange.',
      author: { role: 'professional' as const, name: 'x' },
    };
    const success = { id: 'n-shown', kind: 'success' as const, date: danishToday(), text: 'Mødte op.', author: { role: 'professional' as const, name: 'x' } };
    const first = await apiFetch(api('/plan'), {
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'If-Match': read.headers.get('etag')! },
      body: JSON.stringify({ ...base, notes: [...plan.notes, setback] }),
    });
    assert.equal(first.status, 200);
    const second = await apiFetch(api('/plan'), {
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'If-Match': first.headers.get('etag')! },
      body: JSON.stringify({ ...base, notes: [...plan.notes, setback, success] }),
    });
    assert.equal(second.status, 200);
    const staff = Plan.parse(await second.json());
    const mine = await json(await apiFetch(api('/plan'), { as: youth.id }), Plan);
    assert.equal(staff.revisions.length, mine.revisions.length + 1);
    assert.ok(!JSON.stringify(mine).includes('n-hidden'));
    assert.deepEqual(mine.revisions[0]?.changes, [{ target: 'note', targetId: 'n-shown', action: 'added', noteKind: 'success' }]);

    // A revision that also touched a hidden note keeps its visible changes but not its reason,
    // which may be about what was hidden.
    const goals = planUpdateOf(staff).goals.map((goal, index) => (index === 0 ? { ...goal, text: `${goal.text} (justeret)` } : goal));
    const third = await apiFetch(api('/plan'), {
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'If-Match': second.headers.get('etag')! },
      body: JSON.stringify({ ...base, goals, notes: [...staff.notes, { ...setback, id: 'n-hidden2' }], reason: 'Efter en svær uge' }),
    });
    assert.equal(third.status, 200);
    const after = await json(await apiFetch(api('/plan'), { as: youth.id }), Plan);
    assert.deepEqual(after.revisions[0]?.changes, [{ target: 'goal', targetId: staff.goals[0]!.id, action: 'changed' }]);
    assert.equal(after.revisions[0]?.reason, undefined);
    assert.ok(!JSON.stringify(after).includes('svær uge'));
  });

  test('plan: an edit the young person cannot see changes nothing they see, not the ETag nor the revision numbers', async () => {
    const youthRead = await apiFetch(api('/plan'), { as: youth.id });
    const before = await json(youthRead.clone(), Plan);
    const youthTag = youthRead.headers.get('etag')!;
    const staffRead = await apiFetch(api('/plan'));
    const staffTag = staffRead.headers.get('etag')!;
    assert.notEqual(youthTag, staffTag, 'their own tag, not the stored version');
    const plan = Plan.parse(await staffRead.json());
    const hidden = await apiFetch(api('/plan'), {
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'If-Match': staffTag },
      body: JSON.stringify({
        ...planUpdateOf(plan),
        notes: [
          ...plan.notes,
          { id: `n-${randomUUID()}`, kind: 'setback', date: danishToday(), text: 'Kom ikke.', author: { role: 'professional', name: 'x' } },
        ],
      }),
    });
    assert.equal(hidden.status, 200);
    assert.notEqual(hidden.headers.get('etag'), staffTag, 'staff see a new version');
    const afterRead = await apiFetch(api('/plan'), { as: youth.id });
    assert.equal(afterRead.headers.get('etag'), youthTag, 'the young person sees the same tag');
    assert.deepEqual(await json(afterRead, Plan), before, 'and the same plan');
    const staffAfter = Plan.parse(await (await apiFetch(api('/plan'))).json());
    assert.ok(staffAfter.revisions.length > before.revisions.length, 'there are revisions the young person is not shown');
    const numbers = before.revisions.map((revision) => revision.number);
    assert.deepEqual(
      numbers,
      numbers.map((_, index) => numbers.length - index),
      'and theirs are numbered without gaps',
    );

    // Their tag still names what they saw, so their comment is not refused for an edit they cannot see.
    const comment = (tag: string, as: string = youth.id) =>
      apiFetch(api('/plan/comment'), {
        as,
        method: 'PUT',
        headers: { ...JSON_HEADERS, 'If-Match': tag },
        body: JSON.stringify({ text: 'Jeg kommer i næste uge.' }),
      });
    const stale = await comment(staffTag);
    assert.equal(stale.status, 412, 'a staff tag is no tag of theirs');
    assert.equal(stale.headers.get('etag'), youthTag, 'the 412 carries their tag of what is stored');
    const saved = await comment(youthTag);
    assert.equal(saved.status, 200);
    assert.notEqual(saved.headers.get('etag'), youthTag, 'their change is one they see');
    const staffWithYouthTag = await apiFetch(api('/plan'), {
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'If-Match': saved.headers.get('etag')! },
      body: JSON.stringify(planUpdateOf(plan)),
    });
    assert.equal(staffWithYouthTag.status, 412, "the young person's tag names no stored version for staff");
  });

  test("contact: the young person's choice goes with the tag of their view; a staff tag is none of theirs", async () => {
    const youthRead = await apiFetch(api('/contact'), { as: youth.id });
    const tag = youthRead.headers.get('etag')!;
    assert.match(tag, /^"y-/);
    const staffTag = (await apiFetch(api('/contact'))).headers.get('etag')!;
    const channel = Contact.parse(await youthRead.json()).channels.at(-1)!.kind;
    const choose = (ifMatch: string) =>
      apiFetch(api('/contact'), {
        as: youth.id,
        method: 'PATCH',
        headers: { ...JSON_HEADERS, 'If-Match': ifMatch },
        body: JSON.stringify({ preferredChannel: channel }),
      });
    const refused = await choose(staffTag);
    assert.equal(refused.status, 412);
    assert.equal(refused.headers.get('etag'), tag);
    const chosen = await choose(tag);
    assert.equal(chosen.status, 200, await chosen.clone().text());
    assert.match(chosen.headers.get('etag') ?? '', /^"y-/);
  });

  test('progression: no setback annotations; staff see them', async () => {
    const staff = await json(await apiFetch(api('/progression')), CourseProgression);
    assert.ok(
      staff.annotations.some((annotation) => annotation.kind === 'setback'),
      'the seed has a setback',
    );
    const mine = await json(await apiFetch(api('/progression'), { as: youth.id }), CourseProgression);
    assert.deepEqual(
      mine.annotations,
      staff.annotations.filter((annotation) => annotation.kind !== 'setback'),
    );
    assert.equal(mine.readings.length, staff.readings.length);
  });
});

describe('nobody writes in someone else’s name', () => {
  const reading = (ratedBy: string) => JSON.stringify({ scaleId: 'well-being', value: 6, date: danishToday(), ratedBy });
  const putReading = (as: string, ratedBy: string) =>
    apiFetch(api(`/progression/readings/${randomUUID()}`), { as, method: 'PUT', headers: JSON_HEADERS, body: reading(ratedBy) });

  test('a young person records only their own ratings, signed with their first name', async () => {
    assert.equal((await putReading(youth.id, 'professional')).status, 403);
    assert.equal((await putReading(youth.id, 'joint')).status, 403);
    const own = await putReading(youth.id, 'youth');
    assert.equal(own.status, 201);
    assert.equal(((await own.json()) as { author: string }).author, firstName);
  });

  test('a professional records their own or joint ratings, never the young person’s', async () => {
    assert.equal((await putReading(seedUserIds.teamNord, 'youth')).status, 403);
    const joint = await putReading(seedUserIds.teamNord, 'joint');
    assert.equal(joint.status, 201);
    assert.equal(((await joint.json()) as { author: string }).author, 'Jonas Kragh');
  });

  test('a note sent with another author is signed by the signed-in professional', async () => {
    const stored = await apiFetch(api('/plan'));
    const etag = stored.headers.get('etag')!;
    const plan = Plan.parse(await stored.json());
    const update: PlanUpdate = {
      ...planUpdateOf(plan),
      notes: [
        ...plan.notes,
        { id: 'n-forged', kind: 'success', date: danishToday(), text: 'Kom til tiden hele ugen.', author: { role: 'youth', name: firstName } },
      ],
    };
    const saved = await apiFetch(api('/plan'), { method: 'PUT', headers: { ...JSON_HEADERS, 'If-Match': etag }, body: JSON.stringify(update) });
    assert.equal(saved.status, 200);
    const note = Plan.parse(await saved.json()).notes.find((candidate) => candidate.id === 'n-forged');
    assert.deepEqual(note?.author, { role: 'professional', name: 'Jonas Kragh' });
  });

  test('the young person’s comment is signed as theirs', async () => {
    const etag = (await apiFetch(api('/plan'), { as: youth.id })).headers.get('etag')!;
    const saved = await apiFetch(api('/plan/comment'), {
      as: youth.id,
      method: 'PUT',
      headers: { ...JSON_HEADERS, 'If-Match': etag },
      body: JSON.stringify({ text: 'Jeg vil gerne starte på FGU.' }),
    });
    assert.equal(saved.status, 200);
    assert.deepEqual(Plan.parse(await saved.json()).revisions[0]?.by, { role: 'youth', name: firstName });
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  createClient,
  danishToday,
  defaultQuestionnaireDefinition,
  HttpError,
  STRATEGIC_CRITERIA_ID,
  visibleTargets,
  withEffortInput,
  type Answers,
  type UfClient,
} from '@ungeforlob/sdk';
import { seedCourseIds, seedOffers, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch } from './helpers/http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// The leaders' offers × criteria overview (issue #16) against the real server: aggregates only,
// course figures below five courses suppressed, count and all; a leader reads no course.

let database: TestDatabase;
let server: TestServer;
let leader: UfClient;
const clientFor = (user: string) => createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(user) });

before(async () => {
  database = await createTestDatabase('criteria_overview');
  server = await startTestServer(database);
  leader = clientFor(seedUserIds.leader);
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

const clubRow = async (period = 'all') =>
  (await leader.questionnaire.overview(STRATEGIC_CRITERIA_ID, period)).rows.find((row) => row.offer.id === seedOffers.club.id);

describe('the criteria overview', () => {
  test('shows a leader each offer’s own reviews, and suppresses the seed’s course figures: too few courses', async () => {
    const overview = await leader.questionnaire.overview(STRATEGIC_CRITERIA_ID, 'all');
    assert.deepEqual(
      overview.criteria.map((criterion) => criterion.id),
      ['relations', 'empowerment', 'individual-focus'],
    );
    assert.equal(overview.minimumCourses, 5);
    const club = overview.rows.find((row) => row.offer.id === seedOffers.club.id)!;
    assert.equal(club.review?.round, 2);
    assert.deepEqual(
      club.rounds.map((round) => round.round),
      [1, 2],
    );
    assert.ok(club.review && club.review.scores.every((score) => score.change !== null), 'a change since round 1 on every criterion');
    for (const row of overview.rows)
      assert.ok(
        row.courses.every((cell) => cell.status === 'suppressed'),
        `${row.offer.id}: every course figure suppressed`,
      );
    // As sent, before the client's schema drops what it does not know: no course id, no name, no count.
    const raw = await (
      await apiFetch(`${server.url}/api/v1/questionnaires/${STRATEGIC_CRITERIA_ID}/overview/all`, { headers: await server.headersFor(seedUserIds.leader) })
    ).text();
    assert.doesNotMatch(raw, /c-[0-9a-f]{6}|p-[0-9a-f]{4}|Amalie|Jonas|"courses":\s*\d/, 'no course, person or count in the answer');
    // An offer no one reviewed appears only when the courses of five young people or more used it.
    for (const row of overview.rows) assert.ok(row.review !== null, `${row.offer.id}: only reviewed offers, as no offer has five young people here`);
  });

  test('shows the mean and the count once five courses that used the offer have a round', async () => {
    const teamNord = clientFor(seedUserIds.teamNord);
    const teamSyd = clientFor(seedUserIds.teamSyd);
    const subjectAnswers: Answers = {};
    for (const target of visibleTargets(defaultQuestionnaireDefinition, {}, { kind: 'course', id: seedCourseIds.steady })) {
      if (target.parts.includes('rating')) subjectAnswers[target.id] = { rating: 3 };
    }
    const courses: [string, UfClient][] = [
      [seedCourseIds.steady, teamNord],
      [seedCourseIds.contactAway, teamNord],
      [seedCourseIds.aftercare, teamNord],
      [seedCourseIds.noContact, teamSyd],
    ];
    for (const [courseId, client] of courses) await useClubAndRate(client, courseId, subjectAnswers);
    const four = await clubRow();
    assert.ok(
      four!.courses.every((cell) => cell.status === 'suppressed'),
      'four courses are still too few',
    );

    await useClubAndRate(teamSyd, seedCourseIds.manyHandovers, subjectAnswers);
    const five = await clubRow();
    assert.deepEqual(
      five!.courses.map((cell) => (cell.status === 'shown' ? cell.score : cell.status)),
      [3, 3, 3],
    );
    // Four of the five belong to one young person now: the same course figures are suppressed again.
    const citizens = await server.database.query<{ id: string; citizen_id: string }>('SELECT id, citizen_id FROM courses WHERE id = ANY($1::text[])', [
      [seedCourseIds.steady, seedCourseIds.contactAway],
    ]);
    const steadyCitizen = citizens.find((row) => row.id === seedCourseIds.steady)!.citizen_id;
    const awayCitizen = citizens.find((row) => row.id === seedCourseIds.contactAway)!.citizen_id;
    await server.database.query('UPDATE courses SET citizen_id = $1 WHERE id = $2', [steadyCitizen, seedCourseIds.contactAway]);
    try {
      assert.ok(
        (await clubRow())!.courses.every((cell) => cell.status === 'suppressed'),
        'five courses, four young people',
      );
    } finally {
      await server.database.query('UPDATE courses SET citizen_id = $1 WHERE id = $2', [awayCitizen, seedCourseIds.contactAway]);
    }
    // The rounds were submitted today: a period long gone has none of them.
    const year = Number(danishToday().slice(0, 4));
    assert.equal((await clubRow(String(year - 5))) ?? null, null);
  });

  test('refuses a period that is no calendar period (400) and an unknown questionnaire (404)', async () => {
    const headers = await server.headersFor(seedUserIds.leader);
    for (const period of ['2026-13', '2026-01-01..2026-02-01', 'last-week']) {
      const response = await apiFetch(`${server.url}/api/v1/questionnaires/${STRATEGIC_CRITERIA_ID}/overview/${encodeURIComponent(period)}`, { headers });
      assert.equal(response.status, 400, period);
    }
    await assert.rejects(leader.questionnaire.overview('no-such-questionnaire', 'all'), (error) => error instanceof HttpError && error.status === 404);
  });

  test('a professional reads no overview: they know their own courses, and could take them out of it', async () => {
    await assert.rejects(
      clientFor(seedUserIds.teamNord).questionnaire.overview(STRATEGIC_CRITERIA_ID, 'all'),
      (error) => error instanceof HttpError && error.status === 403,
    );
  });

  test('a leader reads no course: plan, contact, rounds and progression are refused', async () => {
    for (const read of [
      () => leader.plan.get(seedCourseIds.steady),
      () => leader.contact.get(seedCourseIds.steady),
      () => leader.progression.get(seedCourseIds.steady),
      () => leader.questionnaire.listResponses(STRATEGIC_CRITERIA_ID, { kind: 'course', id: seedCourseIds.steady }),
    ]) {
      await assert.rejects(read(), (error) => error instanceof HttpError && error.status === 403);
    }
  });
});

/** Adds the club to the course's plan as an active effort (unless it has one), and submits a course round. */
async function useClubAndRate(client: UfClient, courseId: string, answers: Answers): Promise<void> {
  const plan = await client.plan.get(courseId);
  assert.ok(plan, `${courseId} has a plan`);
  if (!plan.value.efforts.some((effort) => effort.offer.id === seedOffers.club.id && effort.status === 'active')) {
    const responsible = { name: 'Maja Friis (træner)', unit: { id: 'u-fif', name: 'Fjordby Idrætsforening' } };
    const effort = {
      id: `e-club-${courseId}`,
      offer: seedOffers.club,
      unit: responsible.unit,
      responsible,
      start: '2026-01-05',
      status: 'active' as const,
      goalIds: plan.value.goals.slice(0, 1).map((goal) => goal.id),
      nextAction: null,
    };
    await client.plan.update(courseId, withEffortInput(plan.value, effort, null), { ifMatch: plan.etag });
  }
  const subject = { kind: 'course', id: courseId } as const;
  await client.questionnaire.submit(STRATEGIC_CRITERIA_ID, subject, { definitionVersion: 1, answers }, { idempotencyKey: randomUUID() });
}

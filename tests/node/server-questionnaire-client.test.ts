import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  ConflictError,
  createClient,
  defaultQuestionnaireDefinition,
  HttpError,
  QuestionnaireStore,
  STRATEGIC_CRITERIA_ID,
  visibleTargets,
  type Answers,
  type UfClient,
} from '@ungeforlob/sdk';
import { seedCourseIds, seedOffers, seedUserIds } from '@ungeforlob/sdk/seed';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// The SDK's questionnaire client and store against the real server: the contract seen from both ends.

// Team Syd's course: answered by its professional, Peter Nørgaard (`teamSyd`).
const subject = { kind: 'course', id: seedCourseIds.manyHandovers } as const;

let database: TestDatabase;
let server: TestServer;
/** Signed in as Jonas Kragh, Team Nord. */
let client: UfClient;
/** Signed in as Peter Nørgaard, Team Syd. */
let teamSyd: UfClient;

before(async () => {
  database = await createTestDatabase('server_questionnaire_client');
  server = await startTestServer(database);
  client = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor() });
  teamSyd = createClient({ baseUrl: `${server.url}/api/v1`, retries: 0, getToken: server.tokenFor(seedUserIds.teamSyd) });
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

test('definitions, latest and by version, validate as the contract says', async () => {
  assert.deepEqual(await client.questionnaire.getDefinition(STRATEGIC_CRITERIA_ID), defaultQuestionnaireDefinition);
  assert.deepEqual(await client.questionnaire.getDefinition(STRATEGIC_CRITERIA_ID, { version: 1 }), defaultQuestionnaireDefinition);
  assert.deepEqual(
    (await client.questionnaire.listDefinitions()).map((entry) => entry.version),
    [1],
  );
  await assert.rejects(
    client.questionnaire.getDefinition(STRATEGIC_CRITERIA_ID, { version: 9 }),
    (error: unknown) => error instanceof HttpError && error.status === 404,
  );
});

test('a draft is created, then saved with its ETag; a stale one is a ConflictError carrying the stored draft', async () => {
  assert.equal(await teamSyd.questionnaire.getDraft(STRATEGIC_CRITERIA_ID, subject), null);
  const created = await teamSyd.questionnaire.saveDraft(STRATEGIC_CRITERIA_ID, subject, { definitionVersion: 1, answers: { 'focus-learning': { rating: 2 } } });
  const saved = await teamSyd.questionnaire.saveDraft(
    STRATEGIC_CRITERIA_ID,
    subject,
    { definitionVersion: 1, answers: { 'focus-learning': { rating: 3 } } },
    { ifMatch: created.etag },
  );
  await assert.rejects(
    teamSyd.questionnaire.saveDraft(STRATEGIC_CRITERIA_ID, subject, { definitionVersion: 1, answers: {} }, { ifMatch: created.etag }),
    (error: unknown) =>
      error instanceof ConflictError &&
      error.status === 412 &&
      error.currentEtag === saved.etag &&
      (error.current as { answers: Answers }).answers['focus-learning']?.rating === 3,
  );
});

test('submit with one key twice: created, then the same round', async () => {
  const offer = { kind: 'offer', id: seedOffers.internship.id } as const;
  const answers: Answers = {};
  for (const target of visibleTargets(defaultQuestionnaireDefinition, {}, offer)) if (target.parts.includes('rating')) answers[target.id] = { rating: 2 };
  const idempotencyKey = randomUUID();
  const first = await client.questionnaire.submit(STRATEGIC_CRITERIA_ID, offer, { definitionVersion: 1, answers }, { idempotencyKey });
  const second = await client.questionnaire.submit(STRATEGIC_CRITERIA_ID, offer, { definitionVersion: 1, answers }, { idempotencyKey });
  assert.equal(first.created, true);
  assert.equal(second.created, false);
  assert.deepEqual(second.response, first.response);
  const rollUp = await client.questionnaire.rollUp(STRATEGIC_CRITERIA_ID);
  assert.equal(rollUp.rows.find((row) => row.offer.id === offer.id)?.responseId, first.response.id);
});

test('the store against the server: answers saved as the draft come back after a reload; a double submit is one round', async () => {
  const course = { kind: 'course', id: seedCourseIds.contactAway } as const;
  const store = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject: course, autosaveMs: 10 });
  await store.load();
  for (const target of visibleTargets(defaultQuestionnaireDefinition, {}, course)) if (target.parts.includes('rating')) store.answer(target.id, 'rating', 3);
  store.answer('focus-learning', 'reflection', 'Bruger læring fra praktikken');
  await store.flush();
  assert.equal(store.getSnapshot().save.status, 'saved');
  store.dispose();

  const reloaded = new QuestionnaireStore({ client, definitionId: STRATEGIC_CRITERIA_ID, subject: course, autosaveMs: 10 });
  await reloaded.load();
  assert.equal(reloaded.getSnapshot().answers['focus-learning']?.reflection, 'Bruger læring fra praktikken');
  const outcomes = await Promise.all([reloaded.submit(), reloaded.submit()]);
  assert.deepEqual(
    outcomes.map((outcome) => outcome.kind),
    ['submitted', 'submitted'],
  );
  const [row] = await server.database.query<{ count: string }>('SELECT count(*) AS count FROM questionnaire_responses WHERE subject_id = $1', [course.id]);
  assert.equal(Number(row?.count), 1);
  assert.equal(await client.questionnaire.getDraft(STRATEGIC_CRITERIA_ID, course), null);
  reloaded.dispose();
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  defaultQuestionnaireDefinition,
  missingAnswers,
  OfferRollUp,
  problemTypes,
  QuestionnaireDefinition,
  QuestionnaireDraft,
  QuestionnaireResponse,
  scoreResponse,
  visibleTargets,
  type Answers,
  type QuestionnaireSubject,
} from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds, seedOffers, seedUserIds } from '@ungeforlob/sdk/seed';
import { apiFetch, problemOf } from './helpers/http.js';
import { questionnaireApi } from './helpers/questionnaire-http.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

const seed = buildSeed();
const v1 = defaultQuestionnaireDefinition as QuestionnaireDefinition;
const steady: QuestionnaireSubject = { kind: 'course', id: seedCourseIds.steady };
const noContact: QuestionnaireSubject = { kind: 'course', id: seedCourseIds.noContact };
const manyHandovers: QuestionnaireSubject = { kind: 'course', id: seedCourseIds.manyHandovers };
const housing: QuestionnaireSubject = { kind: 'offer', id: seedOffers.housing.id };
const socialMentor: QuestionnaireSubject = { kind: 'offer', id: seedOffers.socialMentor.id };

let database: TestDatabase;
let server: TestServer;
/** As Jonas Kragh, Team Nord (steady, contactAway, aftercare). */
let api: ReturnType<typeof questionnaireApi>;
/** As Peter Nørgaard, Team Syd (noContact, manyHandovers). */
let teamSydApi: ReturnType<typeof questionnaireApi>;

before(async () => {
  database = await createTestDatabase('server_questionnaire');
  server = await startTestServer(database);
  api = questionnaireApi(server.url);
  teamSydApi = questionnaireApi(server.url, undefined, { as: seedUserIds.teamSyd });
});

after(async () => {
  await server?.close();
  await database?.dispose();
});

/** Every required rating of `definition` answered (with a few "don't know"), for `subject`. */
function completeAnswers(definition: QuestionnaireDefinition, subject: QuestionnaireSubject, rating: 1 | 2 | 3 | 4 = 3): Answers {
  const answers: Answers = {};
  for (const target of visibleTargets(definition, {}, subject)) if (target.parts.includes('rating')) answers[target.id] = { rating };
  assert.deepEqual(missingAnswers(definition, answers, subject), []);
  return answers;
}

async function count(
  table: 'questionnaire_responses' | 'questionnaire_drafts' | 'questionnaire_idempotency_keys',
  subject?: QuestionnaireSubject,
): Promise<number> {
  // The table name comes from the fixed union above, never from input.
  const [row] = subject
    ? await server.database.query<{ count: string }>(`SELECT count(*) AS count FROM ${table} WHERE subject_kind = $1 AND subject_id = $2`, [
        subject.kind,
        subject.id,
      ])
    : await server.database.query<{ count: string }>(`SELECT count(*) AS count FROM ${table}`);
  return Number(row?.count);
}

describe('definitions', () => {
  test('the default definition is seeded as version 1 and served as data, latest and by version', async () => {
    const list = await api.listDefinitions();
    assert.equal(list.status, 200);
    assert.deepEqual(await list.json(), [{ id: v1.id, version: 1, title: v1.title }]);
    assert.deepEqual(QuestionnaireDefinition.parse(await (await api.getDefinition()).json()), v1);
    assert.deepEqual(QuestionnaireDefinition.parse(await (await api.getDefinition(1)).json()), v1);
    assert.equal((await api.getDefinition(7)).status, 404);
    assert.equal((await questionnaireApi(server.url, 'no-such').getDefinition()).status, 404);
    assert.equal((await api.getDefinition(0)).status, 400);
  });

  test('a definition that breaks its own rules is refused with 400 naming the fields', async () => {
    const broken = structuredClone(v1);
    broken.version = 5;
    broken.criteria[0]!.items[1]!.id = broken.criteria[0]!.items[0]!.id;
    broken.criteria[1]!.items[0]!.showWhen = [{ kind: 'rating', itemId: 'focus-learning', atMost: 2 }];
    const response = await api.addDefinition(broken);
    assert.equal(response.status, 400);
    const problem = await problemOf(response);
    assert.equal(problem['type'], problemTypes.invalidRequest);
    assert.deepEqual(problem['errors'], [
      { path: 'criteria[0].items[1].id', code: 'custom' },
      { path: 'criteria[1].items[0].showWhen[0].itemId', code: 'custom' },
    ]);
  });
});

describe('drafts', () => {
  const answers: Answers = { 'relations-non-professionals': { rating: 2, reflection: 'Kun fagfolk indtil nu.' } };

  test('204 before the first save; 428 without a condition; created with If-None-Match: *', async () => {
    assert.equal((await teamSydApi.getDraft(noContact)).status, 204);
    const unconditional = await teamSydApi.putDraft(noContact, { definitionVersion: 1, answers });
    assert.equal(unconditional.status, 428);
    const created = await teamSydApi.putDraft(noContact, { definitionVersion: 1, answers }, { 'If-None-Match': '*' });
    assert.equal(created.status, 201);
    const etag = created.headers.get('etag');
    assert.match(etag ?? '', /^"\d+"$/);
    const draft = QuestionnaireDraft.parse(await created.json());
    assert.deepEqual(draft.answers, answers);
    assert.deepEqual(draft.subject, noContact);
    assert.deepEqual(draft.definition, { id: v1.id, version: 1 });

    const read = await teamSydApi.getDraft(noContact);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('etag'), etag);
    assert.deepEqual(QuestionnaireDraft.parse(await read.json()), draft);
  });

  test('a stale If-Match gets 412 with the stored draft and its ETag; the right one saves', async () => {
    const subject = manyHandovers;
    const first = await teamSydApi.putDraft(subject, { definitionVersion: 1, answers }, { 'If-None-Match': '*' });
    const firstEtag = first.headers.get('etag')!;
    const theirs = await teamSydApi.putDraft(
      subject,
      { definitionVersion: 1, answers: { ...answers, 'focus-learning': { rating: 4 } } },
      { 'If-Match': firstEtag },
    );
    assert.equal(theirs.status, 200);
    const theirEtag = theirs.headers.get('etag')!;
    assert.notEqual(theirEtag, firstEtag);

    const stale = await teamSydApi.putDraft(subject, { definitionVersion: 1, answers: { 'empowerment-capacity': { rating: 1 } } }, { 'If-Match': firstEtag });
    assert.equal(stale.status, 412);
    assert.equal(stale.headers.get('etag'), theirEtag);
    const problem = await problemOf(stale);
    assert.equal(problem['type'], problemTypes.editConflict);
    assert.equal(QuestionnaireDraft.parse(problem['current']).answers['focus-learning']?.rating, 4);

    // Creating again when one exists is a conflict too, with the stored draft.
    const again = await teamSydApi.putDraft(subject, { definitionVersion: 1, answers: {} }, { 'If-None-Match': '*' });
    assert.equal(again.status, 412);
    assert.equal(again.headers.get('etag'), theirEtag);
    await again.body?.cancel();

    const stored = await teamSydApi.getDraft(subject);
    assert.equal(QuestionnaireDraft.parse(await stored.json()).answers['empowerment-capacity'], undefined, 'the stale write changed nothing');
  });

  test('400 naming each field of a body that does not fit, without the values', async () => {
    const shape = await api.putDraft(
      steady,
      { definitionVersion: 'one', answers: { 'relations-measured': { rating: 7, reflection: '' } }, extra: 1 },
      { 'If-None-Match': '*' },
    );
    assert.equal(shape.status, 400);
    const shapeProblem = await problemOf(shape);
    const paths = (shapeProblem['errors'] as { path: string }[]).map((error) => error.path).sort();
    assert.deepEqual(paths, ['answers.relations-measured.rating', 'answers.relations-measured.reflection', 'definitionVersion', 'extra']);
    assert.doesNotMatch(JSON.stringify(shapeProblem), /one/);

    const content = await api.putDraft(
      steady,
      { definitionVersion: 1, answers: { 'no-such-item': { rating: 1 }, 'empowerment-insight': { reflection: 'Tekst' } } },
      { 'If-None-Match': '*' },
    );
    assert.equal(content.status, 400);
    assert.deepEqual((await problemOf(content))['errors'], [
      { path: 'answers.no-such-item', code: 'unknown_item' },
      { path: 'answers.empowerment-insight.reflection', code: 'part_not_asked' },
    ]);

    const version = await api.putDraft(steady, { definitionVersion: 9, answers: {} }, { 'If-None-Match': '*' });
    assert.deepEqual((await problemOf(version))['errors'], [{ path: 'definitionVersion', code: 'unknown_version' }]);
  });

  test('403 for an unknown course (as for another team’s: nobody learns which ids exist); 404 for an unknown offer; 400 for a subject kind that is neither', async () => {
    assert.equal((await api.getDraft({ kind: 'course', id: 'c-nobody' })).status, 403);
    assert.equal((await api.getDraft({ kind: 'offer', id: 'o-nothing' })).status, 404);
    const kind = await apiFetch(`${server.url}/api/v1/questionnaires/strategic-criteria/subjects/citizen/p-7c21/draft`);
    assert.equal(kind.status, 400);
    assert.deepEqual((await problemOf(kind))['errors'], [{ path: 'subjectKind', code: 'invalid_value' }]);
  });
});

describe('submitting', () => {
  test('removes only the draft version it names: a draft saved since, or none named, stays', async () => {
    const subject = { kind: 'course' as const, id: seedCourseIds.contactAway };
    const answers = completeAnswers(v1, subject);
    const first = await api.putDraft(subject, { definitionVersion: 1, answers }, { 'If-None-Match': '*' });
    const named = first.headers.get('etag')!;
    const colleague = await api.putDraft(
      subject,
      { definitionVersion: 1, answers: { ...answers, 'relations-measured': { rating: 2, reflection: 'Skrevet af en kollega.' } } },
      { 'If-Match': named },
    );
    assert.equal(colleague.status, 200);
    assert.equal((await api.submit(subject, { definitionVersion: 1, answers, replacesDraft: named }, randomUUID())).status, 201);
    const kept = await api.getDraft(subject);
    assert.equal(kept.status, 200, 'the colleague’s newer draft stays');
    assert.equal(
      ((await kept.json()) as { answers: Record<string, { reflection?: string }> }).answers['relations-measured']?.reflection,
      'Skrevet af en kollega.',
    );
    assert.equal((await api.submit(subject, { definitionVersion: 1, answers }, randomUUID())).status, 201);
    assert.equal((await api.getDraft(subject)).status, 200, 'none named, none removed');
    const current = (await api.getDraft(subject)).headers.get('etag')!;
    assert.equal((await api.submit(subject, { definitionVersion: 1, answers, replacesDraft: current }, randomUUID())).status, 201);
    assert.equal((await api.getDraft(subject)).status, 204, 'the named, current draft became the round');
  });

  test('the same Idempotency-Key sent twice at once makes exactly one response', async () => {
    const subject = housing;
    const answers = completeAnswers(v1, subject);
    const draft = await api.putDraft(subject, { definitionVersion: 1, answers }, { 'If-None-Match': '*' });
    assert.equal(draft.status, 201);
    const key = randomUUID();
    const submission = { definitionVersion: 1, answers, replacesDraft: draft.headers.get('etag')! };
    const replies = await Promise.all([api.submit(subject, submission, key), api.submit(subject, submission, key), api.submit(subject, submission, key)]);
    const statuses = replies.map((reply) => reply.status).sort();
    assert.deepEqual(statuses, [200, 200, 201]);
    const bodies = await Promise.all(replies.map(async (reply) => QuestionnaireResponse.parse(await reply.json())));
    assert.equal(new Set(bodies.map((body) => body.id)).size, 1, 'all three name the same response');
    assert.equal(await count('questionnaire_responses', subject), 1);
    assert.equal(bodies[0]!.round, 1);
    assert.equal((await api.getDraft(subject)).status, 204, 'the draft became the round');

    // A retry long after still answers with the first response, and writes nothing.
    const later = await api.submit(subject, submission, key);
    assert.equal(later.status, 200);
    assert.equal(QuestionnaireResponse.parse(await later.json()).id, bodies[0]!.id);
    assert.equal(await count('questionnaire_responses', subject), 1);
  });

  test('a new key makes the next round; a key reused for other answers is refused with 422', async () => {
    const subject = housing;
    const answers = completeAnswers(v1, subject, 4);
    const second = await api.submit(subject, { definitionVersion: 1, answers }, randomUUID());
    assert.equal(second.status, 201);
    assert.equal(QuestionnaireResponse.parse(await second.json()).round, 2);

    const key = randomUUID();
    assert.equal((await api.submit(subject, { definitionVersion: 1, answers }, key)).status, 201);
    const reused = await api.submit(subject, { definitionVersion: 1, answers: completeAnswers(v1, subject, 1) }, key);
    assert.equal(reused.status, 422);
    assert.equal((await problemOf(reused))['type'], problemTypes.idempotencyKeyReused);
    assert.equal(await count('questionnaire_responses', subject), 3);
  });

  test('different keys at once make consecutive rounds, never the same number twice', async () => {
    const subject: QuestionnaireSubject = { kind: 'offer', id: seedOffers.internship.id };
    const submission = { definitionVersion: 1, answers: completeAnswers(v1, subject) };
    const replies = await Promise.all(Array.from({ length: 5 }, () => api.submit(subject, submission, randomUUID())));
    assert.deepEqual(
      replies.map((reply) => reply.status),
      [201, 201, 201, 201, 201],
    );
    const rounds = await Promise.all(replies.map(async (reply) => QuestionnaireResponse.parse(await reply.json()).round));
    assert.deepEqual(rounds.sort(), [1, 2, 3, 4, 5]);
  });

  test('submitted rounds are append-only, and a stored definition version cannot change', async () => {
    await assert.rejects(server.database.query("UPDATE questionnaire_responses SET round = round + 100 WHERE subject_kind = 'offer'"), /append-only/);
    await assert.rejects(server.database.query('DELETE FROM questionnaire_responses'), /append-only/);
    await assert.rejects(server.database.query("UPDATE questionnaire_definitions SET body = body WHERE id = 'strategic-criteria'"), /immutable/);
  });

  test('refuses a submit without a key, with a malformed key, or with required answers missing', async () => {
    const subject = socialMentor;
    const before = await count('questionnaire_responses', subject);
    const noKey = await api.submit(subject, { definitionVersion: 1, answers: completeAnswers(v1, subject) });
    assert.equal(noKey.status, 400);
    assert.deepEqual((await problemOf(noKey))['errors'], [{ path: 'Idempotency-Key', code: 'missing_header' }]);
    const badKey = await api.submit(subject, { definitionVersion: 1, answers: completeAnswers(v1, subject) }, 'short');
    assert.deepEqual((await problemOf(badKey))['errors'], [{ path: 'Idempotency-Key', code: 'invalid_format' }]);

    const { 'empowerment-insight': _insight, 'focus-learning': _learning, ...incomplete } = completeAnswers(v1, subject);
    // A course-only item answered for an offer is not shown there, so it cannot be submitted.
    const tooMuch = { ...incomplete, 'focus-life-goal-in-plan': { rating: 2 } };
    const missing = await api.submit(subject, { definitionVersion: 1, answers: tooMuch }, randomUUID());
    assert.equal(missing.status, 400);
    assert.deepEqual((await problemOf(missing))['errors'], [
      { path: 'answers.focus-life-goal-in-plan', code: 'not_shown' },
      { path: 'answers.empowerment-insight.rating', code: 'required' },
      { path: 'answers.focus-learning.rating', code: 'required' },
    ]);
    assert.equal(await count('questionnaire_responses', subject), before);
  });

  test('a course’s rounds are listed oldest first; the seeded two come back against version 1', async () => {
    const response = await api.listResponses(steady);
    assert.equal(response.status, 200);
    const rounds = ((await response.json()) as unknown[]).map((round) => QuestionnaireResponse.parse(round));
    const seeded = seed.questionnaires.responses.filter((round) => round.subject.kind === 'course' && round.subject.id === steady.id);
    assert.deepEqual(
      rounds.map((round) => round.round),
      [1, 2],
    );
    assert.deepEqual(
      rounds.map((round) => round.answers),
      seeded.map((round) => round.answers),
    );
    assert.deepEqual(
      rounds.map((round) => Date.parse(round.submittedAt)),
      seeded.map((round) => Date.parse(round.submittedAt)),
    );
  });
});

describe('a new definition version, loaded as data', () => {
  const v2 = structuredClone(v1);
  v2.version = 2;
  v2.criteria[0]!.items.push({
    id: 'relations-civil-society',
    text: { da: 'Samarbejder tilbuddet med foreninger og civilsamfund?' },
    parts: ['rating', 'reflection'],
    required: ['rating'],
  });

  test('is added with POST, becomes the latest, and versions only grow', async () => {
    const added = await api.addDefinition(v2);
    assert.equal(added.status, 201);
    assert.deepEqual(QuestionnaireDefinition.parse(await added.json()), v2);
    assert.deepEqual(QuestionnaireDefinition.parse(await (await api.getDefinition()).json()), v2);
    assert.deepEqual(QuestionnaireDefinition.parse(await (await api.getDefinition(1)).json()), v1);
    assert.deepEqual(
      ((await (await api.listDefinitions()).json()) as { version: number }[]).map((entry) => entry.version),
      [1, 2],
    );

    for (const version of [2, 1]) {
      const again = await api.addDefinition({ ...v2, version });
      assert.equal(again.status, 409, `version ${version}`);
      assert.equal((await problemOf(again))['type'], problemTypes.definitionVersionExists);
    }
  });

  test('a v2 round needs the new item; old v1 rounds still summarize against v1', async () => {
    const subject = socialMentor;
    const v1Answers = completeAnswers(v1, subject);
    const refused = await api.submit(subject, { definitionVersion: 2, answers: v1Answers }, randomUUID());
    assert.deepEqual((await problemOf(refused))['errors'], [{ path: 'answers.relations-civil-society.rating', code: 'required' }]);
    // A draft begun on v1 may still be submitted on v1.
    assert.equal((await api.submit(subject, { definitionVersion: 1, answers: v1Answers }, randomUUID())).status, 201);
    const v2Round = await api.submit(subject, { definitionVersion: 2, answers: completeAnswers(v2, subject, 2) }, randomUUID());
    assert.equal(v2Round.status, 201);

    const rounds = ((await (await api.listResponses(subject)).json()) as unknown[]).map((round) => QuestionnaireResponse.parse(round));
    assert.deepEqual(
      rounds.map((round) => round.definition.version),
      [1, 2],
    );
    const [old] = rounds;
    // Against its own version the old round is complete; read against v2 it would lack an answer.
    assert.equal(scoreResponse(old!, v1)[0]!.unanswered, 0);
    const definitionOfOld = QuestionnaireDefinition.parse(await (await api.getDefinition(old!.definition.version)).json());
    assert.deepEqual(scoreResponse(old!, definitionOfOld), scoreResponse(old!, v1));
  });

  test('the roll-up has v2’s columns and scores each offer’s latest round against its own version', async () => {
    const response = await api.rollUp();
    assert.equal(response.status, 200);
    const rollUp = OfferRollUp.parse(await response.json());
    assert.deepEqual(rollUp.definition, { id: v1.id, version: 2 });
    assert.deepEqual(
      rollUp.criteria.map((criterion) => criterion.id),
      ['relations', 'empowerment', 'individual-focus'],
    );
    const byOffer = new Map(rollUp.rows.map((row) => [row.offer.id, row]));
    // Seeded offers (two rounds for three of them, one for the psychologist) and the two from the tests above.
    assert.deepEqual(
      [...byOffer.keys()].sort(),
      [
        seedOffers.internship.id,
        seedOffers.housing.id,
        seedOffers.club.id,
        seedOffers.fgu.id,
        seedOffers.jobMentor.id,
        seedOffers.psychologist.id,
        seedOffers.socialMentor.id,
      ].sort(),
    );
    assert.equal(byOffer.get(seedOffers.club.id)?.round, 2);
    assert.equal(byOffer.get(seedOffers.psychologist.id)?.round, 1);
    assert.equal(byOffer.get(seedOffers.housing.id)?.round, 3);

    // A v1 round: relations has its three v1 items, none unanswered, though v2 asks four.
    const club = byOffer.get(seedOffers.club.id)!;
    assert.equal(club.definitionVersion, 1);
    assert.deepEqual(club.criteria[0], { ...club.criteria[0]!, answered: 3, unknown: 0, unanswered: 0 });
    const seededClub = seed.questionnaires.responses.find((round) => round.subject.id === seedOffers.club.id && round.round === 2)!;
    assert.deepEqual(club.criteria, scoreResponse(seededClub, v1));

    // The v2 round: four relations items, all rated 2.
    const mentor = byOffer.get(seedOffers.socialMentor.id)!;
    assert.equal(mentor.definitionVersion, 2);
    assert.deepEqual(mentor.criteria[0], { criterionId: 'relations', score: 2, answered: 4, unknown: 0, unanswered: 0 });

    // "Don't know" is counted apart and left out of the score.
    const psychologist = byOffer.get(seedOffers.psychologist.id)!;
    assert.equal(psychologist.criteria[0]!.unknown, 1);

    // Names come from the catalogue; rows are in Danish name order.
    assert.deepEqual(
      rollUp.rows.map((row) => row.offer.name),
      [...rollUp.rows.map((row) => row.offer.name)].sort((a, b) => a.localeCompare(b, 'da')),
    );
  });
});

describe('audit and logs', () => {
  test('a course’s answers are audited on read and write; an offer review is not personal data', async () => {
    const rows = async () =>
      server.database.query<{ actor: string; role: string; course_id: string; resource: string; action: string }>(
        `SELECT actor, role, course_id, resource, action FROM audit_log WHERE resource LIKE 'questionnaire%' ORDER BY id`,
      );
    const before = (await rows()).length;
    const subject = { kind: 'course', id: seedCourseIds.aftercare } as const;
    const created = await api.putDraft(subject, { definitionVersion: 2, answers: { 'focus-learning': { rating: 3 } } }, { 'If-None-Match': '*' });
    assert.equal(created.status, 201);
    await (await api.getDraft(subject)).body?.cancel();
    const key = randomUUID();
    const submission = {
      definitionVersion: 2,
      answers: completeAnswers(QuestionnaireDefinition.parse(await (await api.getDefinition(2)).json()), subject),
      replacesDraft: created.headers.get('etag')!,
    };
    assert.equal((await api.submit(subject, submission, key)).status, 201);
    assert.equal((await api.submit(subject, submission, key)).status, 200);
    await (await api.listResponses(subject)).body?.cancel();
    await (await api.rollUp()).body?.cancel();
    await (await api.listResponses(housing)).body?.cancel();

    const added = (await rows()).slice(before);
    assert.ok(
      added.every((row) => row.actor === seedUserIds.teamNord && row.role === 'professional'),
      'by the signed-in professional',
    );
    assert.deepEqual(
      added.map((row) => [row.course_id, row.resource, row.action]),
      [
        [subject.id, 'questionnaire-draft', 'create'],
        [subject.id, 'questionnaire-draft', 'read'],
        [subject.id, 'questionnaire-response', 'create'],
        [subject.id, 'questionnaire-draft', 'delete'],
        [subject.id, 'questionnaire-response', 'read'],
        [subject.id, 'questionnaire-response', 'read'],
      ],
    );
  });

  test('access lines name route templates and no reflection text', () => {
    const lines = server.log.info.join('\n');
    assert.doesNotMatch(lines, /Kun fagfolk/);
    assert.doesNotMatch(lines, new RegExp(seedCourseIds.steady));
  });
});

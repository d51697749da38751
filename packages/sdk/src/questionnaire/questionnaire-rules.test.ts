import { expect } from '@open-wc/testing';
import type { Answers, QuestionnaireResponse, QuestionnaireSubject } from '../schemas/questionnaire.js';
import { shownItemIds, visibleCriteria } from './answer-targets.js';
import { answerProblems } from './answer-problems.js';
import { mergeAnswers, shownAnswers, withAnswer } from './answers.js';
import { defaultQuestionnaireDefinition as v1 } from './default-definition.js';
import { localized } from '../text/localized.js';
import { missingAnswers } from './missing-answers.js';
import { rollUpOffers } from './roll-up.js';
import { compareScores, DefinitionMismatchError, questionnaireProgress, scoreCriteria, scoreResponse } from './scores.js';
import { defaultDefinitionV2, ruleDefinition as rules } from './test-definitions.js';

const course: QuestionnaireSubject = { kind: 'course', id: 'c-1' };
const offer: QuestionnaireSubject = { kind: 'offer', id: 'o-1' };
const shown = (answers: Answers, subject: QuestionnaireSubject = course) => [...shownItemIds(rules, answers, subject)];

describe('which items are shown', () => {
  it('shows a follow-up only when the earlier rating is at most the bound', () => {
    expect(shown({})).to.not.include('b');
    expect(shown({ a: { rating: 3 } })).to.not.include('b');
    expect(shown({ a: { rating: 2 } })).to.include('b');
    expect(shown({ a: { rating: 1 } })).to.include('b');
  });

  it('does not take "don’t know" for a low rating', () => {
    expect(shown({ a: { rating: 'unknown' } })).to.not.include('b');
  });

  it('hides a follow-up of a hidden item, even when that hidden item still holds a low rating', () => {
    // b was answered low while shown, then a was raised: b is hidden, so c must go too.
    expect(shown({ a: { rating: 2 }, b: { rating: 1 } })).to.include.members(['b', 'c']);
    expect(shown({ a: { rating: 4 }, b: { rating: 1 } })).to.not.include.members(['b', 'c']);
    expect(shown({ a: { rating: 4 }, b: { rating: 1 } })).to.not.include('c');
  });

  it('shows course-only items in a course and not for an offer', () => {
    expect(shown({}, course)).to.include('d');
    expect(shown({}, offer)).to.not.include('d');
    const defaultForOffer = visibleCriteria(v1, {}, offer)[2]!.items.map((item) => item.id);
    expect(defaultForOffer).to.not.include('focus-life-goal-in-plan');
    expect(visibleCriteria(v1, {}, course)[2]!.items.map((item) => item.id)).to.include('focus-life-goal-in-plan');
  });

  it('keeps every criterion, with an empty list when none of its items is shown', () => {
    const onlyCourse = structuredClone(rules);
    onlyCourse.criteria[1]!.items = [onlyCourse.criteria[1]!.items[0]!];
    expect(visibleCriteria(onlyCourse, {}, offer).map((criterion) => criterion.items.length)).to.deep.equal([1, 0]);
  });
});

describe('missing required answers', () => {
  it('lists each required part shown and unanswered, in order, with ids to link to', () => {
    expect(missingAnswers(rules, {}, course)).to.deep.equal([
      { criterionId: 'c1', itemId: 'a', targetId: 'a', part: 'rating' },
      { criterionId: 'c2', itemId: 'd', targetId: 'd', part: 'rating' },
      { criterionId: 'c2', itemId: 'e', subItemId: 'e1', targetId: 'e1', part: 'rating' },
    ]);
  });

  it('counts "don’t know" as an answer, but not where it is not allowed', () => {
    const answers: Answers = { a: { rating: 'unknown' }, d: { rating: 'unknown' }, e1: { rating: 'unknown' } };
    expect(missingAnswers(rules, answers, course)).to.deep.equal([]);
    const strict = structuredClone(rules);
    strict.criteria[1]!.items[2]!.required = ['rating'];
    expect(missingAnswers(strict, { ...answers, f: { rating: 'unknown' } }, course).map((missing) => missing.targetId)).to.deep.equal(['f']);
  });

  it('asks for a shown follow-up’s parts, and never for a hidden item’s', () => {
    const missing = missingAnswers(rules, { a: { rating: 1 }, d: { rating: 2 }, e1: { rating: 2 } }, course);
    expect(missing.map((entry) => `${entry.targetId}.${entry.part}`)).to.deep.equal(['b.rating', 'b.reflection']);
    expect(missingAnswers(rules, { a: { rating: 3 } }, offer).map((entry) => entry.targetId)).to.deep.equal(['e1']);
  });

  it('does not take white space for a required reflection', () => {
    const missing = missingAnswers(rules, { a: { rating: 1 }, b: { rating: 3, reflection: '   ' }, d: { rating: 2 }, e1: { rating: 2 } }, course);
    expect(missing.map((entry) => `${entry.targetId}.${entry.part}`)).to.deep.equal(['b.reflection']);
  });
});

describe('scores per criterion', () => {
  it('is the mean of numeric ratings, leaving "don’t know" out of it and counting it apart', () => {
    const [first, second] = scoreCriteria(rules, { a: { rating: 1 }, b: { rating: 2 }, c: { rating: 'unknown' }, d: { rating: 1 }, e1: { rating: 4 } }, course);
    expect(first).to.deep.equal({ criterionId: 'c1', score: 1.5, answered: 2, unknown: 1, unanswered: 0 });
    // d = 1, e1 = 4 → 2.5; e2 and f unanswered; e (reflection only) is not a rating.
    expect(second).to.deep.equal({ criterionId: 'c2', score: 2.5, answered: 2, unknown: 0, unanswered: 2 });
  });

  it('has no score (not 0) when nothing numeric was given', () => {
    expect(scoreCriteria(rules, { a: { rating: 'unknown' } }, course)[0]).to.deep.equal({
      criterionId: 'c1',
      score: null,
      answered: 0,
      unknown: 1,
      unanswered: 0,
    });
  });

  it('leaves hidden items out: neither their ratings nor their absence count', () => {
    // a = 4 hides b; b's stale 1 must not pull the mean down, and b is not "unanswered".
    expect(scoreCriteria(rules, { a: { rating: 4 }, b: { rating: 1 } }, course)[0]).to.deep.equal({
      criterionId: 'c1',
      score: 4,
      answered: 1,
      unknown: 0,
      unanswered: 0,
    });
    expect(scoreCriteria(rules, {}, offer)[1]!.unanswered).to.equal(3);
    expect(scoreCriteria(rules, {}, course)[1]!.unanswered).to.equal(4);
  });

  it('reports progress over ratings shown', () => {
    // a, d, e1, e2 and f are shown (b only after a low a): "don't know" counts as answered.
    expect(questionnaireProgress(rules, { a: { rating: 'unknown' }, d: { rating: 3 } }, course)).to.deep.equal({ answered: 2, total: 5 });
    expect(questionnaireProgress(rules, { a: { rating: 1 } }, course)).to.deep.equal({ answered: 1, total: 6 });
  });
});

describe('change since the previous round', () => {
  const previous = scoreCriteria(rules, { a: { rating: 1 }, b: { rating: 2 }, c: { rating: 1 }, d: { rating: 2 } }, course);

  it('is current minus previous per criterion, matched by id', () => {
    const current = scoreCriteria(rules, { a: { rating: 3 }, d: { rating: 4 }, e1: { rating: 4 } }, course);
    const changes = compareScores(current, previous);
    expect(changes.map((change) => [change.criterionId, change.previousScore, change.delta])).to.deep.equal([
      ['c1', 4 / 3, 3 - 4 / 3],
      ['c2', 2, 2],
    ]);
  });

  it('matches by criterion id, not by position', () => {
    const current = scoreCriteria(rules, { a: { rating: 3 } }, course);
    expect(compareScores([...current].reverse(), previous).map((change) => [change.criterionId, change.previousScore])).to.deep.equal([
      ['c2', 2],
      ['c1', 4 / 3],
    ]);
  });

  it('has no delta without a previous round, or when either score is missing', () => {
    const current = scoreCriteria(rules, { a: { rating: 3 } }, course);
    expect(compareScores(current, null).map((change) => change.delta)).to.deep.equal([null, null]);
    expect(compareScores(current, previous)[1]!.delta).to.equal(null);
  });
});

describe('definition versions', () => {
  const v2 = defaultDefinitionV2();
  const answers: Answers = {
    'relations-non-professionals': { rating: 2 },
    'relations-communities': { rating: 3 },
    'relations-measured': { rating: 'unknown' },
  };
  const response: QuestionnaireResponse = {
    id: 'r-1',
    subject: offer,
    definition: { id: v1.id, version: 1 },
    round: 1,
    answers,
    submittedAt: '2026-05-01T10:00:00+02:00',
    submittedBy: { role: 'professional', name: 'Test' },
  };

  it('summarizes an old response against its own version: the item added in v2 is not unanswered', () => {
    expect(scoreResponse(response, v1)[0]).to.deep.equal({ criterionId: 'relations', score: 2.5, answered: 2, unknown: 1, unanswered: 0 });
    // The same answers read against v2 would count the new item as unanswered: why the version matters.
    expect(scoreCriteria(v2, answers, offer)[0]!.unanswered).to.equal(1);
  });

  it('refuses to summarize a response against another version', () => {
    expect(() => scoreResponse(response, v2)).to.throw(DefinitionMismatchError);
  });
});

describe('roll-up of offers × criteria', () => {
  const v2 = defaultDefinitionV2();
  const definitions = new Map([`${v1.id}@1`, `${v1.id}@2`].map((key, index) => [key, index === 0 ? v1 : v2]));
  const lookup = (id: string, version: number) => definitions.get(`${id}@${version}`);
  const respond = (
    id: string,
    subject: QuestionnaireSubject,
    round: number,
    version: number,
    rating: 1 | 2 | 3 | 4,
    submittedAt: string,
  ): QuestionnaireResponse => ({
    id,
    subject,
    definition: { id: v1.id, version },
    round,
    answers: { 'relations-non-professionals': { rating }, 'empowerment-capacity': { rating } },
    submittedAt,
    submittedBy: { role: 'professional', name: 'Test' },
  });
  const offers = [
    { id: 'o-b', name: 'Bostøtte' },
    { id: 'o-a', name: 'Æblehaven' },
    { id: 'o-c', name: 'Aftenklub' },
  ];

  it('takes each offer’s latest round, by round number, not by list order or time alone', () => {
    const responses = [
      respond('r-2', { kind: 'offer', id: 'o-b' }, 2, 1, 4, '2026-03-01T10:00:00+01:00'),
      respond('r-1', { kind: 'offer', id: 'o-b' }, 1, 1, 1, '2026-04-01T10:00:00+02:00'),
    ];
    const rollUp = rollUpOffers(v1, responses, lookup, offers);
    expect(rollUp.rows.map((row) => [row.offer.id, row.responseId, row.round])).to.deep.equal([['o-b', 'r-2', 2]]);
    expect(rollUp.rows[0]!.criteria.map((score) => score.score)).to.deep.equal([4, 4, null]);
  });

  it('leaves out courses, other questionnaires and offers not in the catalogue; sorts by Danish name', () => {
    const responses = [
      respond('r-a', { kind: 'offer', id: 'o-a' }, 1, 1, 3, '2026-03-01T10:00:00+01:00'),
      respond('r-c', { kind: 'offer', id: 'o-c' }, 1, 1, 2, '2026-03-01T10:00:00+01:00'),
      respond('r-course', { kind: 'course', id: 'c-1' }, 1, 1, 2, '2026-03-01T10:00:00+01:00'),
      respond('r-gone', { kind: 'offer', id: 'o-gone' }, 1, 1, 2, '2026-03-01T10:00:00+01:00'),
      { ...respond('r-other', { kind: 'offer', id: 'o-b' }, 1, 1, 2, '2026-03-01T10:00:00+01:00'), definition: { id: 'other', version: 1 } },
    ];
    // Danish order puts Æ after A … Z; a plain code-point sort would too, but "Aftenklub" < "Æblehaven" either way;
    // the check that matters is that neither the course nor the unknown offer nor the other questionnaire appear.
    expect(rollUpOffers(v1, responses, lookup, offers).rows.map((row) => row.offer.id)).to.deep.equal(['o-c', 'o-a']);
  });

  it('scores a v1 round against v1 under v2’s columns; a criterion it lacks has no score', () => {
    const v3 = structuredClone(v2);
    v3.version = 3;
    v3.criteria.push({ id: 'new-criterion', title: { da: 'Nyt' }, items: [{ id: 'n1', text: { da: 'N' }, parts: ['rating'] }] });
    const rollUp = rollUpOffers(v3, [respond('r-1', { kind: 'offer', id: 'o-b' }, 1, 1, 3, '2026-03-01T10:00:00+01:00')], lookup, offers);
    expect(rollUp.definition).to.deep.equal({ id: v1.id, version: 3 });
    expect(rollUp.criteria.map((criterion) => criterion.id)).to.deep.equal(['relations', 'empowerment', 'individual-focus', 'new-criterion']);
    const row = rollUp.rows[0]!;
    expect(row.definitionVersion).to.equal(1);
    // Against v1 the relations criterion has three items; v2's extra one would make it four.
    expect(row.criteria[0]).to.deep.equal({ criterionId: 'relations', score: 3, answered: 1, unknown: 0, unanswered: 2 });
    expect(row.criteria[3]).to.deep.equal({ criterionId: 'new-criterion', score: null, answered: 0, unknown: 0, unanswered: 0 });
  });
});

describe('editing answers', () => {
  it('sets and clears one part, and drops an answer left empty', () => {
    let answers = withAnswer({}, 'a', 'rating', 2);
    answers = withAnswer(answers, 'a', 'reflection', 'Godt i gang');
    expect(answers).to.deep.equal({ a: { rating: 2, reflection: 'Godt i gang' } });
    answers = withAnswer(answers, 'a', 'reflection', '  ');
    expect(answers).to.deep.equal({ a: { rating: 2 } });
    expect(withAnswer(answers, 'a', 'rating', undefined)).to.deep.equal({});
  });

  it('merges after a conflict by part: mine win where I changed something, theirs stay elsewhere', () => {
    const theirs: Answers = { a: { rating: 1, reflection: 'Deres' }, d: { rating: 4 } };
    const mine: Answers = { a: { rating: 3 }, e1: { rating: 2 } };
    const merged = mergeAnswers(theirs, mine, [
      { targetId: 'a', part: 'rating' },
      { targetId: 'e1', part: 'rating' },
    ]);
    expect(merged).to.deep.equal({ a: { rating: 3, reflection: 'Deres' }, d: { rating: 4 }, e1: { rating: 2 } });
  });

  it('keeps a part I cleared cleared, rather than bringing theirs back', () => {
    expect(mergeAnswers({ a: { rating: 1, nextStep: 'Ring' } }, { a: { rating: 1 } }, [{ targetId: 'a', part: 'nextStep' }])).to.deep.equal({
      a: { rating: 1 },
    });
  });

  it('submits only the answers to items shown, and only the parts they ask for', () => {
    const answers: Answers = { a: { rating: 4 }, b: { rating: 1 }, d: { rating: 2 }, f: { rating: 3 } };
    expect(shownAnswers(rules, answers, offer)).to.deep.equal({ a: { rating: 4 }, f: { rating: 3 } });
  });
});

describe('answer problems, as a server reports them', () => {
  it('names unknown items, parts not asked and "don’t know" where not allowed, by path and code', () => {
    const problems = answerProblems(rules, { zz: { rating: 1 }, c: { reflection: 'x' }, f: { rating: 'unknown' } }, course, { complete: false });
    expect(problems).to.deep.equal([
      { path: 'answers.zz', code: 'unknown_item' },
      { path: 'answers.c.reflection', code: 'part_not_asked' },
      { path: 'answers.f.rating', code: 'unknown_not_allowed' },
    ]);
  });

  it('lets a draft hold a hidden item’s answer, but not a submit; a submit must be complete', () => {
    const answers: Answers = { a: { rating: 4 }, b: { rating: 1 } };
    expect(answerProblems(rules, answers, course, { complete: false })).to.deep.equal([]);
    expect(answerProblems(rules, answers, course, { complete: true })).to.deep.equal([
      { path: 'answers.b', code: 'not_shown' },
      { path: 'answers.d.rating', code: 'required' },
      { path: 'answers.e1.rating', code: 'required' },
    ]);
  });
});

describe('localized', () => {
  it('falls back to Danish where there is no English', () => {
    expect(localized({ da: 'Ja', en: 'Yes' }, 'en')).to.equal('Yes');
    expect(localized({ da: 'Ja' }, 'en')).to.equal('Ja');
    expect(localized({ da: 'Ja', en: 'Yes' }, 'da')).to.equal('Ja');
  });
});

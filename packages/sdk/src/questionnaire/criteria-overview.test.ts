import { expect } from '@open-wc/testing';
import type { Effort } from '../schemas/plan.js';
import type { Answers, QuestionnaireResponse, QuestionnaireSubject } from '../schemas/questionnaire.js';
import { visibleTargets } from './answer-targets.js';
import { buildCriteriaOverview, periodDays, type CriteriaOverviewInput } from './criteria-overview.js';
import { defaultQuestionnaireDefinition as definition } from './default-definition.js';

const unit = { id: 'u-ung', name: 'Ungeindsatsen' };
const offer = { id: 'o-mentor', name: 'Mentor', unit };
const quiet = { id: 'o-stille', name: 'Stille tilbud', unit };

/** A round where every rating of the subject's questions is `level`. */
function round(subject: QuestionnaireSubject, number: number, submittedAt: string, level: 1 | 2 | 3 | 4): QuestionnaireResponse {
  const answers: Answers = {};
  for (const target of visibleTargets(definition, {}, subject)) if (target.parts.includes('rating')) answers[target.id] = { rating: level };
  return {
    id: `r-${subject.id}-${number}`,
    subject,
    definition: { id: definition.id, version: definition.version },
    round: number,
    answers,
    submittedAt,
    submittedBy: { role: 'professional', name: 'Jonas Kragh' },
  };
}

function usingOffer(status: Effort['status'] = 'active', start = '2026-02-01'): Pick<Effort, 'offer' | 'start' | 'end' | 'status' | 'changedAt'>[] {
  return [{ offer: { id: offer.id, name: offer.name, kind: 'mentor' }, start, status, changedAt: '2026-02-01T10:00:00Z' }];
}

/** `count` courses that use the mentor offer, each with one course round at `level`. */
function courses(count: number, level: 1 | 2 | 3 | 4 = 3, submittedAt = '2026-03-10T10:00:00Z') {
  const ids = Array.from({ length: count }, (_, index) => `c-${index}`);
  return {
    efforts: new Map(ids.map((id) => [id, usingOffer()])),
    responses: ids.map((id) => round({ kind: 'course', id }, 1, submittedAt, level)),
  };
}

function overview(input: Partial<CriteriaOverviewInput>) {
  return buildCriteriaOverview({
    definition,
    definitionOf: () => definition,
    responses: [],
    offers: [offer, quiet],
    efforts: new Map(),
    period: 'all',
    ...input,
  });
}

describe('buildCriteriaOverview', () => {
  it('shows the courses’ mean per criterion from five young people on, and never how many', () => {
    const { efforts, responses } = courses(5, 3);
    const [row] = overview({ efforts, responses }).rows;
    expect(row!.offer.id).to.equal(offer.id);
    expect(row!.courses).to.deep.equal([
      { criterionId: 'relations', status: 'shown', score: 3 },
      { criterionId: 'empowerment', status: 'shown', score: 3 },
      { criterionId: 'individual-focus', status: 'shown', score: 3 },
    ]);
  });

  it('suppresses a cell from the courses of fewer than five young people, and says nothing of how many', () => {
    const { efforts, responses } = courses(4, 2);
    const review = round({ kind: 'offer', id: offer.id }, 1, '2026-03-01T10:00:00Z', 3);
    const [row] = overview({ efforts, responses: [...responses, review] }).rows;
    expect(row!.courses.every((cell) => cell.status === 'suppressed')).to.equal(true);
    expect(JSON.stringify(row!.courses)).to.not.match(/courses|score/);
  });

  it('counts young people, not courses: five courses of four young people are too few', () => {
    const { efforts, responses } = courses(5, 3);
    const personOf = new Map([...efforts.keys()].map((courseId, index) => [courseId, `p-${Math.min(index, 3)}`]));
    const review = round({ kind: 'offer', id: offer.id }, 1, '2026-03-01T10:00:00Z', 3);
    const [row] = overview({ efforts, responses: [...responses, review], personOf }).rows;
    expect(row!.courses.every((cell) => cell.status === 'suppressed')).to.equal(true);
  });

  it('counts a course once, by its latest round in the period, and only if it had started the offer then', () => {
    const { efforts, responses } = courses(5, 1);
    // A later round for every course: the latest counts.
    const later = [...efforts.keys()].map((id) => round({ kind: 'course', id }, 2, '2026-05-10T10:00:00Z', 4));
    const [row] = overview({ efforts, responses: [...responses, ...later] }).rows;
    expect(row!.courses[0]).to.deep.equal({ criterionId: 'relations', status: 'shown', score: 4 });
    // Planned efforts have not started: those courses do not count, and five become four, too few for the offer to show at all.
    const planned = new Map(efforts);
    planned.set('c-0', usingOffer('planned'));
    expect(overview({ efforts: planned, responses }).rows).to.deep.equal([]);
  });

  it('takes the offer’s latest review round in the period with the change since the round before, and lists its rounds', () => {
    const reviews = [
      round({ kind: 'offer', id: offer.id }, 1, '2025-11-01T10:00:00Z', 2),
      round({ kind: 'offer', id: offer.id }, 2, '2026-04-01T10:00:00Z', 3),
    ];
    const all = overview({ responses: reviews }).rows[0]!;
    expect(all.review).to.deep.include({ round: 2 });
    expect(all.review!.scores[0]).to.deep.equal({ criterionId: 'relations', score: 3, change: 1 });
    expect(all.rounds.map((entry) => entry.round)).to.deep.equal([1, 2]);
    // In 2025 only round 1 falls in the period: no change to show, no courses yet.
    const in2025 = overview({ responses: reviews, period: '2025' }).rows[0]!;
    expect(in2025.review!.round).to.equal(1);
    expect(in2025.review!.scores[0]!.change).to.equal(null);
    expect(in2025.rounds.map((entry) => entry.round)).to.deep.equal([1]);
  });

  it('leaves out an offer with no review round in the period and used by fewer than five young people: the row alone would tell', () => {
    const few = courses(4);
    expect(overview({ efforts: few.efforts, responses: few.responses }).rows).to.deep.equal([]);
    const { efforts, responses } = courses(5);
    const result = overview({ efforts, responses, period: '2026-H1' });
    expect(result.rows.map((row) => row.offer.id)).to.deep.equal([offer.id]);
    expect(result).to.deep.include({ from: '2026-01-01', to: '2026-06-30', minimumCourses: 5 });
    expect(overview({ efforts, responses, period: '2024' }).rows).to.deep.equal([]);
  });
});

describe('periodDays', () => {
  it('gives the first and last day of a year, half-year and quarter, and none for all', () => {
    expect(periodDays('2026')).to.deep.equal({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodDays('2026-H2')).to.deep.equal({ from: '2026-07-01', to: '2026-12-31' });
    expect(periodDays('2024-Q1')).to.deep.equal({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodDays('2026-Q2')).to.deep.equal({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodDays('all')).to.equal(null);
    expect(() => periodDays('2026-H3')).to.throw(/calendar period/);
  });
});

describe('CriteriaOverviewStore', () => {
  it('loads a period from the server, filters by unit here, and loads again for another period', async () => {
    const { createMemoryClient } = await import('../memory/memory-transport.js');
    const { buildSeed } = await import('../seed/index.js');
    const { CriteriaOverviewStore } = await import('./criteria-overview-store.js');
    const { client, transport } = createMemoryClient({ seed: buildSeed('2026-11-23'), retries: 0 });
    const store = new CriteriaOverviewStore({ client });
    await store.load();
    const all = store.getSnapshot();
    expect(all.status).to.equal('ready');
    expect(all.rows.length).to.be.greaterThan(2);
    // The seed has two courses with rounds: every course figure is suppressed.
    expect(all.rows.flatMap((row) => row.courses).every((cell) => cell.status === 'suppressed')).to.equal(true);
    const unit = all.units.find((candidate) => all.rows.some((row) => row.unit.id === candidate.id))!;
    store.setUnit(unit.id);
    expect(store.getSnapshot().rows.every((row) => row.unit.id === unit.id)).to.equal(true);
    await store.setPeriod('2020');
    expect(store.getSnapshot().status).to.equal('empty');
    expect(store.getSnapshot().unitId, 'no offer of that unit in the period').to.equal(null);
    expect(transport.requests.filter((request) => request.includes('/overview/'))).to.deep.equal([
      'GET /api/v1/questionnaires/strategic-criteria/overview/all',
      'GET /api/v1/questionnaires/strategic-criteria/overview/2020',
    ]);
  });
});

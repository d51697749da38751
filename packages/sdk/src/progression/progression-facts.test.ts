import { expect } from '@open-wc/testing';
import { ProgressionReading, ScaleSet, type AnchoredScale, type MeasuredScale, type Rater } from '../schemas/progression.js';
import { defaultScaleSet } from './default-scales.js';
import { lastPlanActivity } from './plan-activity.js';
import { deriveProgressionFacts, disagreements, passivity, readingChanges } from './progression-facts.js';
import { firstAndLatest, progressionSeries } from './progression-series.js';
import { readingProblems } from './reading-problems.js';

const tenSteps: AnchoredScale = {
  id: 'self-belief',
  kind: 'anchored',
  title: { da: 'Tro på egne evner' },
  inDefaultSet: true,
  steps: Array.from({ length: 10 }, (_, index) => ({ text: { da: `Trin ${index + 1}` } })),
};
const fourSteps: AnchoredScale = { ...tenSteps, id: 'four', steps: tenSteps.steps.slice(0, 4) };
const attendance: MeasuredScale = { id: 'attendance', kind: 'measured', title: { da: 'Fremmøde' }, inDefaultSet: true, unit: '%', min: 0, max: 100 };
const scales = [attendance, tenSteps, fourSteps];

let ids = 0;
function reading(scaleId: string, ratedBy: Rater, date: string, value: number): ProgressionReading {
  return { id: `rd-${++ids}`, scaleId, ratedBy, date, value, author: 'Test' };
}

describe('the default scale set', () => {
  it('is a valid scale set with the ten scales of domain.md, attendance measured in %', () => {
    expect(ScaleSet.safeParse(defaultScaleSet).success).to.equal(true);
    expect(defaultScaleSet.scales.map((scale) => scale.id)).to.deep.equal([
      'attendance',
      'impulse-control',
      'everyday-coping',
      'health-coping',
      'stability',
      'self-belief',
      'well-being',
      'network',
      'cooperation',
      'job-belief',
    ]);
    const [first, ...anchored] = defaultScaleSet.scales;
    expect(first).to.include({ kind: 'measured', unit: '%', min: 0, max: 100 });
    for (const scale of anchored) {
      expect(scale.kind).to.equal('anchored');
      if (scale.kind !== 'anchored') continue;
      expect(scale.steps, scale.id).to.have.length(10);
      // Short, in Danish and English: a step is read out with its number.
      for (const step of scale.steps) {
        expect(step.text.en, scale.id).to.be.a('string');
        expect(step.text.da.length, step.text.da).to.be.below(60);
      }
    }
  });
});

describe('readingChanges (distance travelled)', () => {
  it('gives the change since the first and since the previous reading per scale and rater, by date not by order given', () => {
    const readings = [
      reading('self-belief', 'youth', '2026-09-01', 5),
      reading('self-belief', 'youth', '2026-06-01', 2),
      reading('self-belief', 'youth', '2026-11-01', 4),
      reading('self-belief', 'professional', '2026-06-01', 3),
    ];
    const changes = readingChanges(scales, readings);
    expect(changes.map((change) => [change.scale.id, change.ratedBy, change.sinceFirst, change.sincePrevious])).to.deep.equal([
      ['self-belief', 'youth', 2, -1],
      ['self-belief', 'professional', 0, null],
    ]);
    expect(changes[0]!.first.date).to.equal('2026-06-01');
    expect(changes[0]!.previous?.date).to.equal('2026-09-01');
    expect(changes[0]!.latest.date).to.equal('2026-11-01');
  });

  it('keeps the raters apart and follows the scale set’s order, leaving out scales the set does not have', () => {
    const readings = [
      reading('four', 'joint', '2026-01-01', 1),
      reading('attendance', 'professional', '2026-01-01', 40),
      reading('attendance', 'professional', '2026-02-01', 70),
      reading('gone', 'youth', '2026-01-01', 3),
    ];
    expect(readingChanges(scales, readings).map((change) => [change.scale.id, change.ratedBy, change.sinceFirst])).to.deep.equal([
      ['attendance', 'professional', 30],
      ['four', 'joint', 0],
    ]);
  });
});

describe('disagreements', () => {
  it('flags three steps apart on a ten-step scale, not two, comparing the latest of each', () => {
    const base = [reading('self-belief', 'youth', '2026-01-01', 9), reading('self-belief', 'youth', '2026-10-01', 3)];
    const three = disagreements(scales, [...base, reading('self-belief', 'professional', '2026-10-02', 6)]);
    expect(three.map((found) => [found.scale.id, found.youth.value, found.professional.value, found.difference])).to.deep.equal([['self-belief', 3, 6, 3]]);
    expect(disagreements(scales, [...base, reading('self-belief', 'professional', '2026-10-02', 5)])).to.deep.equal([]);
    // Against the youth's first rating (9) the gap would be 4: only the latest counts.
    expect(disagreements(scales, [...base, reading('self-belief', 'professional', '2026-10-02', 4)])).to.deep.equal([]);
  });

  it('flags the young person rating higher as well as lower, and ignores joint ratings', () => {
    const found = disagreements(scales, [
      reading('self-belief', 'youth', '2026-10-01', 8),
      reading('self-belief', 'professional', '2026-10-01', 4),
      reading('self-belief', 'joint', '2026-10-05', 6),
    ]);
    expect(found.map((disagreement) => disagreement.difference)).to.deep.equal([-4]);
    expect(disagreements(scales, [reading('self-belief', 'youth', '2026-10-01', 8), reading('self-belief', 'joint', '2026-10-01', 1)])).to.deep.equal([]);
  });

  it('takes a configurable threshold, scaled to scales with fewer steps', () => {
    const apart = (scaleId: string, youth: number, professional: number) => [
      reading(scaleId, 'youth', '2026-10-01', youth),
      reading(scaleId, 'professional', '2026-10-01', professional),
    ];
    expect(disagreements(scales, apart('self-belief', 3, 5), { steps: 2 })).to.have.length(1);
    expect(disagreements(scales, apart('self-belief', 3, 6), { steps: 4 })).to.deep.equal([]);
    // Three of nine intervals is one of three on a four-step scale.
    expect(disagreements(scales, apart('four', 2, 3))).to.have.length(1);
    expect(disagreements(scales, apart('four', 2, 2))).to.deep.equal([]);
  });

  it('leaves measured scales out unless given a threshold in their unit', () => {
    const readings = [reading('attendance', 'youth', '2026-10-01', 90), reading('attendance', 'professional', '2026-10-01', 40)];
    expect(disagreements(scales, readings)).to.deep.equal([]);
    expect(disagreements(scales, readings, { measured: 50 })).to.have.length(1);
    expect(disagreements(scales, readings, { measured: 51 })).to.deep.equal([]);
  });
});

describe('passivity', () => {
  const today = '2026-11-23';

  it('flags six weeks without a reading and without plan activity, counting from the later of the two', () => {
    const readings = [reading('self-belief', 'youth', '2026-10-12', 4), reading('self-belief', 'youth', '2026-09-01', 5)];
    const quiet = passivity(readings, { today, lastPlanActivity: '2026-10-01' });
    expect(quiet).to.deep.include({ passive: true, lastReading: '2026-10-12', lastActivity: '2026-10-12', daysSince: 42, weeks: 6 });
    // One day less than six weeks is not passive.
    expect(passivity(readings, { today: '2026-11-22', lastPlanActivity: '2026-10-01' }).passive).to.equal(false);
    // A recent change of the plan counts as activity.
    expect(passivity(readings, { today, lastPlanActivity: '2026-11-20' })).to.deep.include({ passive: false, lastActivity: '2026-11-20', daysSince: 3 });
  });

  it('takes the number of weeks, and works from the plan alone when there are no readings', () => {
    expect(passivity([reading('self-belief', 'youth', '2026-11-02', 4)], { today, weeks: 3 }).passive).to.equal(true);
    expect(passivity([reading('self-belief', 'youth', '2026-11-03', 4)], { today, weeks: 3 }).passive).to.equal(false);
    expect(passivity([], { today, lastPlanActivity: '2026-08-01' })).to.deep.include({ passive: true, lastReading: null, lastActivity: '2026-08-01' });
  });

  it('counts a held contact as activity (seed 003), from the contact log alone too', () => {
    const readings = [reading('self-belief', 'youth', '2026-09-01', 5)];
    expect(passivity(readings, { today, lastPlanActivity: '2026-09-15', lastContact: '2026-11-17' })).to.deep.include({
      passive: false,
      lastContact: '2026-11-17',
      lastActivity: '2026-11-17',
      daysSince: 6,
    });
    expect(passivity([], { today, lastContact: '2026-10-01' })).to.deep.include({ passive: true, lastActivity: '2026-10-01' });
  });

  it('does not flag a course with nothing to count from', () => {
    expect(passivity([], { today })).to.deep.include({ passive: false, lastActivity: null, daysSince: null });
  });

  it('reads the last plan activity from revisions, changes and notes, as a Danish day', () => {
    const plan = {
      lifeGoal: { text: 'x', dreams: [], changedAt: '2026-03-01T10:00:00+01:00' },
      goals: [{ id: 'g', kind: 'job' as const, text: 'x', status: 'open' as const, changedAt: '2026-05-01T10:00:00+02:00' }],
      efforts: [],
      notes: [{ id: 'n', kind: 'success' as const, date: '2026-04-01', text: 'x', author: { role: 'youth' as const, name: 'x' } }],
      youthComment: null,
      // 23:30 UTC is already the next day in Copenhagen.
      revisions: [{ number: 1, at: '2026-06-30T23:30:00Z', by: { role: 'professional' as const, name: 'x' }, changes: [] }],
    };
    expect(lastPlanActivity(plan)).to.equal('2026-07-01');
    expect(lastPlanActivity({ ...plan, revisions: [] })).to.equal('2026-05-01');
  });
});

describe('deriveProgressionFacts', () => {
  it('derives changes, disagreements and passivity in one go', () => {
    const facts = deriveProgressionFacts(
      scales,
      { readings: [reading('self-belief', 'youth', '2026-11-01', 2), reading('self-belief', 'professional', '2026-11-01', 7)], annotations: [] },
      { today: '2026-11-23', disagreement: { steps: 6 } },
    );
    expect(facts.today).to.equal('2026-11-23');
    expect(facts.changes).to.have.length(2);
    expect(facts.disagreements).to.deep.equal([]);
    expect(facts.passivity.passive).to.equal(false);
  });
});

describe('progressionSeries and firstAndLatest', () => {
  const readings = [
    reading('self-belief', 'professional', '2026-03-01', 4),
    reading('self-belief', 'youth', '2026-05-01', 6),
    reading('self-belief', 'youth', '2026-02-01', 3),
    reading('attendance', 'professional', '2026-02-01', 50),
    reading('attendance', 'professional', '2026-04-01', 75),
  ];

  it('gives every scale its range and one date-sorted line per rater, youth first', () => {
    const series = progressionSeries(scales, readings);
    expect(series.map((entry) => [entry.scale.id, entry.range, entry.series.map((line) => line.ratedBy)])).to.deep.equal([
      ['attendance', { min: 0, max: 100 }, ['professional']],
      ['self-belief', { min: 1, max: 10 }, ['youth', 'professional']],
      ['four', { min: 1, max: 4 }, []],
    ]);
    expect(series[1]!.series[0]!.points.map((point) => [point.date, point.value])).to.deep.equal([
      ['2026-02-01', 3],
      ['2026-05-01', 6],
    ]);
  });

  it('gives the first and latest reading of one rater per scale, placed on 0–1', () => {
    const youth = firstAndLatest(scales, readings, 'youth');
    expect(youth.map((axis) => [axis.scale.id, axis.first?.value ?? null, axis.latest?.value ?? null])).to.deep.equal([
      ['attendance', null, null],
      ['self-belief', 3, 6],
      ['four', null, null],
    ]);
    expect(youth[1]!.firstShare).to.be.closeTo(2 / 9, 1e-9);
    expect(youth[1]!.latestShare).to.be.closeTo(5 / 9, 1e-9);
    expect(firstAndLatest(scales, readings, 'professional')[0]).to.deep.include({ firstShare: 0.5, latestShare: 0.75 });
  });
});

describe('readingProblems', () => {
  const input = (scaleId: string, value: number, date = '2026-11-01') => ({ scaleId, value, date, ratedBy: 'youth' as const });

  it('refuses an unknown scale, a value off the scale or between steps, and a day not yet come', () => {
    expect(readingProblems(scales, input('self-belief', 10), '2026-11-23')).to.deep.equal([]);
    expect(readingProblems(scales, input('attendance', 62.5), '2026-11-23')).to.deep.equal([]);
    expect(readingProblems(scales, input('nope', 3), '2026-11-23')).to.deep.equal([{ path: 'scaleId', code: 'unknown_scale' }]);
    for (const [scaleId, value] of [
      ['self-belief', 11],
      ['self-belief', 0],
      ['self-belief', 2.5],
      ['four', 5],
      ['attendance', 101],
      ['attendance', -1],
    ] as const) {
      expect(readingProblems(scales, input(scaleId, value), '2026-11-23'), `${scaleId} ${value}`).to.deep.equal([{ path: 'value', code: 'out_of_range' }]);
    }
    expect(readingProblems(scales, input('four', 2, '2026-11-24'), '2026-11-23')).to.deep.equal([{ path: 'date', code: 'in_future' }]);
  });
});

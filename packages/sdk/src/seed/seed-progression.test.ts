import { expect } from '@open-wc/testing';
import { lastPlanActivity } from '../progression/plan-activity.js';
import { deriveProgressionFacts } from '../progression/progression-facts.js';
import { readingProblems } from '../progression/reading-problems.js';
import { CourseProgression, ScaleSet } from '../schemas/progression.js';
import { buildSeed, progressionBenchData, seedCourseIds } from './index.js';

const today = '2026-11-23';
const seed = buildSeed(today);
const { scales } = seed.progression.scaleSet;

function factsOf(courseId: string) {
  const progression = seed.progression.courses[courseId] ?? { readings: [], annotations: [] };
  return deriveProgressionFacts(scales, progression, { today, lastPlanActivity: lastPlanActivity(seed.plans[courseId]!) });
}

describe('the progression seed', () => {
  it('is valid per the contract: every reading on a scale of the set, on the scale, not in the future', () => {
    expect(ScaleSet.safeParse(seed.progression.scaleSet).success).to.equal(true);
    for (const [courseId, progression] of Object.entries(seed.progression.courses)) {
      expect(CourseProgression.safeParse(progression).success, courseId).to.equal(true);
      for (const reading of progression.readings) expect(readingProblems(scales, reading, today), reading.id).to.deep.equal([]);
      expect(new Set(progression.readings.map((reading) => reading.id)).size).to.equal(progression.readings.length);
    }
  });

  it('shows passivity for Sara (aftercare) only: no reading and no plan activity for over six weeks', () => {
    const passive = seed.courses.filter((course) => factsOf(course.id).passivity.passive).map((course) => course.id);
    expect(passive).to.deep.equal([seedCourseIds.aftercare]);
    const { passivity } = factsOf(seedCourseIds.aftercare);
    expect(passivity.lastReading).to.equal('2026-09-14');
    // Her plan last changed when her efforts ended, two months ago: that is the later of the two.
    expect(passivity.lastPlanActivity).to.equal('2026-09-24');
    expect(passivity.daysSince).to.equal(60);
  });

  it('shows disagreement for Freja only: she rates her belief in herself four steps below her contact', () => {
    const disagreeing = seed.courses.filter((course) => factsOf(course.id).disagreements.length > 0).map((course) => course.id);
    expect(disagreeing).to.deep.equal([seedCourseIds.manyHandovers]);
    const [found] = factsOf(seedCourseIds.manyHandovers).disagreements;
    expect([found!.scale.id, found!.youth.value, found!.professional.value, found!.difference]).to.deep.equal(['self-belief', 3, 7, 4]);
  });

  it('gives Amalie a climb on every scale she is rated on, and Noah no readings yet', () => {
    const { changes } = factsOf(seedCourseIds.steady);
    expect(changes.length).to.be.greaterThan(8);
    expect(changes.every((change) => change.sinceFirst > 0)).to.equal(true);
    expect(seed.progression.courses[seedCourseIds.noContact]).to.equal(undefined);
    expect(seed.progression.courses[seedCourseIds.steady]!.annotations.map((annotation) => annotation.kind)).to.deep.equal(['setback', 'success', 'success']);
  });
});

describe('progressionBenchData', () => {
  it('gives 12 scales × 260 readings by default, valid, and the same every time', () => {
    const bench = progressionBenchData();
    expect(bench.scaleSet.scales).to.have.length(12);
    expect(new Set(bench.scaleSet.scales.map((scale) => scale.id)).size).to.equal(12);
    expect(bench.progression.readings).to.have.length(12 * 260);
    expect(ScaleSet.safeParse(bench.scaleSet).success).to.equal(true);
    expect(CourseProgression.safeParse(bench.progression).success).to.equal(true);
    for (const reading of bench.progression.readings) expect(readingProblems(bench.scaleSet.scales, reading, '2026-11-23')).to.deep.equal([]);
    expect(progressionBenchData()).to.deep.equal(bench);
    const small = progressionBenchData(3, 5);
    expect([small.scaleSet.scales.length, small.progression.readings.length]).to.deep.equal([3, 15]);
  });
});

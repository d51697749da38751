import { expect } from '@open-wc/testing';
import { derivePlanFacts, planWarnings, type PlanWarning } from '../plan/plan-facts.js';
import { Plan } from '../schemas/plan.js';
import { buildSeed, seedCourseIds } from './index.js';

// The plan view's must-show list depends on the seed: an overdue action, a double offer, a missing
// community goal and a transition ahead, each in a seeded plan, and a plan with none of them.
const today = '2026-11-23';
const seed = buildSeed(today);
const now = new Date(`${today}T09:00:00Z`);
const kindsFor = (courseId: string): PlanWarning['kind'][] => planWarnings(derivePlanFacts(seed.plans[courseId]!, now)).map((warning) => warning.kind);

describe('seed plans', () => {
  it('are valid plans, one per course', () => {
    expect(Object.keys(seed.plans)).to.have.members(seed.courses.map((course) => course.id));
    for (const plan of Object.values(seed.plans)) expect(Plan.safeParse(plan).success, plan.courseId).to.equal(true);
  });

  it('show a calm plan for Amalie: no warnings', () => expect(kindsFor(seedCourseIds.steady)).to.deep.equal([]));

  it('show an overdue action and a transition ahead (18th birthday, end of school) for Mikkel', () => {
    const warnings = planWarnings(derivePlanFacts(seed.plans[seedCourseIds.contactAway]!, now));
    expect(warnings.map((warning) => warning.kind)).to.include.members(['overdue', 'transitionAhead']);
    expect(warnings.filter((warning) => warning.kind === 'transitionAhead')).to.have.length(2);
  });

  it('show a missing community goal and an effort linked to no goal for Noah', () => {
    expect(kindsFor(seedCourseIds.noContact)).to.include.members(['noCommunityGoal', 'unlinkedEffort']);
  });

  it('show a double offer, an overdue action and a life goal waiting for follow-up for Freja', () => {
    expect(kindsFor(seedCourseIds.manyHandovers)).to.include.members(['doubleOffer', 'overdue', 'followUpWaiting']);
  });
});

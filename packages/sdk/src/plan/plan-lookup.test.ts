import { expect } from '@open-wc/testing';
import type { Goal, Plan } from '../schemas/plan.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import type { PlanEdit } from './plan-edits.js';
import { commentText, goalsInPlanOrder, goalTextOf, offerNameOf, pendingEffortStatuses, revisionTargetName } from './plan-lookup.js';

const seed = buildSeed('2026-11-23');
const plan = seed.plans[seedCourseIds.steady] as Plan;

describe('plan lookup', () => {
  it('names an effort by its offer and a goal by its text, and nothing for an id the plan no longer has', () => {
    const effort = plan.efforts[0]!;
    const goal = plan.goals[0]!;
    expect(offerNameOf(plan, effort.id)).to.equal(effort.offer.name);
    expect(goalTextOf(plan, goal.id)).to.equal(goal.text);
    expect(offerNameOf(plan, 'gone')).to.equal(undefined);
    expect(goalTextOf(plan, 'gone')).to.equal(undefined);
  });

  it("names what a revision changed: an effort's offer, a goal's text, else nothing", () => {
    const effort = plan.efforts[0]!;
    const goal = plan.goals[0]!;
    expect(revisionTargetName(plan, { target: 'effort', targetId: effort.id, action: 'changed' })).to.equal(effort.offer.name);
    expect(revisionTargetName(plan, { target: 'goal', targetId: goal.id, action: 'added' })).to.equal(goal.text);
    expect(revisionTargetName(plan, { target: 'goal', targetId: 'gone', action: 'removed' })).to.equal('');
    expect(revisionTargetName(plan, { target: 'lifeGoal', action: 'changed' })).to.equal('');
    expect(revisionTargetName(plan, { target: 'note', targetId: 'n1', action: 'added' })).to.equal('');
  });

  it('orders goals as a plan reads: education and job first, then the community goal; one kind keeps its order', () => {
    const goal = (id: string, kind: Goal['kind']) => ({ ...plan.goals[0]!, id, kind });
    const ordered = goalsInPlanOrder([goal('h', 'housing'), goal('c1', 'community'), goal('e', 'education'), goal('c2', 'community'), goal('j', 'job')]);
    expect(ordered.map((entry) => entry.id)).to.deep.equal(['e', 'j', 'c1', 'c2', 'h']);
  });

  it('keeps the status each effort has in the unsaved edits, the last one winning', () => {
    const drafts: PlanEdit[] = [
      { kind: 'effortStatus', effortId: 'a', status: 'paused' },
      { kind: 'comment', text: 'hej' },
      { kind: 'effortStatus', effortId: 'a', status: 'completed' },
      { kind: 'effortStatus', effortId: 'b', status: 'active' },
    ];
    expect([...pendingEffortStatuses(drafts)]).to.deep.equal([
      ['a', 'completed'],
      ['b', 'active'],
    ]);
  });

  it("shows the young person's newest unsaved comment, else the saved one", () => {
    const saved = { ...plan, youthComment: { text: 'Gemt', changedAt: '2026-11-01T10:00:00.000Z' } } as Plan;
    expect(commentText(saved, [])).to.equal('Gemt');
    expect(
      commentText(saved, [
        { kind: 'comment', text: 'Første' },
        { kind: 'comment', text: 'Anden' },
      ]),
    ).to.equal('Anden');
    expect(commentText(saved, [{ kind: 'comment', text: null }])).to.equal('');
    expect(commentText({ ...plan, youthComment: undefined } as unknown as Plan, [])).to.equal('');
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyPlanUpdate, duplicateIdProblems, type PlanUpdate } from '@ungeforlob/sdk';
import { buildSeed, seedCourseIds } from '@ungeforlob/sdk/seed';
import { planUpdateOf } from './helpers/plan-update.js';

// What the server checks before it hands an update to the SDK's applyPlanUpdate, and what it
// relies on that function for. Pure: no server needed.

// The server signs a revision with the signed-in professional's display name.
const context = { at: '2026-03-02T09:15:00.000Z', by: { role: 'professional', name: 'Jonas Kragh' } } as const;
const seedPlan = buildSeed('2026-03-02').plans[seedCourseIds.steady]!;

function edited(edit: (update: PlanUpdate) => void): PlanUpdate {
  const update = structuredClone(planUpdateOf(seedPlan));
  edit(update);
  return update;
}

describe('duplicateIdProblems', () => {
  test('names the second and later occurrence of an id per list, by path only', () => {
    const update = edited((draft) => {
      draft.goals.push(draft.goals[0]!, { ...draft.goals[0]!, text: 'Et andet mål' });
      draft.notes.push({ ...draft.notes[0]! });
      // The same id in two lists is fine: goals and efforts have ids of their own.
      draft.efforts[0]!.id = 'g-s1';
    });
    assert.deepEqual(duplicateIdProblems(update), [
      { path: 'goals[3].id', code: 'duplicate_id' },
      { path: 'goals[4].id', code: 'duplicate_id' },
      { path: 'notes[2].id', code: 'duplicate_id' },
    ]);
  });

  test('finds nothing in a plan sent back as it is', () => {
    assert.deepEqual(duplicateIdProblems(planUpdateOf(seedPlan)), []);
  });
});

// A no-op PUT answers with the same ETag and writes nothing: that needs applyPlanUpdate to call
// these no change.
describe('applyPlanUpdate, as the server relies on it', () => {
  test('a reordering alone is no change, and the stored plan is kept as it is', () => {
    const { plan, revision } = applyPlanUpdate(
      seedPlan,
      edited((update) => update.goals.reverse()),
      context,
    );
    assert.equal(revision, null);
    assert.equal(plan, seedPlan);
  });

  test('an optional field sent as undefined is no change', () => {
    const update = edited((draft) => {
      draft.goals[0] = { ...draft.goals[0]!, targetDate: undefined };
      draft.efforts[1] = { ...draft.efforts[1]!, end: undefined };
    });
    assert.equal(applyPlanUpdate(seedPlan, update, context).revision, null);
  });

  test('the order of an effort’s linked goals is a change', () => {
    const { revision } = applyPlanUpdate(
      seedPlan,
      edited((update) => update.efforts[0]!.goalIds.reverse()),
      context,
    );
    assert.deepEqual(revision?.changes, [{ target: 'effort', targetId: 'e-s1', action: 'changed' }]);
  });
});

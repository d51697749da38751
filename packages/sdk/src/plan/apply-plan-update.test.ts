import { expect } from '@open-wc/testing';
import { Plan, type PlanUpdate } from '../schemas/plan.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { applyCommentUpdate, applyPlanUpdate, sameValue } from './apply-plan-update.js';

const at = '2026-11-24T10:00:00+01:00';
const by = { role: 'professional', name: 'Jonas Kragh' } as const;
const stored = buildSeed('2026-11-23').plans[seedCourseIds.steady]!;

/** The update a widget sends when nothing was edited: the editable parts, as stored. */
function unchanged(plan: Plan): PlanUpdate {
  const strip = <T extends { changedAt?: string }>({ changedAt: _stamp, ...rest }: T) => rest;
  return { lifeGoal: strip(plan.lifeGoal), goals: plan.goals.map(strip), efforts: plan.efforts.map(strip), notes: plan.notes };
}

describe('applyPlanUpdate', () => {
  it('writes no revision when nothing changed', () => {
    const result = applyPlanUpdate(stored, unchanged(stored), { at, by });
    expect(result.revision).to.equal(null);
    expect(result.plan).to.equal(stored);
  });

  it('stamps only the effort that changed and describes it', () => {
    const update = unchanged(stored);
    update.efforts[0] = { ...update.efforts[0]!, status: 'paused' };
    const { plan, revision } = applyPlanUpdate(stored, { ...update, reason: 'Syg i to uger' }, { at, by });
    expect(revision).to.deep.equal({ number: 1, at, by, changes: [{ target: 'effort', targetId: 'e-s1', action: 'changed' }], reason: 'Syg i to uger' });
    expect(plan.efforts[0]!.changedAt).to.equal(at);
    expect(plan.efforts[1]!.changedAt).to.equal(stored.efforts[1]!.changedAt);
    expect(plan.revisions[0]).to.equal(revision);
    expect(Plan.safeParse(plan).success).to.equal(true);
  });

  it('records added and removed items and a changed life goal, newest revision first', () => {
    const update = unchanged(stored);
    update.goals.push({ id: 'g-new', kind: 'housing', text: 'Finde et værelse', status: 'open' });
    update.notes = update.notes.slice(1);
    update.lifeGoal = { ...update.lifeGoal, text: 'Jeg vil være tømrer.' };
    const first = applyPlanUpdate(stored, update, { at, by }).plan;
    const second = applyPlanUpdate(first, { ...update, goals: update.goals.slice(0, -1) }, { at: '2026-11-25T09:00:00+01:00', by });
    expect(first.revisions[0]!.changes).to.deep.equal([
      { target: 'lifeGoal', action: 'changed' },
      { target: 'goal', targetId: 'g-new', action: 'added' },
      { target: 'note', targetId: 'n-s1', action: 'removed', noteKind: stored.notes[0]!.kind },
    ]);
    expect(first.lifeGoal.changedAt).to.equal(at);
    expect(second.plan.revisions.map((revision) => revision.number)).to.deep.equal([2, 1]);
    expect(second.revision!.changes).to.deep.equal([{ target: 'goal', targetId: 'g-new', action: 'removed' }]);
  });

  it('moves a list only when something in it changed: an edit to the notes never reorders the goals', () => {
    const update = unchanged(stored);
    update.goals = [...update.goals].reverse();
    update.notes = [...update.notes, { id: 'n-quiet', kind: 'setback', date: '2026-11-24', text: 'Udeblev.', author: by }];
    const { plan } = applyPlanUpdate(stored, update, { at, by });
    expect(plan.goals.map((goal) => goal.id)).to.deep.equal(stored.goals.map((goal) => goal.id));
    expect(plan.notes.at(-1)?.id).to.equal('n-quiet');
  });

  it('sees no change in a plan whose keys come back in another order (PostgreSQL jsonb)', () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, inner]) => [key, reverseKeys(inner)]),
            )
          : value;
    const reordered = reverseKeys(stored) as Plan;
    expect(JSON.stringify(reordered)).not.to.equal(JSON.stringify(stored));
    expect(sameValue({ a: 1, b: { c: 2, d: undefined } }, { b: { c: 2 }, a: 1 })).to.equal(true);
    expect(applyPlanUpdate(reordered, unchanged(stored), { at, by }).revision).to.equal(null);
  });
});

describe('note authors', () => {
  it('signs a new note with the signed-in author and keeps a stored note’s author, whatever the client sent', () => {
    const forged = { role: 'professional', name: 'Someone Else' } as const;
    const kept = stored.notes[0]!;
    const update: PlanUpdate = {
      ...unchanged(stored),
      notes: [
        { ...kept, author: forged },
        { id: 'n-new', kind: 'success', date: '2026-11-24', text: 'Ny note.', author: forged },
      ],
    };
    const { plan, revision } = applyPlanUpdate(stored, update, { at, by });
    expect(plan.notes.map((note) => note.author)).to.deep.equal([kept.author, by]);

    // Changing someone else's note makes it the changer's: it no longer says what they wrote.
    const edited = applyPlanUpdate(stored, { ...unchanged(stored), notes: [{ ...kept, text: 'Omskrevet.' }, ...stored.notes.slice(1)] }, { at, by }).plan;
    expect(edited.notes[0]?.author).to.deep.equal(by);
    expect(edited.notes.slice(1).map((note) => note.author)).to.deep.equal(stored.notes.slice(1).map((note) => note.author));
    expect(revision?.changes).to.deep.equal([
      { target: 'note', targetId: 'n-new', action: 'added', noteKind: 'success' },
      ...stored.notes.slice(1).map((note) => ({ target: 'note', targetId: note.id, action: 'removed', noteKind: note.kind })),
    ]);
  });
});

describe('applyCommentUpdate', () => {
  it('adds, changes and removes the young person’s comment, each as a revision', () => {
    const youth = { role: 'youth', name: 'Amalie' } as const;
    const removed = applyCommentUpdate(stored, null, { at, by: youth });
    expect(removed.plan.youthComment).to.equal(null);
    expect(removed.revision!.changes).to.deep.equal([{ target: 'comment', action: 'removed' }]);
    const added = applyCommentUpdate(removed.plan, 'Jeg vil have mere praktik.', { at, by: youth });
    expect(added.revision!.changes[0]!.action).to.equal('added');
    expect(added.plan.youthComment).to.deep.equal({ text: 'Jeg vil have mere praktik.', changedAt: at });
    expect(applyCommentUpdate(added.plan, 'Jeg vil have mere praktik.', { at, by: youth }).revision).to.equal(null);
  });
});

import { expect } from '@open-wc/testing';
import type { Contact } from '../schemas/contact.js';
import type { Plan, PlanNote } from '../schemas/plan.js';
import type { CourseProgression } from '../schemas/progression.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { contactForYouth, isShownToYouth, planForYouth, progressionForYouth, youthPlanView } from './youth-view.js';

const seed = buildSeed('2026-11-23');
const plan = seed.plans[seedCourseIds.steady] as Plan;
const note = (id: string, kind: PlanNote['kind']): PlanNote => ({ ...plan.notes[0]!, id, kind });

describe('what the young person sees', () => {
  it("leaves out setbacks, the professionals' working notes, and nothing else", () => {
    expect(isShownToYouth({ kind: 'setback' })).to.equal(false);
    expect(isShownToYouth({ kind: 'learning' })).to.equal(true);
    expect(isShownToYouth({ kind: 'success' })).to.equal(true);
  });

  it('takes setbacks out of the plan, and the revisions that only wrote one', () => {
    const at = '2026-11-02T10:00:00.000Z';
    const by = plan.revisions[0]?.by ?? { role: 'professional' as const, name: 'Mette' };
    const withSetback: Plan = {
      ...plan,
      notes: [note('n-learn', 'learning'), note('n-back', 'setback')],
      revisions: [
        { number: 1, at, by, changes: [{ target: 'note', targetId: 'n-back', action: 'added' }], reason: 'Tilbagefald' },
        {
          number: 2,
          at,
          by,
          changes: [
            { target: 'note', targetId: 'n-back', action: 'added' },
            { target: 'note', targetId: 'n-learn', action: 'added' },
          ],
          reason: 'Om tilbagefaldet',
        },
      ],
    };
    const shown = planForYouth(withSetback);
    expect(shown.notes.map((entry) => entry.id)).to.deep.equal(['n-learn']);
    expect(shown.revisions).to.have.length(1);
    expect(shown.revisions[0]!.changes).to.deep.equal([{ target: 'note', targetId: 'n-learn', action: 'added' }]);
    expect(shown.revisions[0]!.reason).to.equal(undefined);
    expect(shown.revisions[0]!.number, 'numbered among what they see: no gap counts the hidden one').to.equal(1);
  });

  it('decides who sees a note change by the kind it had then: removing a note they saw keeps its history and numbers', () => {
    const at = '2026-11-02T10:00:00.000Z';
    const by = { role: 'professional' as const, name: 'Mette' };
    const history: Plan = {
      ...plan,
      notes: [note('n-back', 'setback')],
      revisions: [
        { number: 3, at, by, changes: [{ target: 'note', targetId: 'n-learn', action: 'removed', noteKind: 'learning' }] },
        { number: 2, at, by, changes: [{ target: 'note', targetId: 'n-back', action: 'added', noteKind: 'setback' }] },
        { number: 1, at, by, changes: [{ target: 'note', targetId: 'n-learn', action: 'added', noteKind: 'learning' }] },
      ],
    };
    const shown = planForYouth(history);
    expect(shown.revisions.map((revision) => [revision.number, revision.changes[0]!.action])).to.deep.equal([
      [2, 'removed'],
      [1, 'added'],
    ]);
  });

  it("drops the caseload and the reason for the contact's absence", () => {
    const contact = seed.contacts[seedCourseIds.contactAway] as Contact;
    const shown = contactForYouth({ ...contact, caseload: 21 });
    expect(shown).not.to.have.property('caseload');
    expect(shown.absences.length).to.equal(contact.absences.length);
    for (const absence of shown.absences) expect(absence).not.to.have.property('reason');
  });

  it('takes setback annotations out of the progression', () => {
    const progression = {
      readings: [],
      annotations: [
        { id: 'a1', date: '2026-11-01', kind: 'setback', text: 'x' },
        { id: 'a2', date: '2026-11-02', kind: 'success', text: 'y' },
      ],
    } as unknown as CourseProgression;
    expect(progressionForYouth(progression).annotations.map((annotation) => annotation.id)).to.deep.equal(['a2']);
  });

  it('shows the young person the goals still pursued, what runs now and the notes they may see, in the order given', () => {
    const view = youthPlanView(
      {
        ...plan,
        goals: [
          { ...plan.goals[0]!, id: 'g1', status: 'dropped' },
          { ...plan.goals[0]!, id: 'g2', status: 'reached' },
        ],
        efforts: [
          { ...plan.efforts[0]!, id: 'e1', status: 'active' },
          { ...plan.efforts[0]!, id: 'e2', status: 'paused' },
        ],
      },
      [note('n2', 'success'), note('n1', 'setback'), note('n0', 'learning')],
    );
    expect(view.goals.map((goal) => goal.id)).to.deep.equal(['g2']);
    expect(view.running.map((effort) => effort.id)).to.deep.equal(['e1']);
    expect(view.notes.map((entry) => entry.id)).to.deep.equal(['n2', 'n0']);
  });
});

import { expect } from '@open-wc/testing';
import { buildSeed, offerCatalogue, seedCourseIds } from '../seed/index.js';
import { toPlanUpdate, withEffortInput, withGoalInput, withLifeGoalInput, PlanEditOverlapError, PlanEditTargetGoneError } from './plan-edits.js';
import {
  draftChanged,
  effortDraft,
  effortDraftProblems,
  effortFromDraft,
  goalDraft,
  goalDraftProblems,
  goalFromDraft,
  lifeGoalDraft,
  lifeGoalDraftProblems,
  lifeGoalFromDraft,
  newPlanItemId,
  offerChoiceKey,
  offerChoices,
} from './plan-drafts.js';

const seed = buildSeed('2026-11-23');
const plan = seed.plans[seedCourseIds.steady]!;
const choices = offerChoices(plan, offerCatalogue);
const stored = toPlanUpdate(plan);
const internship = stored.efforts.find((effort) => effort.id === 'e-s1')!;

describe('offer choices', () => {
  it('lists the catalogue and the offers the plan uses, once each, by name', () => {
    const keys = choices.map(offerChoiceKey);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(keys).to.include(offerChoiceKey(internship));
    const names = choices.map((choice) => choice.offer.name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'da')));
  });

  it('keeps an offer the plan uses even when the catalogue no longer has it', () => {
    expect(offerChoices(plan, []).map(offerChoiceKey)).to.have.members(plan.efforts.map(offerChoiceKey));
  });
});

describe('effort drafts', () => {
  it('round-trips an effort unchanged, keeping staff id and the next action as they were', () => {
    const draft = effortDraft(internship, '2026-11-23');
    expect(effortFromDraft(draft, choices, internship)).to.deep.equal(internship);
    expect(draftChanged(draft, effortDraft(internship, '2026-11-23'))).to.equal(false);
  });

  it('a new effort is planned from today and needs an offer and a responsible person', () => {
    const draft = effortDraft(undefined, '2026-11-23');
    expect(draft).to.include({ id: null, status: 'planned', start: '2026-11-23' });
    expect(effortDraftProblems(draft, choices)).to.deep.equal({ offer: 'required', responsible: 'required' });
  });

  it('finds a wrong end, a half next action, a too long text and an offer nobody offers', () => {
    const draft = { ...effortDraft(internship, '2026-11-23'), end: '2026-01-01', nextActionDue: '', how: 'x'.repeat(501), offer: 'o-gone@u-gone' };
    expect(effortDraftProblems(draft, choices)).to.deep.equal({ offer: 'unknownOffer', how: 'tooLong', end: 'endBeforeStart', nextActionDue: 'required' });
    expect(effortDraftProblems({ ...draft, offer: '', nextActionText: '', nextActionDue: '2026-13-40', end: '' }, choices)).to.deep.equal({
      offer: 'required',
      how: 'tooLong',
      nextActionText: 'required',
      nextActionDue: 'invalidDate',
    });
  });

  it('a new effort gets a fresh id, the offer’s unit, trimmed text and the responsible person for its next action', () => {
    const club = choices.find((choice) => choice.offer.id === 'o-klub')!;
    const draft = {
      ...effortDraft(undefined, '2026-11-23'),
      offer: offerChoiceKey(club),
      responsible: ' Maja Friis ',
      nextActionText: ' Første træning ',
      nextActionDue: '2026-11-30',
      goalIds: ['g-s2'],
    };
    expect(effortDraftProblems(draft, choices)).to.deep.equal({});
    const effort = effortFromDraft(draft, choices, undefined);
    expect(effort.id).to.match(/^e-[A-Za-z0-9]{1,20}$/);
    expect(effort).to.deep.include({ unit: club.unit, responsible: { name: 'Maja Friis', unit: club.unit }, start: '2026-11-23', goalIds: ['g-s2'] });
    expect(effort.nextAction).to.deep.equal({ text: 'Første træning', due: '2026-11-30', responsible: { name: 'Maja Friis', unit: club.unit } });
    expect(effort).not.to.have.property('how');
    expect(effort).not.to.have.property('end');
  });

  it('a renamed responsible person loses the old staff id; a changed next action goes to the new person', () => {
    const effort = effortFromDraft({ ...effortDraft(internship, '2026-11-23'), responsible: 'Sofie Lund', nextActionText: 'Ny samtale' }, choices, internship);
    expect(effort.responsible).to.deep.equal({ name: 'Sofie Lund', unit: internship.unit });
    expect(effort.nextAction?.responsible.name).to.equal('Sofie Lund');
  });

  it('clearing the next action sends none', () => {
    expect(effortFromDraft({ ...effortDraft(internship, '2026-11-23'), nextActionText: '', nextActionDue: '' }, choices, internship).nextAction).to.equal(null);
  });
});

describe('goal and life goal drafts', () => {
  it('a new goal of a kind, checked and converted', () => {
    const draft = goalDraft(undefined, 'community');
    expect(goalDraftProblems(draft)).to.deep.equal({ text: 'required' });
    const goal = goalFromDraft({ ...draft, text: '  Gå til klub om torsdagen ', targetDate: '2027-02-01' });
    expect(goal).to.deep.include({ kind: 'community', text: 'Gå til klub om torsdagen', status: 'open', targetDate: '2027-02-01' });
    expect(goal.id).to.match(/^g-/);
    expect(goalDraftProblems({ ...draft, text: 'x', targetDate: '1. feb' })).to.deep.equal({ targetDate: 'invalidDate' });
  });

  it('round-trips a stored goal', () => {
    const goal = stored.goals[0]!;
    expect(goalFromDraft(goalDraft(goal))).to.deep.equal(goal);
  });

  it('the life goal keeps dreams one per line, dropping empty lines', () => {
    const draft = lifeGoalDraft(stored.lifeGoal);
    expect(lifeGoalFromDraft(draft)).to.deep.equal(stored.lifeGoal);
    const edited = lifeGoalFromDraft({ text: ' Tømrer ', dreams: 'Kørekort\n\n  Egen bolig  \n', path: ' ' });
    expect(edited).to.deep.equal({ text: 'Tømrer', dreams: ['Kørekort', 'Egen bolig'] });
    expect(lifeGoalDraftProblems({ text: '', dreams: 'y'.repeat(501), path: '' })).to.deep.equal({ text: 'required', dreams: 'tooLong' });
  });

  it('new ids are opaque and distinct', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newPlanItemId('n')));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(/^n-[A-Za-z0-9]{1,20}$/);
  });
});

describe('adding and editing parts of the plan', () => {
  const edited = { ...internship, how: 'Ringer hver mandag' };

  it('adds an effort at the end and edits one in place', () => {
    const added = { ...edited, id: 'e-new' };
    expect(withEffortInput(plan, added, null).efforts.map((effort) => effort.id)).to.deep.equal(['e-s1', 'e-s2', 'e-s3', 'e-new']);
    expect(withEffortInput(plan, edited, internship).efforts[0]).to.deep.equal(edited);
  });

  it('re-adding what already landed changes nothing', () => {
    const landed = { ...plan, efforts: [...plan.efforts, { ...edited, id: 'e-new', changedAt: plan.efforts[0]!.changedAt }] };
    expect(withEffortInput(landed, { ...edited, id: 'e-new' }, null).efforts).to.have.length(4);
  });

  it('refuses to overwrite someone else’s change to the same effort, or to edit one they removed', () => {
    const theirs = { ...plan, efforts: plan.efforts.map((effort) => (effort.id === 'e-s1' ? { ...effort, status: 'paused' as const } : effort)) };
    expect(() => withEffortInput(theirs, edited, internship)).to.throw(PlanEditOverlapError);
    const removed = { ...plan, efforts: plan.efforts.filter((effort) => effort.id !== 'e-s1') };
    expect(() => withEffortInput(removed, edited, internship)).to.throw(PlanEditTargetGoneError);
    // Someone else made exactly my change: nothing to refuse.
    const same = { ...plan, efforts: plan.efforts.map((effort) => (effort.id === 'e-s1' ? { ...effort, how: edited.how } : effort)) };
    expect(withEffortInput(same, edited, internship).efforts[0]).to.deep.equal(edited);
  });

  it('goals and the life goal follow the same rules', () => {
    const goal = { ...stored.goals[0]!, status: 'reached' as const };
    expect(withGoalInput(plan, goal, stored.goals[0]!).goals[0]).to.deep.equal(goal);
    const theirs = { ...plan, lifeGoal: { ...plan.lifeGoal, text: 'Noget andet' } };
    expect(() => withLifeGoalInput(theirs, { ...stored.lifeGoal, dreams: [] }, stored.lifeGoal)).to.throw(PlanEditOverlapError);
    expect(withLifeGoalInput(plan, { ...stored.lifeGoal, dreams: [] }, stored.lifeGoal).lifeGoal.dreams).to.deep.equal([]);
  });
});

import { expect } from '@open-wc/testing';
import { ContactStore, contactWriteState } from '../contact/contact-store.js';
import { HttpError } from '../errors/http-error.js';
import { createMemoryClient } from '../memory/memory-transport.js';
import { PlanStore, planWriteState } from '../plan/plan-store.js';
import { ProgressionStore, progressionWriteState } from '../progression/progression-store.js';
import { QuestionnaireStore, questionnaireWriteState } from '../questionnaire/questionnaire-store.js';
import { STRATEGIC_CRITERIA_ID } from '../questionnaire/default-definition.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { danishToday } from '../time/calendar.js';

// Every store's write read in one shape (`contactWriteState(state)` and its three siblings): what is kept after a failure, and whose
// version a conflict shows. Each store's own state keeps its richer fields; these are the shared ones.

const seed = buildSeed('2026-11-23');
const now = () => new Date('2026-11-23T09:00:00Z');
const failNextWrite = { kind: 'status', status: 500 } as const;
const noTimers = { setTimeout: () => 0, clearTimeout: () => undefined };

function memory() {
  return createMemoryClient({ seed, retries: 0 });
}

describe('writeState: one shape for every store', () => {
  it('is idle with nothing pending before anything is written', async () => {
    const { client } = memory();
    const contact = new ContactStore({ client, courseId: seedCourseIds.steady, now });
    const plan = new PlanStore({ client, courseId: seedCourseIds.steady, now });
    const progression = new ProgressionStore({ client, courseId: seedCourseIds.steady, now });
    const questionnaire = new QuestionnaireStore({
      client,
      definitionId: STRATEGIC_CRITERIA_ID,
      subject: { kind: 'course', id: seedCourseIds.steady },
      timers: noTimers,
    });
    await Promise.all([contact.load(), plan.load(), progression.load(), questionnaire.load()]);
    const idle = { status: 'idle', pending: undefined, error: null, theirs: null };
    expect(contactWriteState(contact.getSnapshot())).to.deep.equal(idle);
    expect(planWriteState(plan.getSnapshot())).to.deep.equal(idle);
    expect(progressionWriteState(progression.getSnapshot())).to.deep.equal(idle);
    expect(questionnaireWriteState(questionnaire.getSnapshot())).to.deep.equal(idle);
    for (const store of [contact, plan, progression, questionnaire]) store.dispose();
  });

  it('contact: the choice is kept through an error, and a conflict shows their contact', async () => {
    const { client, transport } = memory();
    const store = new ContactStore({ client, courseId: seedCourseIds.steady, now });
    await store.load();
    transport.inject(failNextWrite, { method: 'PATCH', times: 1 });
    await store.choosePreferredChannel('walk');
    expect(contactWriteState(store.getSnapshot())).to.deep.include({ status: 'error', pending: 'walk', theirs: null });
    expect(contactWriteState(store.getSnapshot()).error).to.be.instanceOf(HttpError);

    transport.changeContact(seedCourseIds.steady, (contact) => {
      contact.preferredChannel = 'phone';
    });
    await store.retry();
    const write = contactWriteState(store.getSnapshot());
    expect(write).to.deep.include({ status: 'conflict', pending: 'walk' });
    expect(write.theirs?.preferredChannel).to.equal('phone');
  });

  it('plan: the edits are kept through an error, and a conflict shows their plan', async () => {
    const { client, transport } = memory();
    const store = new PlanStore({ client, courseId: seedCourseIds.steady, now });
    await store.load();
    transport.inject(failNextWrite, { method: 'PUT', times: 1 });
    await store.setEffortStatus('e-s1', 'paused');
    expect(planWriteState(store.getSnapshot())).to.deep.include({
      status: 'error',
      pending: [{ kind: 'effortStatus', effortId: 'e-s1', status: 'paused' }],
      theirs: null,
    });

    transport.changePlan(seedCourseIds.steady, (plan) => {
      plan.efforts[1]!.status = 'paused';
    });
    await store.retry();
    const write = planWriteState(store.getSnapshot());
    expect(write.status).to.equal('conflict');
    expect(write.pending).to.deep.equal([{ kind: 'effortStatus', effortId: 'e-s1', status: 'paused' }]);
    expect(write.theirs?.efforts[1]?.status).to.equal('paused');
    store.dispose();
  });

  it('progression: the reading is kept through an error, under the id it was sent with', async () => {
    const { client, transport } = memory();
    const store = new ProgressionStore({ client, courseId: seedCourseIds.noContact, now, newId: () => 'reading-1', refreshFactsEveryMs: 0 });
    await store.load();
    transport.inject(failNextWrite, { method: 'PUT', times: 1 });
    const input = { scaleId: 'self-belief', value: 5, date: danishToday(now()), ratedBy: 'youth' } as const;
    await store.addReading(input);
    expect(progressionWriteState(store.getSnapshot())).to.deep.include({ status: 'error', pending: { kind: 'reading', id: 'reading-1', input }, theirs: null });
    await store.retry();
    expect(progressionWriteState(store.getSnapshot())).to.deep.equal({ status: 'saved', pending: undefined, error: null, theirs: null });
  });

  it('questionnaire: the answers are pending until the server has them, and kept when it fails', async () => {
    const { client, transport } = memory();
    const store = new QuestionnaireStore({
      client,
      definitionId: STRATEGIC_CRITERIA_ID,
      subject: { kind: 'course', id: seedCourseIds.noContact },
      timers: noTimers,
    });
    await store.load();
    store.answer('relations-non-professionals', 'rating', 2);
    expect(questionnaireWriteState(store.getSnapshot()).pending?.['relations-non-professionals']).to.deep.equal({ rating: 2 });
    transport.inject(failNextWrite, { method: 'PUT', times: 1 });
    await store.flush();
    expect(questionnaireWriteState(store.getSnapshot())).to.deep.include({ status: 'error', theirs: null });
    expect(questionnaireWriteState(store.getSnapshot()).pending?.['relations-non-professionals']).to.deep.equal({ rating: 2 });
    await store.retry();
    expect(questionnaireWriteState(store.getSnapshot())).to.deep.include({ status: 'saved', pending: undefined, error: null });
    store.dispose();
  });
});

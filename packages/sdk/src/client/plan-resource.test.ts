import { expect } from '@open-wc/testing';
import { ConflictError, HttpError, createMemoryClient, type Plan } from '../index.js';
import { seedCourseIds } from '../seed/index.js';

const { steady } = seedCourseIds;

describe('client.plan over the memory transport', () => {
  it('reads a validated plan with its ETag', async () => {
    const { client } = createMemoryClient();
    const plan = await client.plan.get(steady);
    expect(plan?.value.lifeGoal.text).to.contain('tømrer');
    expect(plan?.etag).to.equal('"1"');
  });

  it('saves an update with If-Match and gets the revision back', async () => {
    const { client } = createMemoryClient();
    const { value, etag } = (await client.plan.get(steady))!;
    const update = {
      lifeGoal: { text: value.lifeGoal.text, dreams: value.lifeGoal.dreams, ...(value.lifeGoal.path ? { path: value.lifeGoal.path } : {}) },
      goals: value.goals.map(({ changedAt: _stamp, ...goal }) => goal),
      efforts: value.efforts.map(({ changedAt: _stamp, ...effort }) => (effort.id === 'e-s1' ? { ...effort, status: 'completed' as const } : effort)),
      notes: value.notes,
    };
    const saved = await client.plan.update(steady, update, { ifMatch: etag });
    expect(saved.etag).to.equal('"2"');
    expect(saved.value.revisions[0]?.changes).to.deep.equal([{ target: 'effort', targetId: 'e-s1', action: 'changed' }]);
  });

  it('turns a stale ETag into a ConflictError carrying the other person’s plan', async () => {
    const { client, transport } = createMemoryClient();
    const { value, etag } = (await client.plan.get(steady))!;
    transport.changePlan(steady, (plan) => {
      plan.lifeGoal.text = 'Jeg vil være maler.';
    });
    const error = await client.plan.setComment(steady, 'Hej', { ifMatch: etag }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ConflictError);
    expect((error as ConflictError<Plan>).current?.lifeGoal.text).to.equal('Jeg vil være maler.');
    expect((error as ConflictError<Plan>).currentEtag).to.equal('"2"');
    expect(value.lifeGoal.text).not.to.equal('Jeg vil være maler.');
  });

  it('does not retry a write after a 503, and refuses If-Match: *', async () => {
    const { client, transport } = createMemoryClient({ retries: 2 });
    transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
    const error = await client.plan.setComment(steady, 'Hej', { ifMatch: '"1"' }).catch((caught: unknown) => caught);
    expect((error as HttpError).status).to.equal(503);
    expect(transport.requests.filter((request) => request.startsWith('PUT'))).to.have.length(1);
    const star = await client.plan.setComment(steady, 'Hej', { ifMatch: '*' }).catch((caught: unknown) => caught);
    expect((star as HttpError).status).to.equal(428);
  });
});

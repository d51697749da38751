import { expect } from '@open-wc/testing';
import { ConflictError, HttpError, NetworkError, ResponseValidationError, TimeoutError, createMemoryClient } from '../index.js';
import { seedCourseIds } from '../seed/index.js';

const { steady, noContact } = seedCourseIds;

describe('createClient over the memory transport', () => {
  it('returns a validated contact with its ETag', async () => {
    const { client } = createMemoryClient();
    const contact = await client.contact.get(steady);
    expect(contact?.value.person.name).to.equal('Jonas Kragh');
    expect(contact?.etag).to.equal('"1"');
  });

  it('returns null when no contact is assigned (204)', async () => {
    const { client } = createMemoryClient();
    expect(await client.contact.get(noContact)).to.equal(null);
  });

  it('names the failing field path when a field is missing, and not its value', async () => {
    const { client, transport } = createMemoryClient();
    const contact = (await client.contact.get(steady))!.value;
    const { person: _person, ...withoutPerson } = contact;
    transport.inject({ kind: 'body', body: JSON.stringify({ ...withoutPerson, handovers: 'many' }) });
    const error = await client.contact.get(steady).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).paths).to.have.members(['person', 'handovers']);
    expect((error as Error).message).not.to.contain('many');
    expect((error as Error).message).not.to.contain(steady);
  });

  it('reports broken JSON as a validation error of the body', async () => {
    const { client, transport } = createMemoryClient();
    transport.inject({ kind: 'body', body: '{"courseId": ' });
    const error = await client.contact.get(steady).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues[0]?.code).to.equal('invalid_json');
  });

  it('keeps neither the body text nor the URL anywhere in the error, causes included', async () => {
    const { client, transport } = createMemoryClient({ timeoutMs: 50, retries: 0 });
    transport.inject({ kind: 'body', body: '{"person": {"name": "Jonas Kragh"' }, { times: 1 });
    transport.inject({ kind: 'hang' }, { times: 1 });
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = (await client.contact.get(steady).catch((caught: unknown) => caught)) as Error;
      const everything = [error.message, String(error.stack), String(error.cause), String((error.cause as Error | undefined)?.message)].join(' ');
      expect(everything).not.to.contain('Jonas');
      expect(everything).not.to.contain(steady);
    }
  });

  it('retries a GET after a 503 and succeeds', async () => {
    const { client, transport } = createMemoryClient({ retries: 2 });
    transport.inject({ kind: 'status', status: 503 }, { times: 1 });
    const contact = await client.contact.get(steady);
    expect(contact?.value.courseId).to.equal(steady);
    expect(transport.requests.filter((request) => request.startsWith('GET'))).to.have.length(2);
  });

  it('does not retry a PATCH after a 503', async () => {
    const { client, transport } = createMemoryClient({ retries: 2 });
    const contact = (await client.contact.get(steady))!;
    transport.inject({ kind: 'status', status: 503 });
    const error = await client.contact.setPreferredChannel(steady, 'phone', { ifMatch: contact.etag }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(HttpError);
    expect((error as HttpError).status).to.equal(503);
    expect(transport.requests.filter((request) => request.startsWith('PATCH'))).to.have.length(1);
  });

  it('turns a stale If-Match into a ConflictError carrying the current version', async () => {
    const { client, transport } = createMemoryClient();
    const contact = (await client.contact.get(steady))!;
    transport.changeContact(steady, (current) => {
      current.preferredChannel = 'email';
    });
    const error = await client.contact.setPreferredChannel(steady, 'walk', { ifMatch: contact.etag }).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ConflictError);
    const conflict = error as ConflictError<{ preferredChannel: string }>;
    expect(conflict.current?.preferredChannel).to.equal('email');
    expect(conflict.currentEtag).to.equal('"2"');
  });

  it('times out with a TimeoutError', async () => {
    const { client, transport } = createMemoryClient({ timeoutMs: 50, retries: 0 });
    transport.inject({ kind: 'hang' });
    const error = await client.contact.get(steady).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('reports an unreachable server as a NetworkError after retrying', async () => {
    const { client, transport } = createMemoryClient({ retries: 1 });
    transport.inject({ kind: 'network' });
    const error = await client.contact.get(steady).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(NetworkError);
    expect(transport.requests).to.have.length(2);
  });

  it('sends the bearer token and asks for a fresh one once after a 401', async () => {
    const seen: boolean[] = [];
    const { client, transport } = createMemoryClient({
      getToken: ({ forceRefresh }) => {
        seen.push(forceRefresh);
        return forceRefresh ? 'fresh' : 'stale';
      },
    });
    transport.inject({ kind: 'status', status: 401 }, { times: 1 });
    const contact = await client.contact.get(steady);
    expect(contact?.value.courseId).to.equal(steady);
    expect(seen).to.deep.equal([false, true]);
  });

  it('passes an abort through as an AbortError', async () => {
    const { client, transport } = createMemoryClient();
    transport.inject({ kind: 'hang' });
    const controller = new AbortController();
    const pending = client.contact.get(steady, { signal: controller.signal }).catch((caught: unknown) => caught);
    controller.abort();
    expect(((await pending) as Error).name).to.equal('AbortError');
  });

  it('times out on a body that stalls after the headers', async () => {
    const { client, transport } = createMemoryClient({ timeoutMs: 80, retries: 0 });
    transport.inject({ kind: 'stallBody' });
    const error = await client.contact.get(steady).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(TimeoutError);
  });

  it('stops reading an answer past maxResponseBytes: a validation error too_large; one within it is read', async () => {
    const { client, transport } = createMemoryClient({ retries: 0, maxResponseBytes: 4096 });
    const contact = (await client.contact.get(steady))!.value;
    transport.inject({ kind: 'body', body: JSON.stringify({ ...contact, padding: 'a'.repeat(5000) }) }, { times: 1 });
    const error = await client.contact.get(steady).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).to.deep.equal([{ path: '', code: 'too_large' }]);
    expect(new TextEncoder().encode(JSON.stringify(contact)).byteLength).to.be.below(4096);
    expect((await client.contact.get(steady))?.value).to.deep.equal(contact);
  });

  it('reports a connection cut in the middle of the body as a NetworkError', async () => {
    const { client, transport } = createMemoryClient({ retries: 0 });
    transport.inject({ kind: 'cutBody' });
    const error = await client.contact.get(steady).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(NetworkError);
  });

  it("stringifies every error without personal data, a conflict's other version included", async () => {
    const { client, transport } = createMemoryClient({ retries: 0 });
    const contact = (await client.contact.get(steady))!;
    transport.changeContact(steady, (current) => {
      current.preferredChannel = 'email';
    });
    const conflict = (await client.contact.setPreferredChannel(steady, 'walk', { ifMatch: contact.etag }).catch((caught: unknown) => caught)) as ConflictError;
    expect(conflict.current, 'the store still gets the other version').to.not.equal(undefined);
    transport.inject({ kind: 'body', body: JSON.stringify({ ...contact.value, handovers: -1 }) });
    const invalid = await client.contact.get(steady).catch((caught: unknown) => caught);
    for (const error of [conflict, invalid]) {
      const serialised = JSON.stringify(error) + JSON.stringify({ ...(error as object) });
      for (const secret of ['Jonas', 'Kragh', 'fjordby.example', '12 34', steady]) expect(serialised).not.to.contain(secret);
    }
    expect(JSON.parse(JSON.stringify(invalid))).to.deep.include({ kind: 'validation', issues: [{ path: 'handovers', code: 'too_small' }] });
  });
});

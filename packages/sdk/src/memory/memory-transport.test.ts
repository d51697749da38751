import { expect } from '@open-wc/testing';
import { contactForYouth, planForYouth, progressionForYouth } from '../access/youth-view.js';
import { operations } from '../resources.js';
import { ChannelKind, type Contact } from '../schemas/contact.js';
import type { Plan } from '../schemas/plan.js';
import type { CourseProgression } from '../schemas/progression.js';
import { buildSeed, seedCourseIds, seedUserIds } from '../seed/index.js';
import type { FhirBundle } from '../fhir/fhir-types.js';
import { createMemoryClient, MemoryTransport } from './memory-transport.js';

const seed = buildSeed('2026-11-23');
const courseIds = Object.values(seedCourseIds).filter((courseId) => courseId in seed.contacts);

async function read(transport: MemoryTransport, path: string, init?: RequestInit): Promise<{ status: number; etag: string | null; body: unknown }> {
  const response = await transport.fetch(`${transport.baseUrl}${path}`, init);
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), body: text ? (JSON.parse(text) as unknown) : null };
}

describe('the memory transport', () => {
  it('answers every operation of the contract’s table with its handler', async () => {
    const transport = new MemoryTransport({ seed });
    // Not served in memory (no sign-in, no audit log): they answer as an unknown path does.
    const notServed = new Set<string>(['getMe', 'getCourseAudit']);
    for (const [id, operation] of Object.entries(operations)) {
      const path = operation.route.template.replace(/\{(\w+)\}/g, (_whole, name: string) =>
        name === 'courseId' ? seedCourseIds.steady : name === 'subjectKind' ? 'course' : `${name}-1`,
      );
      const { status, body } = await read(transport, path, {
        method: operation.method,
        headers: { 'content-type': 'application/json' },
        body: operation.method === 'GET' ? null : '{}',
      });
      expect(status, id).not.to.equal(405);
      if (notServed.has(id)) expect(body, id).to.deep.include({ status: 404, title: 'Not found' });
      else expect((body as { title?: string } | null)?.title, id).not.to.equal('Not found');
    }
  });

  it('answers 404 for a path the contract does not have, and 405 with Allow for another method of one it has', async () => {
    const transport = new MemoryTransport({ seed });
    for (const path of ['/courses/c-1/plans', `/courses/${seedCourseIds.steady}/plan/extra`, '/questionnaires/q-1/unknown']) {
      expect((await read(transport, path)).body).to.deep.equal({ type: 'about:blank', title: 'Not found', status: 404 });
    }
    expect((await transport.fetch(`${transport.origin}/elsewhere/courses/${seedCourseIds.steady}/plan`)).status).to.equal(404);
    const refused = await transport.fetch(`${transport.baseUrl}/courses/${seedCourseIds.steady}/plan`, { method: 'DELETE' });
    expect(refused.status).to.equal(405);
    expect(refused.headers.get('allow')).to.equal('GET, PUT');
    expect(await refused.json()).to.deep.equal({ type: 'about:blank', title: 'Method not allowed', status: 405 });
    expect(transport.requests.at(-1)).to.equal(`DELETE /api/v1/courses/${seedCourseIds.steady}/plan`);
  });

  it('shows a young person what the youth-view rule lets them see, and staff everything (the default)', async () => {
    const staff = new MemoryTransport({ seed });
    const youth = new MemoryTransport({ seed, audience: 'youth' });
    const rules = { contact: contactForYouth, plan: planForYouth, progression: progressionForYouth } as Record<string, (resource: never) => unknown>;
    let hidden = 0;
    for (const courseId of courseIds) {
      for (const [resource, forYouth] of Object.entries(rules)) {
        const all = await read(staff, `/courses/${courseId}/${resource}`);
        const shown = await read(youth, `/courses/${courseId}/${resource}`);
        expect(shown.status, `${resource} ${courseId}`).to.equal(all.status);
        // Their own tag, of what they are shown, wherever staff get a version's.
        if (all.etag) expect(shown.etag, `${resource} ${courseId}`).to.match(/^"y-/);
        else expect(shown.etag).to.equal(null);
        if (all.body === null) continue;
        expect(shown.body, `${resource} ${courseId}`).to.deep.equal(forYouth(all.body as never));
        if (JSON.stringify(shown.body) !== JSON.stringify(all.body)) hidden += 1;
      }
    }
    // The seed has caseloads, absence reasons, setback notes and setback annotations to hide.
    expect(hidden).to.be.greaterThan(2);
  });

  it('shows a young person the youth view in answers to their writes and in a conflict’s current', async () => {
    const youth = new MemoryTransport({ seed, audience: 'youth' });
    const { contactAway, steady } = seedCourseIds;
    const contact = await read(youth, `/courses/${contactAway}/contact`);
    const patched = await read(youth, `/courses/${contactAway}/contact`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'if-match': contact.etag! },
      body: JSON.stringify({ preferredChannel: 'sms' }),
    });
    expect(patched.status).to.equal(200);
    expect(patched.body).to.deep.equal(contactForYouth({ ...(seed.contacts[contactAway] as Contact), preferredChannel: 'sms' }));

    const comment = { method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': '"0"' }, body: JSON.stringify({ text: 'Godt' }) };
    const conflict = await read(youth, `/courses/${steady}/plan/comment`, comment);
    expect(conflict.status).to.equal(412);
    expect((conflict.body as { current: Plan }).current).to.deep.equal(planForYouth(seed.plans[steady]!));
    const progression = await read(youth, `/courses/${steady}/progression`);
    expect(progression.body).to.deep.equal(progressionForYouth(seed.progression.courses[steady] as CourseProgression));
  });

  it('with signIn, answers each seed user as the server does: 401 without one, their access rule, their view, their name', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const youth = seed.courses.find((course) => course.id === seedCourseIds.contactAway)!.citizen.id;
    const as = (subject: string | null, init: RequestInit = {}) => ({
      ...init,
      headers: { ...(subject ? { authorization: `Bearer ${subject}` } : {}), ...init.headers },
    });
    const plan = `/courses/${seedCourseIds.contactAway}/plan`;
    expect((await read(transport, plan, as(null))).status).to.equal(401);
    expect((await read(transport, plan, as('nobody-of-the-seed'))).status, 'no user of the service').to.equal(403);
    expect((await read(transport, plan, as(seedUserIds.teamNord))).status, 'his team').to.equal(200);
    expect((await read(transport, plan, as(seedUserIds.teamSyd))).status, 'another team').to.equal(403);
    expect((await read(transport, plan, as(seedUserIds.administrator))).status, 'no course data').to.equal(403);
    const mine = await read(transport, plan, as(youth));
    expect(mine.body).to.deep.equal(planForYouth(seed.plans[seedCourseIds.contactAway]!));
    const staffTag = (await read(transport, plan, as(seedUserIds.teamNord))).etag!;
    expect(mine.etag, 'their own tag').to.match(/^"y-/);
    transport.changePlan(seedCourseIds.contactAway, (stored) => {
      stored.notes.push({ ...stored.notes[0]!, id: 'n-hidden', kind: 'setback' });
    });
    expect((await read(transport, plan, as(youth))).etag, 'unmoved by an edit they are not shown').to.equal(mine.etag);
    expect((await read(transport, plan, as(seedUserIds.teamNord))).etag, 'staff see a new version').not.to.equal(staffTag);
    const comment = (tag: string) =>
      read(
        transport,
        `${plan}/comment`,
        as(youth, { method: 'PUT', headers: { 'content-type': 'application/json', 'if-match': tag }, body: JSON.stringify({ text: 'Hej' }) }),
      );
    expect((await comment(staffTag)).status, 'a staff tag is none of theirs').to.equal(412);
    expect((await comment(mine.etag!)).status).to.equal(200);
    expect((await read(transport, `/courses/${seedCourseIds.steady}/plan`, as(youth))).status, 'not theirs').to.equal(403);
    const me = await read(transport, '/me', as(seedUserIds.teamNord));
    expect(me.body).to.deep.include({ subject: seedUserIds.teamNord, role: 'professional', name: 'Jonas Kragh' });
    const written = await read(
      transport,
      `/courses/${seedCourseIds.contactAway}/progression/readings/r-signed`,
      as(seedUserIds.teamNord, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scaleId: seed.progression.scaleSet.scales[0]!.id, value: 1, date: '2026-11-20', ratedBy: 'professional' }),
      }),
    );
    expect(written.status).to.equal(201);
    expect((written.body as { author: string }).author).to.equal('Jonas Kragh');
  });

  it('holds the rules the server holds: a channel the contact does not offer, both draft conditions at once', async () => {
    const transport = new MemoryTransport({ seed });
    const { steady } = seedCourseIds;
    const contact = await read(transport, `/courses/${steady}/contact`);
    const offered = new Set((contact.body as Contact).channels.map((channel) => channel.kind));
    const missing = ChannelKind.options.find((kind) => !offered.has(kind))!;
    const patch = (preferredChannel: string, etag: string) =>
      read(transport, `/courses/${steady}/contact`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'if-match': etag },
        body: JSON.stringify({ preferredChannel }),
      });
    const refused = await patch(missing, contact.etag!);
    expect([refused.status, (refused.body as { errors: unknown }).errors]).to.deep.equal([400, [{ path: 'preferredChannel', code: 'not_offered' }]]);
    expect((await patch(missing, '"0"')).status).to.equal(412);

    const draft = `/questionnaires/strategic-criteria/subjects/course/${steady}/draft`;
    const put = (headers: Record<string, string>) =>
      read(transport, draft, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ definitionVersion: 1, answers: {} }),
      });
    const created = await put({ 'if-none-match': '*' });
    expect(created.status).to.equal(201);
    expect((await put({ 'if-match': created.etag!, 'if-none-match': '*' })).status).to.equal(412);
  });

  it('answers a course as FHIR from what it holds now, as application/fhir+json; a young person without rounds or staff-only notes', async () => {
    const { steady } = seedCourseIds;
    const staff = createMemoryClient({ seed }).client;
    const youth = createMemoryClient({ seed, audience: 'youth' }).client;
    const note = { text: 'Kun til kolleger: en note fra hukommelsen.', sharedWithYouth: false };
    await staff.contactLog.log(steady, 'k-memory-fhir', { at: new Date().toISOString(), channel: 'phone', initiative: 'professional', outcome: 'held', note });
    const kinds = (bundle: FhirBundle) => bundle.entry.map((entry) => entry.resource.resourceType);
    const theirs = await staff.fhir.course(steady);
    expect(JSON.stringify(theirs)).to.include(note.text, 'what was written in memory is in it');
    expect(kinds(theirs)).to.include('QuestionnaireResponse');
    // Another transport, another state: the youth view of the seed's course.
    const mine = await youth.fhir.course(steady);
    expect(kinds(mine)).not.to.include('QuestionnaireResponse');
    for (const entry of seed.contactLogs[steady]!.entries)
      if (entry.note && !entry.note.sharedWithYouth) expect(JSON.stringify(mine)).not.to.include(entry.note.text);
    const raw = await new MemoryTransport({ seed }).fetch(`https://memory.ungeforlob.invalid/api/v1/courses/${steady}/fhir`);
    expect(raw.headers.get('content-type')).to.equal('application/fhir+json; charset=utf-8');
  });
});

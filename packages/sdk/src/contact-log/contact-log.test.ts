import { expect } from '@open-wc/testing';
import { createClient } from '../client/create-client.js';
import { isConflictError, isHttpError } from '../errors/type-guards.js';
import { MemoryTransport } from '../memory/memory-transport.js';
import { ProgressionStore } from '../progression/progression-store.js';
import type { ContactEntryInput, ContactLog } from '../schemas/contact-log.js';
import { buildSeed, seedCourseIds, seedUserIds } from '../seed/index.js';
import { danishDateTime } from '../time/calendar.js';
import { deriveContactLogFacts } from './contact-log-facts.js';
import { logEntry } from './contact-log-rules.js';
import { ContactLogStore } from './contact-log-store.js';

const today = '2026-11-23';
const noon = () => new Date('2026-11-23T11:00:00Z');
const seed = buildSeed(today);
const { steady, contactAway, noContact } = seedCourseIds;
const citizenOf = (courseId: string) => seed.courses.find((course) => course.id === courseId)!.citizen.id;

function signedIn(transport: MemoryTransport, subject: string) {
  return createClient({ baseUrl: transport.baseUrl, fetch: transport.fetch, getToken: () => subject });
}

const walk = (at: string, note: ContactEntryInput['note'] = null): ContactEntryInput => ({
  at,
  channel: 'walk',
  initiative: 'professional',
  outcome: 'held',
  note,
});

function logOf(entries: { at: string; outcome: 'held' | 'noShow' }[], rhythm: { everyDays: number; from: string } | null): ContactLog {
  return {
    courseId: 'c-1',
    rhythm: rhythm && { ...rhythm, version: 1, changedAt: '2026-01-01T10:00:00Z', changedBy: 'Jonas Kragh' },
    entries: entries.map((entry, index) => ({ id: `k-${index}`, ...walk(entry.at), outcome: entry.outcome, by: 'Jonas Kragh', loggedAt: entry.at })),
  };
}

describe('contact log facts', () => {
  it('counts the next contact from the last held one, and flags the rhythm broken the day after it was due', () => {
    const log = logOf([{ at: '2026-11-09T10:00:00Z', outcome: 'held' }], { everyDays: 14, from: '2026-10-01' });
    expect(deriveContactLogFacts(log, new Date('2026-11-23T10:00:00Z'))).to.include({
      nextDue: '2026-11-23',
      overdue: false,
      daysOverdue: 0,
      daysSinceLastContact: 14,
    });
    expect(deriveContactLogFacts(log, new Date('2026-11-24T10:00:00Z'))).to.include({ overdue: true, daysOverdue: 1 });
  });

  it('counts from the rhythm’s first day when no contact has been held since, and has no due day without a rhythm', () => {
    const log = logOf([{ at: '2026-09-01T10:00:00Z', outcome: 'held' }], { everyDays: 7, from: '2026-11-20' });
    expect(deriveContactLogFacts(log, noon()).nextDue).to.equal('2026-11-27');
    const without = deriveContactLogFacts({ ...log, rhythm: null }, noon());
    expect(without).to.include({ nextDue: null, overdue: false, lastContactOn: '2026-09-01' });
  });

  it('flags two no-shows in a row since the last held contact, not a no-show before it', () => {
    const facts = (outcomes: ('held' | 'noShow')[]) =>
      deriveContactLogFacts(
        logOf(
          outcomes.map((outcome, day) => ({ at: `2026-11-1${day}T10:00:00Z`, outcome })),
          null,
        ),
        noon(),
      );
    expect(facts(['held', 'noShow', 'noShow'])).to.include({ missedInARow: 2, missedFlag: true });
    expect(facts(['noShow', 'held', 'noShow'])).to.include({ missedInARow: 1, missedFlag: false });
    expect(facts(['noShow', 'noShow'])).to.include({ missedInARow: 2, missedFlag: true, lastContact: null });
  });

  it('shows the seed’s broken rhythm and its two no-shows on the contact-away course', () => {
    const facts = deriveContactLogFacts(seed.contactLogs[contactAway]!, noon());
    expect(facts.overdue).to.equal(true);
    expect(facts.missedFlag).to.equal(true);
    expect(deriveContactLogFacts(seed.contactLogs[steady]!, noon()).overdue).to.equal(false);
  });

  it('refuses a contact more than five minutes ahead of the clock, not one a phone’s fast clock put a minute ahead', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(logEntry('k-1', walk('2026-11-23T10:06:00Z'), null, { by: 'Jonas', now }).kind).to.equal('invalid');
    expect(logEntry('k-1', walk('2026-11-23T10:01:00Z'), null, { by: 'Jonas', now }).kind).to.equal('added');
  });
});

describe('the contact log over the contract', () => {
  it('logs a contact once per id, refuses the id with other content, and keeps staff-only notes from the young person', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const jonas = signedIn(transport, seedUserIds.teamNord);
    const amalie = signedIn(transport, citizenOf(steady));
    const at = danishDateTime(today, '09:00');
    const first = await jonas.contactLog.log(steady, 'k-test1', walk(at, { text: 'Kun for os', sharedWithYouth: false }));
    expect(first.created).to.equal(true);
    expect(first.entry.by).to.equal('Jonas Kragh');
    const again = await jonas.contactLog.log(steady, 'k-test1', walk(at, { text: 'Kun for os', sharedWithYouth: false }));
    expect(again).to.deep.include({ created: false });
    const other = await jonas.contactLog.log(steady, 'k-test1', walk(at)).catch((error: unknown) => error);
    expect(isConflictError(other)).to.equal(true);

    const seen = await amalie.contactLog.get(steady);
    expect(seen.entries.find((entry) => entry.id === 'k-test1')?.note).to.equal(null);
    expect(seen.entries.every((entry) => entry.note === null || entry.note.sharedWithYouth)).to.equal(true);
    expect(seen.entries.some((entry) => entry.note?.sharedWithYouth)).to.equal(true);
    const byYouth = await amalie.contactLog.log(steady, 'k-test2', walk(at)).catch((error: unknown) => error);
    expect(isHttpError(byYouth) && byYouth.status).to.equal(403);
  });

  it('agrees a rhythm, refuses a second first agreement and a stale change with the rhythm that won', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const peter = signedIn(transport, seedUserIds.teamSyd);
    const agreed = await peter.contactLog.setRhythm(noContact, { everyDays: 14, from: today });
    expect(agreed.version).to.equal(1);
    const twice = await peter.contactLog.setRhythm(noContact, { everyDays: 7, from: today }).catch((error: unknown) => error);
    expect(isConflictError(twice) && twice.current).to.deep.include({ everyDays: 14 });
    const changed = await peter.contactLog.setRhythm(noContact, { everyDays: 7, words: 'Ugentligt i praktikken', from: today }, { basedOn: 1 });
    expect(changed).to.deep.include({ version: 2, everyDays: 7 });
    const stale = await peter.contactLog.setRhythm(noContact, { everyDays: 30, from: today }, { basedOn: 1 }).catch((error: unknown) => error);
    expect(isConflictError(stale) && stale.current).to.deep.include({ version: 2 });
  });
});

describe('ContactLogStore', () => {
  it('shows a logged contact at once in every store of the client on the course, and in the progression’s passivity', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamNord);
    const log = new ContactLogStore({ client, courseId: contactAway, now: noon, refreshFactsEveryMs: 0, newId: () => 'k-new1' });
    const card = new ContactLogStore({ client, courseId: contactAway, now: noon, refreshFactsEveryMs: 0 });
    const progression = new ProgressionStore({ client, courseId: contactAway, now: noon, refreshFactsEveryMs: 0, lastPlanActivity: null });
    await Promise.all([log.load(), card.load(), progression.load()]);
    expect(card.getSnapshot().facts?.overdue).to.equal(true);
    expect(progression.getSnapshot().facts?.passivity.lastContact).to.equal(
      seed.contactLogs[contactAway]!.entries.find((entry) => entry.outcome === 'held')!.at.slice(0, 10),
    );

    const stored = await log.logContact(walk(danishDateTime(today, '10:30')));
    expect(stored).to.equal(true);
    expect(card.getSnapshot().facts).to.include({ lastContactOn: today, overdue: false, missedInARow: 0 });
    expect(card.getSnapshot().log?.entries[0]?.id).to.equal('k-new1');
    expect(progression.getSnapshot().facts?.passivity).to.include({ lastContact: today, lastActivity: today, passive: false });
    for (const store of [log, card, progression]) store.dispose();
  });

  it('keeps what was given through a failure and sends it again under the same id', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamNord);
    let ids = 0;
    const store = new ContactLogStore({ client, courseId: steady, now: noon, refreshFactsEveryMs: 0, newId: () => `k-retry${++ids}` });
    await store.load();
    transport.inject({ kind: 'status', status: 503 }, { method: 'PUT', times: 1 });
    const input = walk(danishDateTime(today, '08:00'));
    expect(await store.logContact(input)).to.equal(false);
    expect(store.getSnapshot().write).to.deep.include({ status: 'error', action: { kind: 'log', entryId: 'k-retry1', input } });
    expect(await store.retry()).to.equal(true);
    expect(store.getSnapshot().log?.entries.filter((entry) => entry.id === 'k-retry1')).to.have.length(1);
    expect(store.getSnapshot().write.status).to.equal('saved');
    store.dispose();
  });

  it('refuses a write before the log is loaded, rather than publish a made-up log', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamNord);
    const store = new ContactLogStore({ client, courseId: steady, now: noon, refreshFactsEveryMs: 0 });
    expect(await store.logContact(walk(danishDateTime(today, '08:00')))).to.equal(false);
    expect(store.getSnapshot().write.error?.name).to.equal('NotLoadedError');
    expect(store.getSnapshot().log).to.equal(null);
    expect(transport.requests.filter((request) => request.startsWith('PUT'))).to.deep.equal([]);
    store.dispose();
  });

  it('two stores writing at once keep both writes: a rhythm changed by one and a contact logged by the other', async () => {
    const transport = new MemoryTransport({ seed, signIn: true, latencyMs: 20 });
    const client = signedIn(transport, seedUserIds.teamNord);
    const card = new ContactLogStore({ client, courseId: steady, now: noon, refreshFactsEveryMs: 0 });
    const log = new ContactLogStore({ client, courseId: steady, now: noon, refreshFactsEveryMs: 0, newId: () => 'k-both' });
    await Promise.all([card.load(), log.load()]);
    await Promise.all([card.setRhythm({ everyDays: 7, from: today }), log.logContact(walk(danishDateTime(today, '08:30')))]);
    for (const store of [card, log]) {
      expect(store.getSnapshot().log?.rhythm).to.deep.include({ everyDays: 7, version: 2 });
      expect(store.getSnapshot().log?.entries.some((entry) => entry.id === 'k-both')).to.equal(true);
    }
    card.dispose();
    log.dispose();
  });

  it('sends a contact again under a new id after its id was taken (409), never under the taken one', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamNord);
    let ids = 0;
    const store = new ContactLogStore({ client, courseId: steady, now: noon, refreshFactsEveryMs: 0, newId: () => (++ids === 1 ? 'k-s1' : `k-fresh${ids}`) });
    await store.load();
    const input = walk(danishDateTime(today, '07:45'));
    expect(await store.logContact(input)).to.equal(false);
    expect(store.getSnapshot().write.status).to.equal('conflict');
    expect(await store.retry()).to.equal(true);
    expect(store.getSnapshot().log?.entries.find((entry) => entry.id === 'k-fresh2')?.at).to.equal(input.at);
    store.dispose();
  });

  it('counts contacts in passivity with the progression alone on the page, and claims none when the case system keeps no log', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamNord);
    const progression = new ProgressionStore({ client, courseId: steady, now: noon, refreshFactsEveryMs: 0, lastPlanActivity: null });
    await progression.load();
    expect(progression.getSnapshot().facts?.passivity).to.deep.include({ contactKnown: true, lastContact: '2026-11-19' });
    progression.dispose();
    const keepsNone = createClient({
      baseUrl: transport.baseUrl,
      getToken: () => seedUserIds.teamNord,
      retries: 0,
      fetch: (input, init) =>
        String(input instanceof Request ? input.url : input).endsWith('/contact-log')
          ? Promise.resolve(new Response(null, { status: 404 }))
          : transport.fetch(input, init),
    });
    const alone = new ProgressionStore({ client: keepsNone, courseId: steady, now: noon, refreshFactsEveryMs: 0, lastPlanActivity: null });
    await alone.load();
    expect(alone.getSnapshot().status).to.equal('ready');
    expect(alone.getSnapshot().facts?.passivity).to.deep.include({ contactKnown: false, lastContact: null });
    alone.dispose();
  });

  it('on a rhythm changed meanwhile, shows the rhythm that won and keeps the user’s own to send again', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const client = signedIn(transport, seedUserIds.teamNord);
    const other = signedIn(transport, seedUserIds.teamNord);
    const store = new ContactLogStore({ client, courseId: steady, now: noon, refreshFactsEveryMs: 0 });
    await store.load();
    await other.contactLog.setRhythm(steady, { everyDays: 7, from: today }, { basedOn: 1 });
    const mine = { everyDays: 30, from: today };
    expect(await store.setRhythm(mine)).to.equal(false);
    expect(store.getSnapshot().write).to.deep.include({ status: 'conflict', action: { kind: 'rhythm', input: mine } });
    expect(store.getSnapshot().log?.rhythm).to.deep.include({ everyDays: 7, version: 2 });
    expect(await store.retry()).to.equal(true);
    expect(store.getSnapshot().log?.rhythm).to.deep.include({ everyDays: 30, version: 3 });
    store.dispose();
  });
});

describe('contact log dates', () => {
  it('refuses a year outside 2000–2099 in a contact’s time or a rhythm’s first day, which the widgets could not show', async () => {
    const transport = new MemoryTransport({ seed, signIn: true });
    const jonas = signedIn(transport, seedUserIds.teamNord);
    for (const attempt of [
      () => jonas.contactLog.log(steady, 'k-year0', walk('0026-11-23T10:00:00+01:00')),
      () => jonas.contactLog.setRhythm(steady, { everyDays: 7, from: '9999-12-31' }, { basedOn: 1 }),
    ]) {
      const refused = await attempt().catch((error: unknown) => error);
      expect(isHttpError(refused) && refused.status).to.equal(400);
    }
    expect((await jonas.contactLog.setRhythm(steady, { everyDays: 7, from: '2026-12-01' }, { basedOn: 1 })).from).to.equal('2026-12-01');
  });
});

import { expect } from '@open-wc/testing';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import type { Channel, Contact } from '../schemas/contact.js';
import { aftercareStatus, channelHref, deriveContactFacts, initials, isChannelOpen } from './contact-facts.js';

const today = '2026-11-23'; // a Monday
const seed = buildSeed(today);
const contactOf = (courseId: string) => seed.contacts[courseId] as Contact;
/** 10:00 Danish time (UTC+1 in winter) on the given date. */
const morning = (date: string) => new Date(`${date}T09:00:00Z`);

describe('deriveContactFacts', () => {
  it('finds the absence covering today, so its deputy can be shown first', () => {
    const facts = deriveContactFacts(contactOf(seedCourseIds.contactAway), morning(today));
    expect(facts.currentAbsence?.deputy.person.name).to.equal('Sofie Lund');
    expect(facts.upcomingAbsence).to.equal(null);
  });

  it("says which of the contact's and the deputy's channels are staffed now", () => {
    const facts = deriveContactFacts(contactOf(seedCourseIds.contactAway), morning(today)); // Monday 10:00
    expect(facts.openChannels).to.have.members(['phone', 'sms']);
    expect(facts.deputyOpenChannels).to.have.members(['phone', 'sms']);
    const evening = deriveContactFacts(contactOf(seedCourseIds.contactAway), new Date(`${today}T20:00:00Z`));
    expect(evening.deputyOpenChannels).to.deep.equal([]);
  });

  it('announces an absence starting within 14 days, and not one further away', () => {
    const contact = contactOf(seedCourseIds.steady); // holiday from today + 20
    expect(deriveContactFacts(contact, morning(today)).upcomingAbsence).to.equal(null);
    expect(deriveContactFacts(contact, morning('2026-12-01')).upcomingAbsence?.reason).to.equal('holiday');
  });

  it('treats the absence dates as inclusive', () => {
    const contact = contactOf(seedCourseIds.contactAway); // today - 2 … today + 5
    expect(deriveContactFacts(contact, morning('2026-11-28')).currentAbsence).not.to.equal(null);
    expect(deriveContactFacts(contact, morning('2026-11-29')).currentAbsence).to.equal(null);
  });

  it('counts the days this contact has held the course', () => {
    expect(deriveContactFacts(contactOf(seedCourseIds.manyHandovers), morning(today)).tenureDays).to.equal(31);
  });
});

describe('upcomingAppointment', () => {
  const contact = contactOf(seedCourseIds.steady); // a walk in 3 days, 10.00–11.00
  const start = Date.parse(contact.nextAppointment!.start);
  it('is the next appointment until it has ended', () => {
    expect(deriveContactFacts(contact, morning(today)).upcomingAppointment).to.equal(contact.nextAppointment);
    expect(deriveContactFacts(contact, new Date(start + 30 * 60_000)).upcomingAppointment).to.equal(contact.nextAppointment);
  });
  it('is gone once it has ended, even if the case system still lists it', () => {
    expect(deriveContactFacts(contact, new Date(start + 61 * 60_000)).upcomingAppointment).to.equal(null);
  });
});

describe('aftercareStatus', () => {
  const aftercare = { courseEndedOn: '2026-09-23', until: '2027-03-23' };
  it('is none without aftercare', () => expect(aftercareStatus({ aftercare: null }, today)).to.deep.equal({ state: 'none' }));
  it('is upcoming before the course ends', () => expect(aftercareStatus({ aftercare }, '2026-09-01').state).to.equal('upcoming'));
  it('is active with the days left, the last day included', () => {
    expect(aftercareStatus({ aftercare }, today)).to.deep.equal({ state: 'active', until: '2027-03-23', daysLeft: 120 });
    expect(aftercareStatus({ aftercare }, '2027-03-23')).to.deep.equal({ state: 'active', until: '2027-03-23', daysLeft: 0 });
  });
  it('has ended the day after', () => expect(aftercareStatus({ aftercare }, '2027-03-24').state).to.equal('ended'));
});

describe('isChannelOpen', () => {
  const phone: Channel = { kind: 'phone', phone: '+45 12 34 56 78', hours: [{ days: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' }] };
  it('uses Danish time, not the machine zone', () => {
    expect(isChannelOpen(phone, new Date('2026-11-23T07:29:00Z'))).to.equal(false); // 08:29 in Copenhagen
    expect(isChannelOpen(phone, new Date('2026-11-23T07:30:00Z'))).to.equal(true); // 08:30
    expect(isChannelOpen(phone, new Date('2026-11-23T14:30:00Z'))).to.equal(false); // 15:30, closed
  });
  it('follows summer time', () => expect(isChannelOpen(phone, new Date('2026-06-15T06:30:00Z'))).to.equal(true)); // 08:30 CEST
  it('is closed at weekends', () => expect(isChannelOpen(phone, new Date('2026-11-22T10:00:00Z'))).to.equal(false));
  it('is never open without fixed hours', () => expect(isChannelOpen({ kind: 'email', email: 'a@b.dk', hours: [] }, morning(today))).to.equal(false));
});

describe('channelHref', () => {
  it('builds tel:, sms: and mailto: from validated parts', () => {
    expect(channelHref({ kind: 'phone', phone: '+45 12 34 56 78', hours: [] })).to.equal('tel:+4512345678');
    expect(channelHref({ kind: 'sms', phone: '12345678', hours: [] })).to.equal('sms:12345678');
    expect(channelHref({ kind: 'email', email: 'jonas.kragh@fjordby.example', hours: [] })).to.equal('mailto:jonas.kragh@fjordby.example');
  });
  it('never makes a link from anything else', () => {
    expect(channelHref({ kind: 'walk', place: 'javascript:alert(1)', hours: [] })).to.equal(null);
    expect(channelHref({ kind: 'phone', phone: 'javascript:alert(1)', hours: [] })).to.equal(null);
    expect(channelHref({ kind: 'email', email: 'x@y.dk?body=javascript:alert(1)', hours: [] })).to.equal(null);
  });
});

describe('initials', () => {
  it('takes the first and last name', () => expect(initials('Peter Nørgaard')).to.equal('PN'));
  it('handles hyphenated and single names', () => {
    expect(initials('Sara El-Amin')).to.equal('SA');
    expect(initials('Ali')).to.equal('A');
  });
});

import { expect } from '@open-wc/testing';
import type { Channel, Contact } from '../schemas/contact.js';
import { buildSeed, seedCourseIds } from '../seed/index.js';
import { channelAddress, firstName, preferredChannelChoices } from './contact-view.js';

const seed = buildSeed('2026-11-23');
const contactOf = (courseId: string) => seed.contacts[courseId] as Contact;

describe('contact view', () => {
  it('speaks of a person by their first name, whatever the spacing', () => {
    expect(firstName({ id: 'p', name: '  Mette   Holm Jensen ' })).to.equal('Mette');
    expect(firstName({ id: 'p', name: 'Ali' })).to.equal('Ali');
  });

  it("shows a channel's number, address or place", () => {
    const phone = { kind: 'phone', phone: '+45 12 34 56 78', hours: [] } as unknown as Channel;
    const email = { kind: 'email', email: 'mette@kommune.dk', hours: [] } as unknown as Channel;
    const meeting = { kind: 'inPerson', place: 'Ungecentret', hours: [] } as unknown as Channel;
    const walk = { kind: 'walk', hours: [] } as unknown as Channel;
    expect([phone, email, meeting, walk].map(channelAddress)).to.deep.equal(['+45 12 34 56 78', 'mette@kommune.dk', 'Ungecentret', undefined]);
  });

  it('offers each kind of channel once, then no preference', () => {
    const contact = contactOf(seedCourseIds.steady);
    const choices = preferredChannelChoices(contact);
    expect(choices.at(-1)).to.equal(null);
    expect(choices.slice(0, -1)).to.deep.equal([...new Set(contact.channels.map((channel) => channel.kind))]);
  });

  it('offers nothing to choose when the contact has no channels', () => {
    expect(preferredChannelChoices({ ...contactOf(seedCourseIds.steady), channels: [] })).to.deep.equal([]);
  });
});

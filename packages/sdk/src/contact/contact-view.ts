import type { FieldProblem } from '../schemas/common.js';
import type { Channel, ChannelKind, Contact, StaffPerson } from '../schemas/contact.js';

/** A person's first name: the young person's card speaks of the contact by first name (seed 003, "Relationen"). */
export function firstName(person: StaffPerson): string {
  return person.name.trim().split(/\s+/)[0] ?? person.name;
}

/** The number, address or meeting place of a channel, as text; undefined for a channel with none (a walk, say). */
export function channelAddress(channel: Channel): string | undefined {
  if ('phone' in channel) return channel.phone;
  if ('email' in channel) return channel.email;
  return channel.place;
}

/**
 * What the young person can pick as their preferred channel: each kind of channel the contact
 * has, once, in the contact's order, then `null` for "no preference". Empty when the contact has
 * no channels, so there is nothing to choose.
 */
export function preferredChannelChoices(contact: Contact): (ChannelKind | null)[] {
  const kinds = [...new Set(contact.channels.map((channel) => channel.kind))];
  return kinds.length ? [...kinds, null] : [];
}

/**
 * Why `channel` cannot be the young person's preferred channel with `contact`: a kind the contact
 * does not offer (`not_offered`). No preference (`null`) is always fine. Every implementation of
 * the contract refuses such a choice with 400 before storing it.
 */
export function preferredChannelProblems(contact: Contact, channel: ChannelKind | null): FieldProblem[] {
  if (channel === null || contact.channels.some((offered) => offered.kind === channel)) return [];
  return [{ path: 'preferredChannel', code: 'not_offered' }];
}

import { getContact, updateContact } from '../contract/operations.js';
import type { ChannelKind, Contact, ContactPatch } from '../schemas/contact.js';
import { routes } from './api-paths.js';
import { requestOf, versioned, type Call, type CallOptions, type UpdateOptions, type Versioned } from './call.js';

/** The contact resource of a course. */
export interface ContactResource {
  /** The course's contact, or null when no contact is assigned yet. */
  get(courseId: string, options?: CallOptions): Promise<Versioned<Contact> | null>;
  /** Set the young person's preferred channel. Throws {@link ConflictError} when the contact changed meanwhile. */
  setPreferredChannel(courseId: string, preferredChannel: ChannelKind | null, options: UpdateOptions): Promise<Versioned<Contact>>;
}

export function contactResource(call: Call): ContactResource {
  return {
    async get(courseId, options) {
      const reply = await call(requestOf(getContact, routes.contact.path(courseId), { signal: options?.signal }));
      return reply.value === null ? null : versioned(reply, `GET ${getContact.route.template}`);
    },
    async setPreferredChannel(courseId, preferredChannel, options) {
      const json: ContactPatch = { preferredChannel };
      const request = requestOf(updateContact, routes.contact.path(courseId), { json, ifMatch: options.ifMatch, signal: options.signal });
      return versioned(await call(request), `PATCH ${updateContact.route.template}`);
    },
  };
}

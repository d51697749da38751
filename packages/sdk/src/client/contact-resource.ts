import { Contact, type ChannelKind, type ContactPatch } from '../schemas/contact.js';
import { routes } from './api-paths.js';
import { versioned, type Call, type CallOptions, type UpdateOptions, type Versioned } from './call.js';

/** The contact resource of a course. */
export interface ContactResource {
  /** The course's contact, or null when no contact is assigned yet. */
  get(courseId: string, options?: CallOptions): Promise<Versioned<Contact> | null>;
  /** Set the young person's preferred channel. Throws {@link ConflictError} when the contact changed meanwhile. */
  setPreferredChannel(courseId: string, preferredChannel: ChannelKind | null, options: UpdateOptions): Promise<Versioned<Contact>>;
}

export function contactResource(call: Call): ContactResource {
  return {
    async get(courseId, callOptions) {
      const spec = { method: 'GET', template: routes.contact.template, path: routes.contact.path(courseId), schema: Contact, signal: callOptions?.signal } as const;
      const reply = await call(spec);
      return reply.value === null ? null : versioned(reply, `GET ${spec.template}`);
    },
    async setPreferredChannel(courseId, preferredChannel, updateOptions) {
      const json: ContactPatch = { preferredChannel };
      const spec = {
        method: 'PATCH',
        template: routes.contact.template,
        path: routes.contact.path(courseId),
        schema: Contact,
        json,
        ifMatch: updateOptions.ifMatch,
        signal: updateOptions.signal,
      } as const;
      return versioned(await call(spec), `PATCH ${spec.template}`);
    },
  };
}

import { getContactLog, logContact, setContactRhythm } from '../contract/operations.js';
import type { ContactEntry, ContactEntryInput, ContactLog, ContactRhythm, ContactRhythmInput } from '../schemas/contact-log.js';
import { routes } from './api-paths.js';
import { preconditionOf, requestOf, sendForBody, type Call, type CallOptions, type NumberedWriteOptions } from './call.js';
import type { AddEntryResult } from './progression-resource.js';

/** `basedOn`: the rhythm's `version` the change is based on; leave it out to agree the first rhythm. */
export type SetRhythmOptions = NumberedWriteOptions;

/**
 * The contact log (kontaktlog) of a course: the agreed rhythm and every contact between the
 * contact person (or deputy) and the young person. A contact is logged with PUT under an id the
 * caller makes and keeps for every retry: the same id again answers with what the first call
 * stored, never a second contact; the id with other content is a `ConflictError` (409).
 */
export interface ContactLogResource {
  /** The rhythm and the contacts, newest first; the young person gets them without staff-only notes. */
  get(courseId: string, options?: CallOptions): Promise<ContactLog>;
  log(courseId: string, entryId: string, entry: ContactEntryInput, options?: CallOptions): Promise<AddEntryResult<ContactEntry>>;
  /**
   * Agree the rhythm (no `basedOn`), or change it. Changed meanwhile, or agreed already when
   * `basedOn` was left out: a `ConflictError` carrying the stored rhythm.
   */
  setRhythm(courseId: string, rhythm: ContactRhythmInput, options?: SetRhythmOptions): Promise<ContactRhythm>;
}

export function contactLogResource(call: Call): ContactLogResource {
  return {
    get: async (courseId, options) => (await sendForBody(call, requestOf(getContactLog, routes.contactLog.path(courseId), { signal: options?.signal }))).value,
    async log(courseId, entryId, entry, options) {
      const path = routes.contactLogEntry.path(courseId, entryId);
      const { value, created } = await sendForBody(call, requestOf(logContact, path, { json: entry, signal: options?.signal }));
      return { entry: value, created };
    },
    async setRhythm(courseId, rhythm, options = {}) {
      const request = requestOf(setContactRhythm, routes.contactRhythm.path(courseId), {
        json: rhythm,
        signal: options.signal,
        ...preconditionOf(options.basedOn),
      });
      return (await sendForBody(call, request)).value;
    },
  };
}

import { contactForYouth } from '../access/youth-view.js';
import { updateContact } from '../contract/operations.js';
import type { Contact } from '../schemas/contact.js';
import type { MemoryCaller, MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { preferredChannelProblems } from '../contact/contact-view.js';
import { invalid, missingIfMatch, parseBody, staleIfMatch, sent, withCourse } from './replies.js';

interface StoredContact {
  contact: Contact | null;
  version: number;
}

const contactsByContext = new WeakMap<MemoryContext, MemoryContacts>();

/** The transport's one set of contacts, for every resource that works on them (the contact's routes, a meeting's handover). */
export function memoryContactsOf(context: MemoryContext): MemoryContacts {
  let contacts = contactsByContext.get(context);
  if (!contacts) {
    contacts = new MemoryContacts(context);
    contactsByContext.set(context, contacts);
  }
  return contacts;
}

/** The contact routes of the in-memory transport: one contact per course, changed only through If-Match. */
export class MemoryContacts implements MemoryResource {
  private readonly contacts = new Map<string, StoredContact>();

  constructor(private readonly context: MemoryContext) {
    for (const [courseId, contact] of Object.entries(context.seed.contacts)) this.contacts.set(courseId, { contact, version: 1 });
  }

  readonly handlers = {
    getContact: (_request, param, caller) =>
      withCourse(param, this.context, (courseId) => {
        const entry = this.contacts.get(courseId)!;
        return entry.contact ? sent(caller.view(entry.contact, entry.version, contactForYouth)) : new Response(null, { status: 204 });
      }),
    updateContact: (request, param, caller) => withCourse(param, this.context, (courseId) => this.patch(request, caller, this.contacts.get(courseId)!)),
  } satisfies MemoryHandlers;

  /** Change a contact behind the client's back, as another professional would: its ETag changes. */
  change(courseId: string, change: (contact: Contact) => void): void {
    const entry = this.contacts.get(courseId);
    if (!entry?.contact) throw new Error('No contact for that course in the memory transport');
    change(entry.contact);
    entry.version += 1;
  }

  /** The course's contact now; null when none is assigned. */
  contactOf(courseId: string): Contact | null {
    return this.contacts.get(courseId)?.contact ?? null;
  }

  /** Give the course its contact after a handover: a new version, so a stale If-Match sees it. */
  replace(courseId: string, contact: Contact): void {
    const entry = this.contacts.get(courseId);
    if (!entry) throw new Error('No such course in the memory transport');
    entry.contact = contact;
    entry.version += 1;
  }

  /** Take the contact off the course, as a case system does when it ends the assignment. */
  remove(courseId: string): void {
    const entry = this.contacts.get(courseId);
    if (!entry) throw new Error('No such course in the memory transport');
    entry.contact = null;
    entry.version += 1;
  }

  private async patch(request: Request, caller: MemoryCaller, entry: StoredContact): Promise<Response> {
    const missing = missingIfMatch(request);
    if (missing) return missing;
    const parsed = await parseBody(request, updateContact.request);
    if (parsed instanceof Response) return parsed;
    // A channel the contact does not offer is judged against the version the sender saw: a stale one is a 412 first.
    const stale = staleIfMatch(request, entry.contact && caller.view(entry.contact, entry.version, contactForYouth));
    if (stale) return stale;
    const notOffered = preferredChannelProblems(entry.contact!, parsed.preferredChannel);
    if (notOffered.length > 0) return invalid(notOffered);
    entry.contact!.preferredChannel = parsed.preferredChannel;
    entry.version += 1;
    return sent(caller.view(entry.contact!, entry.version, contactForYouth));
  }
}

import { contactForYouth } from '../access/youth-view.js';
import { updateContact } from '../contract/operations.js';
import type { Contact } from '../schemas/contact.js';
import type { MemoryContext, MemoryResource } from './memory-resource.js';
import { preferredChannelProblems } from '../contact/contact-view.js';
import { invalid, parseBody, precondition, versioned, withCourse, type MemoryHandlers } from './replies.js';

interface StoredContact {
  contact: Contact | null;
  version: number;
}

/** The contact routes of the in-memory transport: one contact per course, changed only through If-Match. */
export class MemoryContacts implements MemoryResource {
  private readonly contacts = new Map<string, StoredContact>();

  constructor(private readonly context: MemoryContext) {
    for (const [courseId, contact] of Object.entries(context.seed.contacts)) this.contacts.set(courseId, { contact, version: 1 });
  }

  readonly handlers = {
    getContact: (_request, param) =>
      withCourse(param, this.context, (courseId) => {
        const entry = this.contacts.get(courseId)!;
        return entry.contact ? versioned(this.context.shown(entry.contact, contactForYouth), entry.version) : new Response(null, { status: 204 });
      }),
    updateContact: (request, param) => withCourse(param, this.context, (courseId) => this.patch(request, this.contacts.get(courseId)!)),
  } satisfies MemoryHandlers;

  /** Change a contact behind the client's back, as another professional would: its ETag changes. */
  change(courseId: string, change: (contact: Contact) => void): void {
    const entry = this.contacts.get(courseId);
    if (!entry?.contact) throw new Error('No contact for that course in the memory transport');
    change(entry.contact);
    entry.version += 1;
  }

  /** Take the contact off the course, as a case system does when it ends the assignment. */
  remove(courseId: string): void {
    const entry = this.contacts.get(courseId);
    if (!entry) throw new Error('No such course in the memory transport');
    entry.contact = null;
    entry.version += 1;
  }

  private async patch(request: Request, entry: StoredContact): Promise<Response> {
    const refused = precondition(request, entry.contact && this.context.shown(entry.contact, contactForYouth), entry.version);
    if (refused) return refused;
    const parsed = await parseBody(request, updateContact.request);
    if (parsed instanceof Response) return parsed;
    const notOffered = preferredChannelProblems(entry.contact!, parsed.preferredChannel);
    if (notOffered.length > 0) return invalid(notOffered);
    entry.contact!.preferredChannel = parsed.preferredChannel;
    entry.version += 1;
    return versioned(this.context.shown(entry.contact!, contactForYouth), entry.version);
  }
}

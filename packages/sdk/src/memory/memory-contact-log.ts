import { problemTypes } from '../client/api-paths.js';
import { contactLogForYouth } from '../access/youth-view.js';
import { logEntry, logWithEntry, rhythmOf, rhythmSays } from '../contact-log/contact-log-rules.js';
import { logContact, setContactRhythm } from '../contract/operations.js';
import { Id } from '../schemas/common.js';
import type { ContactEntry, ContactLog } from '../schemas/contact-log.js';
import type { MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { createOrChange, createOrChangeConflict, etagOf, invalid, json, parseBody, problem, sent, withCourse } from './replies.js';

/**
 * The contact log of the in-memory transport, by the SDK's rules as the reference server applies
 * them: contacts are logged once per id and never changed; the rhythm is agreed with
 * `If-None-Match: *` and changed with `If-Match`; the young person is sent no staff-only note.
 */
export class MemoryContactLog implements MemoryResource {
  /** Each course's log, newest contact first. */
  private readonly logs = new Map<Id, ContactLog>();

  constructor(private readonly context: MemoryContext) {
    for (const [courseId, log] of Object.entries(context.seed.contactLogs ?? {})) this.logs.set(courseId, log);
  }

  readonly handlers = {
    getContactLog: (_request, param, caller) => withCourse(param, this.context, (courseId) => json(caller.shown(this.logOf(courseId), contactLogForYouth))),

    logContact: (request, param, caller) =>
      withCourse(param, this.context, async (courseId) => {
        const entryId = param('entryId');
        if (!Id.safeParse(entryId).success) return invalid([{ path: 'entryId', code: 'custom' }]);
        const input = await parseBody(request, logContact.request);
        if (input instanceof Response) return input;
        const stored = this.find(entryId);
        // An id another course used is taken: which course, and what, is not this caller's to learn.
        if (stored && stored.courseId !== courseId) return problem(409, 'Id taken', { type: problemTypes.entryIdTaken });
        const outcome = logEntry(entryId, input, stored?.entry ?? null, { by: caller.author.name, now: new Date() });
        switch (outcome.kind) {
          case 'invalid':
            return invalid(outcome.problems);
          case 'idTaken':
            return problem(409, 'Id taken', { type: problemTypes.entryIdTaken });
          case 'repeated':
            return json(outcome.entry);
          case 'added':
            this.logs.set(courseId, logWithEntry(this.logOf(courseId), outcome.entry));
            return json(outcome.entry, 201);
        }
      }),

    setContactRhythm: (request, param, caller) =>
      withCourse(param, this.context, async (courseId) => {
        const mode = createOrChange(request);
        if (mode instanceof Response) return mode;
        const input = await parseBody(request, setContactRhythm.request);
        if (input instanceof Response) return input;
        const log = this.logOf(courseId);
        const current = log.rhythm ? { body: log.rhythm, etag: etagOf(log.rhythm.version) } : null;
        const conflict = createOrChangeConflict(request, mode.create, current, 'rhythm');
        if (conflict) return conflict;
        if (log.rhythm && rhythmSays(log.rhythm, input)) return sent(current!);
        const rhythm = rhythmOf(input, log.rhythm, { at: new Date().toISOString(), by: caller.author.name });
        this.logs.set(courseId, { ...log, rhythm });
        return sent({ body: rhythm, etag: etagOf(rhythm.version) }, mode.create ? 201 : 200);
      }),
  } satisfies MemoryHandlers;

  private logOf(courseId: Id): ContactLog {
    return this.logs.get(courseId) ?? { courseId, rhythm: null, entries: [] };
  }

  private find(entryId: Id): { courseId: Id; entry: ContactEntry } | undefined {
    for (const [courseId, log] of this.logs) {
      const entry = log.entries.find((candidate) => candidate.id === entryId);
      if (entry) return { courseId, entry };
    }
    return undefined;
  }
}

import { problemTypes } from '../client/api-paths.js';
import { saveMeeting } from '../contract/operations.js';
import { contactAfterHandover, handoverToApply, latestMeetingFirst, meetingOf, meetingSays, meetingsForYouth } from '../network-meeting/meeting-rules.js';
import { Id } from '../schemas/common.js';
import type { NetworkMeeting } from '../schemas/network-meeting.js';
import type { MemoryContacts } from './memory-contacts.js';
import type { MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { createOrChange, createOrChangeConflict, etagOf, invalid, json, parseBody, problem, sent, withCourse } from './replies.js';

/**
 * The network meetings of the in-memory transport, by the SDK's rules as the reference server
 * applies them: a meeting is written whole, created with `If-None-Match: *` and changed with
 * `If-Match`; held with a handover for the first time, it changes the course's contact.
 */
export class MemoryNetworkMeetings implements MemoryResource {
  /** Each course's meetings, the latest first. */
  private readonly meetings = new Map<Id, NetworkMeeting[]>();

  constructor(
    private readonly context: MemoryContext,
    private readonly contacts: MemoryContacts,
  ) {
    for (const [courseId, meetings] of Object.entries(context.seed.meetings ?? {})) this.meetings.set(courseId, meetings);
  }

  readonly handlers = {
    listMeetings: (_request, param, caller) =>
      withCourse(param, this.context, (courseId) => json(caller.shown({ courseId, meetings: this.meetings.get(courseId) ?? [] }, meetingsForYouth))),

    saveMeeting: (request, param, caller) =>
      withCourse(param, this.context, async (courseId) => {
        const meetingId = param('meetingId');
        if (!Id.safeParse(meetingId).success) return problem(400, 'Invalid meeting id');
        const mode = createOrChange(request);
        if (mode instanceof Response) return mode;
        const input = await parseBody(request, saveMeeting.request);
        if (input instanceof Response) return input;
        if (input.id !== meetingId) return invalid([{ path: 'id', code: 'id_mismatch' }]);
        const stored = this.find(meetingId);
        // An id another course uses is taken: which course, and what, is not this caller's to learn.
        if (stored && stored.courseId !== courseId) return problem(412, 'The meeting id is taken', { type: problemTypes.editConflict });
        const current = stored ? { body: stored, etag: etagOf(stored.version) } : null;
        const conflict = createOrChangeConflict(request, mode.create, current, 'meeting');
        if (conflict) return conflict;
        if (stored && meetingSays(stored, input)) return sent(current!);
        const meeting = meetingOf(input, stored ?? null, { courseId, at: new Date().toISOString(), by: caller.author.name });
        if (Array.isArray(meeting)) return invalid(meeting);
        const handover = handoverToApply(stored ?? null, meeting);
        const contact = handover ? this.contacts.contactOf(courseId) : null;
        // A course without a contact gets its first one from the case system, not from a meeting.
        if (handover && contact) this.contacts.replace(courseId, contactAfterHandover(contact, handover));
        this.meetings.set(courseId, [meeting, ...(this.meetings.get(courseId) ?? []).filter((known) => known.id !== meeting.id)].sort(latestMeetingFirst));
        return sent({ body: meeting, etag: etagOf(meeting.version) }, mode.create ? 201 : 200);
      }),
  } satisfies MemoryHandlers;

  private find(meetingId: Id): NetworkMeeting | undefined {
    for (const meetings of this.meetings.values()) {
      const meeting = meetings.find((candidate) => candidate.id === meetingId);
      if (meeting) return meeting;
    }
    return undefined;
  }
}

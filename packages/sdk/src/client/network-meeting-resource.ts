import { listMeetings, saveMeeting } from '../contract/operations.js';
import type { CourseMeetings, MeetingInput, NetworkMeeting } from '../schemas/network-meeting.js';
import { routes } from './api-paths.js';
import { preconditionOf, requestOf, sendForBody, type Call, type CallOptions, type NumberedWriteOptions } from './call.js';

/** `basedOn`: the meeting's `version` the change is based on; leave it out to plan a new meeting. */
export type SaveMeetingOptions = NumberedWriteOptions;

/**
 * A course's network meetings (netværksmøder): planned and held meetings with their participants,
 * points, decisions, a handover and the minutes. A meeting is written whole, under an id the
 * caller makes: a new one with `If-None-Match: *`, a change on top of its `version`.
 */
export interface NetworkMeetingResource {
  /** The course's meetings, the latest first; the young person gets their own points and the minutes shared with them. */
  list(courseId: string, options?: CallOptions): Promise<CourseMeetings>;
  /**
   * Plan a meeting (no `basedOn`) or change it. Changed meanwhile, or an id already taken: a
   * `ConflictError` carrying the stored meeting. Held with a handover for the first time: the
   * course's contact changes (the contact card shows one more handover).
   */
  save(courseId: string, meeting: MeetingInput, options?: SaveMeetingOptions): Promise<NetworkMeeting>;
}

export function networkMeetingResource(call: Call): NetworkMeetingResource {
  return {
    list: async (courseId, options) =>
      (await sendForBody(call, requestOf(listMeetings, routes.courseMeetings.path(courseId), { signal: options?.signal }))).value,
    async save(courseId, meeting, options = {}) {
      const request = requestOf(saveMeeting, routes.courseMeeting.path(courseId, meeting.id), {
        json: meeting,
        signal: options.signal,
        ...preconditionOf(options.basedOn),
      });
      return (await sendForBody(call, request)).value;
    },
  };
}

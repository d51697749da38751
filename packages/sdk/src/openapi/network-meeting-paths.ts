import { routes } from '../client/api-paths.js';
import { CourseMeetings, MeetingInput, NetworkMeeting } from '../schemas/network-meeting.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The network meetings' routes of the OpenAPI document (issue #17). */
export function networkMeetingDocs({ ref, opaqueId, courseId, etag, problem, createOrChangeHeaders, conflictWithCurrent }: OpenApiParts): ResourceDocs {
  const meetingId = { name: 'meetingId', in: 'path', required: true, description: "The meeting's opaque id, made by the client.", schema: opaqueId };
  const meeting = (description: string) => ({ description, headers: etag, content: { 'application/json': { schema: ref('NetworkMeeting') } } });
  return {
    schemas: [
      [
        MeetingInput,
        {
          id: 'MeetingInput',
          description:
            "A network meeting as the coordinator writes it, whole: when and where, the participants (exactly one coordinator), the points in people's own words, the decisions, a handover, the minutes.",
        },
      ],
      [NetworkMeeting, { id: 'NetworkMeeting', description: 'A network meeting, versioned: send `version` back as `If-Match: "<version>"` to change it.' }],
      [
        CourseMeetings,
        {
          id: 'CourseMeetings',
          description:
            "A course's network meetings, the latest first. A young person is sent their own points only, agreed decisions only, a handover only once the meeting is held, and the minutes only when shared with them.",
        },
      ],
    ],
    parameters: {
      [routes.courseMeetings.template]: [courseId],
      [routes.courseMeeting.template]: [courseId, meetingId],
    },
    operations: {
      listMeetings: {
        summary: "The course's network meetings",
        description: "The latest first. Every read is written to the course's audit log.",
        responses: { '200': { description: 'The meetings; empty when none is planned.', content: { 'application/json': { schema: ref('CourseMeetings') } } } },
      },
      saveMeeting: {
        summary: 'Plan a network meeting, or change it',
        description:
          "`If-None-Match: *` plans a new meeting; `If-Match: \"<version>\"` (the meeting's `version`) changes it, whole. Exactly one participant is the coordinator (`one_coordinator`); no id twice among participants, points or decisions (`duplicate_id`); a decision is `inPlan` only once agreed (`not_agreed`); `id` is the path's (`id_mismatch`). A decision's `inPlan` is set by the client once the plan's own write (with If-Match) has succeeded: the meeting does not change the plan. A meeting held with a handover for the first time changes the course's contact (person, unit, channels, since when, one handover more); after that its handover cannot change, nor the meeting go back to planned (`handover_applied`). The same meeting again answers 200 with it, unchanged. Written to the course's audit log.",
        parameters: createOrChangeHeaders('meeting', 'plan a new meeting'),
        responses: {
          '200': meeting('The meeting, changed (or already as sent).'),
          '201': meeting('The meeting, planned.'),
          '412': conflictWithCurrent(
            'NetworkMeeting',
            "The meeting changed since that version, or (If-None-Match) a meeting with this id exists: `current` is the meeting now, when it is this course's.",
          ),
          '428': problem('Send If-Match, or If-None-Match: * to plan the meeting.'),
        },
      },
    },
  };
}

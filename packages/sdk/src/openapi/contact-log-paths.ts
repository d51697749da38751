import { problemTypes, routes } from '../client/api-paths.js';
import { ContactEntry, ContactEntryInput, ContactLog, ContactRhythm, ContactRhythmInput } from '../schemas/contact-log.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

/** The contact log's routes of the OpenAPI document (issue #17). */
export function contactLogDocs({ ref, opaqueId, courseId, etag, problem, createOrChangeHeaders, conflictWithCurrent }: OpenApiParts): ResourceDocs {
  const entryId = {
    name: 'entryId',
    in: 'path',
    required: true,
    description: "The contact's id, made by the client (a UUID will do) and kept for every retry: it is the idempotency key.",
    schema: opaqueId,
  };
  const json = (description: string, schema: Record<string, unknown>) => ({ description, content: { 'application/json': { schema } } });
  const rhythm = (description: string) => ({ description, headers: etag, content: { 'application/json': { schema: ref('ContactRhythm') } } });
  return {
    schemas: [
      [
        ContactEntryInput,
        {
          id: 'ContactEntryInput',
          description: 'One contact as the professional logs it: when, how, who reached out, whether it happened, and an optional note.',
        },
      ],
      [
        ContactEntry,
        {
          id: 'ContactEntry',
          description: 'A logged contact, signed by the professional who logged it. A young person is sent it without a note that is not shared with them.',
        },
      ],
      [ContactRhythmInput, { id: 'ContactRhythmInput', description: 'The agreed contact rhythm: at least one contact every `everyDays` days, from `from`.' }],
      [
        ContactRhythm,
        { id: 'ContactRhythm', description: 'The agreed contact rhythm, versioned: send `version` back as `If-Match: "<version>"` to change it.' },
      ],
      [ContactLog, { id: 'ContactLog', description: "A course's contact log: the agreed rhythm (null until one is agreed) and every contact, newest first." }],
    ],
    parameters: {
      [routes.contactLog.template]: [courseId],
      [routes.contactLogEntry.template]: [courseId, entryId],
      [routes.contactRhythm.template]: [courseId],
    },
    operations: {
      getContactLog: {
        summary: "The course's contact log: the agreed rhythm and every contact",
        description:
          "Newest contact first. The young person gets every contact's time, channel, initiative and outcome, and only the notes shared with them (`note.sharedWithYouth`): a staff-only note comes as `null`. Every read is written to the course's audit log.",
        responses: { '200': json('The log; empty (`rhythm: null`, no entries) when nothing is logged.', ref('ContactLog')) },
      },
      logContact: {
        summary: 'Log a contact under its id (append-only; safe to retry)',
        description: `\`at\` is not more than five minutes ahead of the server's clock (\`in_future\`). The same body under the same id again is 200 with the stored contact, so a retry never logs two; another body under a used id is 409 \`${problemTypes.entryIdTaken}\` (a correction is a new contact). Written to the course's audit log.`,
        responses: {
          '201': json("The contact, stored by this request; signed with the caller's display name.", ref('ContactEntry')),
          '200': json('The contact an earlier request with this id stored, with the same content: a retry.', ref('ContactEntry')),
          '409': problem('The id holds another contact.'),
        },
      },
      setContactRhythm: {
        summary: "Agree the course's contact rhythm, or change it",
        description:
          '`If-None-Match: *` agrees the first rhythm; `If-Match: "<version>"` (the rhythm\'s `version`) changes it. The same rhythm again answers 200 with it, unchanged. Every version is kept with who agreed it. Written to the course\'s audit log.',
        parameters: createOrChangeHeaders('rhythm', 'agree the first rhythm'),
        responses: {
          '200': rhythm('The rhythm, changed (or already as sent).'),
          '201': rhythm('The rhythm, agreed for the first time.'),
          '412': conflictWithCurrent(
            'ContactRhythm',
            'The rhythm changed since that version, or (If-None-Match) one is agreed already: `current` is the rhythm now.',
          ),
          '428': problem('Send If-Match, or If-None-Match: * to agree the first rhythm.'),
        },
      },
    },
  };
}

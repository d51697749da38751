import { handoverToApply, meetingOf, meetingSays, meetingsForYouth, operations, type FieldProblem, type NetworkMeeting } from '@ungeforlob/sdk';
import { Hono } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { courseIdOf } from '../auth/allow.js';
import { forAudience } from '../auth/youth-view.js';
import type { Database, Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { formatEntityTag, requireWritePrecondition, staleVersionResponse } from '../http/entity-tag.js';
import { ProblemError, problemResponse, problems } from '../http/problems.js';
import { parseBody, parsePathId, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';
import {
  applyHandover,
  findCourseMeetings,
  lockMeeting,
  recordMeetingChange,
  writeMeeting,
  type MeetingChangeBy,
  type StoredMeeting,
} from '../network-meeting/meeting-queries.js';

/** The audit log's name for a course's network meetings (netværksmøder). */
const RESOURCE = 'meetings';
/** The audit log's name for the course's contact, which a handover changes (as `PATCH …/contact` is logged). */
const CONTACT_RESOURCE = 'contact';

type SaveOutcome =
  | { kind: 'saved'; meeting: NetworkMeeting; created: boolean }
  | { kind: 'unchanged'; meeting: NetworkMeeting }
  /** 412: changed since the sender's version, or (If-None-Match: *) planned already; without `current` when there is none. */
  | { kind: 'stale'; current: NetworkMeeting | null }
  /** 412 without the meeting: its id is another course's, and nothing of that course is the sender's to learn. */
  | { kind: 'taken' }
  | { kind: 'invalid'; problems: FieldProblem[] };

/**
 * Network meetings (netværksmøder, issue #17): `GET /courses/{courseId}/meetings` for the course's
 * team and its young person (who is sent their own points only, and the minutes only when shared
 * with them), and `PUT …/meetings/{meetingId}` for the team to plan a meeting (If-None-Match: *) or
 * change it, whole (If-Match). A meeting held with a handover for the first time makes the handover
 * the course's contact, in the same transaction. The SDK's meeting rules decide every outcome, as
 * they do in the memory transport. Every read and write is in the course's audit log; a meeting's
 * row is locked while it is changed, so of two changes of one version exactly one is kept.
 */
export function networkMeetingRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.listMeetings, async (c) => {
    const courseId = courseIdOf(c);
    // One statement reads them, so it needs no transaction; audited once found fit to send.
    const meetings = await findCourseMeetings(db, courseId);
    if (!meetings) throw new ProblemError(problems.courseNotFound());
    await auditRequest(db, c, courseId, RESOURCE, 'read');
    return c.json(forAudience(c.get('principal'), meetings, meetingsForYouth));
  });

  serve(app, operations.saveMeeting, async (c) => {
    const courseId = courseIdOf(c);
    const meetingId = parsePathId(c, 'meetingId');
    // 428 before the body is read, as for a shared need and the contact rhythm.
    const precondition = requireWritePrecondition(c);
    const input = parseBody(operations.saveMeeting.request, await readJsonBody(c));
    if (input.id !== meetingId) throw new ProblemError(problems.invalidRequest("The meeting's id is not the path's.", [{ path: 'id', code: 'id_mismatch' }]));
    const by: MeetingChangeBy = { actor: c.get('actor'), requestId: c.get('requestId') };
    const outcome = await db.transaction(async (tx): Promise<SaveOutcome> => {
      // Locked: a second change of the same version waits here, then reads the first's and is stale.
      const stored = await lockMeeting(tx, meetingId);
      if (!stored) await requireCourse(tx, courseId);
      const stale = staleness(stored, courseId, precondition.kind === 'create' ? null : precondition.versions);
      if (stale) {
        // A 412 with `current` sends the meeting back: a read.
        if (stale.kind === 'stale' && stale.current) await auditRequest(tx, c, courseId, RESOURCE, 'read');
        return stale;
      }
      const before = stored?.meeting ?? null;
      if (before && meetingSays(before, input)) {
        await auditRequest(tx, c, courseId, RESOURCE, 'read');
        return { kind: 'unchanged', meeting: before };
      }
      const meeting = meetingOf(input, before, { courseId, at: new Date().toISOString(), by: by.actor.author.name });
      if (Array.isArray(meeting)) return { kind: 'invalid', problems: meeting };
      if (!(await writeMeeting(tx, meeting, before?.version ?? null, by.actor.id))) {
        // Planned by a concurrent request since the read above (there was no row to lock): it won.
        const now = await lockMeeting(tx, meetingId);
        if (now && now.courseId !== courseId) return { kind: 'taken' };
        if (now) await auditRequest(tx, c, courseId, RESOURCE, 'read');
        return { kind: 'stale', current: now?.meeting ?? null };
      }
      // Held with a handover for the first time: the course's contact changes with it, once.
      const handover = handoverToApply(before, meeting);
      const contactChanged = handover ? await applyHandover(tx, courseId, handover) : false;
      await recordMeetingChange(tx, meeting, by, contactChanged);
      await auditRequest(tx, c, courseId, RESOURCE, before ? 'update' : 'create');
      if (contactChanged) await auditRequest(tx, c, courseId, CONTACT_RESOURCE, 'update');
      return { kind: 'saved', meeting, created: !before };
    });
    switch (outcome.kind) {
      case 'invalid':
        throw new ProblemError(
          problems.invalidRequest(
            'A meeting has exactly one coordinator, no id twice, a decision in the plan only once agreed, and a held handover kept as it was.',
            outcome.problems,
          ),
        );
      case 'taken':
        return problemResponse(c, problems.editConflict('A meeting with this id exists. Plan the meeting under a new id.'));
      case 'stale':
        return staleVersionResponse(c, outcome.current && { body: outcome.current, etag: etagOf(outcome.current) }, {
          changed: 'The meeting changed since the version in If-Match, or is planned already. `current` is the meeting now.',
          gone: 'There is no meeting with this id: plan it with If-None-Match: *.',
        });
      case 'unchanged':
        return c.json(outcome.meeting, 200, { ETag: etagOf(outcome.meeting) });
      case 'saved':
        return c.json(outcome.meeting, outcome.created ? 201 : 200, { ETag: etagOf(outcome.meeting) });
    }
  });

  refuseOtherMethods(app, operations.listMeetings.route, operations.saveMeeting.route);
  return app;
}

/** `"<version>"`: the meeting's own `version`, which a client sends back as If-Match. */
function etagOf(meeting: NetworkMeeting): string {
  return formatEntityTag(String(meeting.version));
}

/**
 * Why a meeting may not be written, in the memory transport's order: an id of another course's
 * meeting; then a meeting that exists for `If-None-Match: *` (`versions` null), or is not at a
 * version named.
 */
function staleness(stored: StoredMeeting | null, courseId: string, versions: readonly string[] | null): SaveOutcome | null {
  if (stored && stored.courseId !== courseId) return { kind: 'taken' };
  if (versions === null) return stored ? { kind: 'stale', current: stored.meeting } : null;
  if (!stored) return { kind: 'stale', current: null };
  return versions.includes(String(stored.meeting.version)) ? null : { kind: 'stale', current: stored.meeting };
}

/** 404 unless the course exists: its meetings may then be written. */
async function requireCourse(tx: Queryable, courseId: string): Promise<void> {
  if ((await tx.query('SELECT 1 FROM courses WHERE id = $1', [courseId])).length === 0) throw new ProblemError(problems.courseNotFound());
}

import { contactLogForYouth, logEntry, operations, rhythmOf, rhythmSays, type ContactEntry, type ContactRhythm, type FieldProblem } from '@ungeforlob/sdk';
import { Hono } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { courseIdOf } from '../auth/allow.js';
import { forAudience } from '../auth/youth-view.js';
import {
  findContactLog,
  findEntry,
  findRhythmOf,
  insertEntry,
  lockRhythm,
  writeRhythm,
  type RhythmChangeBy,
  type StoredEntry,
} from '../contact-log/contact-log-queries.js';
import type { Database, Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { formatEntityTag, requireWritePrecondition, staleVersionResponse } from '../http/entity-tag.js';
import { ProblemError, problemResponse, problems } from '../http/problems.js';
import { parseBody, parsePathId, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';

/** The audit log's name for the contact log (kontaktlog) of a course. */
const RESOURCE = 'contact-log';

type LogOutcome =
  | { kind: 'added' | 'repeated'; entry: ContactEntry }
  /** 409: the id holds another contact, of this course or another (which the caller is not told). */
  | { kind: 'idTaken' }
  | { kind: 'invalid'; problems: FieldProblem[] };

/** 412: changed since the sender's version, or (If-None-Match: *) agreed already; without `current` when none is agreed. */
type Stale = { kind: 'stale'; current: ContactRhythm | null };

type RhythmOutcome = { kind: 'saved'; rhythm: ContactRhythm; created: boolean } | { kind: 'unchanged'; rhythm: ContactRhythm } | Stale;

/**
 * The contact log (kontaktlog, issue #17): `GET /courses/{courseId}/contact-log` for the course's
 * team and its young person (who is sent no staff-only note), `PUT …/contact-log/entries/{entryId}`
 * to log a contact under an id the client makes (append-only; the same PUT again is answered with
 * what the first stored), and `PUT …/contact-log/rhythm` to agree the rhythm (If-None-Match: *) or
 * change it (If-Match). The SDK's contact-log rules decide every outcome, as they do in the memory
 * transport. Every read and write is in the course's audit log; a rhythm's row is locked while it
 * is changed, so of two changes of one version exactly one is kept.
 */
export function contactLogRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.getContactLog, async (c) => {
    const courseId = courseIdOf(c);
    const log = await db.transaction(async (tx) => {
      const found = await findContactLog(tx, courseId);
      if (!found) throw new ProblemError(problems.courseNotFound());
      await auditRequest(tx, c, courseId, RESOURCE, 'read');
      return found;
    });
    return c.json(forAudience(c.get('principal'), log, contactLogForYouth));
  });

  serve(app, operations.logContact, async (c) => {
    const courseId = courseIdOf(c);
    const entryId = parsePathId(c, 'entryId');
    const input = parseBody(operations.logContact.request, await readJsonBody(c));
    const actor = c.get('actor');
    const outcome = await db.transaction(async (tx): Promise<LogOutcome> => {
      const now = new Date();
      const decide = (stored: StoredEntry | null): LogOutcome =>
        // An id another course used is taken: which course, and what, is not this caller's to learn.
        stored && stored.courseId !== courseId ? { kind: 'idTaken' } : logEntry(entryId, input, stored?.entry ?? null, { by: actor.author.name, now });
      let outcome = decide(await findEntry(tx, entryId));
      if (outcome.kind === 'added') {
        await requireCourse(tx, courseId);
        // Logged by a concurrent request with the id since the read above: it waited for that one, which won.
        if (!(await insertEntry(tx, courseId, outcome.entry, actor.id))) outcome = decide(await findEntry(tx, entryId));
      }
      // A retry gets the stored contact back: a read. A refused one is sent nothing.
      if (outcome.kind === 'added' || outcome.kind === 'repeated') await auditRequest(tx, c, courseId, RESOURCE, outcome.kind === 'added' ? 'create' : 'read');
      return outcome;
    });
    switch (outcome.kind) {
      case 'invalid':
        throw new ProblemError(problems.invalidRequest('The contact is more than five minutes ahead of the server clock.', outcome.problems));
      case 'idTaken':
        return problemResponse(
          c,
          problems.entryIdTaken('A contact with this id exists with other content. Contacts are append-only: log a new one under a new id.'),
        );
      case 'repeated':
        return c.json(outcome.entry, 200);
      case 'added':
        return c.json(outcome.entry, 201);
    }
  });

  serve(app, operations.setContactRhythm, async (c) => {
    const courseId = courseIdOf(c);
    // 428 before the body is read, as for a shared need.
    const precondition = requireWritePrecondition(c);
    const input = parseBody(operations.setContactRhythm.request, await readJsonBody(c));
    const by: RhythmChangeBy = { actor: c.get('actor'), requestId: c.get('requestId') };
    const outcome = await db.transaction(async (tx): Promise<RhythmOutcome> => {
      // Locked: a second change of the same version waits here, then reads the first's and is stale.
      const stored = await lockRhythm(tx, courseId);
      if (!stored) await requireCourse(tx, courseId);
      const stale = staleness(stored, precondition.kind === 'create' ? null : precondition.versions);
      if (stale) {
        // A 412 with `current` sends the rhythm back: a read.
        if (stale.current) await auditRequest(tx, c, courseId, RESOURCE, 'read');
        return stale;
      }
      if (stored && rhythmSays(stored, input)) {
        await auditRequest(tx, c, courseId, RESOURCE, 'read');
        return { kind: 'unchanged', rhythm: stored };
      }
      const rhythm = rhythmOf(input, stored, { at: new Date().toISOString(), by: by.actor.author.name });
      if (!(await writeRhythm(tx, courseId, rhythm, stored?.version ?? null, by))) {
        // Agreed by a concurrent request since the read above (there was no row to lock): it won.
        const current = await lockRhythm(tx, courseId);
        if (current) await auditRequest(tx, c, courseId, RESOURCE, 'read');
        return { kind: 'stale', current };
      }
      await auditRequest(tx, c, courseId, RESOURCE, stored ? 'update' : 'create');
      return { kind: 'saved', rhythm, created: !stored };
    });
    switch (outcome.kind) {
      case 'stale':
        return staleVersionResponse(c, outcome.current && { body: outcome.current, etag: etagOf(outcome.current) }, {
          changed: 'The rhythm changed since the version in If-Match, or is agreed already. `current` is the rhythm now.',
          gone: 'No rhythm is agreed for the course: agree it with If-None-Match: *.',
        });
      case 'unchanged':
        return c.json(outcome.rhythm, 200, { ETag: etagOf(outcome.rhythm) });
      case 'saved':
        return c.json(outcome.rhythm, outcome.created ? 201 : 200, { ETag: etagOf(outcome.rhythm) });
    }
  });

  refuseOtherMethods(app, operations.getContactLog.route, operations.logContact.route, operations.setContactRhythm.route);
  return app;
}

/** `"<version>"`: the rhythm's own `version`, which a client sends back as If-Match. */
function etagOf(rhythm: ContactRhythm): string {
  return formatEntityTag(String(rhythm.version));
}

/**
 * Why a rhythm may not be written, as the memory transport judges it: one exists for
 * `If-None-Match: *` (`versions` null), or none exists or it is not at a version named.
 */
function staleness(stored: ContactRhythm | null, versions: readonly string[] | null): Stale | null {
  if (versions === null) return stored ? { kind: 'stale', current: stored } : null;
  if (!stored) return { kind: 'stale', current: null };
  return versions.includes(String(stored.version)) ? null : { kind: 'stale', current: stored };
}

/** 404 unless the course exists: its rows may then be written. */
async function requireCourse(tx: Queryable, courseId: string): Promise<void> {
  if (!(await findRhythmOf(tx, courseId))) throw new ProblemError(problems.courseNotFound());
}

import { operations, preferredChannelProblems, type Contact } from '@ungeforlob/sdk';
import { Hono, type Context } from 'hono';
import { auditRequest } from '../audit/audit-request.js';
import { courseIdOf } from '../auth/allow.js';
import { ifMatchNames, shownTo, type Versioned } from '../auth/shown-to.js';
import { contactForYouth } from '../auth/youth-view.js';
import { findContact, updatePreferredChannel, type VersionedContact } from '../contact/contact-store.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { requireIfMatch, staleVersionResponse } from '../http/entity-tag.js';
import { ProblemError, problems } from '../http/problems.js';
import { parseBody, readJsonBody } from '../http/request-validation.js';
import { refuseOtherMethods, serve } from '../http/serve.js';

type PatchOutcome = { kind: 'no-course' } | { kind: 'updated'; current: VersionedContact } | { kind: 'stale'; current: VersionedContact | null };

/**
 * `GET` and `PATCH /courses/{courseId}/contact`: the course's one fixed contact person. The young
 * person reads their own and chooses their preferred channel; so do the professionals of the team.
 */
export function contactRoutes(db: Database): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  serve(app, operations.getContact, async (c) => {
    const courseId = courseIdOf(c);
    // As for the plan: one statement reads it, the audit row follows before anything is sent.
    const lookup = await findContact(db, courseId);
    if (lookup.courseExists) await auditRequest(db, c, courseId, 'contact', 'read');
    if (!lookup.courseExists) throw new ProblemError(problems.courseNotFound());
    if (!lookup.current) return c.body(null, 204);
    return contactResponse(c, lookup.current);
  });

  serve(app, operations.updateContact, async (c) => {
    const courseId = courseIdOf(c);
    requireIfMatch(c);
    const patch = parseBody(operations.updateContact.request, await readJsonBody(c));
    const named = (current: VersionedContact) => ifMatchNames(c, versioned(current), contactForYouth);

    const outcome = await db.transaction(async (tx): Promise<PatchOutcome> => {
      for (let attempt = 0; ; attempt += 1) {
        // A channel the contact does not offer is refused, but only against the version the sender
        // saw: against another, the 412 with the current contact tells them more.
        const before = await findContact(tx, courseId);
        const seen = before.courseExists && before.current && named(before.current) ? before.current : null;
        const notOffered = seen ? preferredChannelProblems(seen.contact, patch.preferredChannel) : [];
        if (notOffered.length > 0) throw new ProblemError(problems.invalidRequest('The contact does not offer that channel.', notOffered));
        const newVersion = seen ? await updatePreferredChannel(tx, courseId, patch.preferredChannel, [seen.version]) : null;
        const lookup = await findContact(tx, courseId);
        if (!lookup.courseExists) return { kind: 'no-course' };
        // Another writer committed between the read and the update. When the sender's tag still
        // names what it left (a young person's, after an edit they are not shown), try again.
        if (seen && newVersion === null && attempt < 3 && lookup.current && named(lookup.current)) continue;
        // A 412 sends the current contact back, so it is audited as a read.
        await auditRequest(tx, c, courseId, 'contact', newVersion === null ? 'read' : 'update');
        return newVersion !== null && lookup.current ? { kind: 'updated', current: lookup.current } : { kind: 'stale', current: lookup.current };
      }
    });

    switch (outcome.kind) {
      case 'no-course':
        throw new ProblemError(problems.courseNotFound());
      case 'updated':
        return contactResponse(c, outcome.current);
      case 'stale':
        return staleVersionResponse(c, outcome.current && shownTo(c, versioned(outcome.current), contactForYouth), {
          changed: 'The contact changed since the version in If-Match. `current` is the version now stored.',
          gone: 'The course has no contact (any more); read it again.',
        });
    }
  });

  refuseOtherMethods(app, operations.getContact.route);

  return app;
}

function contactResponse(c: Context<AppEnv>, current: VersionedContact): Response {
  const { body, etag } = shownTo(c, versioned(current), contactForYouth);
  return c.json(body, 200, { ETag: etag });
}

function versioned(current: VersionedContact): Versioned<Contact> {
  return { version: current.version, resource: current.contact };
}

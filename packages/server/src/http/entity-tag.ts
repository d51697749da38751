import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { ProblemError, problemResponse, problems, type Problem } from './problems.js';

/** The strong ETag of a stored version (a contact's or a plan's), e.g. `"42"`. */
export function formatEntityTag(version: string): string {
  return `"${version}"`;
}

/**
 * The versions an `If-Match` header names, e.g. `"41", "42"` → `['41', '42']`. Weak tags
 * (`W/"…"`) never match a strong comparison (RFC 9110 §13.1.1), and tags this server did not
 * issue cannot match either; both are left out, so the update meets a 412 with the current version.
 */
export function versionsNamedBy(ifMatch: string): string[] {
  return strongTagsNamedBy(ifMatch)
    .map((tag) => /^"(\d{1,18})"$/.exec(tag)?.[1])
    .filter((version): version is string => version !== undefined);
}

/** The strong entity tags an `If-Match` header names, as sent (`"y-…"` included): weak ones never match. */
export function strongTagsNamedBy(ifMatch: string): string[] {
  return ifMatch
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => /^"[^"]*"$/.test(tag));
}

/**
 * The versions the request's `If-Match` names, for an update that must not overwrite a change
 * its sender has not seen. Throws a 428 problem when the header is missing or `*`: "any version"
 * would silently overwrite someone else's change.
 */
export function requireIfMatch(c: Context<AppEnv>): string[] {
  const ifMatch = c.req.header('If-Match')?.trim();
  if (!ifMatch || ifMatch === '*') throw new ProblemError(problems.preconditionRequired());
  return versionsNamedBy(ifMatch);
}

/**
 * The 412 for a write whose `If-Match` names a version that is no longer stored: the stored
 * resource as `current` with its ETag, so the client can re-apply its change to it; without
 * `current`, only `gone`'s sentence, as there is nothing stored (any more) to build on.
 *
 * @param current - what is stored now as the caller is shown it, with its tag (see `shownTo`); null when nothing is.
 */
export function staleVersionResponse(
  c: Context<AppEnv>,
  current: { body: NonNullable<Problem['current']>; etag: string } | null,
  detail: { changed: string; gone: string },
): Response {
  if (!current) return problemResponse(c, problems.editConflict(detail.gone));
  return problemResponse(c, problems.editConflict(detail.changed, current.body), { ETag: current.etag });
}

/** What a write that may create its resource is conditioned on. */
export type WritePrecondition = { kind: 'create' } | { kind: 'update'; versions: string[] };

/**
 * For a resource a client may create by PUT (a questionnaire draft): `If-None-Match: *` creates it
 * only if there is none yet, `If-Match` updates the named version. Without either, 428: a PUT
 * without a condition could overwrite someone's answers unseen.
 */
export function requireWritePrecondition(c: Context<AppEnv>): WritePrecondition {
  const noneMatch = c.req.header('If-None-Match')?.trim() === '*';
  if (noneMatch && !c.req.header('If-Match')) return { kind: 'create' };
  const versions = requireIfMatch(c);
  // Both conditions: RFC 9110 §13.2.2 checks If-Match first, then If-None-Match: *, which fails
  // wherever a draft exists, so no stored version can pass and the answer is 412.
  return { kind: 'update', versions: noneMatch ? [] : versions };
}

import { createHash } from 'node:crypto';
import { canonicalJson } from '@ungeforlob/sdk';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { formatEntityTag, strongTagsNamedBy } from '../http/entity-tag.js';

/** A stored resource and its version. */
export interface Versioned<T> {
  version: string;
  resource: T;
}

/** A resource as the caller is shown it, and the ETag of exactly that. */
export interface Shown<T> {
  body: T;
  etag: string;
}

/**
 * The resource as the caller may see it, with its ETag. Staff get the stored version's tag. A young
 * person gets a digest of their view (`"y-…"`): an edit of what they are not shown changes nothing
 * they are shown, not even the tag, so hidden edits cannot be inferred from it.
 */
export function shownTo<T>(c: Context<AppEnv>, stored: Versioned<T>, youthView: (resource: T) => T): Shown<T> {
  if (c.get('principal').role !== 'youth') return { body: stored.resource, etag: formatEntityTag(stored.version) };
  const body = youthView(stored.resource);
  return { body, etag: youthTagOf(body) };
}

/**
 * Whether the request's `If-Match` names `current` for the caller: a staff tag names its stored
 * version; a young person's names their view of it, so it still matches after an edit of what they
 * are not shown.
 */
export function ifMatchNames<T>(c: Context<AppEnv>, current: Versioned<T>, youthView: (resource: T) => T): boolean {
  return strongTagsNamedBy(c.req.header('If-Match') ?? '').includes(shownTo(c, current, youthView).etag);
}

function youthTagOf(view: unknown): string {
  return `"y-${createHash('sha256').update(canonicalJson(view)).digest('base64url').slice(0, 27)}"`;
}

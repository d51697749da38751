/** The strong ETag of a contact version, e.g. `"42"`. */
export function formatEntityTag(version: string): string {
  return `"${version}"`;
}

/**
 * The versions an `If-Match` header names, e.g. `"41", "42"` → `['41', '42']`. Weak tags
 * (`W/"…"`) never match a strong comparison (RFC 9110 §13.1.1), and tags this server did not
 * issue cannot match either; both are left out, so the update meets a 412 with the current version.
 */
export function versionsNamedBy(ifMatch: string): string[] {
  return ifMatch
    .split(',')
    .map((tag) => /^\s*"(\d{1,18})"\s*$/.exec(tag)?.[1])
    .filter((version): version is string => version !== undefined);
}

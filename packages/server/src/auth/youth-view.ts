import type { Principal } from './principals.js';

// What a young person is not shown of their own course's data is one rule in the SDK, shared with
// the widgets' youth view. Only what the server never sends is private: the young person's
// browser is theirs, so the server applies the rule to every answer to a young person.
export { contactForYouth, planForYouth, progressionForYouth } from '@ungeforlob/sdk';

/** `view` applied when the caller is a young person; the whole resource for staff. */
export function forAudience<T>(principal: Principal, resource: T, view: (resource: T) => T): T {
  return principal.role === 'youth' ? view(resource) : resource;
}

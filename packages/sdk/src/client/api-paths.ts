/** Where the contract's routes live relative to a server's origin; `baseUrl` points here. */
export const API_BASE_PATH = '/api/v1';

const segment = encodeURIComponent;

/**
 * Route templates (used in error messages and logs, so no concrete id leaks) and the concrete
 * relative paths the client requests.
 */
export const routes = {
  contact: {
    template: '/courses/{courseId}/contact',
    path: (courseId: string) => `courses/${segment(courseId)}/contact`,
  },
  plan: {
    template: '/courses/{courseId}/plan',
    path: (courseId: string) => `courses/${segment(courseId)}/plan`,
  },
  /** The young person's own comment on their plan: the one part they may change. */
  planComment: {
    template: '/courses/{courseId}/plan/comment',
    path: (courseId: string) => `courses/${segment(courseId)}/plan/comment`,
  },
} as const;

/** Problem types (RFC 9457 `type`) whose extension members a client acts on. */
export const problemTypes = {
  /** 400 with `errors`: one `{ path, code }` per field that did not match the contract. */
  invalidRequest: 'urn:ungeforlob:problem:invalid-request',
  /** 412 with `current`: someone else changed the resource; re-apply the change to `current`. */
  editConflict: 'urn:ungeforlob:problem:edit-conflict',
} as const;

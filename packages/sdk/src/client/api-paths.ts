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
} as const;

// The SDK's route templates use OpenAPI's `{name}` parameters, hono uses `:name`. Both directions
// live here, so the server serves exactly the paths the contract names, and logs them in its words.

/** An SDK route (`/courses/{courseId}/plan`) in hono's syntax (`/courses/:courseId/plan`). */
export function honoPath(route: { template: string }): string {
  return route.template.replace(/\{(\w+)\}/g, ':$1');
}

/** A hono route path (`/api/v1/courses/:courseId/plan`) as the SDK's template (`/api/v1/courses/{courseId}/plan`). */
export function templateOf(honoRoutePath: string): string {
  return honoRoutePath.replace(/:(\w+)/g, '{$1}');
}

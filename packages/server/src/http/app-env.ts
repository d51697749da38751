import type { Principal } from '../auth/principals.js';
import type { Actor } from './actor.js';

/** The hono environment: values middleware hands to handlers through the context. */
export interface AppEnv {
  Variables: {
    /** Generated per request; sent as `X-Request-Id`, written to problems, logs and the audit log. */
    requestId: string;
    /** The signed-in user; see `authenticate`. */
    principal: Principal;
    /** Who is calling, as the audit log records it. */
    actor: Actor;
    /** The courses the signed-in user may see, read with the principal in this request; see `authenticate`. */
    visibleCourseIds: ReadonlySet<string>;
    /**
     * The course the route is about, parsed and access-checked once by `allow`; null where the
     * route names none. Handlers read it with `courseIdOf`.
     */
    courseId: string | null;
  };
}

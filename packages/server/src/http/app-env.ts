import type { Actor } from './actor.js';

/** The hono environment: values middleware hands to handlers through the context. */
export interface AppEnv {
  Variables: {
    /** Generated per request; sent as `X-Request-Id`, written to problems, logs and the audit log. */
    requestId: string;
    /** Who is calling; see {@link identifyActor}. */
    actor: Actor;
  };
}

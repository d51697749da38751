import type { MemoryResource } from './memory-resource.js';
import { notServed, type MemoryHandlers } from './replies.js';

/** No sign-in and no audit log in memory: these answer as an unknown route, as they always have. */
export const memoryAccess: MemoryResource = {
  handlers: { getMe: notServed, getCourseAudit: notServed } satisfies MemoryHandlers,
};

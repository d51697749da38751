import type { MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { json, notServed, withCourse } from './replies.js';

/**
 * Who is signed in, when the transport signs callers in; otherwise, as before sign-in existed,
 * an unknown path. Memory keeps no audit log: an administrator's export of a course is empty.
 */
export function memoryAccess(context: MemoryContext): MemoryResource {
  return {
    handlers: {
      getMe: (_request, _param, caller) => (caller.me ? json(caller.me) : notServed()),
      getCourseAudit: (_request, param, caller) => (caller.me ? withCourse(param, context, (courseId) => json({ courseId, entries: [] })) : notServed()),
    } satisfies MemoryHandlers,
  };
}

import type { Id } from '../schemas/common.js';
import type { Author } from '../schemas/plan.js';
import type { Seed } from '../seed/index.js';
import type { MemoryHandlers } from './replies.js';

/** The seed a memory transport serves: contacts (which name the courses) and, optionally, the rest. */
export type MemorySeed = Pick<Seed, 'contacts'> & Partial<Omit<Seed, 'contacts'>>;

/** What the transport gives each of its resources: the seed, which courses exist, who writes, what the audience is shown. */
export interface MemoryContext {
  /** Deep-copied by the transport, so a resource may keep what it takes from it. */
  readonly seed: MemorySeed;
  courseExists(courseId: Id): boolean;
  /** Who the transport records as the author of a professional's change (there is no sign-in in memory). */
  readonly professional: Author;
  /** The resource as the audience is shown it: a young person through the SDK's youth-view rule, as the server answers them. */
  shown<Resource>(resource: Resource, youthView: (resource: Resource) => Resource): Resource;
}

/** One resource of the in-memory transport: its state, and a handler for each of its operations. */
export interface MemoryResource {
  readonly handlers: MemoryHandlers;
}

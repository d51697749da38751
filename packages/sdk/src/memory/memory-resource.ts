import type { Id } from '../schemas/common.js';
import type { Me } from '../schemas/access.js';
import type { Author } from '../schemas/plan.js';
import type { Seed } from '../seed/index.js';

/** The seed a memory transport serves: contacts (which name the courses) and, optionally, the rest. */
export type MemorySeed = Pick<Seed, 'contacts'> & Partial<Omit<Seed, 'contacts'>>;

/** What the transport gives each of its resources: the seed, which courses exist, and the other resources' reads. */
export interface MemoryContext {
  /** Deep-copied by the transport, so a resource may keep what it takes from it. */
  readonly seed: MemorySeed;
  courseExists(courseId: Id): boolean;
  /**
   * Another operation of the contract answered for `caller` as the transport answers it, by its
   * operationId and path parameters (its access rule not applied: the asking resource has let the
   * caller in): for a resource made of the others' answers, as the FHIR Bundle is.
   */
  answer(operationId: string, params: Readonly<Record<string, string | number>>, caller: MemoryCaller): Promise<Response>;
}

/** A resource as someone is shown it, and the ETag of exactly that. */
export interface Shown<Resource> {
  body: Resource;
  etag: string;
}

/** Who a request comes from, as the transport answers them: whose name goes on what they write, and what they are shown. */
export interface MemoryCaller {
  /** Signs what they write, as the server signs it with the signed-in user's name. */
  readonly author: Author;
  /** The resource as they are shown it: a young person through the SDK's youth-view rule, as the server answers them. */
  shown<Resource>(resource: Resource, youthView: (resource: Resource) => Resource): Resource;
  /**
   * A versioned resource as they are shown it, with its ETag: staff get the version's; a young
   * person a digest of their view (`"y-…"`), as the server gives them, so an edit they are not
   * shown changes nothing they see.
   */
  view<Resource>(resource: Resource, version: number, youthView: (resource: Resource) => Resource): Shown<Resource>;
  /** Who they are, when the transport signs callers in (see `signIn`); `GET /me` answers it. */
  readonly me?: Me;
}

/** One resource of the in-memory transport: its state, and a handler for each of its operations. */
export interface MemoryResource {
  readonly handlers: MemoryHandlers;
}

/** A path parameter of the matched route by its name in the template (`courseId`), decoded. */
export type PathParam = (name: string) => string;

/** Answers one operation of the contract for `caller`, once the transport has matched the request to it and let them in. */
export type MemoryHandler = (request: Request, param: PathParam, caller: MemoryCaller) => Response | Promise<Response>;

/**
 * Handlers for some of the contract's operations, by operationId; the transport needs one for
 * every operation, and refuses to start without (an id here outside the contract is refused too).
 */
export type MemoryHandlers = Readonly<Record<string, MemoryHandler>>;

import type * as z from 'zod/mini';
import { addProgressionAnnotation, addProgressionReading, getCourseProgression, getProgressionScales } from '../contract/operations.js';
import type { AnnotationInput, CourseProgression, ProgressionAnnotation, ProgressionReading, ReadingInput, ScaleSet } from '../schemas/progression.js';
import { routes } from './api-paths.js';
import { requestOf, sendForBody, type Call, type CallOptions, type RequestSpec } from './call.js';

/** An added reading or annotation, and whether this call stored it (`created`) or an earlier call with the id did. */
export interface AddEntryResult<T> {
  entry: T;
  created: boolean;
}

/**
 * The progression scales of a course. Readings and annotations are added with PUT under an id the
 * caller makes (`crypto.randomUUID()` will do) and keeps for every retry: the same id again
 * returns what the first call stored, never a second reading. The id with other content is a
 * {@link ConflictError} (409): readings are append-only, so a correction is a new reading.
 */
export interface ProgressionResource {
  /** The latest scale set: every scale, its steps and which are in the default set. */
  getScales(options?: CallOptions): Promise<ScaleSet>;
  /** The course's readings and annotations, each oldest first. */
  get(courseId: string, options?: CallOptions): Promise<CourseProgression>;
  addReading(courseId: string, readingId: string, reading: ReadingInput, options?: CallOptions): Promise<AddEntryResult<ProgressionReading>>;
  addAnnotation(courseId: string, annotationId: string, annotation: AnnotationInput, options?: CallOptions): Promise<AddEntryResult<ProgressionAnnotation>>;
}

/** The progression routes on top of a client's `call`; see {@link createClient}. */
export function progressionResource(call: Call): ProgressionResource {
  const send = <S extends z.ZodMiniType>(spec: RequestSpec<S>) => sendForBody(call, spec);
  return {
    async getScales(options) {
      return (await send(requestOf(getProgressionScales, routes.progressionScales.path(), { signal: options?.signal }))).value;
    },
    async get(courseId, options) {
      return (await send(requestOf(getCourseProgression, routes.progression.path(courseId), { signal: options?.signal }))).value;
    },
    async addReading(courseId, readingId, reading, options) {
      const path = routes.progressionReading.path(courseId, readingId);
      const { value, created } = await send(requestOf(addProgressionReading, path, { json: reading, signal: options?.signal }));
      return { entry: value, created };
    },
    async addAnnotation(courseId, annotationId, annotation, options) {
      const path = routes.progressionAnnotation.path(courseId, annotationId);
      const { value, created } = await send(requestOf(addProgressionAnnotation, path, { json: annotation, signal: options?.signal }));
      return { entry: value, created };
    },
  };
}

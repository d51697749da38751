import { problemTypes } from '../client/api-paths.js';
import { readingProblems } from '../progression/reading-problems.js';
import { byDate } from '../progression/readings-by-scale.js';
import { Id } from '../schemas/common.js';
import { AnnotationInput, ReadingInput, type CourseProgression, type ProgressionAnnotation, type ProgressionReading, type ScaleSet } from '../schemas/progression.js';
import type { ProgressionSeed } from '../seed/progression.js';
import { danishToday } from '../time/calendar.js';
import { json, parseBody, problem } from './replies.js';

/**
 * The progression routes of the in-memory transport, with the reference server's rules: a reading
 * or annotation is added under the client's id, the same PUT again answers 200 with what is
 * stored, the id with other content is a 409, and nothing is ever changed or removed.
 */
export class MemoryProgression {
  private readonly scaleSet: ScaleSet | null;
  /** Readings and annotations per course id, oldest first; inspect them in tests. */
  readonly courses = new Map<Id, CourseProgression>();

  constructor(
    seed: ProgressionSeed | undefined,
    private readonly courseExists: (courseId: Id) => boolean,
    private readonly authorName: string,
  ) {
    this.scaleSet = structuredClone(seed?.scaleSet ?? null);
    for (const [courseId, progression] of Object.entries(seed?.courses ?? {})) this.courses.set(courseId, structuredClone(progression));
  }

  /** Answers `/progression/scales`. */
  scales(request: Request): Response {
    if (request.method !== 'GET') return problem(405, 'Method not allowed');
    return this.scaleSet ? json(this.scaleSet) : problem(404, 'No scale set');
  }

  /** Answers a request under `/courses/{courseId}/progression`; `rest` is what follows it. */
  async route(request: Request, courseId: Id, rest: string): Promise<Response> {
    if (!Id.safeParse(courseId).success) return problem(400, 'Invalid course id');
    if (!this.courseExists(courseId)) return problem(404, 'No such course');
    const progression = this.courses.get(courseId) ?? { readings: [], annotations: [] };
    const [kind, id, ...more] = rest.split('/').filter(Boolean).map(decodeURIComponent);
    if (kind === undefined) return request.method === 'GET' ? json(progression) : problem(405, 'Method not allowed');
    if ((kind !== 'readings' && kind !== 'annotations') || id === undefined || more.length > 0) return problem(404, 'Not found');
    if (request.method !== 'PUT') return problem(405, 'Method not allowed');
    if (!Id.safeParse(id).success) return invalid([{ path: kind === 'readings' ? 'readingId' : 'annotationId', code: 'custom' }]);
    const today = danishToday();
    let entry: ProgressionReading | ProgressionAnnotation;
    if (kind === 'readings') {
      const input = await parseBody(request, ReadingInput);
      if (input instanceof Response) return input;
      const problems = readingProblems(this.scaleSet?.scales ?? [], input, today);
      if (problems.length > 0) return invalid(problems);
      entry = { id, ...input, author: this.authorName };
    } else {
      const input = await parseBody(request, AnnotationInput);
      if (input instanceof Response) return input;
      if (input.date > today) return invalid([{ path: 'date', code: 'in_future' }]);
      entry = { id, ...input };
    }
    const list: (ProgressionReading | ProgressionAnnotation)[] = progression[kind];
    const stored = list.find((known) => known.id === id);
    if (stored) {
      // Who recorded it is not compared: a retry may come from the same person's other device.
      const { author: _a, ...sent } = entry as ProgressionReading;
      const { author: _b, ...kept } = stored as ProgressionReading;
      return JSON.stringify(sortKeys(sent)) === JSON.stringify(sortKeys(kept)) ? json(stored) : problem(409, 'Id taken', { type: problemTypes.entryIdTaken });
    }
    this.courses.set(courseId, { ...progression, [kind]: byDate([...list, entry]) });
    return json(entry, 201);
  }
}

function sortKeys(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, entry]) => entry !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
}

function invalid(errors: { path: string; code: string }[]): Response {
  return problem(400, 'Invalid request', { type: problemTypes.invalidRequest, errors });
}

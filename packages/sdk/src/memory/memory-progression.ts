import { problemTypes } from '../client/api-paths.js';
import { addProgressionAnnotation, addProgressionReading } from '../contract/operations.js';
import { readingProblems } from '../progression/reading-problems.js';
import { byDate } from '../progression/readings-by-scale.js';
import { Id } from '../schemas/common.js';
import type { CourseProgression, ProgressionAnnotation, ProgressionReading, ScaleSet } from '../schemas/progression.js';
import type { ProgressionSeed } from '../seed/progression.js';
import { danishToday } from '../time/calendar.js';
import type { MemoryCaller, MemoryHandlers, PathParam } from './memory-resource.js';
import { invalid, json, parseBody, problem } from './replies.js';
import { progressionForYouth } from '../access/youth-view.js';

/**
 * The progression operations of the in-memory transport, with the reference server's rules: a reading
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
  ) {
    this.scaleSet = structuredClone(seed?.scaleSet ?? null);
    for (const [courseId, progression] of Object.entries(seed?.courses ?? {})) this.courses.set(courseId, structuredClone(progression));
  }

  /** One handler per progression operation of the contract. */
  readonly handlers = {
    getProgressionScales: () => (this.scaleSet ? json(this.scaleSet) : problem(404, 'No scale set')),
    getCourseProgression: (_request, param, caller) => this.withCourse(param, (progression) => json(caller.shown(progression, progressionForYouth))),
    addProgressionReading: (request, param, caller) =>
      this.withCourse(param, (progression, courseId) => this.add(request, caller, courseId, progression, 'readings', param('readingId'))),
    addProgressionAnnotation: (request, param, caller) =>
      this.withCourse(param, (progression, courseId) => this.add(request, caller, courseId, progression, 'annotations', param('annotationId'))),
  } satisfies MemoryHandlers;

  /** `answer` with the course's progression, or 400 for a malformed course id and 404 for an unknown one. */
  private withCourse(param: PathParam, answer: (progression: CourseProgression, courseId: Id) => Response | Promise<Response>): Response | Promise<Response> {
    const courseId = param('courseId');
    if (!Id.safeParse(courseId).success) return problem(400, 'Invalid course id');
    if (!this.courseExists(courseId)) return problem(404, 'No such course');
    return answer(this.courses.get(courseId) ?? { readings: [], annotations: [] }, courseId);
  }

  private async add(
    request: Request,
    caller: MemoryCaller,
    courseId: Id,
    progression: CourseProgression,
    kind: 'readings' | 'annotations',
    id: string,
  ): Promise<Response> {
    if (!Id.safeParse(id).success) return invalid([{ path: kind === 'readings' ? 'readingId' : 'annotationId', code: 'custom' }]);
    const today = danishToday();
    let entry: ProgressionReading | ProgressionAnnotation;
    if (kind === 'readings') {
      const input = await parseBody(request, addProgressionReading.request);
      if (input instanceof Response) return input;
      const problems = readingProblems(this.scaleSet?.scales ?? [], input, today);
      if (problems.length > 0) return invalid(problems);
      entry = { id, ...input, author: caller.author.name };
    } else {
      const input = await parseBody(request, addProgressionAnnotation.request);
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
  return Object.entries(value)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

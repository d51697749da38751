import { problemTypes, routes } from '../client/api-paths.js';
import { AnnotationInput, CourseProgression, ProgressionAnnotation, ProgressionReading, ReadingInput, ScaleSet } from '../schemas/progression.js';
import type { OpenApiParts, ResourceDocs } from './openapi-parts.js';

type Json = Record<string, unknown>;

/** The progression routes of the OpenAPI document (issue #5), kept apart so the main file stays readable. */
export function progressionDocs({ ref, problem, opaqueId, courseId }: OpenApiParts): ResourceDocs {
  const entryId = (name: string, what: string) => ({
    name,
    in: 'path',
    required: true,
    description: `The ${what}'s id, made by the client (a UUID will do) and kept for every retry: it is the idempotency key.`,
    schema: opaqueId,
  });
  const json = (description: string, schema: Json) => ({ description, content: { 'application/json': { schema } } });
  const add = (what: string, stored: string, rules: string) => ({
    summary: `Add a ${what} under its id (append-only; safe to retry)`,
    description: `${rules} The same body under the same id again is 200 with the stored ${what}, so a retry never makes two.`,
    responses: {
      '201': json(`The ${what}, stored by this request; the server signs it with the caller's display name.`, ref(stored)),
      '200': json(`The ${what} an earlier request with this id stored, with the same content: a retry.`, ref(stored)),
      '409': problem(`A ${what} with this id exists with other content: type \`${problemTypes.entryIdTaken}\`. Use a new id; a correction is a newer ${what}.`),
    },
  });
  return {
    schemas: [
      [
        ScaleSet,
        {
          id: 'ScaleSet',
          description:
            "Progression scales as versioned data. An anchored scale's step values are their places in `steps`, from 1; a measured scale has a unit and a range.",
        },
      ],
      [CourseProgression, { id: 'CourseProgression', description: "A course's readings and annotations, each oldest first." }],
      [
        ProgressionReading,
        {
          id: 'ProgressionReading',
          description: 'One rating on one scale on one day, by the young person, the professional or both together. Append-only.',
        },
      ],
      [
        ReadingInput,
        {
          id: 'ReadingInput',
          description: 'A reading to add: the value must be a step of an anchored scale or within a measured scale’s range, and the day not in the future.',
        },
      ],
      [ProgressionAnnotation, { id: 'ProgressionAnnotation', description: "A small success or setback on the course's timeline." }],
      [AnnotationInput, { id: 'AnnotationInput', description: 'An annotation to add.' }],
    ],
    parameters: {
      [routes.progression.template]: [courseId],
      [routes.progressionReading.template]: [courseId, entryId('readingId', 'reading')],
      [routes.progressionAnnotation.template]: [courseId, entryId('annotationId', 'annotation')],
    },
    operations: {
      getProgressionScales: {
        summary: 'The latest progression scale set, as data',
        responses: {
          '200': json('The scales: anchored (steps with plain-language texts) and measured (a unit and a range).', ref('ScaleSet')),
          '404': problem('No scale set has been loaded yet.'),
        },
      },
      getCourseProgression: {
        summary: "The course's readings and annotations, each oldest first",
        responses: { '200': json('Readings and annotations; both empty when there are none yet.', ref('CourseProgression')) },
      },
      addProgressionReading: add(
        'reading',
        'ProgressionReading',
        "The scale is one of the latest set (`unknown_scale`); the value is a step of an anchored scale or within a measured scale's range (`out_of_range`); the day is not after today in Denmark (`in_future`). A young person records only readings `ratedBy: youth`, a professional `professional` or `joint` (else 403). The server signs `author`.",
      ),
      addProgressionAnnotation: add('annotation', 'ProgressionAnnotation', 'The day is not after today in Denmark (`in_future`).'),
    },
  };
}

import { getCourseFhir } from '../contract/operations.js';
import { fhirCourseForYouth } from '../fhir/course-for-youth.js';
import { courseBundle } from '../fhir/course-bundle.js';
import { fhirScalesOf, type FhirCourse } from '../fhir/fhir-course.js';
import type { Contact } from '../schemas/contact.js';
import type { ContactLog } from '../schemas/contact-log.js';
import type { CourseMeetings } from '../schemas/network-meeting.js';
import type { Plan } from '../schemas/plan.js';
import type { CourseProgression, ScaleSet } from '../schemas/progression.js';
import type { QuestionnaireDefinition, QuestionnaireDefinitionSummary, QuestionnaireResponse } from '../schemas/questionnaire.js';
import type { MemoryCaller, MemoryContext, MemoryHandlers, MemoryResource } from './memory-resource.js';
import { withCourse } from './replies.js';

/**
 * A course as a FHIR R4 Bundle in the in-memory transport: each part read through the transport's
 * own answer to it for the caller (so what was written in memory is in it, and a young person gets
 * each part's youth view), then for a young person {@link fhirCourseForYouth} as on the reference
 * server (which also leaves out the questionnaire rounds; the views are idempotent), and mapped by
 * the SDK's `courseBundle`.
 */
export class MemoryFhir implements MemoryResource {
  constructor(private readonly context: MemoryContext) {}

  readonly handlers = {
    getCourseFhir: (_request, param, caller) =>
      withCourse(param, this.context, async (courseId) => {
        const course = caller.shown(await this.courseOf(courseId, caller), fhirCourseForYouth);
        const headers = { 'content-type': `${getCourseFhir.mediaType}; charset=utf-8` };
        return new Response(JSON.stringify(courseBundle(course)), { status: 200, headers });
      }),
  } satisfies MemoryHandlers;

  private async courseOf(courseId: string, caller: MemoryCaller): Promise<FhirCourse> {
    const read = async <T>(operationId: string, params: Record<string, string | number> = {}): Promise<T | null> => {
      const answer = await this.context.answer(operationId, { courseId, ...params }, caller);
      return answer.status === 200 ? ((await answer.json()) as T) : null;
    };
    const progression = (await read<CourseProgression>('getCourseProgression')) ?? { readings: [], annotations: [] };
    const scaleSet = await read<ScaleSet>('getProgressionScales');
    return {
      courseId,
      plan: await read<Plan>('getPlan'),
      contact: await read<Contact>('getContact'),
      // The young person may not list the course's rounds: fhirCourseForYouth leaves them out.
      questionnaires: await this.questionnairesOf(courseId, read),
      progression: { ...progression, scales: fhirScalesOf(scaleSet, progression.readings) },
      contactLog: await read<ContactLog>('getContactLog'),
      meetings: (await read<CourseMeetings>('listMeetings'))?.meetings ?? [],
    };
  }

  /** The course's submitted rounds of every questionnaire, and each definition version they answered. */
  private async questionnairesOf(
    courseId: string,
    read: <T>(operationId: string, params?: Record<string, string | number>) => Promise<T | null>,
  ): Promise<FhirCourse['questionnaires']> {
    const summaries = (await read<QuestionnaireDefinitionSummary[]>('listQuestionnaireDefinitions')) ?? [];
    const responses: QuestionnaireResponse[] = [];
    for (const definitionId of new Set(summaries.map((summary) => summary.id))) {
      responses.push(
        ...((await read<QuestionnaireResponse[]>('listQuestionnaireResponses', { definitionId, subjectKind: 'course', subjectId: courseId })) ?? []),
      );
    }
    const definitions: QuestionnaireDefinition[] = [];
    const answered = new Map(responses.map((response) => [`${response.definition.id}@${response.definition.version}`, response.definition]));
    for (const { id, version } of answered.values()) {
      const definition = await read<QuestionnaireDefinition>('getQuestionnaireDefinitionVersion', { definitionId: id, version });
      if (definition) definitions.push(definition);
    }
    return { definitions, responses };
  }
}

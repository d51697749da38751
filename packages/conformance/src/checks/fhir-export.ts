import { isDeepStrictEqual } from 'node:util';
import { FHIR_JSON } from '@ungeforlob/sdk';
import { courseFromBundle, fhirCourseForYouth, FhirBundleSchema, type FhirCourse } from '@ungeforlob/sdk/fhir';
import type { Answer } from '../check-response.js';
import { bodyOf, type CheckContext } from './check-context.js';

/** This group's name in the report. */
export const GROUP = 'the course as FHIR: a Bundle the SDK reads';

/** A CPR number's shape (ddmmyy-xxxx, or ten digits), as the contract refuses it for an id. */
const CPR_SHAPED = /^\d{6}-?\d{4}$/;

/**
 * `GET /courses/{courseId}/fhir` on the team course: the team's professional gets `200` as
 * `application/fhir+json`, a Bundle of type `collection` (the SDK's `FhirBundleSchema`) that the
 * SDK's `courseFromBundle` reads back as this course, naming no one by a CPR-shaped id. The young
 * person's own Bundle holds nothing the API hides from them: read back, it is the SDK's youth view
 * of itself (`fhirCourseForYouth`: no staff-only notes, setbacks, caseload, absence reasons,
 * professionals' meeting points, unshared minutes, and no questionnaire rounds), and it is the
 * youth view of what the team's Bundle holds. Who may read it is the access matrix's part. Run
 * after the other groups, so the course holds what they wrote for the young person not to see (a
 * setback note, a meeting with a professionals' point and minutes for the team).
 */
export async function checkFhirExport({ session, results, params, fixtures }: CheckContext): Promise<void> {
  const staff = readCourse(await session.call('getCourseFhir', { as: 'professional', params: params() }), 'the team', fixtures.courses.team, results);
  const youth = readCourse(await session.call('getCourseFhir', { as: 'youth', params: params() }), 'the young person', fixtures.courses.team, results);
  if (!youth) return;
  const hidden = differingParts(fhirCourseForYouth(youth), youth);
  results.expect(
    GROUP,
    "the young person's Bundle holds nothing the API hides from them",
    hidden.length === 0,
    `read back, it shows what their view hides in: ${hidden.join(', ')}`,
  );
  if (!staff) return;
  const differing = differingParts(youth, fhirCourseForYouth(staff));
  results.expect(
    GROUP,
    "the young person's Bundle is the team's as the young person is shown it",
    differing.length === 0,
    `read back, these parts differ from the youth view of the team's: ${differing.join(', ')}`,
  );
}

/** The course a Bundle answer holds, after recording whether it is as the contract says; undefined when it is not. */
function readCourse(answer: Answer, reader: string, courseId: string, results: CheckContext['results']): FhirCourse | undefined {
  const type = (answer.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!results.expect(GROUP, `${reader}: 200 as ${FHIR_JSON}`, answer.status === 200 && type === FHIR_JSON, `got ${answer.status} as ${type || 'no type'}`))
    return undefined;
  const body = bodyOf(answer);
  if (!results.expect(GROUP, `${reader}: a Bundle of type collection, each entry with its urn:uuid`, FhirBundleSchema.safeParse(body).success))
    return undefined;
  const cprShaped = cprShapedIds(body);
  results.expect(GROUP, `${reader}: no resource id or identifier is CPR-shaped`, cprShaped.length === 0, `CPR-shaped at ${cprShaped.slice(0, 3).join(', ')}`);
  let course: FhirCourse;
  try {
    course = courseFromBundle(body);
  } catch (error) {
    results.expect(GROUP, `${reader}: the SDK's courseFromBundle reads it`, false, (error as Error).message);
    return undefined;
  }
  results.expect(GROUP, `${reader}: the SDK's courseFromBundle reads it as this course`, course.courseId === courseId, 'it is another course');
  return course;
}

/** The parts of `a` that differ from `b`, by name (never their values: they hold personal data). */
function differingParts(a: FhirCourse, b: FhirCourse): string[] {
  return (Object.keys(a) as (keyof FhirCourse)[]).filter((part) => !isDeepStrictEqual(a[part], b[part]));
}

/** Where the Bundle holds a CPR-shaped resource id or identifier value, as JSON paths. */
function cprShapedIds(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => cprShapedIds(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => {
    const here = path ? `${path}.${key}` : key;
    const flagged = (key === 'id' || (key === 'value' && path.includes('identifier'))) && typeof member === 'string' && CPR_SHAPED.test(member);
    return [...(flagged ? [here] : []), ...cprShapedIds(member, here)];
  });
}

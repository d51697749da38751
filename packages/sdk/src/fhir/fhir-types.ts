import * as z from 'zod/mini';

/** A FHIR JSON object, read or written field by field by the mapping. */
export type FhirJson = { [key: string]: unknown };

/** A FHIR R4 resource as JSON. */
export interface FhirResource extends FhirJson {
  resourceType: string;
  id: string;
}

export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

export interface FhirReference {
  /** `urn:uuid:…`: another entry of the same Bundle. */
  reference?: string;
  type?: string;
  display?: string;
}

export interface FhirExtension extends FhirJson {
  url: string;
}

/** One entry of a collection Bundle: the resource and the `urn:uuid` it is referenced by. */
export interface FhirBundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

/** A FHIR R4 Bundle of type `collection`: one course, with references between its entries. */
export interface FhirBundle extends FhirJson {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp?: string;
  entry: FhirBundleEntry[];
}

/**
 * The shape the SDK checks of a course's Bundle before reading it: a collection of resources,
 * each with its `urn:uuid` fullUrl. What a resource holds is checked as it is read (see
 * `BundleReader`), and by the FHIR validators in the project's tests.
 */
export const FhirBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: z.optional(z.iso.datetime({ offset: true })),
  entry: z.array(
    z.looseObject({
      fullUrl: z.string().check(z.regex(/^urn:uuid:[0-9a-f-]{36}$/)),
      resource: z.looseObject({ resourceType: z.string().check(z.regex(/^[A-Z][A-Za-z]+$/)), id: z.string().check(z.regex(/^[A-Za-z0-9.-]{1,64}$/)) }),
    }),
  ),
});

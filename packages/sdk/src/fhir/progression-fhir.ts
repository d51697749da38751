import { CourseProgression, type AnnotationKind, type ProgressionAnnotation, type ProgressionReading, type Rater } from '../schemas/progression.js';
import { coding, compact, concept, identifier, type BundleBuilder } from './bundle-builder.js';
import {
  codeIn,
  codeOf,
  FhirImportError,
  identifierValue,
  isObject,
  list,
  optionalIdentifierValue,
  optionalText,
  text,
  type BundleReader,
} from './bundle-reader.js';
import { HL7, ufCodeSystem } from './fhir-codes.js';
import type { FhirCourse, FhirScale } from './fhir-course.js';
import type { FhirJson, FhirResource } from './fhir-types.js';
import { parsedAs } from './parsed-as.js';

const RATERS: Record<Rater, string> = { youth: 'Den unge selv', professional: 'Fagpersonen', joint: 'Sammen' };
const ANNOTATION_KINDS: Record<AnnotationKind, string> = { success: 'Lille succes', setback: 'Tilbageslag' };

/** "The small progression" is the young person's and the professional's own rating: a survey, in FHIR's words. */
const SURVEY = concept(coding(HL7.observationCategory, 'survey', 'Survey'));

/**
 * Each reading as an Observation: the scale as its code, who rated as its method, the value as an
 * integer step (anchored scale) or a quantity with its unit (measured scale). Each success or
 * setback on the timeline as an Observation with its text.
 */
export function writeProgression(bundle: BundleBuilder, progression: FhirCourse['progression']): void {
  const scales = new Map(progression.scales.map((scale) => [scale.id, scale]));
  for (const reading of progression.readings) writeReading(bundle, reading, scales.get(reading.scaleId) ?? retiredScale(reading.scaleId, progression.readings));
  for (const annotation of progression.annotations) writeAnnotation(bundle, annotation);
}

function writeReading(bundle: BundleBuilder, reading: ProgressionReading, scale: FhirScale): void {
  bundle.add(
    'Observation',
    `reading/${reading.id}`,
    compact({
      identifier: [identifier('progression-reading', reading.id)],
      status: 'final',
      category: [SURVEY],
      code: concept(coding(ufCodeSystem('progression-scale'), scale.id, scale.title)),
      subject: bundle.patient,
      effectiveDateTime: reading.date,
      performer: [{ display: reading.author }],
      ...valueOf(reading.value, scale),
      note: reading.note === undefined ? undefined : [{ text: reading.note }],
      method: concept(coding(ufCodeSystem('rater'), reading.ratedBy, RATERS[reading.ratedBy])),
    }),
  );
}

/**
 * A reading on a scale the course's scales do not name (the municipality took it out of a newer
 * scale set) keeps its scale by id: a whole-number reading as a step, any other as a measured value.
 */
export function retiredScale(scaleId: string, readings: readonly ProgressionReading[]): FhirScale {
  const steps = readings.every((reading) => reading.scaleId !== scaleId || isStep(reading.value));
  return { id: scaleId, title: scaleId, kind: steps ? 'anchored' : 'measured' };
}

/** A FHIR integer: whole, and within 32 bits. */
const isStep = (value: number) => Number.isInteger(value) && Math.abs(value) <= 2_147_483_647;

/** A step that is not a FHIR integer (a scale redefined from measured to anchored): a quantity in the unit "step". */
const STEP_UNIT = { system: ufCodeSystem('scale-unit'), code: 'step' } as const;

/**
 * An anchored scale's step is an integer; a measured scale's value is a quantity, with its unit
 * where it has one. A value on an anchored scale that is not a FHIR integer goes as a quantity in
 * steps, so it is neither dropped nor made something HAPI refuses.
 */
function valueOf(value: number, scale: FhirScale): FhirJson {
  if (scale.kind === 'anchored') return isStep(value) ? { valueInteger: value } : { valueQuantity: { value, ...STEP_UNIT } };
  return { valueQuantity: compact({ value, unit: scale.unit || undefined }) };
}

function writeAnnotation(bundle: BundleBuilder, annotation: ProgressionAnnotation): void {
  bundle.add('Observation', `annotation/${annotation.id}`, {
    identifier: [identifier('progression-annotation', annotation.id)],
    status: 'final',
    code: concept(coding(ufCodeSystem('progression-annotation'), annotation.kind, ANNOTATION_KINDS[annotation.kind])),
    subject: bundle.patient,
    effectiveDateTime: annotation.date,
    valueString: annotation.text,
  });
}

/** The readings and annotations from the Bundle's Observations, and the scales the readings are on (as the Bundle names them). */
export function readProgression(reader: BundleReader): FhirCourse['progression'] {
  const observations = reader.all('Observation');
  const readings = observations.filter((observation) => optionalIdentifierValue(observation, 'progression-reading') !== undefined);
  const scales = new Map<string, FhirScale>();
  for (const observation of readings) {
    const scale = scaleOf(observation);
    if (!scales.has(scale.id)) scales.set(scale.id, scale);
  }
  const progression = parsedAs(CourseProgression, 'Observation', {
    readings: readings.map(readReading),
    annotations: observations.filter((observation) => optionalIdentifierValue(observation, 'progression-annotation') !== undefined).map(readAnnotation),
  });
  return { ...progression, scales: [...scales.values()] };
}

function scaleOf(observation: FhirResource): FhirScale {
  const scaleCoding = list(isObject(observation['code']) ? observation['code'] : {}, 'coding').find((c) => c['system'] === ufCodeSystem('progression-scale'));
  if (!scaleCoding) throw new FhirImportError('Observation.code', 'must name the progression scale');
  const quantity = observation['valueQuantity'];
  const unit = isObject(quantity) ? optionalText(quantity, 'unit') : undefined;
  return compact({
    id: text(scaleCoding, 'code', 'Observation.code.coding'),
    title: text(scaleCoding, 'display', 'Observation.code.coding'),
    kind: isObject(quantity) && quantity['code'] !== STEP_UNIT.code ? ('measured' as const) : ('anchored' as const),
    unit,
  });
}

function readReading(observation: FhirResource): unknown {
  const quantity = observation['valueQuantity'];
  const note = list(observation, 'note')[0];
  return compact({
    id: identifierValue(observation, 'progression-reading', 'Observation.identifier'),
    scaleId: codeIn(observation['code'], ufCodeSystem('progression-scale')),
    value: isObject(quantity) ? quantity['value'] : observation['valueInteger'],
    date: observation['effectiveDateTime'],
    ratedBy: codeOf(observation['method'], ufCodeSystem('rater'), Object.keys(RATERS) as Rater[], 'Observation.method'),
    note: note ? optionalText(note, 'text') : undefined,
    author: list(observation, 'performer')[0]?.['display'],
  });
}

function readAnnotation(observation: FhirResource): unknown {
  return {
    id: identifierValue(observation, 'progression-annotation', 'Observation.identifier'),
    date: observation['effectiveDateTime'],
    kind: codeOf(observation['code'], ufCodeSystem('progression-annotation'), Object.keys(ANNOTATION_KINDS) as AnnotationKind[], 'Observation.code'),
    text: observation['valueString'],
  };
}

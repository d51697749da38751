import { defaultQuestionnaireDefinition } from '../questionnaire/default-definition.js';
import {
  QuestionnaireDefinition,
  QuestionnaireResponse,
  type Answer,
  type AnswerPart,
  type Answers,
  type Criterion,
  type QuestionnaireItem,
  type RatingScale,
  type ShowCondition,
  UNKNOWN_RATING,
} from '../schemas/questionnaire.js';
import { extensionOf, FhirImportError, isObject, list, object, text, type BundleReader } from './bundle-reader.js';
import { ufIdentifierSystem } from './fhir-codes.js';
import type { FhirJson, FhirResource } from './fhir-types.js';
import { parsedAs } from './parsed-as.js';
import { CRITERION_SUFFIX, PART_TYPES, QUESTIONNAIRE_BASE, RATING_SYSTEM, STEP_CODES, versionKey, type Questionnaires } from './questionnaire-fhir-layout.js';

/*
 * A course's strategic-criteria rounds read back from the Questionnaires and
 * QuestionnaireResponses questionnaire-to-fhir.ts writes. What that leaves out or changes (see the
 * top of that file) is not read back: a definition comes back as the course's form of it, in
 * Danish, so exporting what is read gives the same Bundle.
 */

/**
 * What a definition read back gets where none of its questions carries it: the strategic
 * criteria's scale in Danish where it rates nothing, and its "don't know" label where it never
 * allows that answer. Either is used by no question, so it is never shown and never exported.
 */
const DEFAULT_SCALE: RatingScale = {
  steps: defaultQuestionnaireDefinition.scale.steps.map((step) => ({ value: step.value, label: { da: step.label.da } })),
  unknown: { da: defaultQuestionnaireDefinition.scale.unknown.da },
};

/**
 * The definition versions the Bundle's Questionnaires carry, in their order, and its rounds with
 * this course as their subject. What the Bundle does not carry (see questionnaire-to-fhir.ts) is left
 * out, and a definition whose questions carry no scale gets the strategic criteria's Danish one.
 */
export function readQuestionnaires(reader: BundleReader, courseId: string): Questionnaires {
  const definitions: QuestionnaireDefinition[] = [];
  reader.all('Questionnaire').forEach((questionnaire, index) => {
    const at = `Questionnaire[${index}]`;
    const definition = readDefinition(questionnaire, at);
    if (definitions.some((other) => versionKey(other) === versionKey(definition))) throw new FhirImportError(`${at}.version`, 'occurs twice');
    definitions.push(definition);
  });
  const responses = reader
    .all('QuestionnaireResponse')
    .map((response, index) => readResponse(reader, response, definitions, courseId, `QuestionnaireResponse[${index}]`));
  return { definitions, responses };
}

/** A rating question's answer options: the four step labels, and "don't know"'s where it is allowed. */
interface ScaleOptions {
  labels: string[];
  unknown: string | undefined;
  at: string;
}

/** What reading a Questionnaire's items gathers for checks across them. */
interface DefinitionReading {
  options: ScaleOptions[];
  /** Each condition's question, to check it names the kind of question it was read as. */
  conditions: { itemId: string; subItem: boolean; at: string }[];
}

function readDefinition(questionnaire: FhirResource, at: string): QuestionnaireDefinition {
  const url = text(questionnaire, 'url', at);
  if (!url.startsWith(QUESTIONNAIRE_BASE)) throw new FhirImportError(`${at}.url`, `must be ${QUESTIONNAIRE_BASE} and the definition's id`);
  const reading: DefinitionReading = { options: [], conditions: [] };
  const criteria = list(questionnaire, 'item').map((item, index) => readCriterion(item, `${at}.item[${index}]`, reading));
  const definition = parsedAs(QuestionnaireDefinition, at, {
    id: url.slice(QUESTIONNAIRE_BASE.length),
    version: positiveInteger(text(questionnaire, 'version', at), `${at}.version`),
    title: { da: text(questionnaire, 'title', at) },
    scale: scaleOf(reading.options),
    criteria,
  });
  checkConditions(definition, reading);
  return definition;
}

/** A version as the Questionnaire writes it: a whole number from 1, without leading zeros. */
function positiveInteger(value: string, at: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) throw new FhirImportError(at, 'must be a whole number from 1');
  return Number(value);
}

function readCriterion(group: FhirJson, at: string, reading: DefinitionReading): Criterion {
  const linkId = text(group, 'linkId', at);
  if (!linkId.endsWith(CRITERION_SUFFIX)) throw new FhirImportError(`${at}.linkId`, `must be a criterion's id and ${CRITERION_SUFFIX}`);
  expectType(group, 'group', at);
  return {
    id: linkId.slice(0, -CRITERION_SUFFIX.length),
    title: { da: text(group, 'text', at) },
    items: list(group, 'item').map((item, index) => readItem(item, `${at}.item[${index}]`, reading)),
  };
}

function readItem(group: FhirJson, at: string, reading: DefinitionReading): QuestionnaireItem {
  const id = text(group, 'linkId', at);
  expectType(group, 'group', at);
  const parts: AnswerPart[] = [];
  const required: AnswerPart[] = [];
  const subItems: NonNullable<QuestionnaireItem['subItems']> = [];
  const unknownAllowed: boolean[] = [];
  list(group, 'item').forEach((question, index) => {
    const questionAt = `${at}.item[${index}]`;
    const linkId = text(question, 'linkId', questionAt);
    const isRequired = requiredOf(question, questionAt);
    // A part's question is `<item id>.<part>`; any other is a sub-item's, which is a rating.
    const part = linkId.startsWith(`${id}.`) ? partNamed(linkId.slice(id.length + 1), `${questionAt}.linkId`) : undefined;
    expectType(question, part ? PART_TYPES[part] : 'choice', questionAt);
    if (part) {
      parts.push(part);
      if (isRequired) required.push(part);
    } else subItems.push({ id: linkId, text: { da: text(question, 'text', questionAt) }, ...(isRequired ? { required: true } : {}) });
    if (part && part !== 'rating') return;
    const options = optionsOf(question, questionAt);
    reading.options.push(options);
    unknownAllowed.push(options.unknown !== undefined);
  });
  // "Don't know" is allowed or not for all of an item's ratings alike.
  if (new Set(unknownAllowed).size > 1) throw new FhirImportError(at, 'must allow "don\'t know" for all of its ratings or for none');
  const condition = conditionOf(group, at, reading);
  return {
    id,
    text: { da: text(group, 'text', at) },
    parts,
    ...(required.length ? { required } : {}),
    ...(unknownAllowed[0] === false ? { allowUnknown: false } : {}),
    ...(condition ? { showWhen: [condition] } : {}),
    ...(subItems.length ? { subItems } : {}),
  };
}

function partNamed(name: string, at: string): AnswerPart {
  if (!Object.hasOwn(PART_TYPES, name)) throw new FhirImportError(at, 'must end in .rating, .reflection or .nextStep');
  return name as AnswerPart;
}

function expectType(item: FhirJson, type: string, at: string): void {
  if (item['type'] !== type) throw new FhirImportError(`${at}.type`, `must be ${type}`);
}

function requiredOf(item: FhirJson, at: string): boolean {
  const required = item['required'];
  if (required !== undefined && typeof required !== 'boolean') throw new FhirImportError(`${at}.required`, 'must be true or false');
  return required === true;
}

/** A rating question's options: the codes 1 to 4 with their labels, in order, then "don't know" or nothing. */
function optionsOf(question: FhirJson, at: string): ScaleOptions {
  const codings = list(question, 'answerOption').map((option, index) => {
    const valueCoding = object(option, 'valueCoding', `${at}.answerOption[${index}]`);
    if (valueCoding['system'] !== RATING_SYSTEM) throw new FhirImportError(`${at}.answerOption[${index}].valueCoding.system`, `must be ${RATING_SYSTEM}`);
    return { code: valueCoding['code'], display: text(valueCoding, 'display', `${at}.answerOption[${index}].valueCoding`) };
  });
  const steps = codings.slice(0, STEP_CODES.length);
  const rest = codings.slice(STEP_CODES.length);
  const stepsInOrder = steps.length === STEP_CODES.length && steps.every((step, index) => step.code === STEP_CODES[index]);
  if (!stepsInOrder || rest.length > 1 || (rest[0] && rest[0].code !== UNKNOWN_RATING))
    throw new FhirImportError(`${at}.answerOption`, 'must be the ratings 1 to 4 in order, then "unknown" or nothing');
  return { labels: steps.map((step) => step.display), unknown: rest[0]?.display, at };
}

/** The definition's scale: every rating question carries the same labels, so the first one says it. */
function scaleOf(options: readonly ScaleOptions[]): RatingScale {
  const first = options[0];
  const unknown = options.find((option) => option.unknown !== undefined)?.unknown;
  for (const option of options) {
    const same = option.labels.every((label, index) => label === first?.labels[index]) && (option.unknown === undefined || option.unknown === unknown);
    if (!same) throw new FhirImportError(`${option.at}.answerOption`, "must have the same labels as the questionnaire's other ratings");
  }
  return {
    steps: first ? first.labels.map((label, index) => ({ value: (index + 1) as 1 | 2 | 3 | 4, label: { da: label } })) : DEFAULT_SCALE.steps,
    unknown: unknown === undefined ? DEFAULT_SCALE.unknown : { da: unknown },
  };
}

/** The rating condition `enableWhenOf` wrote: equalities with one question's ratings, a range of them, any enabling. */
function conditionOf(group: FhirJson, at: string, reading: DefinitionReading): ShowCondition | undefined {
  const whens = list(group, 'enableWhen');
  if (!whens.length) return undefined;
  if (whens.length > 1 && group['enableBehavior'] !== 'any') throw new FhirImportError(`${at}.enableBehavior`, 'must be any');
  const questions = new Set<unknown>();
  const ratings = whens.map((when, index) => {
    const whenAt = `${at}.enableWhen[${index}]`;
    questions.add(text(when, 'question', whenAt));
    const answer = when['answerCoding'];
    const rating = isObject(answer) && answer['system'] === RATING_SYSTEM ? STEP_CODES.indexOf(answer['code'] as '1') + 1 : 0;
    if (when['operator'] !== '=' || rating === 0) throw new FhirImportError(whenAt, 'must be a rating from 1 to 4 the question equals');
    return rating;
  });
  const [question] = questions;
  const lowest = Math.min(...ratings);
  const highest = Math.max(...ratings);
  const range = new Set(ratings).size === ratings.length && highest - lowest + 1 === ratings.length;
  if (questions.size > 1 || !range || typeof question !== 'string')
    throw new FhirImportError(`${at}.enableWhen`, "must name one question's ratings, a range of them");
  const subItem = !question.endsWith('.rating');
  const itemId = subItem ? question : question.slice(0, -'.rating'.length);
  reading.conditions.push({ itemId, subItem, at: `${at}.enableWhen` });
  return { kind: 'rating', itemId, ...(lowest > 1 ? { atLeast: lowest } : {}), ...(highest < 4 ? { atMost: highest } : {}) } as ShowCondition;
}

/** A condition's question is a sub-item's own or an item's `.rating`, as the condition says. */
function checkConditions(definition: QuestionnaireDefinition, reading: DefinitionReading): void {
  const subItemIds = new Set(definition.criteria.flatMap((criterion) => criterion.items.flatMap((item) => (item.subItems ?? []).map((sub) => sub.id))));
  for (const condition of reading.conditions) {
    if (subItemIds.has(condition.itemId) !== condition.subItem)
      throw new FhirImportError(`${condition.at}.question`, "must be a sub-item's or an item's rating question");
  }
}

function readResponse(
  reader: BundleReader,
  resource: FhirResource,
  definitions: readonly QuestionnaireDefinition[],
  courseId: string,
  at: string,
): QuestionnaireResponse {
  const id = responseId(resource, at);
  if (resource['status'] !== 'completed') throw new FhirImportError(`${at}.status`, 'must be completed: a round is a submitted response');
  const canonical = text(resource, 'questionnaire', at);
  const definition = definitions.find((candidate) => canonical === `${QUESTIONNAIRE_BASE}${versionKey(candidate)}`);
  if (!definition) throw new FhirImportError(`${at}.questionnaire`, "must be a Questionnaire's url and version, of the Bundle");
  reader.resolve(resource['subject'], 'Patient', `${at}.subject`);
  return parsedAs(QuestionnaireResponse, at, {
    id,
    subject: { kind: 'course', id: courseId },
    definition: { id: definition.id, version: definition.version },
    round: extensionOf(resource, 'round')?.['valuePositiveInt'],
    answers: answersOf(resource, definition, at),
    submittedAt: text(resource, 'authored', at),
    submittedBy: reader.author(resource['author'], `${at}.author`),
  });
}

/** A QuestionnaireResponse has one identifier (R4: 0..1), not a list. */
function responseId(resource: FhirResource, at: string): string {
  const found = object(resource, 'identifier', at);
  if (found['system'] !== ufIdentifierSystem('questionnaire-response'))
    throw new FhirImportError(`${at}.identifier.system`, `must be ${ufIdentifierSystem('questionnaire-response')}`);
  return text(found, 'value', `${at}.identifier`);
}

/** The answers by item and sub-item id, from the response's questions with an answer, wherever they are nested. */
function answersOf(resource: FhirResource, definition: QuestionnaireDefinition, at: string): Answers {
  const targets = answerTargets(definition);
  const answers = new Map<string, Answer>();
  const visit = (items: FhirJson[], itemsAt: string): void =>
    items.forEach((item, index) => {
      const itemAt = `${itemsAt}[${index}]`;
      if (!Array.isArray(item['answer'])) return visit(list(item, 'item'), `${itemAt}.item`);
      const linkId = text(item, 'linkId', itemAt);
      const target = targets.get(linkId);
      if (!target) throw new FhirImportError(`${itemAt}.linkId`, 'must be a question of its Questionnaire');
      const answer = answers.get(target.id) ?? {};
      if (answer[target.part] !== undefined) throw new FhirImportError(itemAt, 'answers a question answered before');
      answers.set(target.id, { ...answer, [target.part]: answerValue(item, target.part, itemAt) });
    });
  visit(list(resource, 'item'), `${at}.item`);
  // fromEntries makes own keys whatever the id (even `__proto__`).
  return Object.fromEntries(answers);
}

/** Each question of the definition by linkId: whose answer it is, and which part. */
function answerTargets(definition: QuestionnaireDefinition): Map<string, { id: string; part: AnswerPart }> {
  const targets = new Map<string, { id: string; part: AnswerPart }>();
  for (const item of definition.criteria.flatMap((criterion) => criterion.items)) {
    for (const part of item.parts) targets.set(`${item.id}.${part}`, { id: item.id, part });
    for (const sub of item.subItems ?? []) targets.set(sub.id, { id: sub.id, part: 'rating' });
  }
  return targets;
}

/** A rating, or a text part's words. */
function answerValue(item: FhirJson, part: AnswerPart, at: string): number | string {
  const answers = list(item, 'answer');
  const answer = answers[0];
  if (answers.length !== 1 || !answer) throw new FhirImportError(`${at}.answer`, 'must be one answer');
  if (part !== 'rating') return text(answer, 'valueString', `${at}.answer[0]`);
  const valueCoding = object(answer, 'valueCoding', `${at}.answer[0]`);
  const code = valueCoding['code'];
  if (valueCoding['system'] !== RATING_SYSTEM || !(code === UNKNOWN_RATING || STEP_CODES.includes(code as '1')))
    throw new FhirImportError(`${at}.answer[0].valueCoding`, `must be a rating of ${RATING_SYSTEM}`);
  return code === UNKNOWN_RATING ? UNKNOWN_RATING : Number(code);
}

import { defaultQuestionnaireDefinition } from '../questionnaire/default-definition.js';
import type { Author } from '../schemas/plan.js';
import {
  QuestionnaireDefinition,
  QuestionnaireResponse,
  type Answer,
  type AnswerPart,
  type Answers,
  type Criterion,
  type DefinitionRef,
  type QuestionnaireItem,
  type Rating,
  type RatingScale,
  type ShowCondition,
  UNKNOWN_RATING,
} from '../schemas/questionnaire.js';
import { coding, compact, extension, identifier, type BundleBuilder } from './bundle-builder.js';
import { extensionOf, FhirImportError, isObject, list, object, text, type BundleReader } from './bundle-reader.js';
import { UF_FHIR, ufCodeSystem, ufIdentifierSystem } from './fhir-codes.js';
import type { FhirCoding, FhirJson, FhirReference, FhirResource } from './fhir-types.js';
import type { FhirCourse } from './fhir-course.js';
import { parsedAs } from './parsed-as.js';

/*
 * The strategic-criteria rounds of a course as FHIR: one Questionnaire per definition version a
 * round answered, and one QuestionnaireResponse per round. Each criterion is a group, each item a
 * group in it with one question per part it asks for (`<item id>.rating`, `.reflection`,
 * `.nextStep`), then one choice question per sub-item (linkId: the sub-item's id). A response
 * nests its answers the same way, so a FHIR form tool can show a round against its Questionnaire.
 *
 * Not in the Bundle, and so not read back: English texts, help texts, the definition's intro and
 * the criteria's descriptions, the scale steps' descriptions, conditions on the kind of subject
 * (a course Bundle has one kind) and an item's rating conditions unless it has exactly one, an
 * explicit `allowUnknown: true` (the default) and `allowUnknown` of an item that rates nothing,
 * `required: false` of a sub-item, answers to parts or items the version does not ask for,
 * definitions no round of the course answered, and rounds about an offer or another course.
 */

/** The 1–4 ratings and "don't know" as codes of the project's rating system. */
const RATING_SYSTEM = ufCodeSystem('rating');
const STEP_CODES = ['1', '2', '3', '4'] as const;

/** A definition's Questionnaire is `<base><definition id>`; its versions share the url. */
const QUESTIONNAIRE_BASE = `${UF_FHIR}/Questionnaire/`;

/**
 * A criterion group's linkId is its id with this suffix: linkIds must be unique in a Questionnaire
 * (que-2), and a definition keeps item ids apart from each other but not from criterion ids. Ids
 * have no dot, and no part is called `criterion`, so the suffix cannot meet another linkId.
 */
const CRITERION_SUFFIX = '.criterion';

const PART_TYPES: Record<AnswerPart, 'choice' | 'text'> = { rating: 'choice', reflection: 'text', nextStep: 'text' };
/** A part question's label, as the questionnaire widget says it in Danish: the item's text is its group's. */
const PART_TEXTS: Record<AnswerPart, string> = { rating: 'Vurdering', reflection: 'Refleksion', nextStep: 'Næste skridt' };

/**
 * What a definition read back gets where none of its questions carries it: the strategic
 * criteria's scale in Danish where it rates nothing, and its "don't know" label where it never
 * allows that answer. Either is used by no question, so it is never shown and never exported.
 */
const DEFAULT_SCALE: RatingScale = {
  steps: defaultQuestionnaireDefinition.scale.steps.map((step) => ({ value: step.value, label: { da: step.label.da } })),
  unknown: { da: defaultQuestionnaireDefinition.scale.unknown.da },
};

type Questionnaires = FhirCourse['questionnaires'];

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/**
 * Adds the course's rounds (subject: this course) as QuestionnaireResponses, after one
 * Questionnaire per definition version they answered, in the order the rounds first use them.
 * Throws an Error when a round answered a version that is not among `definitions`.
 */
export function writeQuestionnaires(bundle: BundleBuilder, { definitions, responses }: Questionnaires): void {
  const rounds = responses.filter((response) => response.subject.kind === 'course' && response.subject.id === bundle.courseId);
  const used = new Map<string, QuestionnaireDefinition>();
  for (const response of rounds) {
    const key = versionKey(response.definition);
    if (used.has(key)) continue;
    const definition = definitions.find((candidate) => versionKey(candidate) === key);
    if (!definition) throw new Error(`questionnaire response ${response.id} answered a definition version the course does not include`);
    used.set(key, definition);
  }
  for (const [key, definition] of used) bundle.add('Questionnaire', key, questionnaireFields(definition));
  for (const response of rounds) bundle.add('QuestionnaireResponse', response.id, responseFields(bundle, response, used.get(versionKey(response.definition))!));
}

/** A definition version's key in the Bundle, and the canonical's version part: `<id>|<version>`. */
function versionKey(ref: DefinitionRef): string {
  return `${ref.id}|${ref.version}`;
}

function questionnaireFields(definition: QuestionnaireDefinition): FhirJson {
  const subItemIds = new Set(definition.criteria.flatMap((criterion) => criterion.items.flatMap((item) => (item.subItems ?? []).map((sub) => sub.id))));
  return {
    url: `${QUESTIONNAIRE_BASE}${definition.id}`,
    version: String(definition.version),
    title: definition.title.da,
    status: 'active',
    item: definition.criteria.map((criterion) => ({
      linkId: `${criterion.id}${CRITERION_SUFFIX}`,
      text: criterion.title.da,
      type: 'group',
      item: criterion.items.map((item) => itemGroup(item, definition.scale, subItemIds)),
    })),
  };
}

/** An item as a group: its parts' questions in `parts` order, then its sub-items' ratings. */
function itemGroup(item: QuestionnaireItem, scale: RatingScale, subItemIds: ReadonlySet<string>): FhirJson {
  const options = answerOptions(scale, item.allowUnknown !== false);
  const required = item.required ?? [];
  return compact({
    linkId: item.id,
    text: item.text.da,
    type: 'group',
    ...enableWhenOf(item, subItemIds),
    item: [
      ...item.parts.map((part) =>
        compact({
          linkId: `${item.id}.${part}`,
          text: PART_TEXTS[part],
          type: PART_TYPES[part],
          required: required.includes(part) || undefined,
          answerOption: part === 'rating' ? options : undefined,
        }),
      ),
      ...(item.subItems ?? []).map((sub) =>
        compact({ linkId: sub.id, text: sub.text.da, type: 'choice', required: sub.required || undefined, answerOption: options }),
      ),
    ],
  });
}

function answerOptions(scale: RatingScale, allowUnknown: boolean): FhirJson[] {
  const ratings: Rating[] = allowUnknown ? [1, 2, 3, 4, UNKNOWN_RATING] : [1, 2, 3, 4];
  return ratings.map((rating) => ({ valueCoding: ratingCoding(scale, rating) }));
}

function ratingCoding(scale: RatingScale, rating: Rating): FhirCoding {
  const label = rating === UNKNOWN_RATING ? scale.unknown : scale.steps.find((step) => step.value === rating)?.label;
  return coding(RATING_SYSTEM, String(rating), label?.da);
}

/**
 * An item's one rating condition as `enableWhen`: one equality per rating it allows, any of them
 * enabling the item. "Don't know" and no answer equal none of them, as they hold no condition. A
 * rating condition among others is left out (FHIR cannot say "all of these, each any of those"),
 * and so are subject conditions: in a course Bundle they either always hold or never do.
 */
function enableWhenOf(item: QuestionnaireItem, subItemIds: ReadonlySet<string>): FhirJson {
  const conditions = (item.showWhen ?? []).filter((condition) => condition.kind === 'rating');
  const condition = conditions[0];
  if (conditions.length !== 1 || !condition) return {};
  // A sub-item is a question of its own; an item's rating is its `.rating` question.
  const question = subItemIds.has(condition.itemId) ? condition.itemId : `${condition.itemId}.rating`;
  const codes = STEP_CODES.filter((_, index) => index + 1 >= (condition.atLeast ?? 1) && index + 1 <= (condition.atMost ?? 4));
  return compact({
    enableWhen: codes.map((code) => ({ question, operator: '=', answerCoding: { system: RATING_SYSTEM, code } })),
    // Required with more than one (que-12).
    enableBehavior: codes.length > 1 ? 'any' : undefined,
  });
}

function responseFields(bundle: BundleBuilder, response: QuestionnaireResponse, definition: QuestionnaireDefinition): FhirJson {
  return compact({
    extension: [extension('round', { valuePositiveInt: response.round })],
    identifier: identifier('questionnaire-response', response.id),
    questionnaire: `${QUESTIONNAIRE_BASE}${versionKey(definition)}`,
    status: 'completed',
    subject: { ...bundle.patient },
    authored: response.submittedAt,
    author: authorReference(bundle, response.submittedBy),
    item: answerItems(definition, response.answers),
  });
}

/** The young person is the course's Patient; a professional is named only (the API says no more of them). */
function authorReference(bundle: BundleBuilder, author: Author): FhirReference {
  return author.role === 'youth' ? { ...bundle.patient, display: author.name } : { type: 'Practitioner', display: author.name };
}

/** The answers nested as the Questionnaire's items, leaving out groups with nothing answered (FHIR has no empty group). */
function answerItems(definition: QuestionnaireDefinition, answers: Answers): FhirJson[] {
  return definition.criteria.flatMap((criterion) => {
    const items = criterion.items.flatMap((item) => {
      const answered = [
        ...item.parts.flatMap((part) => answerItem(`${item.id}.${part}`, part, answerOf(answers, item.id)?.[part], definition.scale)),
        ...(item.subItems ?? []).flatMap((sub) => answerItem(sub.id, 'rating', answerOf(answers, sub.id)?.rating, definition.scale)),
      ];
      return answered.length ? [{ linkId: item.id, item: answered }] : [];
    });
    return items.length ? [{ linkId: `${criterion.id}${CRITERION_SUFFIX}`, item: items }] : [];
  });
}

function answerItem(linkId: string, part: AnswerPart, value: Answer[AnswerPart], scale: RatingScale): FhirJson[] {
  if (value === undefined) return [];
  const answer = part === 'rating' ? { valueCoding: ratingCoding(scale, value as Rating) } : { valueString: value };
  return [{ linkId, answer: [answer] }];
}

/** An id's answer; only the record's own keys (an id may be `constructor`). */
function answerOf(answers: Answers, id: string): Answer | undefined {
  return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

/**
 * The definition versions the Bundle's Questionnaires carry, in their order, and its rounds with
 * this course as their subject. What the Bundle does not carry (see the top of this file) is left
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
    submittedBy: authorOf(reader, resource, at),
  });
}

/** A QuestionnaireResponse has one identifier (R4: 0..1), not a list. */
function responseId(resource: FhirResource, at: string): string {
  const found = object(resource, 'identifier', at);
  if (found['system'] !== ufIdentifierSystem('questionnaire-response'))
    throw new FhirImportError(`${at}.identifier.system`, `must be ${ufIdentifierSystem('questionnaire-response')}`);
  return text(found, 'value', `${at}.identifier`);
}

function authorOf(reader: BundleReader, resource: FhirResource, at: string): Author {
  const author = object(resource, 'author', at);
  const name = text(author, 'display', `${at}.author`);
  if (author['reference'] !== undefined) {
    reader.resolve(author, 'Patient', `${at}.author`);
    return { role: 'youth', name };
  }
  if (author['type'] !== 'Practitioner') throw new FhirImportError(`${at}.author`, 'must be the Patient or a Practitioner by name');
  return { role: 'professional', name };
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

import type {
  Answer,
  AnswerPart,
  Answers,
  QuestionnaireDefinition,
  QuestionnaireItem,
  QuestionnaireResponse,
  Rating,
  RatingScale,
  ShowCondition,
} from '../schemas/questionnaire.js';
import { UNKNOWN_RATING } from '../schemas/questionnaire.js';
import { authorReference, coding, compact, extension, identifier, type BundleBuilder } from './bundle-builder.js';
import type { FhirCoding, FhirJson } from './fhir-types.js';
import { CRITERION_SUFFIX, PART_TYPES, QUESTIONNAIRE_BASE, RATING_SYSTEM, STEP_CODES, versionKey, type Questionnaires } from './questionnaire-fhir-layout.js';

/*
 * The strategic-criteria rounds of a course as FHIR: one Questionnaire per definition version a
 * round answered, and one QuestionnaireResponse per round. Each criterion is a group, each item a
 * group in it with one question per part it asks for (`<item id>.rating`, `.reflection`,
 * `.nextStep`), then one choice question per sub-item (linkId: the sub-item's id). A response
 * nests its answers the same way, so a FHIR form tool can show a round against its Questionnaire.
 *
 * The Questionnaire is the form as a course is shown it, in what FHIR can carry (see `courseForm`):
 * - An item a course is never shown (a subject condition without `course`, or a rating condition
 *   on an item never shown) is left out with its sub-items, and so are answers to it; a criterion
 *   left with no item is left out too (FHIR has no empty group). A version with nothing shown in a
 *   course has no Questionnaire, and its rounds are left out (they can answer nothing).
 * - A subject condition that holds for a course is left out: in a course Bundle it always holds.
 * - An item's one rating condition is its `enableWhen`. An item with more than one is shown
 *   unconditionally (FHIR cannot say "all of these, each any of those" with the SDK's rule that
 *   "don't know" never shows a follow-up), so none of its parts and sub-items is `required`:
 *   a form tool would demand answers the SDK's form never asked for.
 *
 * Not in the Bundle either, and so not read back: English texts, help texts, the definition's
 * intro and the criteria's descriptions, the scale steps' descriptions, an explicit
 * `allowUnknown: true` (the default) and `allowUnknown` of an item that rates nothing,
 * `required: false` of a sub-item, answers to parts or items the version does not ask for,
 * definitions no round of the course answered, rounds about an offer or another course, and a
 * round whose definition version is not among the course's definitions (it cannot be read
 * without it). Read back, a Bundle gives the same Bundle again.
 */

/** A part question's label, as the questionnaire widget says it in Danish: the item's text is its group's. */
const PART_TEXTS: Record<AnswerPart, string> = { rating: 'Vurdering', reflection: 'Refleksion', nextStep: 'Næste skridt' };

/**
 * Adds the course's rounds (subject: this course) as QuestionnaireResponses, after one
 * Questionnaire per definition version they answered, in the order the rounds first use them.
 * A round is left out when its version is not among `definitions`, or shows a course nothing.
 */
export function writeQuestionnaires(bundle: BundleBuilder, { definitions, responses }: Questionnaires): void {
  const forms = new Map<string, QuestionnaireDefinition | null>();
  const rounds: { response: QuestionnaireResponse; form: QuestionnaireDefinition }[] = [];
  for (const response of responses) {
    if (response.subject.kind !== 'course' || response.subject.id !== bundle.courseId) continue;
    const key = versionKey(response.definition);
    if (!forms.has(key)) {
      const definition = definitions.find((candidate) => versionKey(candidate) === key);
      forms.set(key, definition ? courseForm(definition) : null);
    }
    const form = forms.get(key);
    if (form) rounds.push({ response, form });
  }
  for (const [key, form] of forms) if (form) bundle.add('Questionnaire', `definition/${key}`, questionnaireFields(form));
  for (const { response, form } of rounds) bundle.add('QuestionnaireResponse', `response/${response.id}`, responseFields(bundle, response, form));
}

/**
 * The definition as a course is shown it, less what `enableWhen` cannot say (see the top of this
 * file): the items a course can be shown, each with at most one condition, a rating one; an item
 * that had more is unconditional and requires nothing. Null when a course is shown nothing.
 * Conditions name earlier items only, so one pass in document order finds every item never shown.
 */
function courseForm(definition: QuestionnaireDefinition): QuestionnaireDefinition | null {
  /** The items and sub-items a course is never shown. */
  const neverShown = new Set<string>();
  const criteria = definition.criteria.flatMap((criterion) => {
    const items = criterion.items.flatMap((item): QuestionnaireItem[] => {
      const conditions = item.showWhen ?? [];
      if (conditions.some((condition) => !canHold(condition, neverShown))) {
        neverShown.add(item.id);
        for (const sub of item.subItems ?? []) neverShown.add(sub.id);
        return [];
      }
      const { showWhen: _showWhen, required, subItems, ...rest } = item;
      const ratings = conditions.filter((condition) => condition.kind === 'rating');
      if (ratings.length <= 1)
        return [{ ...rest, ...(required ? { required } : {}), ...(ratings.length ? { showWhen: ratings } : {}), ...(subItems ? { subItems } : {}) }];
      return [{ ...rest, ...(subItems ? { subItems: subItems.map(({ required: _required, ...sub }) => sub) } : {}) }];
    });
    return items.length ? [{ ...criterion, items }] : [];
  });
  return criteria.length ? { ...definition, criteria } : null;
}

/** Whether a condition can hold in a course: a subject condition that allows one, a rating of an item it can be shown. */
function canHold(condition: ShowCondition, neverShown: ReadonlySet<string>): boolean {
  return condition.kind === 'subject' ? condition.subjectKinds.includes('course') : !neverShown.has(condition.itemId);
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
 * An item's rating condition (`courseForm` leaves it at most one) as `enableWhen`: one equality
 * per rating it allows, any of them enabling the item. "Don't know" and no answer equal none of
 * them, as they hold no condition.
 */
function enableWhenOf(item: QuestionnaireItem, subItemIds: ReadonlySet<string>): FhirJson {
  const condition = item.showWhen?.[0];
  if (condition?.kind !== 'rating') return {};
  // A sub-item is a question of its own; an item's rating is its `.rating` question.
  const question = subItemIds.has(condition.itemId) ? condition.itemId : `${condition.itemId}.rating`;
  const codes = STEP_CODES.filter((_, index) => index + 1 >= (condition.atLeast ?? 1) && index + 1 <= (condition.atMost ?? 4));
  return compact({
    enableWhen: codes.map((code) => ({ question, operator: '=', answerCoding: { system: RATING_SYSTEM, code } })),
    // Required with more than one (que-12).
    enableBehavior: codes.length > 1 ? 'any' : undefined,
  });
}

function responseFields(bundle: BundleBuilder, response: QuestionnaireResponse, form: QuestionnaireDefinition): FhirJson {
  return compact({
    extension: [extension('round', { valuePositiveInt: response.round })],
    identifier: identifier('questionnaire-response', response.id),
    questionnaire: `${QUESTIONNAIRE_BASE}${versionKey(form)}`,
    status: 'completed',
    subject: { ...bundle.patient },
    authored: response.submittedAt,
    author: authorReference(bundle, response.submittedBy),
    item: answerItems(form, response.answers),
  });
}

/** The answers nested as the Questionnaire's items, leaving out groups with nothing answered (FHIR has no empty group). */
function answerItems(form: QuestionnaireDefinition, answers: Answers): FhirJson[] {
  return form.criteria.flatMap((criterion) => {
    const items = criterion.items.flatMap((item) => {
      const answered = [
        ...item.parts.flatMap((part) => answerItem(`${item.id}.${part}`, part, answerOf(answers, item.id)?.[part], form.scale)),
        ...(item.subItems ?? []).flatMap((sub) => answerItem(sub.id, 'rating', answerOf(answers, sub.id)?.rating, form.scale)),
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

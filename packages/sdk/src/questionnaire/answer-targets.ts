import type { Id } from '../schemas/common.js';
import type { AnswerPart, Answers, QuestionnaireDefinition, QuestionnaireItem, QuestionnaireSubject, ShowCondition } from '../schemas/questionnaire.js';

/**
 * Something that takes an answer: an item, or one of its sub-items (empowerment's five
 * dimensions). Answers are keyed by `id`, which is unique in the whole definition.
 */
export interface AnswerTarget {
  /** The item's id, or the sub-item's: the key of its answer. */
  id: Id;
  criterionId: Id;
  /** The item this target is, or belongs to; visibility is decided per item. */
  itemId: Id;
  /** Set when the target is a sub-item. */
  subItemId?: Id;
  /** The parts it takes; a sub-item takes a rating only. */
  parts: readonly AnswerPart[];
  /** The parts that must be answered before submitting. */
  required: readonly AnswerPart[];
  /** Whether "don't know / not relevant" is a valid rating here. */
  allowUnknown: boolean;
}

/** Every answer target of a definition in document order: each item, then its sub-items. */
export function answerTargets(definition: QuestionnaireDefinition): AnswerTarget[] {
  return definition.criteria.flatMap((criterion) =>
    criterion.items.flatMap((item): AnswerTarget[] => {
      const allowUnknown = item.allowUnknown ?? true;
      const own: AnswerTarget = { id: item.id, criterionId: criterion.id, itemId: item.id, parts: item.parts, required: item.required ?? [], allowUnknown };
      const subItems = (item.subItems ?? []).map((subItem): AnswerTarget => ({
        id: subItem.id,
        criterionId: criterion.id,
        itemId: item.id,
        subItemId: subItem.id,
        parts: ['rating'],
        required: subItem.required ? ['rating'] : [],
        allowUnknown,
      }));
      return [own, ...subItems];
    }),
  );
}

/** A criterion with the items shown for the answers and subject so far. */
export interface VisibleCriterion {
  criterion: QuestionnaireDefinition['criteria'][number];
  items: QuestionnaireItem[];
}

/**
 * The ids of the items shown, given the answers so far and the subject. One pass in document order
 * is enough: a definition's conditions only name earlier items. An item hidden by its own
 * condition does not count as rated, so whatever was answered there cannot open a later item.
 */
export function shownItemIds(definition: QuestionnaireDefinition, answers: Answers, subject: QuestionnaireSubject): Set<Id> {
  const shown = new Set<Id>();
  const itemOf = new Map<Id, Id>();
  for (const criterion of definition.criteria) {
    for (const item of criterion.items) {
      if ((item.showWhen ?? []).every((condition) => holds(condition, answers, subject, shown, itemOf))) shown.add(item.id);
      itemOf.set(item.id, item.id);
      for (const subItem of item.subItems ?? []) itemOf.set(subItem.id, item.id);
    }
  }
  return shown;
}

function holds(condition: ShowCondition, answers: Answers, subject: QuestionnaireSubject, shown: ReadonlySet<Id>, itemOf: ReadonlyMap<Id, Id>): boolean {
  if (condition.kind === 'subject') return condition.subjectKinds.includes(subject.kind);
  const item = itemOf.get(condition.itemId);
  if (item === undefined || !shown.has(item)) return false;
  const rating = answers[condition.itemId]?.rating;
  if (typeof rating !== 'number') return false;
  return (condition.atLeast === undefined || rating >= condition.atLeast) && (condition.atMost === undefined || rating <= condition.atMost);
}

/** The criteria with only the items shown; a criterion with none shown keeps an empty list. */
export function visibleCriteria(definition: QuestionnaireDefinition, answers: Answers, subject: QuestionnaireSubject): VisibleCriterion[] {
  const shown = shownItemIds(definition, answers, subject);
  return definition.criteria.map((criterion) => ({ criterion, items: criterion.items.filter((item) => shown.has(item.id)) }));
}

/** The answer targets of the items shown, in document order. */
export function visibleTargets(definition: QuestionnaireDefinition, answers: Answers, subject: QuestionnaireSubject): AnswerTarget[] {
  const shown = shownItemIds(definition, answers, subject);
  return answerTargets(definition).filter((target) => shown.has(target.itemId));
}

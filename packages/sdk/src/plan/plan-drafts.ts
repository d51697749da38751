import { newItemId } from '../ids/new-item-id.js';
import { IsoDate, type Id } from '../schemas/common.js';
import type { Unit } from '../schemas/contact.js';
import type { Effort, EffortInput, EffortStatus, Goal, GoalInput, GoalKind, GoalStatus, LifeGoal, LifeGoalInput, OfferRef, Plan } from '../schemas/plan.js';
import { sameValue } from './apply-plan-update.js';

// What a professional types into the plan's forms, as plain strings (what inputs hold), with the
// checks and the conversion to what the API takes. Kept out of the element so every framework's
// form behaves the same, and so a half-typed form is data that survives conflicts and errors.

/** Lengths of the API's text fields (`ShortText`, `LongText`): checked before sending, so the user sees why. */
const SHORT = 500;
const LONG = 4000;

/** Why a field cannot be saved as typed. */
export type DraftProblem = 'required' | 'tooLong' | 'invalidDate' | 'endBeforeStart' | 'unknownOffer';

/** A draft's problems by field; empty when it can be saved. */
export type DraftProblems<Field extends string> = Partial<Record<Field, DraftProblem>>;

/** An offer a professional can pick for an effort: the catalogue item and the unit that delivers it. */
export interface OfferChoice {
  offer: OfferRef;
  unit: Unit;
}

/** The value that names an offer choice in a form (`@` cannot occur in an id). */
export function offerChoiceKey(choice: OfferChoice): string {
  return `${choice.offer.id}@${choice.unit.id}`;
}

/**
 * What can be picked for an effort: the host's catalogue first, then any offer the plan already
 * uses (so editing an effort never loses its offer), once each, by name.
 */
export function offerChoices(plan: Plan | null, catalogue: readonly OfferChoice[] = []): OfferChoice[] {
  const byKey = new Map<string, OfferChoice>();
  for (const choice of [...catalogue, ...(plan?.efforts ?? []).map(({ offer, unit }) => ({ offer, unit }))]) {
    if (!byKey.has(offerChoiceKey(choice))) byKey.set(offerChoiceKey(choice), choice);
  }
  return [...byKey.values()].sort((a, b) => a.offer.name.localeCompare(b.offer.name, 'da') || a.unit.name.localeCompare(b.unit.name, 'da'));
}

/** A new opaque id for something added to a plan. */
export function newPlanItemId(prefix: 'e' | 'g' | 'n'): Id {
  return newItemId(prefix);
}

/** Whether a form's draft differs from the one it was opened with (so leaving it would lose something). */
export function draftChanged<T>(draft: T, initial: T): boolean {
  return !sameValue(draft, initial);
}

const isDate = (value: string): boolean => IsoDate.safeParse(value).success;

function text(value: string, max: number, required: boolean): DraftProblem | undefined {
  const trimmed = value.trim();
  if (!trimmed) return required ? 'required' : undefined;
  return trimmed.length > max ? 'tooLong' : undefined;
}

function date(value: string, required: boolean): DraftProblem | undefined {
  if (!value) return required ? 'required' : undefined;
  return isDate(value) ? undefined : 'invalidDate';
}

function onlyProblems<Field extends string>(problems: Record<Field, DraftProblem | undefined>): DraftProblems<Field> {
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined)) as DraftProblems<Field>;
}

const optional = (value: string): string | undefined => value.trim() || undefined;

// ---------------------------------------------------------------------------------------------
// Efforts.
// ---------------------------------------------------------------------------------------------

/** An effort as typed into the form. */
export interface EffortDraft {
  /** The effort's id; null while adding one. */
  id: Id | null;
  /** {@link offerChoiceKey} of the chosen offer, or '' before one is picked. */
  offer: string;
  /** The responsible person's name (ansvarlig). */
  responsible: string;
  how: string;
  start: string;
  end: string;
  status: EffortStatus;
  goalIds: Id[];
  nextActionText: string;
  nextActionDue: string;
}

export type EffortField = 'offer' | 'responsible' | 'how' | 'start' | 'end' | 'nextActionText' | 'nextActionDue';

/** The form's starting point: an effort to edit, or a planned one starting `today`. */
export function effortDraft(effort: Effort | EffortInput | undefined, today: IsoDate): EffortDraft {
  if (!effort) {
    return { id: null, offer: '', responsible: '', how: '', start: today, end: '', status: 'planned', goalIds: [], nextActionText: '', nextActionDue: '' };
  }
  return {
    id: effort.id,
    offer: offerChoiceKey(effort),
    responsible: effort.responsible.name,
    how: effort.how ?? '',
    start: effort.start,
    end: effort.end ?? '',
    status: effort.status,
    goalIds: [...effort.goalIds],
    nextActionText: effort.nextAction?.text ?? '',
    nextActionDue: effort.nextAction?.due ?? '',
  };
}

/** Why the draft cannot be saved yet, by field. A next action needs both what and by when. */
export function effortDraftProblems(draft: EffortDraft, choices: readonly OfferChoice[]): DraftProblems<EffortField> {
  const nextAction = Boolean(draft.nextActionText.trim() || draft.nextActionDue);
  return onlyProblems<EffortField>({
    offer: !draft.offer ? 'required' : choices.some((choice) => offerChoiceKey(choice) === draft.offer) ? undefined : 'unknownOffer',
    responsible: text(draft.responsible, SHORT, true),
    how: text(draft.how, SHORT, false),
    start: date(draft.start, true),
    end: date(draft.end, false) ?? (draft.end && isDate(draft.start) && draft.end < draft.start ? 'endBeforeStart' : undefined),
    nextActionText: text(draft.nextActionText, SHORT, nextAction),
    nextActionDue: date(draft.nextActionDue, nextAction),
  });
}

/**
 * The effort to send. The responsible person keeps their staff id while the name is unchanged;
 * an unchanged next action keeps who it was given to. Call only when {@link effortDraftProblems}
 * is empty.
 */
export function effortFromDraft(draft: EffortDraft, choices: readonly OfferChoice[], existing: EffortInput | undefined): EffortInput {
  const choice = choices.find((candidate) => offerChoiceKey(candidate) === draft.offer);
  if (!choice) throw new Error('The effort draft has no known offer; check effortDraftProblems first');
  const name = draft.responsible.trim();
  const responsible = existing && existing.responsible.name === name ? existing.responsible : { name, unit: choice.unit };
  const actionText = draft.nextActionText.trim();
  const keptAction = existing?.nextAction && existing.nextAction.text === actionText && existing.nextAction.due === draft.nextActionDue;
  const effort: EffortInput = {
    id: draft.id ?? newPlanItemId('e'),
    offer: choice.offer,
    unit: choice.unit,
    responsible,
    start: draft.start,
    status: draft.status,
    goalIds: [...draft.goalIds],
    nextAction: keptAction ? existing.nextAction : actionText ? { text: actionText, due: draft.nextActionDue, responsible } : null,
  };
  const how = optional(draft.how);
  if (how) effort.how = how;
  if (draft.end) effort.end = draft.end;
  return effort;
}

// ---------------------------------------------------------------------------------------------
// Goals.
// ---------------------------------------------------------------------------------------------

/** A goal as typed into the form. */
export interface GoalDraft {
  /** The goal's id; null while adding one. */
  id: Id | null;
  kind: GoalKind;
  text: string;
  status: GoalStatus;
  targetDate: string;
}

export type GoalField = 'text' | 'targetDate';

/** The form's starting point: a goal to edit, or a new open goal of `kind`. */
export function goalDraft(goal: Goal | GoalInput | undefined, kind: GoalKind = 'education'): GoalDraft {
  if (!goal) return { id: null, kind, text: '', status: 'open', targetDate: '' };
  return { id: goal.id, kind: goal.kind, text: goal.text, status: goal.status, targetDate: goal.targetDate ?? '' };
}

export function goalDraftProblems(draft: GoalDraft): DraftProblems<GoalField> {
  return onlyProblems<GoalField>({ text: text(draft.text, LONG, true), targetDate: date(draft.targetDate, false) });
}

/** The goal to send; call only when {@link goalDraftProblems} is empty. */
export function goalFromDraft(draft: GoalDraft): GoalInput {
  const goal: GoalInput = { id: draft.id ?? newPlanItemId('g'), kind: draft.kind, text: draft.text.trim(), status: draft.status };
  if (draft.targetDate) goal.targetDate = draft.targetDate;
  return goal;
}

// ---------------------------------------------------------------------------------------------
// The life goal.
// ---------------------------------------------------------------------------------------------

/** The life goal as typed: dreams one per line, as people list them. */
export interface LifeGoalDraft {
  text: string;
  dreams: string;
  path: string;
}

export type LifeGoalField = 'text' | 'dreams' | 'path';

export function lifeGoalDraft(lifeGoal: LifeGoal | LifeGoalInput): LifeGoalDraft {
  return { text: lifeGoal.text, dreams: lifeGoal.dreams.join('\n'), path: lifeGoal.path ?? '' };
}

const dreamLines = (dreams: string): string[] =>
  dreams
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function lifeGoalDraftProblems(draft: LifeGoalDraft): DraftProblems<LifeGoalField> {
  return onlyProblems<LifeGoalField>({
    text: text(draft.text, LONG, true),
    dreams: dreamLines(draft.dreams).some((dream) => dream.length > SHORT) ? 'tooLong' : undefined,
    path: text(draft.path, LONG, false),
  });
}

/** The life goal to send; call only when {@link lifeGoalDraftProblems} is empty. */
export function lifeGoalFromDraft(draft: LifeGoalDraft): LifeGoalInput {
  const lifeGoal: LifeGoalInput = { text: draft.text.trim(), dreams: dreamLines(draft.dreams) };
  const path = optional(draft.path);
  if (path) lifeGoal.path = path;
  return lifeGoal;
}

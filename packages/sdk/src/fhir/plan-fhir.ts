import {
  Plan,
  type Effort,
  type EffortStatus,
  type Goal,
  type GoalKind,
  type GoalStatus,
  type LifeGoal,
  type NextAction,
  type NoteKind,
  type PlanNote,
  type Responsible,
} from '../schemas/plan.js';
import { authorReference, changedExtension, coding, compact, complexExtension, concept, extension, identifier, type BundleBuilder } from './bundle-builder.js';
import {
  changedOf,
  codeIn,
  codeOf,
  extensionOf,
  extensionsOf,
  FhirImportError,
  identifierValue,
  isObject,
  list,
  object,
  optionalIdentifierValue,
  optionalText,
  partOf,
  text,
  type BundleReader,
} from './bundle-reader.js';
import { HL7, KL_CARE_SOCIAL_CODES, KL_GOAL_CATEGORY, ufCodeSystem } from './fhir-codes.js';
import type { FhirJson, FhirReference, FhirResource } from './fhir-types.js';
import { parsedAs } from './parsed-as.js';
import { readRevisions, writeRevisions } from './revision-fhir.js';

const GOAL_KINDS: Record<GoalKind, string> = {
  education: 'Uddannelse',
  job: 'Job',
  community: 'Fællesskaber',
  coping: 'Mestring',
  health: 'Helbred',
  housing: 'Bolig',
};

/** A goal's status as FHIR's lifecycle and achievement of a goal. */
const GOAL_STATUS: Record<GoalStatus, { lifecycleStatus: string; achievement: string }> = {
  open: { lifecycleStatus: 'active', achievement: 'in-progress' },
  reached: { lifecycleStatus: 'completed', achievement: 'achieved' },
  dropped: { lifecycleStatus: 'cancelled', achievement: 'not-achieved' },
};

/** An effort's status as a CarePlan activity's. */
const EFFORT_STATUS: Record<EffortStatus, string> = {
  planned: 'not-started',
  active: 'in-progress',
  paused: 'on-hold',
  completed: 'completed',
  stopped: 'stopped',
};

/** A plan note's kind, and the young person's own comment, which is a note of the plan too. */
const NOTE_KINDS = { learning: 'Læring', success: 'Lille succes', setback: 'Tilbageslag', youthComment: 'Den unges kommentar' } as const;
type NoteCode = keyof typeof NOTE_KINDS;

const klCategory = (category: keyof typeof KL_GOAL_CATEGORY) =>
  concept({ system: KL_CARE_SOCIAL_CODES, code: KL_GOAL_CATEGORY[category].code, display: KL_GOAL_CATEGORY[category].display });
const CARE_PLAN_KEY = 'plan';
const goalKey = (goalId: string) => `goal/${goalId}`;

/**
 * The plan as a CarePlan: the life goal as the young person's own goal and wishes (KL "borgers mål
 * og ønsker"), each goal of the plan as an indsatsmål, each effort as an activity with its offer,
 * status, period, responsible person and delivering unit, each next action as a Task, and notes
 * and the young person's comment as the CarePlan's notes. The young person's first name goes on
 * the Patient.
 */
export function writePlan(bundle: BundleBuilder, plan: Plan): void {
  bundle.resourceAt(bundle.patient)['name'] = [{ given: [plan.firstName] }];
  const lifeGoal = writeLifeGoal(bundle, plan.lifeGoal);
  const goals = new Map(plan.goals.map((goal) => [goal.id, writeGoal(bundle, goal)]));
  const goalRef = (goalId: string): FhirReference | undefined => goals.get(goalId);
  const carePlan = bundle.add(
    'CarePlan',
    CARE_PLAN_KEY,
    compact({
      extension: [transitionsExtension(plan)].filter((part) => part !== undefined),
      status: 'active',
      intent: 'plan',
      title: 'Plan',
      subject: bundle.patient,
      careTeam: bundle.has('CareTeam', 'team') ? [{ reference: bundle.urlOf('CareTeam', 'team'), type: 'CareTeam' }] : undefined,
      goal: [lifeGoal, ...goals.values()],
      activity: plan.efforts.map((effort) => ({ detail: effortDetail(bundle, effort, goalRef) })),
      note: [...plan.notes.map((note) => noteOf(bundle, note, goalRef)), ...(plan.youthComment ? [youthCommentOf(bundle, plan)] : [])],
    }),
  );
  for (const effort of plan.efforts) if (effort.nextAction) writeNextAction(bundle, effort, effort.nextAction, carePlan);
  writeRevisions(bundle, plan.revisions, carePlan);
}

function writeLifeGoal(bundle: BundleBuilder, lifeGoal: LifeGoal): FhirReference {
  return bundle.add('Goal', 'life-goal', {
    extension: [
      changedExtension(lifeGoal.changedAt),
      ...lifeGoal.dreams.map((dream) => extension('dream', { valueString: dream })),
      ...(lifeGoal.path === undefined ? [] : [extension('path-to-goal', { valueString: lifeGoal.path })]),
    ],
    lifecycleStatus: 'active',
    category: [klCategory('citizensGoalsAndWishes')],
    description: { text: lifeGoal.text },
    subject: bundle.patient,
    expressedBy: bundle.patient,
  });
}

function writeGoal(bundle: BundleBuilder, goal: Goal): FhirReference {
  const status = GOAL_STATUS[goal.status];
  return bundle.add(
    'Goal',
    goalKey(goal.id),
    compact({
      extension: [changedExtension(goal.changedAt)],
      identifier: [identifier('goal', goal.id)],
      lifecycleStatus: status.lifecycleStatus,
      achievementStatus: concept(coding(HL7.goalAchievement, status.achievement)),
      category: [klCategory('effortGoal'), concept(coding(ufCodeSystem('goal-kind'), goal.kind, GOAL_KINDS[goal.kind]))],
      description: { text: goal.text },
      subject: bundle.patient,
      target: goal.targetDate === undefined ? undefined : [{ dueDate: goal.targetDate }],
    }),
  );
}

function transitionsExtension(plan: Plan) {
  const { turns18On, schoolEndsOn } = plan.transitions;
  if (turns18On === undefined && schoolEndsOn === undefined) return undefined;
  return complexExtension('transitions', {
    turns18On: turns18On === undefined ? undefined : { valueDate: turns18On },
    schoolEndsOn: schoolEndsOn === undefined ? undefined : { valueDate: schoolEndsOn },
  });
}

/** A professional who answers for something: their PractitionerRole in their unit. */
function responsibleRole(bundle: BundleBuilder, responsible: Responsible): FhirReference {
  return bundle.role({ name: responsible.name, staffId: responsible.staffId }, responsible.unit);
}

function effortDetail(bundle: BundleBuilder, effort: Effort, goalRef: GoalRef): FhirJson {
  return compact({
    // The effort's own id: an activity has no identifier, and a Task of the effort names it.
    extension: [
      changedExtension(effort.changedAt),
      extension('effort-id', { valueString: effort.id }),
      ...effort.goalIds.filter((goalId) => !goalRef(goalId)).map(missingGoal),
    ],
    code: {
      coding: [coding(ufCodeSystem('offer'), effort.offer.id, effort.offer.name), coding(ufCodeSystem('offer-kind'), effort.offer.kind)],
      text: effort.offer.name,
    },
    goal: effort.goalIds.flatMap((goalId) => goalRef(goalId) ?? []),
    status: EFFORT_STATUS[effort.status],
    scheduledPeriod: compact({ start: effort.start, end: effort.end }),
    // The responsible person first, then the unit that delivers the effort.
    performer: [responsibleRole(bundle, effort.responsible), { ...bundle.organization(effort.unit), display: effort.unit.name }],
    description: effort.how,
  });
}

function writeNextAction(bundle: BundleBuilder, effort: Effort, action: NextAction, carePlan: FhirReference): void {
  bundle.add('Task', `next-action/${effort.id}`, {
    identifier: [identifier('next-action', effort.id)],
    basedOn: [carePlan],
    status: 'requested',
    intent: 'plan',
    description: action.text,
    for: bundle.patient,
    owner: responsibleRole(bundle, action.responsible),
    restriction: { period: { end: action.due } },
  });
}

function noteCoding(kind: NoteCode) {
  return { valueCoding: coding(ufCodeSystem('note-kind'), kind, NOTE_KINDS[kind]) };
}

/**
 * Finds the Goal of a goal id. A plan can name a goal it no longer has (a goal removed after a
 * note about it, an effort added from elsewhere): that id goes in `missing-goal`, not lost.
 */
type GoalRef = (goalId: string) => FhirReference | undefined;

function missingGoal(goalId: string): FhirJson {
  return extension('missing-goal', { valueString: goalId });
}

function noteGoal(goalId: string, goalRef: GoalRef): FhirJson {
  const goal = goalRef(goalId);
  return goal ? extension('note-goal', { valueReference: goal }) : missingGoal(goalId);
}

function noteOf(bundle: BundleBuilder, note: PlanNote, goalRef: GoalRef): FhirJson {
  return {
    extension: [
      extension('note-id', { valueString: note.id }),
      extension('note-kind', noteCoding(note.kind)),
      ...(note.goalId === undefined ? [] : [noteGoal(note.goalId, goalRef)]),
    ],
    authorReference: authorReference(bundle, note.author),
    time: note.date,
    text: note.text,
  };
}

function youthCommentOf(bundle: BundleBuilder, plan: Plan): FhirJson {
  const comment = plan.youthComment!;
  return {
    extension: [extension('note-kind', noteCoding('youthComment'))],
    authorReference: { ...bundle.patient, display: plan.firstName },
    time: comment.changedAt,
    text: comment.text,
  };
}

/** The plan from the Bundle's CarePlan, with its revisions from the Provenances of it; null when there is none. */
export function readPlan(reader: BundleReader, courseId: string): Plan | null {
  const carePlan = reader.single('CarePlan');
  if (!carePlan) return null;
  const patient = reader.single('Patient') ?? {};
  const firstName = list(patient, 'name')[0]?.['given'];
  const goalIdOf = (reference: unknown, at: string): string => {
    const goal = reader.resolve(reference, 'Goal', at);
    return identifierValue(goal, 'goal', `${at}.identifier`);
  };
  const goalRefs = list(carePlan, 'goal').map((reference) => reader.resolve(reference, 'Goal', 'CarePlan.goal'));
  const lifeGoal = goalRefs.find((goal) => codeIn(goal['category'], KL_CARE_SOCIAL_CODES) === KL_GOAL_CATEGORY.citizensGoalsAndWishes.code);
  if (!lifeGoal) throw new FhirImportError('CarePlan.goal', "must name the young person's own goal (borgers mål og ønsker)");
  const notes = list(carePlan, 'note');
  const comment = notes.find((note) => noteKindOf(note) === 'youthComment');
  const transitions = extensionOf(carePlan, 'transitions');
  const tasks = reader.all('Task');
  return parsedAs(Plan, 'CarePlan', {
    courseId,
    firstName: Array.isArray(firstName) ? (firstName[0] as unknown) : undefined,
    lifeGoal: readLifeGoal(lifeGoal),
    goals: goalRefs.filter((goal) => goal !== lifeGoal).map(readGoal),
    efforts: list(carePlan, 'activity').map((activity, index) =>
      readEffort(reader, object(activity, 'detail', `CarePlan.activity[${index}]`), tasks, goalIdOf),
    ),
    notes: notes.filter((note) => note !== comment).map((note) => readNote(reader, note, goalIdOf)),
    transitions: transitions
      ? compact({ turns18On: partOf(transitions, 'turns18On')?.['valueDate'], schoolEndsOn: partOf(transitions, 'schoolEndsOn')?.['valueDate'] })
      : {},
    youthComment: comment ? { text: comment['text'], changedAt: comment['time'] } : null,
    revisions: readRevisions(reader, carePlan),
  });
}

function readLifeGoal(goal: FhirResource): LifeGoal {
  const path = extensionOf(goal, 'path-to-goal')?.['valueString'];
  return {
    text: text(object(goal, 'description', 'Goal'), 'text', 'Goal.description'),
    dreams: extensionsOf(goal, 'dream').map((dream) => String(dream['valueString'])),
    ...(typeof path === 'string' ? { path } : {}),
    changedAt: changedOf(goal, 'Goal').at,
  };
}

function readGoal(goal: FhirResource): Goal {
  const lifecycle = optionalText(goal, 'lifecycleStatus');
  const status = (Object.keys(GOAL_STATUS) as GoalStatus[]).find((key) => GOAL_STATUS[key].lifecycleStatus === lifecycle);
  if (!status) throw new FhirImportError('Goal.lifecycleStatus', 'must be active, completed or cancelled');
  const targetDate = list(goal, 'target')[0]?.['dueDate'];
  return {
    id: identifierValue(goal, 'goal', 'Goal.identifier'),
    kind: codeOf(goal['category'], ufCodeSystem('goal-kind'), Object.keys(GOAL_KINDS) as GoalKind[], 'Goal.category'),
    text: text(object(goal, 'description', 'Goal'), 'text', 'Goal.description'),
    status,
    ...(typeof targetDate === 'string' ? { targetDate } : {}),
    changedAt: changedOf(goal, 'Goal').at,
  };
}

function readEffort(reader: BundleReader, detail: FhirJson, tasks: FhirResource[], goalIdOf: (reference: unknown, at: string) => string): unknown {
  const at = 'CarePlan.activity.detail';
  const id = extensionOf(detail, 'effort-id')?.['valueString'];
  if (typeof id !== 'string') throw new FhirImportError(`${at}.extension`, "must hold the effort's id");
  const [responsibleRef, unitRef] = list(detail, 'performer');
  const offer = list(object(detail, 'code', at), 'coding');
  const offerCoding = offer.find((c) => c['system'] === ufCodeSystem('offer'));
  const status = optionalText(detail, 'status');
  const period = object(detail, 'scheduledPeriod', at);
  const task = tasks.find((candidate) => optionalIdentifierValue(candidate, 'next-action') === id);
  return {
    ...compact({
      id,
      offer: { id: offerCoding?.['code'], name: offerCoding?.['display'], kind: codeIn(detail['code'], ufCodeSystem('offer-kind')) },
      unit: reader.unit(unitRef, `${at}.performer[1]`),
      responsible: reader.responsible(responsibleRef, `${at}.performer[0]`),
      how: optionalText(detail, 'description'),
      start: period['start'],
      end: period['end'],
      status: (Object.keys(EFFORT_STATUS) as EffortStatus[]).find((key) => EFFORT_STATUS[key] === status),
      nextAction: task ? readNextAction(reader, task) : null,
      changedAt: changedOf(detail, at).at,
    }),
    // An effort for no goal yet has an empty list, which compact would drop.
    goalIds: [...list(detail, 'goal').map((goal) => goalIdOf(goal, `${at}.goal`)), ...missingGoalIds(detail)],
  };
}

function readNextAction(reader: BundleReader, task: FhirResource): NextAction {
  const restriction = object(task, 'restriction', 'Task');
  return {
    text: text(task, 'description', 'Task'),
    due: text(object(restriction, 'period', 'Task.restriction'), 'end', 'Task.restriction.period'),
    responsible: reader.responsible(task['owner'], 'Task.owner'),
  };
}

function noteKindOf(note: FhirJson): NoteCode | undefined {
  const kind = extensionOf(note, 'note-kind')?.['valueCoding'];
  const code = isObject(kind) ? kind['code'] : undefined;
  return typeof code === 'string' && code in NOTE_KINDS ? (code as NoteCode) : undefined;
}

function readNote(reader: BundleReader, note: FhirJson, goalIdOf: (reference: unknown, at: string) => string): unknown {
  const goal = extensionOf(note, 'note-goal')?.['valueReference'];
  return compact({
    id: extensionOf(note, 'note-id')?.['valueString'],
    kind: noteKindOf(note) satisfies NoteKind | NoteCode | undefined,
    date: note['time'],
    text: note['text'],
    author: reader.author(note['authorReference'], 'CarePlan.note.authorReference'),
    goalId: goal === undefined ? missingGoalIds(note)[0] : goalIdOf(goal, 'CarePlan.note.extension'),
  });
}

function missingGoalIds(element: FhirJson): string[] {
  return extensionsOf(element, 'missing-goal').flatMap((missing) => (typeof missing['valueString'] === 'string' ? [missing['valueString']] : []));
}

import { applyPlanEdit, type DraftProblem, type FieldProblem, type Plan, type PlanEdit } from '@ungeforlob/sdk';
import { refusedFields } from '../i18n/error-message.js';

/** Why the server refused a field: the form's own words where one fits the code, else `refused`. */
export type Refusal = DraftProblem | 'refused';

/**
 * A refused save's field problems (a 400's `errors[]`), placed at the controls of the edits that
 * were not saved: by edit, then by the control's id. `rest` is every path no control shows (an id,
 * a part of the plan no open form edits). Ids of controls are the ones the views render.
 */
export interface PlanRefusals {
  /** The failure they came with: they are shown only while the save state still holds it. */
  error: Error;
  byEdit: Map<PlanEdit, Map<string, Refusal>>;
  rest: FieldProblem[];
}

/** The controls an edit's fields are shown in, by the field's path inside the edited item. */
type Controls = Readonly<Record<string, string>>;

const effortControls: Controls = {
  offer: 'effort-offer',
  unit: 'effort-offer',
  responsible: 'effort-responsible',
  how: 'effort-how',
  start: 'effort-start',
  end: 'effort-end',
  status: 'effort-status',
  // The next action is given to the effort's responsible person: the one field that names them.
  'nextAction.responsible': 'effort-responsible',
  'nextAction.text': 'effort-nextActionText',
  'nextAction.due': 'effort-nextActionDue',
  nextAction: 'effort-nextActionText',
};
const goalControls: Controls = { kind: 'goal-kind', text: 'goal-text', status: 'goal-status', targetDate: 'goal-targetDate' };
const lifeGoalControls: Controls = { text: 'lifeGoal-text', dreams: 'lifeGoal-dreams', path: 'lifeGoal-path' };
const noteControls: Controls = { kind: 'note-kind', text: 'note-text' };
const dateControls = new Set(['effort-start', 'effort-end', 'effort-nextActionDue', 'goal-targetDate']);

/**
 * Where the request of `edit` put the item it is about (`efforts[2]`, `notes[0]`, `lifeGoal`, the
 * comment's body), and the controls that show its fields. Found by building the request again on
 * the plan it was built on, so the index is the one the server counted.
 */
function placeOf(plan: Plan, edit: PlanEdit): { prefix: string; controls: Controls } | null {
  let request: ReturnType<typeof applyPlanEdit>;
  try {
    request = applyPlanEdit(plan, edit);
  } catch {
    return null;
  }
  if ('comment' in request) return { prefix: '', controls: { text: 'comment-text' } };
  const { update } = request;
  const at = (list: string, items: readonly { id: string }[], id: string, controls: Controls) => {
    const index = items.findIndex((item) => item.id === id);
    return index < 0 ? null : { prefix: `${list}[${index}].`, controls };
  };
  switch (edit.kind) {
    case 'effortStatus':
      return at('efforts', update.efforts, edit.effortId, { status: `status-${edit.effortId}` });
    case 'effort':
      return at('efforts', update.efforts, edit.effort.id, effortControls);
    case 'goal':
      return at('goals', update.goals, edit.goal.id, goalControls);
    case 'note':
      return at('notes', update.notes, edit.note.id, noteControls);
    case 'lifeGoal':
      return { prefix: 'lifeGoal.', controls: lifeGoalControls };
    default:
      return null;
  }
}

/** The control a path inside an item is shown in: the longest field name it starts with. */
function controlOf(controls: Controls, path: string): string | undefined {
  const field = Object.keys(controls)
    .sort((a, b) => b.length - a.length)
    .find((name) => path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`));
  return field === undefined ? undefined : controls[field];
}

function refusalOf(code: string, control: string): Refusal {
  if (code === 'too_big') return 'tooLong';
  if (code === 'too_small') return 'required';
  if (dateControls.has(control) && (code === 'invalid_format' || code === 'invalid_type')) return 'invalidDate';
  // The contract's one rule across two fields (endNotBeforeStart) is reported at `end`.
  if (control === 'effort-end' && code === 'custom') return 'endBeforeStart';
  return 'refused';
}

/** The field problems of a refused save, placed at the controls of `drafts`; null when the failure names no field. */
export function planRefusals(error: Error | null, plan: Plan | null, drafts: readonly PlanEdit[]): PlanRefusals | null {
  const problems = refusedFields(error);
  if (!error || !plan || !problems.length) return null;
  const places = drafts.flatMap((edit) => {
    const place = placeOf(plan, edit);
    return place ? [{ edit, ...place }] : [];
  });
  const byEdit = new Map<PlanEdit, Map<string, Refusal>>();
  const rest: FieldProblem[] = [];
  for (const problem of problems) {
    const found = places
      .map((place) => {
        const inside = place.prefix === '' || problem.path.startsWith(place.prefix) ? problem.path.slice(place.prefix.length) : null;
        return { place, control: inside === null ? undefined : controlOf(place.controls, inside) };
      })
      .find((candidate) => candidate.control !== undefined);
    if (!found?.control) {
      rest.push(problem);
      continue;
    }
    const controls = byEdit.get(found.place.edit) ?? new Map<string, Refusal>();
    if (!controls.has(found.control)) controls.set(found.control, refusalOf(problem.code, found.control));
    byEdit.set(found.place.edit, controls);
  }
  return { error, byEdit, rest };
}

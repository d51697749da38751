import { canonicalJson } from '../json/canonical-json.js';
import type { IsoDateTime } from '../schemas/common.js';
import type { Author, Plan, PlanUpdate, Revision, RevisionChange } from '../schemas/plan.js';

/** When and by whom an update is made; the server supplies both, never the client. */
export interface ChangeContext {
  at: IsoDateTime;
  by: Author;
}

export interface AppliedChange {
  plan: Plan;
  /** The revision written for it; null when the update changed nothing. */
  revision: Revision | null;
}

/**
 * Applies a professional's update to the stored plan: stamps `changedAt` on what changed (so the
 * follow-up lag can be measured, seed 001 §3.3) and describes the change as a revision, newest
 * first. Pure, so every implementation of the contract (the reference server, the memory
 * transport, a vendor's) writes the same revisions.
 *
 * Items are matched by id. Reordering a list is no change: a list keeps its stored order unless
 * something in it changed, then it takes the update's order; so an edit to one list never moves
 * another (not even where only some readers see the change). Ids must be unique within each list
 * (the reference server refuses duplicates with 400 `duplicate_id`).
 */
export function applyPlanUpdate(stored: Plan, update: PlanUpdate, context: ChangeContext): AppliedChange {
  const changes: RevisionChange[] = [];
  const lifeGoalChanged = !sameValue(withoutStamp(stored.lifeGoal), update.lifeGoal);
  if (lifeGoalChanged) changes.push({ target: 'lifeGoal', action: 'changed' });

  const goals = mergeById('goal', stored.goals, update.goals, context.at, changes);
  const efforts = mergeById('effort', stored.efforts, update.efforts, context.at, changes);
  const notes = mergeById('note', stored.notes, signNotes(stored.notes, update.notes, context.by), null, changes, (note) => ({ noteKind: note.kind }));
  if (changes.length === 0) return { plan: stored, revision: null };

  const plan: Plan = {
    ...stored,
    lifeGoal: lifeGoalChanged ? { ...update.lifeGoal, changedAt: context.at } : stored.lifeGoal,
    goals,
    efforts,
    notes,
  };
  return withRevision(plan, changes, context, update.reason);
}

/**
 * A note is signed by whoever wrote its text, as the server knows them: a new or changed note gets
 * `by`, an unchanged one keeps its stored author, whatever the client sent. Nobody can write a
 * note in someone else's name, nor leave a changed note under its former author's.
 */
function signNotes(stored: Plan['notes'], sent: PlanUpdate['notes'], by: Author): PlanUpdate['notes'] {
  const storedById = new Map(stored.map((note) => [note.id, note]));
  return sent.map((note) => {
    const previous = storedById.get(note.id);
    const unchanged = previous !== undefined && sameValue({ ...previous, author: null }, { ...note, author: null });
    return { ...note, author: unchanged ? previous.author : by };
  });
}

/** The young person's own comment: set, changed or removed (`text: null`). */
export function applyCommentUpdate(stored: Plan, text: string | null, context: ChangeContext): AppliedChange {
  const before = stored.youthComment?.text ?? null;
  if (before === text) return { plan: stored, revision: null };
  const action: RevisionChange['action'] = before === null ? 'added' : text === null ? 'removed' : 'changed';
  const plan: Plan = { ...stored, youthComment: text === null ? null : { text, changedAt: context.at } };
  return withRevision(plan, [{ target: 'comment', action }], context);
}

function withRevision(plan: Plan, changes: RevisionChange[], context: ChangeContext, reason?: string): AppliedChange {
  const number = Math.max(0, ...plan.revisions.map((revision) => revision.number)) + 1;
  const revision: Revision = { number, at: context.at, by: context.by, changes, ...(reason ? { reason } : {}) };
  return { plan: { ...plan, revisions: [revision, ...plan.revisions] }, revision };
}

type Target = 'goal' | 'effort' | 'note';

/**
 * The update's items in the update's order when any of them changed, else the stored list as it
 * is; unchanged ones keep their stored `changedAt`, changed and added ones get `stamp` (when the
 * kind has one). Records added, changed and removed ids, with `detail` of the item (as sent, or
 * as stored for a removed one).
 */
function mergeById<Stored extends { id: string }, Sent extends { id: string }>(
  target: Target,
  stored: readonly Stored[],
  sent: readonly Sent[],
  stamp: IsoDateTime | null,
  changes: RevisionChange[],
  detail: (item: Stored | Sent) => Partial<RevisionChange> = () => ({}),
): Stored[] {
  const before = changes.length;
  const storedById = new Map(stored.map((item) => [item.id, item]));
  const merged = sent.map((item) => {
    const previous = storedById.get(item.id);
    if (previous && sameValue(withoutStamp(previous), item)) return previous;
    changes.push({ target, targetId: item.id, action: previous ? 'changed' : 'added', ...detail(item) });
    return (stamp ? { ...item, changedAt: stamp } : item) as unknown as Stored;
  });
  const sentIds = new Set(sent.map((item) => item.id));
  for (const item of stored) if (!sentIds.has(item.id)) changes.push({ target, targetId: item.id, action: 'removed', ...detail(item) });
  return changes.length === before ? [...stored] : merged;
}

function withoutStamp<T extends object>(value: T): Omit<T, 'changedAt'> {
  const { changedAt: _stamp, ...rest } = value as T & { changedAt?: unknown };
  return rest;
}

/** Structural equality that ignores key order (PostgreSQL's jsonb does not keep it) and absent optionals. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

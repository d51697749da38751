import type { Contact, CourseProgression, Plan } from '@ungeforlob/sdk';
import type { Principal } from './principals.js';

// What a young person is not shown of their own course's data. The widgets leave these out too,
// but only what the server never sends is private: the young person's browser is theirs.

/** The contact as the young person may see it: no caseload, no reason for an absence (the employee's health data). */
export function contactForYouth(contact: Contact): Contact {
  const { caseload: _caseload, absences, ...rest } = contact;
  return { ...rest, absences: absences.map(({ reason: _reason, ...absence }) => absence) };
}

/**
 * The plan as the young person may see it: without setbacks, the professionals' working notes,
 * and without the revisions' traces of notes they cannot see (a revision left with no change
 * they can see goes too), so not even that a setback was written shows.
 */
export function planForYouth(plan: Plan): Plan {
  const notes = plan.notes.filter((note) => note.kind !== 'setback');
  const visible = new Set(notes.map((note) => note.id));
  const revisions = plan.revisions.flatMap((revision) => {
    const changes = revision.changes.filter((change) => change.target !== 'note' || (change.targetId !== undefined && visible.has(change.targetId)));
    if (changes.length === 0) return [];
    if (changes.length === revision.changes.length) return [revision];
    // The reason may be about what was hidden.
    const { reason: _reason, ...rest } = revision;
    return [{ ...rest, changes }];
  });
  return { ...plan, notes, revisions };
}

/** Readings and annotations as the young person may see them: without setback annotations. */
export function progressionForYouth(progression: CourseProgression): CourseProgression {
  return { ...progression, annotations: progression.annotations.filter((annotation) => annotation.kind !== 'setback') };
}

/** `view` applied when the caller is a young person; the whole resource for staff. */
export function forAudience<T>(principal: Principal, resource: T, view: (resource: T) => T): T {
  return principal.role === 'youth' ? view(resource) : resource;
}

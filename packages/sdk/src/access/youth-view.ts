import type { Contact } from '../schemas/contact.js';
import type { ContactLog } from '../schemas/contact-log.js';
import type { Offer, OfferList } from '../schemas/offer.js';
import type { Effort, Goal, Plan, PlanNote, RevisionChange } from '../schemas/plan.js';
import type { CourseProgression } from '../schemas/progression.js';

// What a young person is shown of their own course's data: one rule, used by the server (which
// never sends the rest: the young person's browser is theirs) and by the widgets' youth view (so
// a vendor's server that sends everything still shows the young person the same).

/** Setbacks are the professionals' working notes; the young person sees what they learned and managed. */
export function isShownToYouth(entry: { kind: string }): boolean {
  return entry.kind !== 'setback';
}

/** The contact as the young person may see it: no caseload, no reason for an absence (the employee's health data). */
export function contactForYouth(contact: Contact): Contact {
  const { caseload: _caseload, absences, ...rest } = contact;
  return { ...rest, absences: absences.map(({ reason: _reason, ...absence }) => absence) };
}

/**
 * The plan as the young person may see it: without setbacks, and without the revisions' traces
 * of notes they cannot see (a revision left with no change they can see goes too), so not even
 * that a setback was written shows. The revisions they see are numbered 1, 2, 3 … from the
 * oldest, so no gap counts the ones they do not; their notes come newest first, so no reordering
 * alongside a hidden edit shows either.
 */
export function planForYouth(plan: Plan): Plan {
  // Newest first by date, as the plan view shows them: an order the staff's edits cannot move.
  const notes = plan.notes.filter(isShownToYouth).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const visible = new Set(notes.map((note) => note.id));
  // A change records the note's kind when it was made; one recorded before that is judged by the notes there are now.
  const shown = (change: RevisionChange) =>
    change.target !== 'note' ||
    (change.noteKind !== undefined ? isShownToYouth({ kind: change.noteKind }) : change.targetId !== undefined && visible.has(change.targetId));
  const revisions = plan.revisions.flatMap((revision) => {
    const changes = revision.changes.filter(shown);
    if (changes.length === 0) return [];
    if (changes.length === revision.changes.length) return [revision];
    // The reason may be about what was hidden.
    const { reason: _reason, ...rest } = revision;
    return [{ ...rest, changes }];
  });
  // Revisions are newest first: the first gets the highest number.
  return { ...plan, notes, revisions: revisions.map((revision, index) => ({ ...revision, number: revisions.length - index })) };
}

/**
 * The contact log as the young person may see it: every contact's date, channel and outcome, and
 * only the notes written to be shared with them; a staff-only note is not sent, not even that there was one.
 */
export function contactLogForYouth(log: ContactLog): ContactLog {
  return { ...log, entries: log.entries.map((entry) => (entry.note && !entry.note.sharedWithYouth ? { ...entry, note: null } : entry)) };
}

/** Readings and annotations as the young person may see them: without setback annotations. */
export function progressionForYouth(progression: CourseProgression): CourseProgression {
  return { ...progression, annotations: progression.annotations.filter(isShownToYouth) };
}

/** What the young person's plan shows, in plain words: goals still pursued, what runs now, and the notes they may see. */
export interface YouthPlanView {
  /** Every goal but the dropped ones. */
  goals: Goal[];
  /** The efforts running now (active). */
  running: Effort[];
  /** The notes, in the order given, without setbacks. */
  notes: PlanNote[];
}

/** The young person's view of a plan; `notes` in the order to show them (the plan view's, newest first). */
export function youthPlanView(plan: Plan, notes: readonly PlanNote[] = plan.notes): YouthPlanView {
  return {
    goals: plan.goals.filter((goal) => goal.status !== 'dropped'),
    running: plan.efforts.filter((effort) => effort.status === 'active'),
    notes: notes.filter(isShownToYouth),
  };
}

/**
 * An offer as the young person may see it: its plain words, by a list of what they are shown, so a
 * field added for staff later stays with staff until someone adds it here. Not the legal basis, the
 * staff's practicalities or their words for the situation it is meant for.
 */
export function offerForYouth(offer: Offer): Offer {
  const { id, name, kind, description, unit, audience, goalKinds, waitingWeeks, contact, howToGetIn, status, changedAt } = offer;
  return {
    ...(howToGetIn === undefined ? {} : { howToGetIn }),
    id,
    name,
    kind,
    description,
    unit,
    audience: { minAge: audience.minAge, maxAge: audience.maxAge },
    goalKinds,
    waitingWeeks,
    contact,
    status,
    changedAt,
  };
}

/** The catalogue as the young person may see it: the active offers, each in plain words. */
export function offerListForYouth(list: OfferList): OfferList {
  return { offers: list.offers.filter((offer) => offer.status === 'active').map(offerForYouth) };
}

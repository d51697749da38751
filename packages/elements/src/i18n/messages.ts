import type { TemplateResult } from 'lit';
import type {
  AbsenceReason,
  AnswerPart,
  ChannelKind,
  ContactRole,
  DraftProblem,
  EffortStatus,
  GoalKind,
  GoalStatus,
  NoteKind,
  TransitionKind,
} from '@ungeforlob/sdk';

/** The languages the widgets speak. Danish is the default: the young people and staff are Danish. */
export type Locale = 'da' | 'en';

/** Text or a small template (a name in bold, a `<time>` element) placed into a sentence. */
export type Fragment = string | TemplateResult;

/** Copy for one audience: the young person reads plain words, staff read the glossary's terms. */
export interface AudienceMessages {
  title: string;
  empty: string;
  preferenceLegend: string;
  preferredMarker: string;
  saved: string;
  noAppointment: string;
  deputyLabel: (contactFirstName: string) => string;
  absentNow: (contact: Fragment, reason: AbsenceReason | undefined, until: Fragment, deputy: Fragment) => Fragment;
  absentSoon: (contact: Fragment, from: Fragment, to: Fragment, deputy: Fragment) => Fragment;
  aftercareActive: (contactFirstName: string, daysLeft: number, until: Fragment) => Fragment;
  aftercareUpcoming: (contactFirstName: string, courseEndsOn: Fragment, until: Fragment) => Fragment;
  contactSince: (contactFirstName: string, since: Fragment) => Fragment;
  handovers: (count: number) => string;
  /** From the contact log (kontaktlog): the last contact held and its channel; `on` null when there is none yet. */
  lastContact: (on: Fragment | null, channel: string | null) => Fragment;
  /** The next contact due by the agreed rhythm; `daysOverdue` above 0 when the rhythm is broken. */
  nextAgreedContact: (by: Fragment, daysOverdue: number) => Fragment;
  /** The contact log could not be read: the card shows the contact without its last and next contact. */
  contactLogUnavailable: string;
  /** Beside the preferred-channel choice when the server refused it (a 400 naming `preferredChannel`). */
  preferenceRefused: string;
}

/** Copy for the plan that differs between the young person and staff. */
export interface PlanAudienceMessages {
  title: string;
  empty: string;
  loading: string;
  lifeGoalHeading: string;
  dreamsHeading: string;
  pathHeading: string;
  goalsHeading: string;
  notesHeading: string;
  noNotes: string;
  commentHeading: string;
  noComment: string;
  saved: string;
  /** At a field the server refused (a 400 naming it) when no more exact words fit. */
  fieldRefused: string;
}

/** The plan widget's copy (`<uf-plan>`). */
export interface PlanMessages {
  youth: PlanAudienceMessages;
  staff: PlanAudienceMessages;
  goalKinds: Record<GoalKind, string>;
  /** What a 16-year-old calls each kind of goal. */
  goalKindsPlain: Record<GoalKind, string>;
  goalStatus: Record<GoalStatus, string>;
  effortStatus: Record<EffortStatus, string>;
  noteKinds: Record<NoteKind, string>;
  /** Text beside a community goal, so the mark does not rely on colour. */
  communityMarker: string;
  warningsHeading: string;
  noWarnings: string;
  warnings: {
    overdue: (action: string, offer: string, due: Fragment, days: number, responsible: string, unit: string) => Fragment;
    lifeGoalWaiting: (days: number) => string;
    goalWaiting: (goal: string, days: number) => string;
    doubleOffer: (first: string, firstUnit: string, second: string, secondUnit: string) => string;
    transition: (kind: TransitionKind, firstName: string, on: Fragment, days: number) => Fragment;
    unlinkedEffort: (offer: string, unit: string) => string;
    noCommunityGoal: string;
  };
  actionsHeading: string;
  noActions: string;
  /** One next action for staff: "Finde praktiksteder — Peter Nørgaard (Jobcenter Fjordby), senest …". */
  actionDue: (due: Fragment) => Fragment;
  overdueBy: (days: number) => string;
  effortsHeading: string;
  timelineLabel: (from: Fragment, to: Fragment) => Fragment;
  todayMarker: string;
  startsBefore: string;
  noEnd: string;
  tableCaption: string;
  columns: { unit: string; offer: string; responsible: string; how: string; period: string; status: string; nextAction: string };
  period: (start: Fragment, end: Fragment | null) => Fragment;
  statusLabel: (offer: string) => string;
  saveStatus: string;
  noEfforts: string;
  noNextAction: string;
  revisionsHeading: string;
  noRevisions: string;
  revisionBy: (name: string, at: Fragment) => Fragment;
  revisionTargets: Record<'lifeGoal' | 'goal' | 'effort' | 'note' | 'comment', string>;
  revisionActions: Record<'added' | 'changed' | 'removed', string>;
  noteByOn: (name: string, on: Fragment) => Fragment;
  addNoteHeading: string;
  noteKindLabel: string;
  noteTextLabel: string;
  addNote: string;
  noteTextMissing: string;
  staffAuthor: string;
  /** Youth mode: "Det sker nu" and "Det næste der sker". */
  nowHeading: string;
  nothingNow: string;
  nowWith: (offer: string, name: string) => string;
  nextHeading: string;
  nextWithHelper: (action: string, name: string, due: Fragment, late: boolean) => Fragment;
  commentLabel: string;
  saveComment: string;
  yourComment: string;
  saving: string;
  notSaved: string;
  conflict: string;
  conflictComment: string;
  conflictUnknown: string;
  theirChangesHeading: string;
  changedLifeGoal: string;
  changedGoal: (goal: string, action: 'added' | 'changed' | 'removed') => string;
  changedEffort: (offer: string, action: 'added' | 'changed' | 'removed') => string;
  changedNote: (action: 'added' | 'changed' | 'removed') => string;
  changedComment: string;
  reapply: string;
  keepTheirs: string;
  /** The young person's words for the same two choices about their own comment. */
  youthReapply: string;
  youthKeepTheirs: string;
  undo: string;
  yourEdits: string;
  /** The staff forms that add and edit efforts and goals and write down the life goal. */
  forms: {
    /** The visible label of every edit button; its accessible name adds what it edits. */
    edit: string;
    editLifeGoal: string;
    editGoalLabel: (goal: string) => string;
    editEffortLabel: (offer: string) => string;
    addGoal: string;
    addCommunityGoal: string;
    addEffort: string;
    editGoalHeading: string;
    editEffortHeading: (offer: string) => string;
    lifeGoalText: string;
    dreams: string;
    dreamsHint: string;
    path: string;
    goalKind: string;
    goalText: string;
    status: string;
    targetDate: string;
    offer: string;
    chooseOffer: string;
    /**
     * Under the offer: the young person already has an active effort of the same kind from
     * another unit in the same period, a double offer (dobbelttilbud).
     */
    doubleOffer: (offer: string, unit: string) => string;
    /** The municipality's offer catalogue could not be read: only the plan's own offers can be chosen. */
    catalogueFailed: string;
    retryCatalogue: string;
    responsible: string;
    how: string;
    howHint: string;
    start: string;
    end: string;
    linkedGoals: string;
    noGoalsYet: string;
    nextAction: string;
    nextActionText: string;
    nextActionDue: string;
    saveLifeGoal: string;
    saveGoal: string;
    saveEffort: string;
    cancel: string;
    actionsColumn: string;
    fixProblems: (count: number) => string;
    finishOpenForm: string;
    problems: Record<DraftProblem, string>;
  };
  /** Beside a status picked in the table and not saved yet: the timeline keeps the saved one. */
  statusUnsaved: string;
  /** Someone changed the same effort, goal or life goal since the user began: saving theirs over it is a choice. */
  editOverlap: string;
  /** What the user changed has been removed from the plan meanwhile. */
  editTargetGone: string;
  editDescription: {
    effort: (offer: string) => string;
    goal: (goal: string) => string;
    lifeGoal: string;
    effortStatus: (offer: string, status: string) => string;
    nextAction: (offer: string) => string;
    note: (kind: string, text: string) => string;
    update: string;
    comment: (text: string) => string;
  };
}

/** The strategic-criteria questionnaire and its summary (`<uf-criteria-questionnaire>`, `<uf-criteria-summary>`). */
export interface QuestionnaireMessages {
  /** The heading until the definition (with its own title) has loaded, or when it could not. */
  title: string;
  loading: string;
  progress: (answered: number, total: number) => string;
  criterionOf: (index: number, count: number) => string;
  previousCriterion: string;
  nextCriterion: string;
  criteriaNavigation: string;
  ratingOf: (value: number, label: string) => string;
  reflection: string;
  nextStep: string;
  required: string;
  saveStatus: { saving: string; saved: string; unsaved: string };
  saveNow: string;
  submit: string;
  submitting: string;
  submitted: (round: number) => string;
  missingHeading: (count: number) => string;
  parts: Record<AnswerPart, string>;
  /** One entry of the list of missing or refused answers: the question, then which part. */
  missingItem: (question: string, part: string) => string;
  /** The heading of the list of answers the server refused (a 400 naming them). */
  refusedHeading: (count: number) => string;
  /** Beside an answer the server refused, when no more exact words fit. */
  answerRefused: string;
  /** Beside a rating of "don't know" where the question does not allow it. */
  unknownNotAllowed: string;
  /** Beside a question whose answer is missing after a submit: "Mangler: vurdering". */
  missingPart: (part: string) => string;
  leaveWarning: string;
  summaryTitle: string;
  summaryCaption: (round: number, date: Fragment) => Fragment;
  columns: { criterion: string; score: string; previous: string; change: string; unanswered: string };
  noScore: string;
  change: (delta: number | null) => string;
  noRounds: string;
  chartLabel: string;
  scaleHint: string;
  /** After a draft could not be saved: nothing typed is lost. */
  notSaved: string;
}

/** The progression scales (`<uf-progression>`). */
export interface ProgressionMessages {
  title: string;
  loading: string;
  empty: string;
  raters: Record<'youth' | 'professional' | 'joint', string>;
  /** The young person's own words for who rated. */
  ratersPlain: Record<'youth' | 'professional' | 'joint', string>;
  passive: (days: number, weeks: number, contactKnown: boolean) => string;
  disagreement: (scale: string, youth: number, professional: number) => string;
  /** What the young person reads where staff read the title and notices above: their own words, no "passivitet". */
  plain: {
    title: string;
    passive: (weeks: number) => string;
    disagreement: (scale: string, youth: number, professional: number) => string;
  };
  /** A chart's accessible name: the scale, the window and each rater's first → latest in words. */
  chartLabel: (scale: string, from: string, to: string, changes: string) => string;
  noReadings: string;
  sinceFirst: (rater: string, change: number) => string;
  showNumbers: string;
  /** Follows "Vis tallene" for screen readers, so seven toggles have seven names: "for Fremmøde". */
  numbersOf: (scale: string) => string;
  columns: { date: string; rater: string; value: string; note: string };
  /** The heading of the numbered list of small successes and setbacks the charts mark. */
  annotations: string;
  /** The dot plot of first against latest reading on every scale. */
  changeHeading: string;
  /** Its key: the hollow and the filled marker. */
  changeKey: { first: string; latest: string };
  /** First → latest as read aloud ("fra 5 til 4"); `latest` is null when there is one reading. */
  fromTo: (first: string, latest: string | null) => string;
  annotationKinds: Record<'success' | 'setback', string>;
  /** Rating mode. */
  rateHeading: (scale: string, index: number, count: number) => string;
  measuredLabel: (unit: string) => string;
  date: string;
  note: string;
  save: string;
  saved: string;
  saving: string;
  notSaved: string;
  nextScale: string;
  previousScale: string;
  chooseValue: string;
  /** A measured scale with no value typed. */
  enterValue: string;
  /** A measured value off its range, or not a whole number. */
  valueOutOfRange: (min: number, max: number, unit: string) => string;
}

/** The whole catalogue for one language. */
export interface Messages {
  /** BCP 47 tag for `Intl` and the `lang` attribute. */
  languageTag: string;
  youth: AudienceMessages;
  staff: AudienceMessages;
  loading: string;
  retry: string;
  technicalDetails: string;
  failingFields: string;
  /** Staff's technical details after a refused save: the fields the server named that no field on screen shows. */
  refusedFields: string;
  roles: Record<ContactRole, { title: string; plainWords: string }>;
  channels: Record<ChannelKind, string>;
  channelList: (personName: string) => string;
  /** Short weekday names, Monday first (ISO weekday 1 → index 0). */
  weekdays: readonly [string, string, string, string, string, string, string];
  /** Joins two weekdays that are not next to each other: "tir og tor". */
  and: string;
  timeSeparator: string;
  noFixedHours: string;
  openNow: string;
  closedNow: string;
  noPreference: string;
  savePreference: string;
  saving: string;
  notSaved: string;
  conflict: (yourChoice: string, theirChoice: string) => string;
  /** A conflict where the server could not say what the other person chose. */
  conflictUnknown: (yourChoice: string) => string;
  reapply: (yourChoice: string) => string;
  keepTheirs: (theirChoice: string) => string;
  undoChoice: string;
  appointment: { heading: string; when: string; how: string; where: string; about: string };
  aftercare: { heading: string; ended: (until: Fragment) => Fragment };
  caseload: (courses: number) => string;
  errors: {
    network: string;
    timeout: string;
    /** 401 after the client asked for a fresh token once: the sign-in has run out. */
    signedOut: string;
    /** 403: signed in, but this is not theirs to see; signing in again will not help. */
    accessDenied: string;
    notFound: string;
    /** 403 for staff: the course is not assigned to their team. */
    staffAccessDenied: string;
    /** 404 for staff: the case system does not have the course (any more). */
    staffNotFound: string;
    /** Another 4xx: the request itself was refused, so retrying as it is will not help. */
    refused: string;
    server: string;
    validation: string;
    conflict: string;
    unknown: string;
  };
}
